import { getDataSummary, interchangeFileUrl } from '../../api/hearth.ts';
import type { DataSummary } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useMe } from '../session/SessionProvider.tsx';
import { CourtMeasuresLink } from '../court-measures/CourtMeasuresLink.tsx';
import { CqiLink } from '../cqi/CqiLink.tsx';
import { dataPageParts, INTERCHANGE_FILES, periodOf } from './dataPage.ts';
import { AfcarsDownload } from './AfcarsDownload.tsx';

/** The analyst's entry into data: the district's counts at a glance, and the interchange files. */
export function DataPage() {
  const { m } = useI18n();
  const me = useMe();
  const parts = dataPageParts(me.roles.map((r) => r.role));
  if (!parts.summary && !parts.downloads) return <NotFoundPage />;
  return (
    <>
      <PageHeading title={m.admin.data.title} />
      <p className="usa-intro">{m.admin.data.intro}</p>
      <CourtMeasuresLink roles={me.roles.map((r) => r.role)} />
      <CqiLink roles={me.roles.map((r) => r.role)} />
      {parts.summary && <Summary />}
      {parts.downloads && <Downloads />}
      {parts.downloads && <AfcarsDownload />}
    </>
  );
}

function Summary() {
  const { m, fmt } = useI18n();
  const summary = useResource('data-summary', getDataSummary);
  return (
    <section aria-labelledby="data-glance" className="margin-top-5">
      <h2 id="data-glance">{m.admin.data.atAGlance}</h2>
      {summary.status === 'loading' && <Loading />}
      {summary.status === 'error' && <ProblemAlert error={summary.error} />}
      {summary.status === 'ok' && <Counts summary={summary.data} />}
      {summary.status === 'ok' && (
        <p className="text-base-dark">{m.admin.data.asOf(fmt.longDate(summary.data.asOf))}</p>
      )}
    </section>
  );
}

function Counts({ summary: s }: { summary: DataSummary }) {
  const { m, fmt } = useI18n();
  const { year, monthStart } = periodOf(s.asOf);
  const month = new Intl.DateTimeFormat(fmt.locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${monthStart}T00:00:00Z`));
  const counts = [
    { id: 'open-cases', label: m.admin.data.openCases, value: s.openCases },
    { id: 'in-care', label: m.admin.data.childrenInCare, value: s.childrenInCare },
    { id: 'removals', label: m.admin.data.removalsThisYear(year), value: s.removalsThisYear },
    { id: 'hearings', label: m.admin.data.hearingsThisMonth(month), value: s.hearingsThisMonth },
  ];
  // A description list: each number is read with its label ("Open cases: 212"), in the reader's digits.
  return (
    <dl className="grid-row grid-gap margin-y-2">
      {counts.map((c) => (
        <div
          key={c.id}
          className="mobile-lg:grid-col-6 desktop:grid-col-3 border-top-05 border-primary padding-y-1"
          data-count={c.id}
        >
          <dt className="font-sans-sm">{c.label}</dt>
          <dd className="margin-0 font-heading-2xl text-bold">{c.value.toLocaleString(fmt.locale)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Downloads() {
  const { m } = useI18n();
  return (
    <section aria-labelledby="data-downloads" className="margin-top-5">
      <h2 id="data-downloads">{m.admin.data.downloads}</h2>
      <p>{m.admin.data.downloadsIntro}</p>
      <ul className="usa-list">
        {INTERCHANGE_FILES.map(({ file, key }) => (
          <li key={file}>
            <a href={interchangeFileUrl(file)} download={file}>
              {m.admin.data.download(file)}
            </a>
            {' — '}
            {m.admin.data.files[key]}
          </li>
        ))}
      </ul>
    </section>
  );
}
