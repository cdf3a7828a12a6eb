import { describedBy, FieldShell, type FieldProps } from './FieldShell.tsx';

type Props = FieldProps & {
  value: string;
  onChange: (value: string) => void;
  autoComplete?: string;
  /** USWDS width: a short code reads better in a short box. */
  width?: 'sm' | 'md' | 'lg' | 'xl';
  spellCheck?: boolean;
};

/** A one-line text field. */
export function TextInput({ value, onChange, autoComplete, width, spellCheck, ...field }: Props) {
  return (
    <FieldShell {...field}>
      <input
        id={field.id}
        name={field.id}
        type="text"
        className={`usa-input${width ? ` usa-input--${width}` : ''}${field.error ? ' usa-input--error' : ''}`}
        value={value}
        autoComplete={autoComplete ?? 'off'}
        spellCheck={spellCheck}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field)}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}
