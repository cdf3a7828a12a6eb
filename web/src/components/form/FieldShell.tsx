import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export type FieldProps = {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  /** Marks the label "(optional)"; fields are required unless they say so. */
  optional?: boolean;
};

/** The ids a control names in `aria-describedby`: its hint and its error, when it has them. */
export function describedBy({ id, hint, error }: FieldProps): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The label, the hint and the error of one field, USWDS-style; the error sits right above the control. */
export function FieldShell({ children, ...props }: FieldProps & { children: ReactNode }) {
  const { id, label, error, optional } = props;
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <label className={`usa-label${error ? ' usa-label--error' : ''}`} htmlFor={id}>
        {label}
        {optional && <OptionalMark />}
      </label>
      <HintAndError {...props} />
      {children}
    </div>
  );
}

export function HintAndError({ id, hint, error }: FieldProps) {
  return (
    <>
      {hint && (
        <div className="usa-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="usa-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
    </>
  );
}

export function OptionalMark() {
  const { m } = useI18n();
  return <span className="text-base-dark"> ({m.forms.optional})</span>;
}
