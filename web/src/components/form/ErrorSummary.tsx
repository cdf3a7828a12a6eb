import { useEffect, useRef, type MouseEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fieldId } from './formValues.ts';
import type { Form } from './useForm.ts';

export type SummaryEntry = { key: string | null; label: string | null; message: string };

/** The form's problems in the order its fields are laid out; problems of no field come last. */
export function summaryEntries(form: Pick<Form, 'errors' | 'other' | 'labels' | 'say'>): SummaryEntry[] {
  const order = Object.keys(form.labels);
  const fields = Object.keys(form.errors)
    .sort((a, b) => order.indexOf(a) - order.indexOf(b))
    .map((key) => ({ key, label: form.labels[key] ?? null, message: form.say(form.errors[key]!) }));
  return [...fields, ...form.other.map((p) => ({ key: null, label: null, message: form.say(p) }))];
}

/**
 * The problems of a form, above it: a USWDS error alert listing each one as a link to its field. It takes
 * focus after each submit that found problems, so a screen reader reads it at once and a keyboard user
 * goes from it straight to the field.
 */
export function ErrorSummary({ form }: { form: Form }) {
  const { m } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const entries = summaryEntries(form);
  useEffect(() => {
    if (form.attempt > 0) ref.current?.focus();
  }, [form.attempt]);
  if (entries.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="usa-alert usa-alert--error margin-y-3"
      aria-labelledby="error-summary-heading"
      role="region"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="error-summary-heading">
          {m.forms.summary.heading(entries.length)}
        </h2>
        <ul className="usa-list margin-bottom-0">
          {entries.map((e, i) => (
            <li key={e.key ?? `other-${i}`}>
              {e.key ? <FieldLink fieldKey={e.key} text={`${e.label ?? e.key}: ${e.message}`} /> : e.message}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function FieldLink({ fieldKey, text }: { fieldKey: string; text: string }) {
  const id = fieldId(fieldKey);
  function go(e: MouseEvent<HTMLAnchorElement>) {
    // Move focus to the field itself (a fragment link alone only scrolls), without touching the history.
    const target = document.getElementById(id);
    if (!target) return;
    e.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  }
  return (
    <a className="usa-link" href={`#${id}`} onClick={go}>
      {text}
    </a>
  );
}
