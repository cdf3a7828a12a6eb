import { describedBy, HintAndError, OptionalMark, type FieldProps } from './FieldShell.tsx';
import type { Option } from './SelectInput.tsx';

type Props = FieldProps & {
  value: string[];
  onChange: (value: string[]) => void;
  options: Option[];
};

/**
 * Several choices from a list, as a fieldset of checkboxes. The first box carries the field's id, so the
 * error summary's link lands on the group.
 */
export function CheckboxGroup({ value, onChange, options, ...field }: Props) {
  const { id, label, error, optional } = field;
  const toggle = (v: string, on: boolean) =>
    onChange(on ? [...value.filter((x) => x !== v), v] : value.filter((x) => x !== v));
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <fieldset className="usa-fieldset" aria-describedby={describedBy(field)}>
        <legend className={`usa-legend${error ? ' usa-label--error' : ''}`}>
          {label}
          {optional && <OptionalMark />}
        </legend>
        <HintAndError {...field} />
        {options.map((o, i) => {
          const boxId = i === 0 ? id : `${id}-${o.value}`;
          return (
            <div className="usa-checkbox" key={o.value}>
              <input
                className="usa-checkbox__input"
                id={boxId}
                type="checkbox"
                name={id}
                value={o.value}
                checked={value.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
              />
              <label className="usa-checkbox__label" htmlFor={boxId}>
                {o.label}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
