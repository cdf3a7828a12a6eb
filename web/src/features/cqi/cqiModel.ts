import { hasPermission, isIsoDate, type IndicatorKey, type Role } from '@hearth/core';
import type { CqiChildrenQuery } from '../../api/hearth.ts';
import type { CqiBetter, CqiDrillPart, EquityDimension } from '../../api/types.ts';

/**
 * The outcome-indicator pages' pure parts: who sees them, their addresses, the fiscal years to choose
 * from, how each value is written, the sentences with their numbers, and the trend chart's scale.
 */

export const canSeeIndicators = (roles: readonly Role[]): boolean => hasPermission(roles, 'cqi.read');
export const canDownloadIndicators = (roles: readonly Role[]): boolean =>
  hasPermission(roles, 'cqi.read') && hasPermission(roles, 'data.export');

export const EQUITY_DIMENSIONS: readonly EquityDimension[] = ['race_ethnicity', 'age_group', 'sex', 'county'];
const PARTS: readonly CqiDrillPart[] = ['numerator', 'denominator', 'excluded'];

// ---------------------------------------------------------------------------------------------- addresses

const periodParam = (search: URLSearchParams): string | null => {
  const p = search.get('periodStart');
  return p && isIsoDate(p) ? p : null;
};

const withQuery = (path: string, q: Record<string, string | number | null | undefined>): string => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q))
    if (v !== null && v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
};

/** `/cqi?periodStart=…`: the dashboard; no period means the server's default. */
export const dashboardHref = (periodStart: string | null): string => withQuery('/cqi', { periodStart });

export const equityHref = (periodStart: string | null, by: EquityDimension): string =>
  withQuery('/cqi/equity', { periodStart, by });

export const childrenHref = (key: IndicatorKey, q: CqiChildrenQuery): string =>
  withQuery(`/cqi/indicators/${key}/children`, {
    periodStart: q.periodStart,
    part: q.part,
    group: q.group,
    value: q.value,
    offset: q.offset || undefined,
  });

export function parseDashboardQuery(search: string): { periodStart: string | null } {
  return { periodStart: periodParam(new URLSearchParams(search)) };
}

export function parseEquityQuery(search: string): { periodStart: string | null; by: EquityDimension } {
  const params = new URLSearchParams(search);
  const by = params.get('by') as EquityDimension | null;
  return {
    periodStart: periodParam(params),
    by: by && EQUITY_DIMENSIONS.includes(by) ? by : 'race_ethnicity',
  };
}

export function parseChildrenQuery(search: string): CqiChildrenQuery {
  const params = new URLSearchParams(search);
  const part = params.get('part') as CqiDrillPart | null;
  const group = params.get('group') as EquityDimension | null;
  const value = params.get('value');
  const offset = Number(params.get('offset') ?? 0);
  const grouped = group && EQUITY_DIMENSIONS.includes(group) && value;
  return {
    periodStart: periodParam(params),
    part: part && PARTS.includes(part) ? part : 'numerator',
    group: grouped ? group : null,
    value: grouped ? value : null,
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

// ---------------------------------------------------------------------------------------------- periods

/** The first day of a federal fiscal year (FFY 2025 starts 1 October 2024). */
export const fiscalYearStart = (ffy: number): string => `${ffy - 1}-10-01`;

/** The fiscal year a date is in: from 1 October on, the next calendar year's. */
export const fiscalYearOfDate = (date: string): number =>
  Number(date.slice(0, 4)) + (date.slice(5) >= '10-01' ? 1 : 0);

/** The federal fiscal years to choose from, newest first: the one `latest` is in and `count − 1` before. */
export function fiscalYearChoices(latest: string, count = 8): number[] {
  const newest = fiscalYearOfDate(latest);
  return Array.from({ length: count }, (_, i) => newest - i);
}

// ---------------------------------------------------------------------------------------------- values

export type ValueKind = 'percent' | 'per1000' | 'per100000';

export const VALUE_KIND: Record<IndicatorKey, ValueKind> = {
  permanency_12m_entries: 'percent',
  permanency_12m_12_23: 'percent',
  permanency_12m_24_plus: 'percent',
  reentry_12m: 'percent',
  placement_stability: 'per1000',
  maltreatment_in_care: 'per100000',
  recurrence_12m: 'percent',
  caseworker_visits: 'percent',
};

/** A value as a reader writes it: "92.9%" for a share, "2.47" for a rate; an em dash when there is none. */
export function formatValue(key: IndicatorKey, value: number | null, locale: string): string {
  if (value === null) return '—';
  if (VALUE_KIND[key] === 'percent')
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(value);
}

export const formatCount = (n: number, locale: string): string => new Intl.NumberFormat(locale).format(n);

/** A disparity ratio as "1.08×". */
export const formatRatio = (ratio: number, locale: string): string =>
  `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ratio)}×`;

/** Whether a value is on the better side of a line; equal counts as better (as the server decides it). */
export function isBetter(value: number | null, line: number | null, better: CqiBetter): boolean | null {
  if (value === null || line === null) return null;
  return better === 'higher' ? value >= line : value <= line;
}

// ---------------------------------------------------------------------------------------------- sentences

export type Segment = { text: string } | { slot: 'n' | 'd' };

/**
 * A sentence of the dictionary with `{n}` (the numerator) and `{d}` (the denominator) in it, cut into
 * text and the two numbers, so each number can be a link to the children behind it.
 */
export function sentenceSegments(template: string): Segment[] {
  const out: Segment[] = [];
  for (const part of template.split(/(\{[nd]\})/)) {
    if (part === '{n}') out.push({ slot: 'n' });
    else if (part === '{d}') out.push({ slot: 'd' });
    else if (part !== '') out.push({ text: part });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- trend chart

export type TrendPoint = { label: string; value: number | null; complete: boolean };

export type TrendScale = {
  width: number;
  height: number;
  left: number;
  bottom: number;
  x: (i: number) => number;
  y: (v: number) => number;
  /** Values at which to draw a gridline, 0 first. */
  ticks: number[];
};

/** A tidy axis top (1, 2 or 5 × a power of ten) at or above `max`. */
export function niceCeiling(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/**
 * The small trend chart's scale: the periods left to right, values from 0 to a tidy top above the
 * highest value and the reference line, so both always fit; three gridlines.
 */
export function trendScale(
  points: readonly TrendPoint[],
  reference: number | null,
  width = 280,
  height = 120,
): TrendScale {
  const left = 36;
  const right = 12;
  const top = 10;
  const bottom = 22;
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const topValue = niceCeiling(Math.max(...values, reference ?? 0, 0) * 1.05);
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const step = points.length > 1 ? plotW / (points.length - 1) : 0;
  return {
    width,
    height,
    left,
    bottom: height - bottom,
    x: (i) => left + (points.length > 1 ? i * step : plotW / 2),
    y: (v) => top + plotH - (Math.min(Math.max(v, 0), topValue) / topValue) * plotH,
    ticks: [0, topValue / 2, topValue],
  };
}

/** The polyline through the points that have a value; a gap where a period has none. */
export function trendPaths(points: readonly TrendPoint[], scale: TrendScale): string[] {
  const paths: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) paths.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${current.length ? 'L' : 'M'} ${scale.x(i).toFixed(1)} ${scale.y(p.value).toFixed(1)}`);
  });
  if (current.length) paths.push(current.join(' '));
  return paths;
}

/** A bar's length for an equity table: the value's share of the largest shown, in percent of the track. */
export function barPercent(value: number | null, max: number): number {
  if (value === null || max <= 0) return 0;
  return Math.max(0, Math.min(100, (value / max) * 100));
}
