import { describedBy, FieldShell, type FieldProps } from './FieldShell.tsx';

type Props = FieldProps & {
  /** `YYYY-MM-DD`, or empty. */
  value: string;
  onChange: (value: string) => void;
  /** The latest day the picker offers (today, where the rule says a date cannot be in the future). */
  max?: string | undefined;
  min?: string | undefined;
};

/**
 * A calendar date. The browser's own date control shows it in the reader's format and sends `YYYY-MM-DD`;
 * the form still checks it, because `max` and `min` only guide the picker.
 */
export function DateInput({ value, onChange, max, min, ...field }: Props) {
  return (
    <FieldShell {...field}>
      <input
        id={field.id}
        name={field.id}
        type="date"
        className={`usa-input usa-input--md${field.error ? ' usa-input--error' : ''}`}
        value={value}
        max={max}
        min={min}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field)}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}
