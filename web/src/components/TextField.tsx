import type { Ref } from 'react';

type Props = {
  id: string;
  label: string;
  type: 'text' | 'email' | 'password';
  value: string;
  onChange: (value: string) => void;
  error?: string;
  autoComplete?: string;
  ref?: Ref<HTMLInputElement>;
};

/** A USWDS text input with its label and, when there is one, its error right above the input. */
export function TextField({ id, label, type, value, onChange, error, autoComplete, ref }: Props) {
  const errorId = `${id}-error`;
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <label className={`usa-label${error ? ' usa-label--error' : ''}`} htmlFor={id}>
        {label}
      </label>
      {error && (
        <span className="usa-error-message" id={errorId}>
          {error}
        </span>
      )}
      <input
        ref={ref}
        id={id}
        name={id}
        type={type}
        className={`usa-input${error ? ' usa-input--error' : ''}`}
        autoComplete={autoComplete}
        autoCapitalize="off"
        spellCheck={false}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
