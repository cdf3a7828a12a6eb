import { useI18n } from '../../i18n/I18nProvider.tsx';
import { describedBy, FieldShell, type FieldProps } from './FieldShell.tsx';

export type Option = { value: string; label: string };

type Props = FieldProps & {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  /** The words of the empty choice; "- Choose -" unless said otherwise. */
  emptyLabel?: string;
  /** Leave out the empty choice (a field that always has a value). */
  noEmpty?: boolean;
};

/** A choice from a list. */
export function SelectInput({ value, onChange, options, emptyLabel, noEmpty, ...field }: Props) {
  const { m } = useI18n();
  return (
    <FieldShell {...field}>
      <select
        id={field.id}
        name={field.id}
        className={`usa-select${field.error ? ' usa-input--error' : ''}`}
        value={value}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field)}
        onChange={(e) => onChange(e.target.value)}
      >
        {!noEmpty && <option value="">{emptyLabel ?? m.forms.choose}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
