/**
 * The indicator engine (shared/reference/cqi-interchange.md "Indicators", "Conventions", "Clarifications";
 * rules and sources in shared/reference/domain-rules.md §1 and §3). Every indicator is a sum over children:
 * childContributions gives one child's share, addContributions / mergeTotals add shares up (two worker
 * threads each total half the children, then merge), cqiResult turns totals into values.
 *
 * Pure and integer-only on the hot path: day numbers, no Date objects, no date strings (see days.ts).
 */
import { birthdayOf } from './age.ts';
import { ADULT_AGE_YEARS, FOLLOW_UP_DAYS, VALUE_SCALE } from './constants.ts';
import {
  dayFromCivil,
  dayFromIso,
  civilDay,
  civilFromDay,
  civilMonth,
  civilYear,
  isoFromDay,
} from './days.ts';
import { entryCohortContributions } from './entries.ts';
import { orderedEpisodes } from './episodes.ts';
import { inCareOnFirstDayContributions } from './in-care.ts';
import { maltreatmentContributions } from './maltreatment.ts';
import type { ChildContribution, CqiChild, DayNumber, ExclusionReason, IndicatorKey } from './model.ts';
import { INDICATOR_KEYS } from './model.ts';
import { recurrenceContributions } from './recurrence.ts';
import { rateHalfUp } from './rounding.ts';
import { periodMonths, type PeriodMonths, visitContributions } from './visits.ts';

/** The 12 months from P through P + 1 year − 1 day (E). */
export type CqiPeriod = { start: DayNumber; end: DayNumber };

export type IndicatorTotal = { numerator: number; denominator: number; residence?: number };
export type IndicatorTotals = Record<IndicatorKey, IndicatorTotal>;

export type IndicatorFigure = {
  numerator: number;
  denominator: number;
  /** null when the denominator is 0; otherwise rounded half-up to two decimals. */
  value: number | null;
  complete: boolean;
  /** caseworker_visits only. */
  residence?: { numerator: number; denominator: number; value: number | null };
};

export type CqiExclusion = { indicator: IndicatorKey; child_id: string; reason: ExclusionReason };

/** The contract's JSON output (`hearth cqi --format json`). */
export type CqiResult = {
  period: { start: string; end: string };
  indicators: Record<IndicatorKey, IndicatorFigure>;
  exclusions: CqiExclusion[];
};

/** Throws a RangeError for 29 February (the contract: "--period-start on 29 February is an error"). */
export function cqiPeriod(periodStart: string): CqiPeriod {
  const start = dayFromIso(periodStart);
  const c = civilFromDay(start);
  // A period from 29 February has no "same day next year" (Clarifications, "Dates": an error).
  if (civilMonth(c) === 2 && civilDay(c) === 29) {
    throw new RangeError(`--period-start cannot be 29 February: ${periodStart}`);
  }
  // E = P + 1 year − 1 day (Conventions, "The period").
  return { start, end: dayFromCivil(civilYear(c) + 1, civilMonth(c), civilDay(c)) - 1 };
}

/**
 * Everything one child adds to every indicator for the period (see ChildContribution). Pure: the child is
 * not changed. An entry with `excluded` always adds 0 to numerator and denominator. A child has at most one
 * entry per indicator, except `maltreatment_in_care`, where a child with counted days and also a short
 * episode in the period has a counted entry and an exclusion entry (see maltreatment.ts).
 */
export function childContributions(child: CqiChild, period: CqiPeriod): ChildContribution[] {
  const out: ChildContribution[] = [];
  // "Age 18 or more on d" is `adulthood <= d`, with 29 February → 1 March (Clarifications, "Dates").
  const adulthood = birthdayOf(child.birth, ADULT_AGE_YEARS);
  if (child.episodes.length > 0) {
    const episodes = orderedEpisodes(child.episodes);
    entryCohortContributions(episodes, adulthood, period, out);
    inCareOnFirstDayContributions(episodes, adulthood, period, out);
    maltreatmentContributions(episodes, child.reports, adulthood, period, out);
    visitContributions(episodes, child.visits, adulthood, monthsOf(period), out);
  }
  if (child.reports.length > 0) recurrenceContributions(child.reports, adulthood, period, out);
  return out;
}

/** The months of the last period seen: one run computes one period, so this is built once, not per child. */
let lastMonths: { start: DayNumber; end: DayNumber; months: PeriodMonths } | null = null;
function monthsOf(period: CqiPeriod): PeriodMonths {
  if (lastMonths === null || lastMonths.start !== period.start || lastMonths.end !== period.end) {
    lastMonths = { start: period.start, end: period.end, months: periodMonths(period) };
  }
  return lastMonths.months;
}

export function emptyTotals(): IndicatorTotals {
  const totals = {} as IndicatorTotals;
  for (const key of INDICATOR_KEYS) totals[key] = { numerator: 0, denominator: 0 };
  totals.caseworker_visits.residence = 0;
  return totals;
}

/** Adds a child's contributions to running totals (mutates and returns `totals`). */
export function addContributions(
  totals: IndicatorTotals,
  contributions: readonly ChildContribution[],
): IndicatorTotals {
  for (const c of contributions) {
    const total = totals[c.indicator];
    total.numerator += c.numerator;
    total.denominator += c.denominator;
    if (c.residence !== undefined) total.residence = (total.residence ?? 0) + c.residence;
  }
  return totals;
}

export function mergeTotals(a: IndicatorTotals, b: IndicatorTotals): IndicatorTotals {
  const merged = emptyTotals();
  for (const key of INDICATOR_KEYS) {
    const m = merged[key];
    m.numerator = a[key].numerator + b[key].numerator;
    m.denominator = a[key].denominator + b[key].denominator;
    if (a[key].residence !== undefined || b[key].residence !== undefined) {
      m.residence = (a[key].residence ?? 0) + (b[key].residence ?? 0);
    }
  }
  return merged;
}

/**
 * Values and completeness from totals. `latestDate` is the greatest date in any date column of any file
 * (null when there is none). Exclusions are sorted by indicator (INDICATOR_KEYS order), then child_id.
 */
export function cqiResult(
  totals: IndicatorTotals,
  period: CqiPeriod,
  latestDate: DayNumber | null,
  exclusions: readonly CqiExclusion[],
): CqiResult {
  const indicators = {} as Record<IndicatorKey, IndicatorFigure>;
  for (const key of INDICATOR_KEYS) {
    const { numerator, denominator } = totals[key];
    // Complete when the follow-up end is on or before the latest date in the data; it follows from the
    // dates alone, also for an empty population (Clarifications, "Extent of the data and completeness").
    const complete = latestDate !== null && period.end + FOLLOW_UP_DAYS[key] <= latestDate;
    const figure: IndicatorFigure = {
      numerator,
      denominator,
      value: rateHalfUp(numerator, denominator, VALUE_SCALE[key]),
      complete,
    };
    if (key === 'caseworker_visits') {
      // Second figure: of the months visited, those with a face-to-face visit at the residence (Indicators).
      const residence = totals[key].residence ?? 0;
      figure.residence = {
        numerator: residence,
        denominator: numerator,
        value: rateHalfUp(residence, numerator, 100),
      };
    }
    indicators[key] = figure;
  }
  return {
    period: { start: isoFromDay(period.start), end: isoFromDay(period.end) },
    indicators,
    exclusions: [...exclusions].sort(compareExclusions),
  };
}

const INDICATOR_RANK = new Map<IndicatorKey, number>(INDICATOR_KEYS.map((key, i) => [key, i]));

/** Indicator in INDICATOR_KEYS order, then child_id (code-unit order, not locale), then reason: row order never shows. */
function compareExclusions(a: CqiExclusion, b: CqiExclusion): number {
  const rank = INDICATOR_RANK.get(a.indicator)! - INDICATOR_RANK.get(b.indicator)!;
  if (rank !== 0) return rank;
  if (a.child_id !== b.child_id) return a.child_id < b.child_id ? -1 : 1;
  return a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0;
}

/** Convenience for small inputs (tests, the dashboard): all children at once. */
export function computeIndicators(
  children: Iterable<CqiChild>,
  period: CqiPeriod,
  latestDate: DayNumber | null,
): CqiResult {
  const totals = emptyTotals();
  const exclusions: CqiExclusion[] = [];
  for (const child of children) {
    const contributions = childContributions(child, period);
    addContributions(totals, contributions);
    for (const c of contributions) {
      if (c.excluded !== undefined)
        exclusions.push({ indicator: c.indicator, child_id: child.childId, reason: c.excluded });
    }
  }
  return cqiResult(totals, period, latestDate, exclusions);
}
