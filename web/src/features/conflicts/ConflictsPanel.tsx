import { useEffect, useRef, useState } from 'react';
import type { ConflictAnswer, TimeSlot } from '../../api/types.ts';
import type { conflictsEn } from '../../i18n/conflicts.en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { sayOtherHearing, sayResource } from './conflictAnswer.ts';

type Words = typeof conflictsEn;

type ViewProps = {
  answer: ConflictAnswer;
  words: Words;
  locale: string;
  label: (kind: 'caseRole' | 'hearingType', code: string) => string;
  /** A hearing's start, as the court's calendar says it. */
  when: (iso: string) => string;
  /** A calendar date, for the deadline. */
  date: (d: string) => string;
  busy: boolean;
  onPick: (slot: TimeSlot) => void;
  /** Offered to those who may set over a conflict; absent: no "set it anyway". */
  onAccept?: ((reason: string) => void) | undefined;
};

/**
 * A time that double-books: what is taken, by which hearing (its type, time and petition number, never a
 * child's name), and the free times to choose instead, as buttons. The heading takes focus when it
 * appears, so a screen reader says at once why nothing was saved.
 */
export function ConflictsView(p: ViewProps) {
  const { answer, words: w } = p;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [answer]);
  const say = { words: w, locale: p.locale, label: p.label, when: p.when };
  const deadline = answer.deadline.date;
  return (
    <div className="margin-y-3" data-testid="calendar-conflicts">
      <div className="usa-alert usa-alert--warning">
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading" id="conflicts-heading" tabIndex={-1} ref={heading}>
            {w.conflictsTitle}
          </h2>
          <p className="usa-alert__text">{w.conflictsIntro(answer.conflicts.length)}</p>
          <ul className="usa-list">
            {answer.conflicts.map((c, i) => (
              <li key={`${c.resource.kind}-${c.hearing.id}-${i}`}>
                <strong>{sayResource(c, say)}</strong>: {sayOtherHearing(c, say)}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <section aria-labelledby="offers-heading">
        <h2 id="offers-heading">{w.offersTitle}</h2>
        {answer.offers.length === 0 ? (
          <p>{w.noOffers}</p>
        ) : (
          <>
            {deadline && (
              <p>
                {answer.deadline.offersMeetIt
                  ? w.offersMeetDeadline(p.date(deadline))
                  : w.offersMissDeadline(p.date(deadline))}
              </p>
            )}
            <p>{w.offersIntro}</p>
            <ul className="usa-button-group">
              {answer.offers.map((o) => (
                <li key={o.start} className="usa-button-group__item">
                  <button
                    type="button"
                    className="usa-button usa-button--outline"
                    disabled={p.busy}
                    onClick={() => p.onPick(o)}
                  >
                    {w.pick(p.when(o.start))}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {p.onAccept && <AcceptAnyway words={w} busy={p.busy} onAccept={p.onAccept} />}
      </section>
    </div>
  );
}

/** Setting over the conflicts knowingly, with a reason (kept in the audit log). */
function AcceptAnyway({
  words: w,
  busy,
  onAccept,
}: {
  words: Words;
  busy: boolean;
  onAccept: (reason: string) => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);
  function accept() {
    if (reason.trim().length < 10) return setError(true);
    setError(false);
    onAccept(reason.trim());
  }
  return (
    <details className="margin-top-3">
      <summary>{w.acceptTitle}</summary>
      <p>{w.acceptIntro}</p>
      <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
        <label className={`usa-label${error ? ' usa-label--error' : ''}`} htmlFor="accept-conflicts-reason">
          {w.acceptReason}
        </label>
        {error && (
          <span className="usa-error-message" id="accept-conflicts-reason-error" role="alert">
            {w.acceptTooShort}
          </span>
        )}
        <textarea
          id="accept-conflicts-reason"
          className={`usa-textarea${error ? ' usa-input--error' : ''}`}
          value={reason}
          maxLength={1000}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'accept-conflicts-reason-error' : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <button
        type="button"
        className="usa-button usa-button--secondary margin-top-2"
        disabled={busy}
        onClick={accept}
      >
        {w.acceptSubmit}
      </button>
    </details>
  );
}

/** The conflicts and offers of a 409, in the reader's language. */
export function ConflictsPanel(props: Omit<ViewProps, 'words' | 'locale' | 'label' | 'when' | 'date'>) {
  const { m, fmt, label } = useI18n();
  return (
    <ConflictsView
      {...props}
      words={m.conflicts}
      locale={fmt.locale}
      label={label}
      when={fmt.hearingTime}
      date={fmt.date}
    />
  );
}
