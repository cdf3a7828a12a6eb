import type { DocketDay, DocketHearing, DocketSubjectKind } from '../../api/types.ts';
import { Link } from '../../app/Link.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useI18n, type I18n } from '../../i18n/I18nProvider.tsx';
import { wellbeingPaths } from '../wellbeing/wellbeingPaths.ts';

/** A language code ("es", "nv") in words of the reader's language; anything else as recorded. */
function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function TimeCell({ h, kind }: { h: DocketHearing; kind: DocketSubjectKind }) {
  const { m, fmt, label } = useI18n();
  const d = m.dockets;
  return (
    <>
      {d.timeRange(fmt.time(h.start), fmt.time(h.end))}
      <br />
      <span className="text-base-dark">{d.minutes(h.minutes)}</span>
      {h.usual?.shorter && (
        <span className="display-block text-base-dark" title={h.usual.citation}>
          {d.usually(h.usual.minutes)}
          {h.usual.unconfirmed && ` (${d.unconfirmed})`}
        </span>
      )}
      {h.status !== 'scheduled' && (
        <>
          <br />
          <strong>{label('hearingStatus', h.status)}</strong>
        </>
      )}
      {h.overlaps.map((o) => {
        const sharing = o.sharing
          .map((s) => (s === 'judge' ? d.sameJudge : d.sameCourtroom))
          .join(` ${d.and} `);
        // On a judge's docket the other hearing's room says where; on a room's, its judge says who.
        const what = [o.petitionNumber, kind === 'judge' ? o.courtroom : o.judge].filter(Boolean).join(', ');
        return (
          <span key={o.hearingId} className="display-block text-bold text-secondary-dark" data-kind="overlap">
            {d.overlap(d.timeRange(fmt.time(o.start), fmt.time(o.end)), sharing)}{' '}
            {what && d.overlapWith(what)}
          </span>
        );
      })}
    </>
  );
}

function columnsFor({ m, fmt, label }: I18n, kind: DocketSubjectKind): Column<DocketHearing>[] {
  const d = m.dockets;
  return [
    { header: d.columns.time, rowHeader: true, cell: (h) => <TimeCell h={h} kind={kind} /> },
    {
      header: d.columns.case,
      cell: (h) =>
        h.case ? (
          <>
            <Link to={`/cases/${encodeURIComponent(h.case.id)}`} className="text-no-wrap">
              {h.case.petitionNumber}
            </Link>
            {/* The judge's bench view of this hearing (features/wellbeing). */}
            <br />
            <Link
              to={wellbeingPaths.bench(h.id)}
              className="text-no-wrap"
              aria-label={m.wellbeing.linkFor(
                m.wellbeing.benchLink,
                h.hearingType ? label('hearingType', h.hearingType) : '',
                fmt.hearingTime(h.start),
              )}
            >
              {m.wellbeing.benchLink}
            </Link>
          </>
        ) : (
          <>
            {d.withheld}
            <br />
            <span className="text-base-dark">{d.withheldText}</span>
          </>
        ),
    },
    { header: d.columns.type, cell: (h) => (h.hearingType ? label('hearingType', h.hearingType) : '—') },
    {
      header: d.columns.expected,
      cell: (h) =>
        h.expected.length === 0 ? (
          '—'
        ) : (
          <ul className="usa-list usa-list--unstyled">
            {h.expected.map((p, i) => (
              <li key={i}>
                {p.name} ({p.isChild ? d.child : label('caseRole', p.role)})
              </li>
            ))}
          </ul>
        ),
    },
    {
      header: d.columns.interpreter,
      cell: (h) =>
        h.withheld ? (
          '—'
        ) : h.interpreters.length === 0 ? (
          d.noInterpreter
        ) : (
          <ul className="usa-list usa-list--unstyled">
            {h.interpreters.map((i) => (
              <li key={i.language} data-kind="interpreter">
                <strong>{d.interpreterFor(languageName(i.language, fmt.locale), fmt.list(i.for))}</strong>
                <br />
                <span className="text-base-dark">
                  {i.assigned ? d.interpreterAssigned : d.interpreterMissing}
                </span>
              </li>
            ))}
          </ul>
        ),
    },
    kind === 'judge'
      ? { header: d.columns.courtroom, cell: (h) => h.courtroom?.name ?? '—' }
      : { header: d.columns.judge, cell: (h) => h.judge?.name ?? '—' },
  ];
}

/** One day's hearings as a table, then the free time between them. */
export function DocketDayTable({ day, kind }: { day: DocketDay; kind: DocketSubjectKind }) {
  const i18n = useI18n();
  const { m, fmt } = i18n;
  const d = m.dockets;
  if (day.hearings.length === 0) return <p>{d.noHearings}</p>;
  return (
    <>
      <DataTable
        caption={d.tableCaption(fmt.longDate(day.date))}
        captionHidden
        columns={columnsFor(i18n, kind)}
        rows={day.hearings}
        rowKey={(h) => h.id}
      />
      {day.gaps.length > 0 && (
        <p className="text-base-dark">
          <strong>{d.freeTitle}:</strong>{' '}
          {day.gaps.map((g) => d.free(fmt.time(g.start), fmt.time(g.end), g.minutes)).join('; ')}
        </p>
      )}
    </>
  );
}
