import { useState } from 'react';
import { getBenchmarkReviews } from '../../api/hearth.ts';
import type { BenchmarkReview, BenchmarkReviews } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Alert } from '../../components/Alert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { BenchmarkReviewForm } from './BenchmarkReviewForm.tsx';
import { checkpointWords, preparesWords, REVIEW_STATUS_STYLE } from './benchmarkModel.ts';

/**
 * The benchmark reviews of a case: those its checkpoints put on the calendar for each child in foster
 * care, to record with their checklist and outcome, and those recorded. Readers of the children's history
 * see them; the agency (plan.record) records them. A case out of reach reads as not found.
 */
export function BenchmarkReviewsPage({ caseId }: { caseId: string }) {
  const { m } = useI18n();
  const [version, setVersion] = useState(0);
  const [saved, setSaved] = useState(false);
  const found = useResource(`benchmark-reviews:${caseId}:${version}`, (signal) =>
    getBenchmarkReviews(caseId, signal),
  );
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.case.notFoundTitle} text={m.case.notFoundText} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  return (
    <ReviewsView
      data={found.data}
      saved={saved}
      onSaved={() => {
        setSaved(true);
        setVersion((v) => v + 1);
      }}
    />
  );
}

function ReviewsView({
  data,
  saved,
  onSaved,
}: {
  data: BenchmarkReviews;
  saved: boolean;
  onSaved: () => void;
}) {
  const { m } = useI18n();
  const w = m.pacing;
  const permitted = usePermitted();
  const [recording, setRecording] = useState<BenchmarkReview | null>(null);
  const due = data.reviews.filter((r) => r.recorded === null);
  const done = data.reviews.filter((r) => r.recorded !== null);
  return (
    <>
      <p className="margin-top-3 margin-bottom-0">
        <Link to={`/cases/${encodeURIComponent(data.caseId)}`} className="usa-link">
          {w.reviewsBack(data.petitionNumber)}
        </Link>
      </p>
      <PageHeading title={w.reviewsTitle(data.petitionNumber)} />
      <p className="usa-intro">{w.reviewsIntro}</p>
      <p className="font-sans-3xs text-base-dark">
        {w.ruleSource(data.citation)}
        {data.unconfirmed && ` (${w.unconfirmed})`}
      </p>
      {saved && !recording && (
        <Alert type="success" slim live>
          {w.reviewSaved}
        </Alert>
      )}
      <section aria-labelledby="reviews-due" className="margin-top-4">
        <h2 id="reviews-due">{w.reviewsDue}</h2>
        {due.length === 0 ? (
          <p>{w.reviewsNoneDue}</p>
        ) : (
          <DueTable reviews={due} mayRecord={permitted('plan.record')} onRecord={(r) => setRecording(r)} />
        )}
      </section>
      {recording && (
        <BenchmarkReviewForm
          key={`${recording.child.id}:${recording.checkpoint}:${recording.anchorDate}`}
          data={data}
          review={recording}
          onCancel={() => setRecording(null)}
          onSaved={() => {
            setRecording(null);
            onSaved();
          }}
        />
      )}
      <section aria-labelledby="reviews-recorded" className="margin-top-4">
        <h2 id="reviews-recorded">{w.reviewsRecorded}</h2>
        {done.length === 0 ? (
          <p>{w.reviewsNoneRecorded}</p>
        ) : (
          done.map((r) => <Recorded key={r.id} review={r} data={data} />)
        )}
      </section>
    </>
  );
}

function DueTable(props: {
  reviews: BenchmarkReview[];
  mayRecord: boolean;
  onRecord: (r: BenchmarkReview) => void;
}) {
  const { m, fmt } = useI18n();
  const w = m.pacing;
  const col = w.reviewColumns;
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked width-full">
      <caption className="usa-sr-only">{w.reviewsDue}</caption>
      <thead>
        <tr>
          <th scope="col">{col.status}</th>
          <th scope="col">{col.child}</th>
          <th scope="col">{col.checkpoint}</th>
          <th scope="col">{col.prepares}</th>
          <th scope="col">{col.due}</th>
          {props.mayRecord && (
            <td>
              <span className="usa-sr-only">{w.recordReview}</span>
            </td>
          )}
        </tr>
      </thead>
      <tbody>
        {props.reviews.map((r) => {
          const name = fmt.name(r.child.givenName, r.child.familyName);
          return (
            <tr key={`${r.child.id}:${r.checkpoint}:${r.anchorDate}`} data-status={r.status}>
              <td data-label={col.status}>
                <span className={`usa-tag ${REVIEW_STATUS_STYLE[r.status]}`}>{w.reviewStatus[r.status]}</span>
              </td>
              <th scope="row" data-label={col.child}>
                <Link to={`/children/${encodeURIComponent(r.child.id)}`}>{name}</Link>
              </th>
              <td data-label={col.checkpoint}>{checkpointWords(w, r.checkpoint)}</td>
              <td data-label={col.prepares}>{preparesWords(w, r.checkpoint, fmt.date(r.anchorDate))}</td>
              <td data-label={col.due}>{fmt.date(r.dueDate)}</td>
              {props.mayRecord && (
                <td>
                  <button
                    type="button"
                    className="usa-button usa-button--outline usa-button--small"
                    aria-label={`${w.recordReview}: ${name}, ${checkpointWords(w, r.checkpoint)}`}
                    onClick={() => props.onRecord(r)}
                  >
                    {w.recordReview}
                  </button>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Recorded({ review, data }: { review: BenchmarkReview; data: BenchmarkReviews }) {
  const { m, fmt } = useI18n();
  const w = m.pacing;
  const rec = review.recorded!;
  const name = fmt.name(review.child.givenName, review.child.familyName);
  return (
    <article
      className="border-1px border-base-lighter radius-md padding-2 margin-bottom-2"
      data-review={review.id ?? ''}
    >
      <h3 className="margin-top-0">
        {name}: {checkpointWords(w, review.checkpoint)}
      </h3>
      <p className="margin-y-1">
        <span className="text-bold">{w.outcomeLabel}:</span> {w.outcome[rec.outcome] ?? rec.outcome}
      </p>
      {rec.outcomeNote && <p className="margin-y-1">{rec.outcomeNote}</p>}
      <p className="margin-y-1 text-base-dark">
        {preparesWords(w, review.checkpoint, fmt.date(review.anchorDate))}.{' '}
        {w.reviewedOn(fmt.date(rec.reviewDate), rec.recordedBy)}
      </p>
      <dl className="hearth-details">
        {data.checklist.map((item) => {
          const a = rec.answers[item.code];
          if (!a) return null;
          const text = [a.answer ? (w.answer[a.answer] ?? a.answer) : null, a.note || null]
            .filter(Boolean)
            .join(': ');
          return (
            <div key={item.code}>
              <dt>{w.prompt[item.code] ?? item.prompt}</dt>
              <dd>{text}</dd>
            </div>
          );
        })}
      </dl>
    </article>
  );
}
