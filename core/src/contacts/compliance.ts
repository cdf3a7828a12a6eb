/**
 * Monthly caseworker-visit compliance (domain-rules §3.1; P.L. 109-288, P.L. 112-34): per child per month,
 * and summed per worker and per unit, for one month and for the fiscal year to date. Which months are due
 * and which count as seen is the `caseworker_visits` convention of cqi-interchange.md, computed by the CQI
 * engine's own month rule (visitMonthMasks), so the agency's monthly figures and the CQI export never
 * disagree: a month is due when the child was in care on every day of it and under 18 on its first day; it
 * is seen with at least one face-to-face visit, and seen at the residence with one there.
 */
import { birthdayOf } from '../cqi/age.ts';
import { ADULT_AGE_YEARS } from '../cqi/constants.ts';
import { civilFromDay, civilMonth, civilYear, dayFromCivil, dayFromIso, daysInMonth } from '../cqi/days.ts';
import type { CqiVisit, DayNumber } from '../cqi/model.ts';
import { rateHalfUp } from '../cqi/rounding.ts';
import {
  monthCount,
  periodMonths,
  visitMonthMasks,
  type CareSpan,
  type PeriodMonths,
} from '../cqi/visits.ts';
import type { ContactRules } from '../rules/contact-rules.ts';

/** A calendar month, `YYYY-MM`. */
export type YearMonth = string;

export const CONTACT_MONTH_STATUSES = ['notDue', 'due', 'seen', 'seenAtResidence'] as const;
/**
 * One child's month: not due; due and not (yet) seen face to face; seen, elsewhere only; seen at the
 * residence.
 */
export type ContactMonthStatus = (typeof CONTACT_MONTH_STATUSES)[number];

/** What the rule needs of one child, in day numbers (days since 1970-01-01, as the CQI engine counts). */
export type ContactChild = {
  childId: string;
  /** The worker the child is counted for (the assigned caseworker), or null when none is assigned. */
  workerId: string | null;
  birth: DayNumber;
  /** The child's removal episodes in removal order (touching ones are joined by the rule). */
  episodes: readonly CareSpan[];
  /** Visits in any order; only face-to-face ones count. */
  visits: readonly CqiVisit[];
};

/** Months due, months seen face to face, and of those, months seen at the residence. */
export type ContactTally = { due: number; seen: number; seenAtResidence: number };

/** A tally read against the targets. Percentages are rounded half-up to two decimals, null on 0 of 0. */
export type ContactFigure = ContactTally & {
  percentSeen: number | null;
  percentAtResidence: number | null;
  /** null when nothing was due (or nothing seen, for the residence share). */
  meetsMonthlyTarget: boolean | null;
  meetsResidenceTarget: boolean | null;
};

export type WorkerFigure = { workerId: string | null; children: number; figure: ContactFigure };

export type ComplianceOver = {
  /** First and last month of the span, `YYYY-MM`. */
  from: YearMonth;
  to: YearMonth;
  unit: ContactFigure;
  workers: WorkerFigure[];
};

export type ChildMonthRow = { childId: string; workerId: string | null; status: ContactMonthStatus };

export type ContactCompliance = {
  month: ComplianceOver & { children: ChildMonthRow[] };
  fiscalYearToDate: ComplianceOver;
  targets: { monthlyVisit: number; residenceShare: number; citation: string };
};

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether a string is a calendar month `YYYY-MM`. */
export function isYearMonth(value: string): boolean {
  return YEAR_MONTH.test(value);
}

function parseYearMonth(value: YearMonth): [number, number] {
  const m = YEAR_MONTH.exec(value);
  if (!m) throw new RangeError(`not a month (YYYY-MM): ${value}`);
  return [Number(m[1]), Number(m[2])];
}

/** The month a day falls in, `YYYY-MM`. */
export function yearMonthOf(day: DayNumber): YearMonth {
  const c = civilFromDay(day);
  return `${civilYear(c)}-${String(civilMonth(c)).padStart(2, '0')}`;
}

/** The month `n` months after (or before, when negative) `month`. */
export function addYearMonths(month: YearMonth, n: number): YearMonth {
  const [y, m] = parseYearMonth(month);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The whole months from `from` through `to` (at most 31, the width of a month mask), as the CQI engine's
 * PeriodMonths: month i of the result is bit i of the masks.
 */
export function contactMonths(from: YearMonth, to: YearMonth): PeriodMonths {
  const [fy, fm] = parseYearMonth(from);
  const [ty, tm] = parseYearMonth(to);
  const count = (ty - fy) * 12 + (tm - fm) + 1;
  if (count < 1 || count > 31) throw new RangeError(`months ${from} to ${to}: 1 to 31 months`);
  return periodMonths({ start: dayFromCivil(fy, fm, 1), end: dayFromCivil(ty, tm, daysInMonth(ty, tm)) });
}

/**
 * The first month of the fiscal year `month` is in (October for the federal fiscal year, from the rule
 * pack): FFY 2027 runs from October 2026, so for November 2026 this is 2026-10.
 */
export function contactFiscalYearStart(month: YearMonth, rules: ContactRules): YearMonth {
  const [, m] = parseYearMonth(month);
  const start = rules.fiscalYearStartMonth.value;
  return addYearMonths(month, -((m - start + 12) % 12));
}

/** The child's masks over `months` (bit i = month i): due, seen and seen at the residence. */
function masksOf(child: ContactChild, months: PeriodMonths): { due: number; seen: number; home: number } {
  const adulthood = birthdayOf(child.birth, ADULT_AGE_YEARS);
  const m = visitMonthMasks(child.episodes, child.visits, adulthood, months);
  return { due: m.eligible, seen: m.eligible & m.visited, home: m.eligible & m.visited & m.atResidence };
}

/**
 * The status of each of `months` for one child (index i = month i).
 * @param child - the child's birth, episodes and visits
 * @param months - from contactMonths
 */
export function childMonthStatuses(child: ContactChild, months: PeriodMonths): ContactMonthStatus[] {
  const { due, seen, home } = masksOf(child, months);
  const out: ContactMonthStatus[] = [];
  for (let i = 0; i < months.count; i++) {
    const bit = 1 << i;
    out.push(!(due & bit) ? 'notDue' : home & bit ? 'seenAtResidence' : seen & bit ? 'seen' : 'due');
  }
  return out;
}

/** One child's tally over `months`. */
export function childTally(child: ContactChild, months: PeriodMonths): ContactTally {
  const { due, seen, home } = masksOf(child, months);
  return { due: monthCount(due), seen: monthCount(seen), seenAtResidence: monthCount(home) };
}

const emptyTally = (): ContactTally => ({ due: 0, seen: 0, seenAtResidence: 0 });

function addTally(into: ContactTally, t: ContactTally): void {
  into.due += t.due;
  into.seen += t.seen;
  into.seenAtResidence += t.seenAtResidence;
}

/**
 * A tally read against the rule pack's targets: visited months of months due at least the monthly target
 * (95%), and months at the residence of months visited above the residence share (> 50%).
 * @param tally - months due, seen, seen at the residence
 * @param rules - the jurisdiction's contact rules
 */
export function contactFigure(tally: ContactTally, rules: ContactRules): ContactFigure {
  const percentSeen = rateHalfUp(tally.seen, tally.due, 100);
  const percentAtResidence = rateHalfUp(tally.seenAtResidence, tally.seen, 100);
  return {
    ...tally,
    percentSeen,
    percentAtResidence,
    // Compared on integers, so 94.999…% never rounds up into compliance: seen / due >= target / 100.
    meetsMonthlyTarget:
      tally.due === 0 ? null : tally.seen * 100 >= rules.monthlyVisitTarget.value * tally.due,
    meetsResidenceTarget:
      tally.seen === 0 ? null : tally.seenAtResidence * 100 > rules.residenceShareTarget.value * tally.seen,
  };
}

/** Sums per worker (in first-seen order of the input, unassigned last) and for the whole unit. */
function sumOver(
  tallies: readonly { workerId: string | null; tally: ContactTally }[],
  rules: ContactRules,
  from: YearMonth,
  to: YearMonth,
): ComplianceOver {
  const unit = emptyTally();
  const byWorker = new Map<string | null, { children: number; tally: ContactTally }>();
  for (const { workerId, tally } of tallies) {
    addTally(unit, tally);
    let w = byWorker.get(workerId);
    if (!w) byWorker.set(workerId, (w = { children: 0, tally: emptyTally() }));
    w.children += 1;
    addTally(w.tally, tally);
  }
  const workers = [...byWorker]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : 0))
    .map(([workerId, w]) => ({ workerId, children: w.children, figure: contactFigure(w.tally, rules) }));
  return { from, to, unit: contactFigure(unit, rules), workers };
}

/**
 * Compliance for `month` and for its fiscal year to date (from the fiscal year's first month through
 * `month`), each child counted once for the unit and once for their worker. Children with no month due
 * in a span still count in `children` of their worker (they are on the caseload) but add nothing else.
 * @param children - the unit's (or the worker's) children
 * @param month - the month, `YYYY-MM`; the current month is read as it stands (a month in progress)
 * @param rules - targets and the fiscal year's first month
 */
export function contactCompliance(
  children: readonly ContactChild[],
  month: YearMonth,
  rules: ContactRules,
): ContactCompliance {
  const fyFrom = contactFiscalYearStart(month, rules);
  const months = contactMonths(fyFrom, month);
  const last = 1 << (months.count - 1);
  const monthTallies: { workerId: string | null; tally: ContactTally }[] = [];
  const yearTallies: { workerId: string | null; tally: ContactTally }[] = [];
  const rows: ChildMonthRow[] = [];
  for (const child of children) {
    // One pass over the fiscal year gives both: the month is its last bit.
    const { due, seen, home } = masksOf(child, months);
    yearTallies.push({
      workerId: child.workerId,
      tally: { due: monthCount(due), seen: monthCount(seen), seenAtResidence: monthCount(home) },
    });
    monthTallies.push({
      workerId: child.workerId,
      tally: { due: due & last ? 1 : 0, seen: seen & last ? 1 : 0, seenAtResidence: home & last ? 1 : 0 },
    });
    rows.push({
      childId: child.childId,
      workerId: child.workerId,
      status: !(due & last) ? 'notDue' : home & last ? 'seenAtResidence' : seen & last ? 'seen' : 'due',
    });
  }
  return {
    month: { ...sumOver(monthTallies, rules, month, month), children: rows },
    fiscalYearToDate: sumOver(yearTallies, rules, fyFrom, month),
    targets: {
      monthlyVisit: rules.monthlyVisitTarget.value,
      residenceShare: rules.residenceShareTarget.value,
      citation: `${rules.monthlyVisitTarget.citation}; ${rules.residenceShareTarget.citation}`,
    },
  };
}

/** An ISO date as a day number (for readers building ContactChild from database rows). */
export const contactDay = dayFromIso;
