import type { ReactNode } from 'react';
import { getHearing } from '../../api/hearth.ts';
import type { HearingDetail } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { casePath } from '../forms/records.tsx';

/** Loads the hearing a page changes; one out of reach reads as not found, as a case does. */
export function WithHearing({
  hearingId,
  children,
}: {
  hearingId: string;
  children: (h: HearingDetail) => ReactNode;
}) {
  const { m } = useI18n();
  const found = useResource(`hearing:${hearingId}`, (signal) => getHearing(hearingId, signal));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [400, 403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.conflicts.hearingNotFoundTitle} text={m.conflicts.hearingNotFoundText} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  return <>{children(found.data)}</>;
}

/** When the hearing is set, where, and the deadline the law sets for it. */
export function HearingSummary({ hearing }: { hearing: HearingDetail }) {
  const { m, fmt } = useI18n();
  const w = m.conflicts;
  return (
    <>
      <dl className="margin-y-2">
        <dt className="text-bold">{w.setFor}</dt>
        <dd className="margin-left-0 margin-bottom-1">{fmt.hearingTime(hearing.start)}</dd>
        <dt className="text-bold">{w.courtroom}</dt>
        <dd className="margin-left-0 margin-bottom-1">{hearing.courtroom?.name ?? w.noCourtroom}</dd>
        <dt className="text-bold">{w.deadline}</dt>
        <dd className="margin-left-0 margin-bottom-1">
          {hearing.deadlineDate ? fmt.date(hearing.deadlineDate) : w.noDeadline}
        </dd>
      </dl>
      {hearing.deadlineDate && <p className="usa-hint">{w.deadlineNote}</p>}
    </>
  );
}

/** A hearing already held, continued or vacated: nothing to change, said plainly. */
export function NotScheduledPage({ hearing }: { hearing: HearingDetail }) {
  const { m } = useI18n();
  return (
    <>
      <PageHeading title={m.conflicts.notScheduledTitle} />
      <p className="usa-intro">{m.conflicts.notScheduledText}</p>
      <p>
        <Link to={casePath(hearing.caseId)} className="usa-link">
          {m.forms.backToCase(hearing.petitionNumber)}
        </Link>
      </p>
    </>
  );
}
