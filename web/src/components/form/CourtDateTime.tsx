import { HintAndError, type FieldProps } from './FieldShell.tsx';

type Props = FieldProps & {
  date: string;
  time: string;
  onDateChange: (date: string) => void;
  onTimeChange: (time: string) => void;
  dateLabel: string;
  timeLabel: string;
};

/**
 * A hearing's date and start time, as the court's calendar reads them: in the court's local time (Mountain
 * Time), whatever zone the browser is in. The form turns them into an instant with `courtInstant`.
 */
export function CourtDateTime(props: Props) {
  const { id, label, error, date, time, onDateChange, onTimeChange, dateLabel, timeLabel } = props;
  const described = [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <fieldset className="usa-fieldset" aria-describedby={described || undefined}>
        <legend className={`usa-legend${error ? ' usa-label--error' : ''}`}>{label}</legend>
        <HintAndError {...props} />
        <div className="display-flex flex-wrap">
          <div className="margin-right-3">
            <label className="usa-label" htmlFor={id}>
              {dateLabel}
            </label>
            <input
              id={id}
              name={id}
              type="date"
              className={`usa-input${error ? ' usa-input--error' : ''}`}
              value={date}
              aria-invalid={error ? true : undefined}
              onChange={(e) => onDateChange(e.target.value)}
            />
          </div>
          <div>
            <label className="usa-label" htmlFor={`${id}-time`}>
              {timeLabel}
            </label>
            <input
              id={`${id}-time`}
              name={`${id}-time`}
              type="time"
              step={300}
              className={`usa-input${error ? ' usa-input--error' : ''}`}
              value={time}
              aria-invalid={error ? true : undefined}
              onChange={(e) => onTimeChange(e.target.value)}
            />
          </div>
        </div>
      </fieldset>
    </div>
  );
}
