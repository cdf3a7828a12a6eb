import { describedBy, FieldShell, type FieldProps } from './FieldShell.tsx';

type Props = FieldProps & { value: string; onChange: (value: string) => void; maxLength?: number };

/** Text of a few lines. */
export function TextArea({ value, onChange, maxLength, ...field }: Props) {
  return (
    <FieldShell {...field}>
      <textarea
        id={field.id}
        name={field.id}
        className={`usa-textarea${field.error ? ' usa-input--error' : ''}`}
        value={value}
        maxLength={maxLength}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field)}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}
