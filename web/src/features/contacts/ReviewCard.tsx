import { useState } from 'react';
import { updateReviewAction } from '../../api/hearth.ts';
import { ApiError } from '../../api/client.ts';
import type { ContactReview, ReviewActionStatus } from '../../api/types.ts';
import { Link } from '../../app/Link.tsx';
import { StaleEditNotice } from '../../components/form/StaleEditNotice.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { staleFollowUp, type ReviewAction, type StaleFollowUp } from './actionFollowUp.ts';
import { elementLabel } from './contactsModel.ts';
import { contactPaths } from './paths.ts';

const FOLLOW_UP_STYLE: Record<string, string> = {
  open: 'bg-base-lighter text-ink',
  done: 'bg-success-dark text-white',
  dropped: 'bg-base-light text-ink',
  overdue: 'bg-error-dark text-white',
};

/**
 * One review: the supervisor's rating of each quality element beside the worker's own, strengths, what to
 * improve, and the action plan with its follow-up (which the worker or the supervisor may update).
 */
export function ReviewCard({
  review,
  elements,
  onChanged,
  showContact = false,
}: {
  review: ContactReview;
  elements: string[];
  onChanged: (message: string) => void;
  showContact?: boolean;
}) {
  const { m, fmt } = useI18n();
  const t = m.contacts;
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // After a stale follow-up (412), the review as saved now, which the 412 carries: the card shows it, so
  // the user sees the other person's change before choosing to put theirs on top or to leave it.
  const [current, setCurrent] = useState<ContactReview | null>(null);
  const [stale, setStale] = useState<StaleFollowUp | null>(null);
  const r = current ?? review;
  const codes = elements.length ? elements : Object.keys(r.ratings);
  const child = fmt.name(r.child.givenName, r.child.familyName);

  /** Follows up the action at the version the user sees (If-Match); a 412 shows what changed meanwhile. */
  async function follow(action: ReviewAction, status: ReviewActionStatus) {
    setBusy(true);
    setError(null);
    try {
      await updateReviewAction(r.id, action.id, action.version, { status });
      // Saved: the review the parent reloads is the one to show again, not the 412's snapshot.
      setCurrent(null);
      setStale(null);
      onChanged(t.actionSaved);
    } catch (err) {
      const refused = staleFollowUp(err, action, status);
      if (refused) {
        setCurrent(refused.review);
        setStale(refused);
      } else setError(err instanceof ApiError ? err : new ApiError(0, 'Error', String(err)));
    } finally {
      setBusy(false);
    }
  }

  /** Puts the user's follow-up on the action as saved now. */
  function reapply(s: StaleFollowUp) {
    const now = s.review.actions.find((a) => a.id === s.actionId);
    if (now) void follow(now, s.wanted);
  }

  return (
    <article className="usa-summary-box margin-bottom-3" aria-labelledby={`review-${r.id}`}>
      <div className="usa-summary-box__body">
        <h3 className="usa-summary-box__heading" id={`review-${r.id}`}>
          {showContact ? (
            <Link to={contactPaths.contact(r.contactId)}>{t.reviewOf(child, fmt.date(r.contactDate))}</Link>
          ) : (
            t.reviewedBy(r.reviewer.name, fmt.date(r.reviewedOn))
          )}
        </h3>
        {showContact && (
          <p className="margin-top-0">
            {t.reviewedBy(r.reviewer.name, fmt.date(r.reviewedOn))}. {t.workerName(r.worker.name)}
          </p>
        )}
        <p className="text-bold">{t.score(r.score.met, r.score.applicable)}</p>
        <table className="usa-table usa-table--borderless usa-table--compact usa-table--stacked width-full">
          <caption className="usa-sr-only">{t.reviewsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.qualityColumns.element}</th>
              <th scope="col">{t.qualityColumns.self}</th>
              <th scope="col">{t.qualityColumns.rating}</th>
            </tr>
          </thead>
          <tbody>
            {codes.map((e) => (
              <tr key={e}>
                <th scope="row" data-label={t.qualityColumns.element}>
                  {elementLabel(t.element, e)}
                </th>
                <td data-label={t.qualityColumns.self}>
                  {r.selfAssessment[e] ? (t.rating[r.selfAssessment[e]] ?? r.selfAssessment[e]) : t.notRated}
                </td>
                <td data-label={t.qualityColumns.rating}>
                  {r.ratings[e] ? (t.rating[r.ratings[e]] ?? r.ratings[e]) : t.notRated}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {r.strengths && (
          <p>
            <strong>{t.strengths}:</strong> {r.strengths}
          </p>
        )}
        {r.comments && (
          <p>
            <strong>{t.comments}:</strong> {r.comments}
          </p>
        )}
        <h4 className="margin-bottom-1">{t.actionsTitle}</h4>
        {error && <ProblemAlert error={error} />}
        {r.actions.length === 0 ? (
          <p>{t.actionsNone}</p>
        ) : (
          <ul className="usa-list usa-list--unstyled">
            {r.actions.map((a) => (
              <li key={a.id} className="margin-bottom-1">
                {stale?.actionId === a.id && (
                  <StaleEditNotice
                    stale={stale.edit}
                    labelOf={() => t.followUpLabel}
                    show={(_field, v) => t.followUp[String(v)] ?? String(v)}
                    onReapply={() => reapply(stale)}
                    onDiscard={() => setStale(null)}
                  />
                )}
                <span className={`usa-tag ${FOLLOW_UP_STYLE[a.followUp] ?? ''}`}>
                  {t.followUp[a.followUp]}
                </span>{' '}
                {a.description} <span className="text-base-dark">({t.actionDue(fmt.date(a.dueDate))})</span>
                {r.mayFollowUp && (
                  <span className="margin-left-1">
                    {a.status === 'open' ? (
                      <>
                        <button
                          type="button"
                          className="usa-button usa-button--outline usa-button--small"
                          disabled={busy}
                          onClick={() => void follow(a, 'done')}
                        >
                          {t.markDone}
                        </button>
                        <button
                          type="button"
                          className="usa-button usa-button--unstyled margin-left-1"
                          disabled={busy}
                          onClick={() => void follow(a, 'dropped')}
                        >
                          {t.drop}
                        </button>
                      </>
                    ) : (
                      <button
                        type="button"
                        className="usa-button usa-button--unstyled"
                        disabled={busy}
                        onClick={() => void follow(a, 'open')}
                      >
                        {t.reopen}
                      </button>
                    )}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
