import { getHearingVoices } from '../../api/hearth.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { BenchVoices } from './BenchVoices.tsx';

/** A hearing's voices on a page of their own (/hearings/:hearingId/voices), as the bench view shows them. */
export function HearingVoicesPage({ hearingId }: { hearingId: string }) {
  const { m, fmt, label } = useI18n();
  const found = useResource(`hearing-voices:${hearingId}`, (signal) => getHearingVoices(hearingId, signal));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [400, 403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.voice.hearingPage.notFoundTitle} text={m.voice.hearingPage.notFoundText} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  const { hearing, voices } = found.data;
  return (
    <>
      <PageHeading title={m.voice.hearingPage.title} />
      <p className="usa-intro">
        {label('hearingType', hearing.hearingType)}, {fmt.longHearingTime(hearing.start)}
        {hearing.courtroom ? `, ${hearing.courtroom}` : ''}
        {hearing.judgeName ? ` (${hearing.judgeName})` : ''}
      </p>
      <p>
        <Link to={`/cases/${encodeURIComponent(hearing.caseId)}`}>
          {m.voice.hearingPage.backToCase(hearing.petitionNumber)}
        </Link>
      </p>
      <BenchVoices voices={voices} />
    </>
  );
}
