import { useMemo, useState, type FormEvent } from 'react';
import type { IndicatorKey } from '@hearth/core';
import { cqiFileUrls, getCqiEquity } from '../../api/hearth.ts';
import type { CqiEquity, CqiShownFigure, EquityDimension } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { navigate, useQuery } from '../../app/router.ts';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useMe } from '../session/SessionProvider.tsx';
import {
  barPercent,
  canDownloadIndicators,
  canSeeIndicators,
  childrenHref,
  dashboardHref,
  EQUITY_DIMENSIONS,
  equityHref,
  formatCount,
  formatRatio,
  formatValue,
  parseEquityQuery,
} from './cqiModel.ts';
import { Downloads } from './Downloads.tsx';
import { PeriodPicker, periodWords, sentenceStart } from './PeriodPicker.tsx';

/**
 * Equity (`/cqi/equity?periodStart=…&by=…`): each indicator for each group of children, against the whole
 * district, as a table with a bar per group. Small counts arrive already suppressed from the server.
 */
export function EquityPage() {
  const { m } = useI18n();
  const me = useMe();
  const roles = me.roles.map((r) => r.role);
  const search = useQuery();
  const { periodStart, by } = useMemo(() => parseEquityQuery(search), [search]);
  const equity = useResource(`cqi-equity:${periodStart ?? 'default'}:${by}`, (signal) =>
    getCqiEquity(periodStart, by, signal),
  );
  if (!canSeeIndicators(roles)) return <NotFoundPage />;
  return (
    <>
      <PageHeading title={m.cqi.equityTitle} />
      <p className="usa-intro">{m.cqi.equityIntro}</p>
      <p>
        <Link to={dashboardHref(periodStart)}>{m.cqi.back}</Link>
      </p>
      {equity.status === 'loading' && <Loading />}
      {equity.status === 'error' && <ProblemAlert error={equity.error} />}
      {equity.status === 'ok' && <Equity data={equity.data} downloads={canDownloadIndicators(roles)} />}
    </>
  );
}

function GroupBy({ data }: { data: CqiEquity }) {
  const { m } = useI18n();
  const [by, setBy] = useState<EquityDimension>(data.by);
  function submit(e: FormEvent) {
    e.preventDefault();
    navigate(equityHref(data.period.start, by));
  }
  return (
    <form className="usa-form" onSubmit={submit}>
      <label className="usa-label" htmlFor="cqi-by">
        {m.cqi.by}
      </label>
      <select
        id="cqi-by"
        className="usa-select"
        value={by}
        onChange={(e) => setBy(e.target.value as EquityDimension)}
      >
        {EQUITY_DIMENSIONS.map((d) => (
          <option key={d} value={d}>
            {m.cqi.dimensions[d]}
          </option>
        ))}
      </select>
      <button type="submit" className="usa-button margin-top-2">
        {m.cqi.show}
      </button>
    </form>
  );
}

function Equity({ data, downloads }: { data: CqiEquity; downloads: boolean }) {
  const i18n = useI18n();
  const { m } = i18n;
  return (
    <>
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <PeriodPicker
            key={data.period.start}
            period={data.period}
            latest={data.latestDate ?? data.defaultPeriodStart}
            defaultStart={data.defaultPeriodStart}
            onChoose={(start) => navigate(equityHref(start, data.by))}
          />
        </div>
        <div className="tablet:grid-col-6">
          <GroupBy key={data.by} data={data} />
        </div>
      </div>
      <p className="text-base-dark">{m.cqi.suppressedNote}</p>
      {data.by === 'age_group' && <p className="text-base-dark">{m.cqi.ageNote}</p>}
      {data.indicators.map((ind) => (
        <EquityTable key={ind.key} data={data} ind={ind} periodText={periodWords(i18n, data.period)} />
      ))}
      {downloads && (
        <Downloads
          items={[
            {
              key: 'equity',
              label: m.cqi.tables.equity,
              url: (f) => cqiFileUrls.equity(data.period.start, data.by, f),
            },
          ]}
        />
      )}
    </>
  );
}

function EquityTable({
  data,
  ind,
  periodText,
}: {
  data: CqiEquity;
  ind: CqiEquity['indicators'][number];
  periodText: string;
}) {
  const { m, fmt } = useI18n();
  const key: IndicatorKey = ind.key;
  const name = m.cqi.names[key];
  const headingId = `equity-${key}`;
  const max = Math.max(0, ...[ind.whole, ...ind.groups.map((g) => g.figure)].map((f) => f.value ?? 0));
  const count = (n: number | null, part: 'numerator' | 'denominator', group: string | null) => {
    if (n === null) return <span className="text-base-dark">{m.cqi.suppressed}</span>;
    const text = formatCount(n, fmt.locale);
    if (n === 0) return text;
    return (
      <Link
        to={childrenHref(key, {
          periodStart: data.period.start,
          part,
          ...(group ? { group: data.by, value: group } : {}),
        })}
      >
        {text}
      </Link>
    );
  };
  const rows: {
    key: string;
    label: string;
    group: string | null;
    figure: CqiShownFigure;
    ratio: number | null;
    worse: boolean | null;
  }[] = [
    { key: '_whole', label: m.cqi.wholeDistrict, group: null, figure: ind.whole, ratio: null, worse: null },
    ...ind.groups.map((g) => ({
      key: g.group,
      label: (m.cqi.groups as Record<string, string>)[g.group] ?? g.group,
      group: g.group,
      figure: g.figure,
      ratio: g.disparity,
      worse: g.worse,
    })),
  ];
  return (
    <section aria-labelledby={headingId} className="margin-top-4" data-indicator={key}>
      <h2 id={headingId} className="font-heading-md">
        {name}
      </h2>
      <p className="text-base-dark">
        {sentenceStart(periodText)}.{' '}
        {m.cqi.ratioHelp(ind.better === 'higher' ? m.cqi.higherBetter : m.cqi.lowerBetter)}
      </p>
      <table className="usa-table usa-table--borderless usa-table--stacked width-full">
        <caption className="usa-sr-only">
          {name}, {m.cqi.dimensions[data.by]}
        </caption>
        <thead>
          <tr>
            <th scope="col">{m.cqi.columns.group}</th>
            <th scope="col">{m.cqi.columns.numerator}</th>
            <th scope="col">{m.cqi.columns.denominator}</th>
            <th scope="col">{m.cqi.columns.value}</th>
            <th scope="col">{m.cqi.columns.disparity}</th>
            <th scope="col">
              <span className="usa-sr-only">{m.cqi.columns.bar}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-group={r.key} data-suppressed={r.figure.suppressed ? 'true' : undefined}>
              <th scope="row" data-label={m.cqi.columns.group}>
                {r.label}
              </th>
              <td data-label={m.cqi.columns.numerator}>{count(r.figure.numerator, 'numerator', r.group)}</td>
              <td data-label={m.cqi.columns.denominator}>
                {count(r.figure.denominator, 'denominator', r.group)}
              </td>
              <td data-label={m.cqi.columns.value}>
                {r.figure.suppressed ? (
                  <span className="text-base-dark">{m.cqi.suppressed}</span>
                ) : (
                  formatValue(key, r.figure.value, fmt.locale)
                )}
              </td>
              <td data-label={m.cqi.columns.disparity}>
                {r.ratio === null
                  ? '—'
                  : `${formatRatio(r.ratio, fmt.locale)} (${r.worse ? m.cqi.worse : m.cqi.notWorse})`}
              </td>
              <td aria-hidden="true" className="hearth-cqi-bar-cell">
                <svg
                  viewBox="0 0 100 12"
                  width="100%"
                  height="12"
                  preserveAspectRatio="none"
                  focusable="false"
                >
                  <rect x={0} y={1} width={100} height={10} fill="#f0f0f0" />
                  <rect
                    x={0}
                    y={1}
                    width={barPercent(r.figure.value, max)}
                    height={10}
                    fill={r.group === null ? '#1b1b1b' : r.worse ? '#b50909' : '#005ea2'}
                  />
                  {ind.whole.value !== null && (
                    <line
                      x1={barPercent(ind.whole.value, max)}
                      x2={barPercent(ind.whole.value, max)}
                      y1={0}
                      y2={12}
                      stroke="#1b1b1b"
                      strokeWidth={1}
                    />
                  )}
                </svg>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
