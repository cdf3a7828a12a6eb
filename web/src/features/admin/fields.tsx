import type { ReactNode } from 'react';

/**
 * USWDS form fields for the admin forms, each with its hint and, when the server refused it, its error
 * right above the control (as TextField does), tied to it by aria-describedby.
 */
type Described = { id: string; hint?: string; error?: string };

function describedBy({ id, hint, error }: Described): string | undefined {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function HintAndError({ id, hint, error }: Described) {
  return (
    <>
      {hint && (
        <span className="usa-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="usa-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
    </>
  );
}

export function InputField(
  props: Described & {
    label: string;
    type: 'text' | 'email' | 'password';
    value: string;
    onChange: (value: string) => void;
    autoComplete?: string;
  },
) {
  const { id, label, type, value, onChange, error, autoComplete } = props;
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <label className={`usa-label${error ? ' usa-label--error' : ''}`} htmlFor={id}>
        {label}
      </label>
      <HintAndError {...props} />
      <input
        id={id}
        name={id}
        type={type}
        className={`usa-input${error ? ' usa-input--error' : ''}`}
        autoComplete={autoComplete}
        autoCapitalize="off"
        spellCheck={false}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props)}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export function TextAreaField(
  props: Described & { label: string; value: string; onChange: (value: string) => void },
) {
  const { id, label, value, onChange, error } = props;
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <label className={`usa-label${error ? ' usa-label--error' : ''}`} htmlFor={id}>
        {label}
      </label>
      <HintAndError {...props} />
      <textarea
        id={id}
        name={id}
        className={`usa-textarea${error ? ' usa-input--error' : ''}`}
        rows={3}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props)}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** Checkboxes or radio buttons in a fieldset whose legend names the question. */
export function ChoiceGroup(
  props: Described & {
    legend: ReactNode;
    kind: 'checkbox' | 'radio';
    options: { value: string; label: string }[];
    isChecked: (value: string) => boolean;
    onToggle: (value: string, checked: boolean) => void;
  },
) {
  const { id, legend, kind, options, isChecked, onToggle, error } = props;
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <fieldset className="usa-fieldset" aria-describedby={describedBy(props)}>
        <legend className={`usa-legend${error ? ' usa-label--error' : ''}`}>{legend}</legend>
        <HintAndError {...props} />
        {options.map((o) => (
          <div key={o.value} className={`usa-${kind}`}>
            <input
              className={`usa-${kind}__input`}
              id={`${id}-${o.value}`}
              type={kind}
              name={id}
              value={o.value}
              checked={isChecked(o.value)}
              aria-invalid={error ? true : undefined}
              onChange={(e) => onToggle(o.value, e.target.checked)}
            />
            <label className={`usa-${kind}__label`} htmlFor={`${id}-${o.value}`}>
              {o.label}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

/** Moves focus to the first control in error, so a keyboard or screen-reader user lands on it. */
export function focusFirstError(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
