import type { CaseSummary } from '../../api/types.ts';
import { listCases } from '../../api/hearth.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n, type I18n } from '../../i18n/I18nProvider.tsx';
import { groupByDay } from './docket.ts';

const LIMIT = 50;

/** The cases the signed-in person may open, soonest hearing first; a docket is split by day. */
export function CasesSection({ byDay }: { byDay: boolean }) {
  const i18n = useI18n();
  const { m } = i18n;
  const cases = useResource('cases', listCases);
  if (cases.status === 'loading') return <Loading />;
  if (cases.status === 'error') return <ProblemAlert error={cases.error} />;
  const { items, page } = cases.data;
  const columns = caseColumns(i18n);
  const more = page.nextOffset !== null && <p className="text-base">{m.home.firstCases(LIMIT)}</p>;
  if (!byDay)
    return (
      <>
        {items.length === 0 ? (
          <p>{m.home.noCases}</p>
        ) : (
          <DataTable caption={m.home.casesCaption} columns={columns} rows={items} rowKey={(c) => c.id} />
        )}
        {more}
      </>
    );
  const groups = groupByDay(items, new Date());
  const parts = [
    { id: 'today', title: m.home.today, rows: groups.today, empty: m.home.noneToday },
    { id: 'week', title: m.home.thisWeek, rows: groups.thisWeek, empty: m.home.noneThisWeek },
    { id: 'later', title: m.home.later, rows: groups.later, empty: m.home.noneLater },
  ];
  return (
    <>
      {parts.map((p) => (
        <section key={p.id} aria-labelledby={`docket-${p.id}`} className="margin-top-4">
          <h2 id={`docket-${p.id}`}>{p.title}</h2>
          {p.rows.length === 0 ? (
            <p>{p.empty}</p>
          ) : (
            <DataTable caption={p.title} captionHidden columns={columns} rows={p.rows} rowKey={(c) => c.id} />
          )}
        </section>
      ))}
      {more}
    </>
  );
}

function caseColumns({ m, fmt, label }: I18n): Column<CaseSummary>[] {
  return [
    {
      header: m.home.petition,
      rowHeader: true,
      cell: (c) => <Link to={`/cases/${c.id}`}>{c.petitionNumber}</Link>,
    },
    {
      header: m.home.nextHearing,
      cell: (c) =>
        c.nextHearing ? (
          <>
            {label('hearingType', c.nextHearing.type)}
            <br />
            <span className="text-base-dark">{fmt.hearingTime(c.nextHearing.start)}</span>
          </>
        ) : (
          m.home.noHearingSet
        ),
    },
    { header: m.home.judge, cell: (c) => c.judgeName ?? m.home.noJudge },
    { header: m.home.children, cell: (c) => c.childCount },
  ];
}
