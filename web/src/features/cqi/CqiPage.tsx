import { useMemo } from 'react';
import { INDICATOR_KEYS } from '@hearth/core';
import { cqiFileUrls, getCqiIndicators, getCqiTrend } from '../../api/hearth.ts';
import type { CqiIndicators, CqiPeriod, CqiTrend } from '../../api/types.ts';
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
  canDownloadIndicators,
  canSeeIndicators,
  dashboardHref,
  equityHref,
  parseDashboardQuery,
} from './cqiModel.ts';
import { Downloads } from './Downloads.tsx';
import { IndicatorCard } from './IndicatorCard.tsx';
import { PeriodPicker, periodWords } from './PeriodPicker.tsx';
import type { TrendRow } from './TrendChart.tsx';

/** A short label for a period on a chart's axis: its fiscal year, or the month it starts. */
export const axisLabel = (p: CqiPeriod): string =>
  p.fiscalYear ? String(p.fiscalYear) : p.start.slice(0, 7);

/**
 * The Outcome indicators page (`/cqi?periodStart=…`): a card per indicator for the period, each with its
 * trend over the last five periods; the way to the equity view and the downloads. For cqi.read holders;
 * the API decides.
 */
export function CqiPage() {
  const { m } = useI18n();
  const me = useMe();
  const roles = me.roles.map((r) => r.role);
  const search = useQuery();
  const { periodStart } = useMemo(() => parseDashboardQuery(search), [search]);
  const key = periodStart ?? 'default';
  const indicators = useResource(`cqi:${key}`, (signal) => getCqiIndicators(periodStart, signal));
  const trend = useResource(`cqi-trend:${key}`, (signal) => getCqiTrend(periodStart, signal));
  if (!canSeeIndicators(roles)) return <NotFoundPage />;
  return (
    <>
      <PageHeading title={m.cqi.title} />
      <p className="usa-intro">{m.cqi.intro}</p>
      {indicators.status === 'loading' && <Loading />}
      {indicators.status === 'error' && <ProblemAlert error={indicators.error} />}
      {indicators.status === 'ok' && (
        <Dashboard
          data={indicators.data}
          trend={trend.status === 'ok' ? trend.data : null}
          downloads={canDownloadIndicators(roles)}
          periodStart={periodStart}
        />
      )}
    </>
  );
}

function Dashboard({
  data,
  trend,
  downloads,
  periodStart,
}: {
  data: CqiIndicators;
  trend: CqiTrend | null;
  downloads: boolean;
  periodStart: string | null;
}) {
  const i18n = useI18n();
  const { m, fmt } = i18n;
  const periodText = periodWords(i18n, data.period);
  const trendOf = (key: (typeof INDICATOR_KEYS)[number]): TrendRow[] =>
    (trend?.periods ?? []).map((p) => {
      const f = p.indicators.find((x) => x.key === key)!;
      return {
        label: axisLabel(p.period),
        value: f.value,
        complete: f.complete,
        numerator: f.numerator,
        denominator: f.denominator,
      };
    });
  return (
    <>
      <PeriodPicker
        key={data.period.start}
        period={data.period}
        latest={data.latestDate ?? data.defaultPeriodStart}
        defaultStart={data.defaultPeriodStart}
        onChoose={(start) => navigate(dashboardHref(start))}
      />
      <p className="text-base-dark">
        {data.latestDate && m.cqi.asOf(fmt.longDate(data.latestDate))}{' '}
        {data.period.start === data.defaultPeriodStart && m.cqi.defaultNote}
      </p>
      {data.childrenLeftOut > 0 && <p className="text-base-dark">{m.cqi.leftOut(data.childrenLeftOut)}</p>}
      <p>
        <Link to={equityHref(data.period.start, 'race_ethnicity')} className="usa-button usa-button--outline">
          {m.cqi.equityLink}
        </Link>
      </p>
      <ul className="usa-card-group hearth-cqi-cards" aria-label={m.cqi.title}>
        {data.indicators.map((card) => (
          <IndicatorCard
            key={card.key}
            card={card}
            periodStart={data.period.start}
            periodText={periodText}
            trend={trendOf(card.key)}
          />
        ))}
      </ul>
      {downloads && (
        <Downloads
          items={[
            {
              key: 'indicators',
              label: m.cqi.tables.indicators,
              url: (f) => cqiFileUrls.indicators(periodStart ?? data.period.start, f),
            },
            {
              key: 'trend',
              label: m.cqi.tables.trend,
              url: (f) => cqiFileUrls.trend(periodStart ?? data.period.start, f),
            },
          ]}
        />
      )}
    </>
  );
}
