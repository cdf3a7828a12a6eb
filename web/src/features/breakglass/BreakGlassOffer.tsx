import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client.ts';
import { Alert } from '../../components/Alert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useMe } from '../session/SessionProvider.tsx';
import { BREAK_GLASS_MIN_REASON, canBreakGlass, checkReason } from './breakGlass.ts';

type Props = {
  /** What is being opened: a whole record (a case or a child), or a record's protected information. */
  kind: 'record' | 'sensitive';
  /** Called with the stated reason; the page asks again with it. */
  onOpen: (reason: string) => void;
  /** The answer to a request that already carried a reason (a refusal to show next to the field). */
  error?: ApiError | null;
};

/**
 * "Open it anyway (break the glass)": for those allowed to, a button that shows a short form asking why,
 * with the minimum length beside the field and a plain warning that the access is recorded and reviewed.
 * The reason lives only in the page's state: it is never stored in the browser. Nothing for anyone else.
 */
export function BreakGlassOffer({ kind, onOpen, error = null }: Props) {
  const { m } = useI18n();
  const me = useMe();
  const id = useId();
  const [open, setOpen] = useState(error !== null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(
    error?.status === 400 ? m.work.glassTooShort(BREAK_GLASS_MIN_REASON) : null,
  );
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);
  if (!canBreakGlass(me.roles.map((r) => r.role))) return null;

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkReason(text);
    if (!checked.ok) {
      setProblem(m.work.glassTooShort(BREAK_GLASS_MIN_REASON));
      field.current?.focus();
      return;
    }
    setProblem(null);
    onOpen(checked.reason);
  }

  const fieldId = `${id}-reason`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  if (!open)
    return (
      <p className="margin-top-3">
        <button type="button" className="usa-button usa-button--outline" onClick={() => setOpen(true)}>
          {kind === 'record' ? m.work.glassOffer : m.work.glassOfferSensitive}
        </button>
      </p>
    );
  return (
    <form className="usa-form usa-form--large margin-top-3" onSubmit={submit} noValidate>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend usa-legend--large">{m.work.glassTitle}</legend>
        <Alert type="warning" slim>
          {m.work.glassWarning}
        </Alert>
        <div className={`usa-form-group${problem ? ' usa-form-group--error' : ''}`}>
          <label className={`usa-label${problem ? ' usa-label--error' : ''}`} htmlFor={fieldId}>
            {m.work.glassReason}
          </label>
          <span className="usa-hint" id={hintId}>
            {m.work.glassHint(BREAK_GLASS_MIN_REASON)}
          </span>
          {problem && (
            <span className="usa-error-message" id={errorId} role="alert">
              {problem}
            </span>
          )}
          <textarea
            ref={field}
            id={fieldId}
            name="reason"
            className={`usa-textarea${problem ? ' usa-input--error' : ''}`}
            rows={3}
            maxLength={500}
            value={text}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="usa-button-group margin-top-2">
          <button type="submit" className="usa-button usa-button--secondary">
            {kind === 'record' ? m.work.glassSubmit : m.work.glassSubmitSensitive}
          </button>
          <button type="button" className="usa-button usa-button--unstyled" onClick={() => setOpen(false)}>
            {m.work.glassCancel}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
