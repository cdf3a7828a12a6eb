import { describedBy, HintAndError, type FieldProps } from './FieldShell.tsx';

type Props = FieldProps & { checked: boolean; onChange: (checked: boolean) => void };

/** One yes-or-no box, its label saying what "yes" means. */
export function Checkbox({ checked, onChange, ...field }: Props) {
  return (
    <div className={`usa-form-group${field.error ? ' usa-form-group--error' : ''}`}>
      <HintAndError {...field} />
      <div className="usa-checkbox">
        <input
          className="usa-checkbox__input"
          id={field.id}
          name={field.id}
          type="checkbox"
          checked={checked}
          aria-describedby={describedBy(field)}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label className="usa-checkbox__label" htmlFor={field.id}>
          {field.label}
        </label>
      </div>
    </div>
  );
}
