/**
 * The analyst's outcome-indicator dashboard, as pure rules over the engine's output (issue 5, "the same
 * engine inside Hearth" and "Equity"): which period to show first, the federal fiscal year labels, the
 * equity breakdown by group with its disparity ratios, the drill-down lists behind a figure, and small-cell
 * suppression of everything that leaves the server. Every figure is a sum of the engine's per-child
 * contributions (childContributions), so a breakdown or a list always adds up to the jurisdiction's figure.
 */
import { addDays, ageOn, type IsoDate } from '../time/dates.ts';
import {
  addContributions,
  childContributions,
  cqiResult,
  emptyTotals,
  type CqiPeriod,
  type IndicatorTotals,
} from './indicators.ts';
import {
  INDICATOR_KEYS,
  type ChildContribution,
  type CqiChild,
  type DayNumber,
  type ExclusionReason,
  type IndicatorKey,
} from './model.ts';
import { suppressCount } from './suppression.ts';

const DAY_MS = 86_400_000;

/** The day number of a `YYYY-MM-DD` date (days since 1970-01-01, UTC). */
export const dayOfIso = (iso: IsoDate): DayNumber =>
  Math.round(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS,
  );

/** The `YYYY-MM-DD` date of a day number. */
export const isoOfDay = (day: DayNumber): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The federal fiscal year a 12-month period is, when it starts on 1 October (FFY 2025 starts 2024-10-01). */
export function fiscalYearOf(periodStart: IsoDate): number | null {
  return periodStart.slice(5) === '10-01' ? Number(periodStart.slice(0, 4)) + 1 : null;
}

/** The first day of a federal fiscal year. */
export const fiscalYearStart = (ffy: number): IsoDate => `${ffy - 1}-10-01`;

/** The same date `years` years earlier or later (periods never start on 29 February: cqiPeriod refuses it). */
export function shiftYears(iso: IsoDate, years: number): IsoDate {
  return `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;
}

/**
 * The period the dashboard opens on: the latest federal fiscal year whose 12-month follow-up is complete on
 * the latest date in the data, i.e. its end E + 365 days has passed (cqi-interchange.md, "Extent of the data
 * and completeness"). Then seven of the eight indicators are complete; only re-entry, which follows its
 * children for 24 months after E, is still flagged incomplete. A later year would show permanency and
 * recurrence half-observed (too low), an earlier one would be needlessly old. With no data yet, `today`.
 */
export function defaultPeriodStart(latestDate: IsoDate | null, today: IsoDate): IsoDate {
  const latest = latestDate ?? today;
  const year = Number(latest.slice(0, 4));
  // FFY starting 1 October Y: E + 365 = 30 September Y + 2 (E = 30 September Y + 1).
  const startYear = latest.slice(5) >= '09-30' ? year - 2 : year - 3;
  return `${startYear}-10-01`;
}

/** The starts of the `count` consecutive 12-month periods ending with the one starting `last`, oldest first. */
export function trendStarts(last: IsoDate, count: number): IsoDate[] {
  return Array.from({ length: count }, (_, i) => shiftYears(last, i - (count - 1)));
}

// ---------------------------------------------------------------------------------------------------------
// Groups for equity

export const EQUITY_DIMENSIONS = ['race_ethnicity', 'age_group', 'sex', 'county'] as const;
export type EquityDimension = (typeof EQUITY_DIMENSIONS)[number];

/**
 * Age bands, by completed years at the indicator's reference date (see referenceDay): infants, the
 * preschool years, school age and adolescents, the bands child-welfare reports commonly use, with "18 or
 * older" for the few who are past 18 at that date (extended care) so that every child has a band.
 */
export const AGE_GROUPS = ['under_1', '1_5', '6_12', '13_17', '18_plus'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** The group of a child with nothing recorded for a dimension (no sex, race/ethnicity or county). */
export const NOT_RECORDED = 'not_recorded';

export function ageGroupOf(age: number): AgeGroup {
  if (age < 1) return 'under_1';
  if (age <= 5) return '1_5';
  if (age <= 12) return '6_12';
  if (age <= 17) return '13_17';
  return '18_plus';
}

const isSubstantiated = (d: string): boolean => d === 'substantiated' || d === 'indicated';

/**
 * The date at which a child's age places it in an age group for one indicator, following each
 * indicator's own age rule (cqi-interchange.md, "Indicators"):
 *  - entries, re-entry and placement stability: the child's first removal in the period (the cohort removal);
 *  - permanency for children in care 12–23 and 24+ months: the first day of the period;
 *  - maltreatment in care and caseworker visits: the first day of the period the child is in care;
 *  - recurrence: the initial substantiated or indicated report in the period.
 * When none applies (a child with no entry for the indicator), the first day of the period.
 */
export function referenceDay(child: CqiChild, key: IndicatorKey, period: CqiPeriod): DayNumber {
  const { start, end } = period;
  switch (key) {
    case 'permanency_12m_entries':
    case 'reentry_12m':
    case 'placement_stability': {
      const removals = child.episodes.map((e) => e.removal).filter((r) => r >= start && r <= end);
      return removals.length ? Math.min(...removals) : start;
    }
    case 'maltreatment_in_care':
    case 'caseworker_visits': {
      const firsts = child.episodes
        .filter((e) => e.removal <= end && (e.discharge === null || e.discharge > start))
        .map((e) => Math.max(e.removal, start));
      return firsts.length ? Math.min(...firsts) : start;
    }
    case 'recurrence_12m': {
      const reports = child.reports
        .filter((r) => isSubstantiated(r.disposition) && r.date >= start && r.date <= end)
        .map((r) => r.date);
      return reports.length ? Math.min(...reports) : start;
    }
    case 'permanency_12m_12_23':
    case 'permanency_12m_24_plus':
      return start;
  }
}

/** The child's age in completed years on a day. */
export function ageOnDay(child: CqiChild, day: DayNumber): number {
  return ageOn(isoOfDay(child.birth), isoOfDay(day));
}

/** The group a child is in for one indicator: the same for every indicator except age. */
export function groupOf(
  child: CqiChild,
  dimension: EquityDimension,
  key: IndicatorKey,
  period: CqiPeriod,
): string {
  switch (dimension) {
    case 'race_ethnicity':
      return child.raceEthnicity ?? NOT_RECORDED;
    case 'sex':
      return child.sex ?? NOT_RECORDED;
    case 'county':
      return child.county ?? NOT_RECORDED;
    case 'age_group':
      return ageGroupOf(ageOnDay(child, referenceDay(child, key, period)));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Suppression and disparity

export type Better = 'higher' | 'lower';

/** A figure as it may leave the server: any count from 1 to 9 is suppressed, and with it what it shows. */
export type ShownFigure = {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  /** caseworker_visits only: months visited at the residence, of the months visited. */
  residence?: { numerator: number | null; denominator: number | null; value: number | null };
  suppressed: boolean;
};

type RawFigure = {
  numerator: number;
  denominator: number;
  value: number | null;
  residence?: { numerator: number; denominator: number; value: number | null };
};

const isSmall = (n: number, threshold?: number): boolean => suppressCount(n, threshold) === null;

/**
 * Small-cell suppression of one figure: when its numerator or denominator is 1–9 (a count, or days, or
 * months: any count), the counts and the value are withheld together, so none can be worked back from the
 * others. The residence sub-figure of caseworker visits is judged on its own counts as well.
 */
export function suppressFigure(f: RawFigure, threshold?: number): ShownFigure {
  const small = isSmall(f.numerator, threshold) || isSmall(f.denominator, threshold);
  const shown: ShownFigure = small
    ? { numerator: null, denominator: null, value: null, suppressed: true }
    : { numerator: f.numerator, denominator: f.denominator, value: f.value, suppressed: false };
  if (f.residence) {
    const r = f.residence;
    shown.residence =
      small || isSmall(r.numerator, threshold) || isSmall(r.denominator, threshold)
        ? { numerator: null, denominator: null, value: null }
        : { ...r };
  }
  return shown;
}

/**
 * How a group fares against the whole jurisdiction: the ratio of the group's value to the jurisdiction's,
 * rounded to two decimals (1 = the same; null when either value is missing or the whole is 0). Which side
 * is worse depends on the indicator: below 1 is worse where higher is better (permanency, visits), above 1
 * where lower is better (re-entry, moves, maltreatment, recurrence).
 */
export function disparityOf(
  group: number | null,
  whole: number | null,
  better: Better,
): { ratio: number | null; worse: boolean | null } {
  if (group === null || whole === null || whole === 0) return { ratio: null, worse: null };
  const ratio = Math.round((group / whole) * 100 + Number.EPSILON) / 100;
  return { ratio, worse: better === 'higher' ? group < whole : group > whole };
}

/** Whether a value is on the better side of a reference line (null when either is missing); equal is better. */
export function isOnBetterSide(
  value: number | null,
  reference: number | null,
  better: Better,
): boolean | null {
  if (value === null || reference === null) return null;
  return better === 'higher' ? value >= reference : value <= reference;
}

// ---------------------------------------------------------------------------------------------------------
// Breakdowns and lists

export type ContributingChild = { child: CqiChild; contributions: ChildContribution[] };

/** Every child's contributions for a period, computed once and reused for totals, groups and lists. */
export function contributionsFor(children: readonly CqiChild[], period: CqiPeriod): ContributingChild[] {
  return children.map((child) => ({ child, contributions: childContributions(child, period) }));
}

export type EquityRow = {
  group: string;
  figure: ShownFigure;
  disparity: number | null;
  /** Whether the group fares worse than the whole jurisdiction (null when not known or suppressed). */
  worse: boolean | null;
};
export type EquityIndicator = { key: IndicatorKey; whole: ShownFigure; groups: EquityRow[] };

/**
 * Each indicator per group of `dimension`: the group's sums of its children's contributions, their value
 * (by the engine's own cqiResult, so rounding is the contract's), the disparity against the whole, all
 * suppressed where small. Groups are listed in `order` first, then any other group found, alphabetically;
 * a group with no child in an indicator's population is left out of that indicator.
 */
export function equityBreakdown(
  rows: readonly ContributingChild[],
  period: CqiPeriod,
  dimension: EquityDimension,
  better: Record<IndicatorKey, Better>,
  order: readonly string[] = [],
  threshold?: number,
): EquityIndicator[] {
  const whole = emptyTotals();
  const byGroup = new Map<string, IndicatorTotals>();
  const present = new Map<IndicatorKey, Set<string>>(INDICATOR_KEYS.map((k) => [k, new Set()]));
  for (const { child, contributions } of rows) {
    addContributions(whole, contributions);
    for (const c of contributions) {
      if (c.excluded) continue;
      const g = groupOf(child, dimension, c.indicator, period);
      let totals = byGroup.get(g);
      if (!totals) byGroup.set(g, (totals = emptyTotals()));
      addContributions(totals, [c]);
      present.get(c.indicator)?.add(g);
    }
  }
  const rank = (g: string): number => {
    const i = order.indexOf(g);
    return i === -1 ? order.length : i;
  };
  const groups = [...byGroup.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const wholeResult = cqiResult(whole, period, null, []).indicators;
  const results = new Map(groups.map((g) => [g, cqiResult(byGroup.get(g)!, period, null, []).indicators]));
  return INDICATOR_KEYS.map((key) => {
    const w = wholeResult[key];
    const wholeShown = suppressFigure(w, threshold);
    const shown = groups
      .filter((g) => present.get(key)?.has(g))
      .map((group): EquityRow => {
        const figure = suppressFigure(results.get(group)![key], threshold);
        const { ratio, worse } = figure.suppressed
          ? { ratio: null, worse: null }
          : disparityOf(figure.value, wholeShown.value, better[key]);
        return { group, figure, disparity: ratio, worse };
      });
    return { key, whole: wholeShown, groups: withComplementarySuppression(shown, wholeShown) };
  });
}

/**
 * The groups partition the whole, so a single hidden group could be worked back as the whole minus the
 * others: then the smallest shown group (by denominator) is hidden too. One more is always enough, since
 * two unknowns cannot be told apart from their sum.
 */
function withComplementarySuppression(rows: EquityRow[], whole: ShownFigure): EquityRow[] {
  if (whole.suppressed || rows.filter((r) => r.figure.suppressed).length !== 1) return rows;
  const next = rows
    .filter((r) => !r.figure.suppressed)
    .sort((a, b) => (a.figure.denominator ?? 0) - (b.figure.denominator ?? 0))[0];
  if (!next) return rows;
  const hidden: ShownFigure = { numerator: null, denominator: null, value: null, suppressed: true };
  if (next.figure.residence) hidden.residence = { numerator: null, denominator: null, value: null };
  return rows.map((r) => (r === next ? { ...r, figure: hidden, disparity: null, worse: null } : r));
}

export const DRILL_PARTS = ['numerator', 'denominator', 'excluded'] as const;
export type DrillPart = (typeof DRILL_PARTS)[number];

export type DrillEntry = {
  childId: string;
  /** What the child adds to the part: its numerator or denominator share (1 child, days, moves, months …). */
  figure: number;
  /** caseworker_visits: months visited at the residence. */
  residence?: number;
  excluded?: ExclusionReason;
  /** Completed years at the indicator's reference date (referenceDay). */
  age: number;
};

/**
 * The children behind one part of one indicator, straight from their contributions: their figures sum to
 * the indicator's numerator or denominator (or count its exclusions). `group` narrows it to one equity group.
 */
export function drillDown(
  rows: readonly ContributingChild[],
  period: CqiPeriod,
  key: IndicatorKey,
  part: DrillPart,
  group?: { dimension: EquityDimension; value: string },
): DrillEntry[] {
  const out: DrillEntry[] = [];
  for (const { child, contributions } of rows) {
    for (const c of contributions) {
      if (c.indicator !== key) continue;
      const inPart = part === 'excluded' ? c.excluded !== undefined : !c.excluded && c[part] > 0;
      if (!inPart) continue;
      if (group && groupOf(child, group.dimension, key, period) !== group.value) continue;
      const entry: DrillEntry = {
        childId: child.childId,
        figure: part === 'excluded' ? 0 : c[part],
        age: ageOnDay(child, referenceDay(child, key, period)),
      };
      if (c.residence !== undefined && part !== 'excluded') entry.residence = c.residence;
      if (c.excluded) entry.excluded = c.excluded;
      out.push(entry);
    }
  }
  return out;
}

/** The period as dates: start P and end E = P + 1 year − 1 day. */
export function periodDates(periodStart: IsoDate): { start: IsoDate; end: IsoDate } {
  return { start: periodStart, end: addDays(shiftYears(periodStart, 1), -1) };
}
