import { CONTINUANCE_REASONS } from '@hearth/core';
import type { ReactNode } from 'react';
import type { CourtMeasures, MeasuresRow, ShownRatio, TimeMeasureKey } from '../../api/types.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { barWidth, groupRows, scaleMax, targetDays } from './measuresModel.ts';

const TIME_KEYS: TimeMeasureKey[] = [
  'adjudication',
  'disposition',
  'first_permanency_hearing',
  'tpr_order',
  'permanency',
];
const BAR = 120;

/** A simple bar (decoration: the number beside it is what is read), with the target as a line. */
function Bar({ value, max, target }: { value: number | null; max: number; target?: number }) {
  const w = (barWidth(value, max) / 100) * BAR;
  const t = target === undefined ? null : (barWidth(target, max) / 100) * BAR;
  return (
    <svg width={BAR} height={12} aria-hidden="true" focusable="false" className="margin-left-1">
      <rect x={0} y={2} width={BAR} height={8} fill="#dfe1e2" />
      <rect x={0} y={2} width={w} height={8} fill="#005ea2" />
      {t !== null && <rect x={Math.max(0, t - 1)} y={0} width={2} height={12} fill="#1b1b1b" />}
    </svg>
  );
}

/** A figure, or a dash read as "not shown" when it is suppressed. */
function useShown() {
  const { m, fmt } = useI18n();
  const percent = new Intl.NumberFormat(fmt.locale, { style: 'percent', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(fmt.locale, { maximumFractionDigits: 1 });
  const dash = (
    <>
      <span aria-hidden="true">—</span>
      <span className="usa-sr-only">{m.measures.notShown}</span>
    </>
  );
  return {
    num: (v: number | null): ReactNode => (v === null ? dash : number.format(v)),
    pct: (v: number | null): ReactNode => (v === null ? dash : percent.format(v)),
  };
}

function useGroupColumn(by: string): Column<MeasuresRow> {
  const { m } = useI18n();
  return {
    header: m.measures.group(by),
    rowHeader: true,
    cell: (r) =>
      r.total ? <strong>{m.measures.all}</strong> : r.key === null ? m.measures.noJudge : r.label,
  };
}

/** One table per time measure: children, median (with a bar and the target), 90th percentile, % in target. */
export function TimeTables({ data }: { data: CourtMeasures }) {
  const { m } = useI18n();
  const shown = useShown();
  const group = useGroupColumn(data.by);
  const rows = groupRows(data.rows);
  return (
    <section aria-labelledby="measures-time" className="margin-top-5">
      <h2 id="measures-time">{m.measures.timeTitle}</h2>
      <p>{m.measures.timeIntro}</p>
      {TIME_KEYS.map((k) => {
        const target = data.targets[k];
        const days = targetDays(target);
        const max = scaleMax(
          rows.map((r) => r.time[k].median),
          days,
        );
        return (
          <section key={k} aria-labelledby={`measure-${k}`} data-measure={k} className="margin-top-4">
            <h3 id={`measure-${k}`}>{m.measures.time[k]}</h3>
            <p className="text-base-dark" title={target.citation}>
              {m.measures.target(target.amount, target.unit, target.unconfirmed)}
            </p>
            <DataTable
              caption={m.measures.time[k]}
              captionHidden
              rows={rows}
              rowKey={(r) => `${r.total ? 'total' : (r.key ?? 'none')}`}
              columns={[
                group,
                { header: m.measures.children, cell: (r) => shown.num(r.time[k].count) },
                {
                  header: m.measures.median,
                  cell: (r) => (
                    <span className="display-flex flex-align-center" data-median={r.time[k].median ?? ''}>
                      {shown.num(r.time[k].median)}
                      <Bar value={r.time[k].median} max={max} target={days} />
                    </span>
                  ),
                },
                { header: m.measures.p90, cell: (r) => shown.num(r.time[k].p90) },
                { header: m.measures.withinTarget, cell: (r) => shown.pct(r.time[k].withinRate) },
              ]}
            />
          </section>
        );
      })}
    </section>
  );
}

/** A rate with its bar (on a scale of 100%). */
function Rate({ r }: { r: ShownRatio }) {
  const shown = useShown();
  return (
    <span className="display-flex flex-align-center">
      {shown.pct(r.rate)}
      <Bar value={r.rate} max={1} />
    </span>
  );
}

/** Hearings on time and continued; the reasons for the whole; attendance; judges per case. */
export function HearingTables({ data }: { data: CourtMeasures }) {
  const { m } = useI18n();
  const shown = useShown();
  const group = useGroupColumn(data.by);
  const rows = groupRows(data.rows);
  const total = rows.find((r) => r.total);
  const key = (r: MeasuresRow) => `${r.total ? 'total' : (r.key ?? 'none')}`;
  return (
    <>
      <section aria-labelledby="measures-hearings" className="margin-top-5">
        <h2 id="measures-hearings">{m.measures.hearingsTitle}</h2>
        <DataTable
          caption={m.measures.hearingsTitle}
          captionHidden
          rows={rows}
          rowKey={key}
          columns={[
            group,
            { header: m.measures.hearingsWithDeadline, cell: (r) => shown.num(r.hearingsOnTime.denominator) },
            { header: m.measures.onTime, cell: (r) => <Rate r={r.hearingsOnTime} /> },
            {
              header: m.measures.hearingsHeldOrContinued,
              cell: (r) => shown.num(r.continuances.denominator),
            },
            { header: m.measures.continued, cell: (r) => <Rate r={r.continuances} /> },
          ]}
        />
        {total && (
          <>
            <h3 id="measures-reasons">{m.measures.reasonsTitle}</h3>
            <DataTable
              caption={m.measures.reasonsTitle}
              captionHidden
              rows={[...CONTINUANCE_REASONS]}
              rowKey={(r) => r}
              columns={[
                { header: m.measures.reason, rowHeader: true, cell: (r) => m.conflicts.reasons[r] },
                {
                  header: m.measures.continuances,
                  cell: (r) => shown.num(total.continuances.byReason[r] ?? null),
                },
              ]}
            />
          </>
        )}
      </section>
      <section aria-labelledby="measures-attendance" className="margin-top-5">
        <h2 id="measures-attendance">{m.measures.attendanceTitle}</h2>
        <p>{m.measures.attendanceIntro}</p>
        <DataTable
          caption={m.measures.attendanceTitle}
          captionHidden
          rows={rows}
          rowKey={key}
          columns={[
            group,
            { header: m.measures.parentsRecorded, cell: (r) => shown.num(r.parentsPresent.denominator) },
            { header: m.measures.parentsPresent, cell: (r) => <Rate r={r.parentsPresent} /> },
            { header: m.measures.parentsRepresented, cell: (r) => <Rate r={r.parentsRepresented} /> },
            {
              header: m.measures.youthRecorded(data.youthAge),
              cell: (r) => shown.num(r.youthAttending.denominator),
            },
            { header: m.measures.youthAttending, cell: (r) => <Rate r={r.youthAttending} /> },
            { header: m.measures.youthRemote, cell: (r) => <Rate r={r.youthRemote} /> },
            { header: m.measures.youthExcused, cell: (r) => <Rate r={r.youthExcused} /> },
          ]}
        />
      </section>
      <section aria-labelledby="measures-judges" className="margin-top-5">
        <h2 id="measures-judges">{m.measures.judgesTitle}</h2>
        <DataTable
          caption={m.measures.judgesTitle}
          captionHidden
          rows={rows}
          rowKey={key}
          columns={[
            group,
            { header: m.measures.casesHeard, cell: (r) => shown.num(r.judgesPerCase.denominator) },
            { header: m.measures.oneJudge, cell: (r) => <Rate r={r.judgesPerCase} /> },
            { header: m.measures.judgesPerCase, cell: (r) => shown.num(r.judgesPerCase.mean) },
          ]}
        />
      </section>
    </>
  );
}
