/**
 * Court performance measures (domain-rules §10.1, the Toolkit for Court Performance Measures in Child Abuse
 * and Neglect Cases; issue 5): timeliness from petition or removal to adjudication, disposition, the first
 * permanency hearing, the TPR order and permanency; hearings held by their statutory deadlines; the
 * continuance rate and its reasons; parents present and represented and youth attending; judges per case.
 *
 * Pure: the server reads the events, this counts them. Dates are court-local calendar dates (IsoDate).
 *
 * The period is 12 months: from `periodStart` through the day before the same date a year later, both
 * days included. What falls in it:
 * - a time measure counts each child whose event (adjudication, disposition …) falls in the period, with
 *   the days from the child's start to it (an exit cohort: "of the children adjudicated this year, the
 *   median time was …"); the start is the earlier of the case's petition and the child's removal;
 * - hearing measures count hearings whose date (held, or the date a continued hearing was set for) falls
 *   in the period;
 * - judges per case counts the cases with a hearing held in the period, and the judges who presided over
 *   the case's held hearings from its start to the period's end.
 */
import type { CourtMeasureTargets, CitedPeriod } from '../rules/court-measure-targets.ts';
import { addDays, addMonths, daysBetween, earlierOf, type IsoDate } from '../time/dates.ts';
import { PERMANENCY_REASONS } from '../cqi/constants.ts';
import { median, percentile } from './stats.ts';

/** Discharges that are permanency, as the CQI indicators count them (cqi-interchange.md, "Permanency"). */
export const PERMANENCY_EXITS: readonly string[] = PERMANENCY_REASONS;

export const TIME_MEASURES = [
  'adjudication',
  'disposition',
  'first_permanency_hearing',
  'tpr_order',
  'permanency',
] as const;
export type TimeMeasureKey = (typeof TIME_MEASURES)[number];

/** The target of each time measure in the rule pack. */
export const TIME_MEASURE_TARGET: Record<TimeMeasureKey, keyof CourtMeasureTargets> = {
  adjudication: 'adjudication',
  disposition: 'disposition',
  first_permanency_hearing: 'firstPermanencyHearing',
  tpr_order: 'tprOrder',
  permanency: 'permanency',
};

export const ATTENDANCE_STATUSES = ['in_person', 'remote', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Present means in the courtroom or joined remotely. */
export const isPresent = (s: AttendanceStatus): boolean => s === 'in_person' || s === 'remote';

/** One child on one case, with the dates of the events the time measures run to (null: not yet). */
export type ChildCaseEvents = {
  caseId: string;
  childId: string;
  courtId: string;
  /** The case's assigned judge (one family, one judge): time measures are grouped by them. */
  judgeId: string | null;
  petitionDate: IsoDate;
  removalDate: IsoDate | null;
  events: Record<TimeMeasureKey, IsoDate | null>;
};

export type AttendanceEntry = {
  /** parent: a parent or Indian custodian; child: a child of the case; other: anyone else recorded. */
  kind: 'parent' | 'child' | 'other';
  status: AttendanceStatus;
  /** For a parent: represented by counsel at the hearing. */
  represented: boolean | null;
  /** For a child: whole years on the hearing date. */
  ageOnDate: number | null;
};

export type HearingEvents = {
  hearingId: string;
  caseId: string;
  courtId: string;
  /** The judge who presided (or was set to). */
  judgeId: string | null;
  date: IsoDate;
  status: string;
  /** The statutory deadline advance calendaring recorded for it, if any. */
  deadlineDate: IsoDate | null;
  continuance: { reason: string; requestedBy: string } | null;
  attendance: readonly AttendanceEntry[];
};

export type CaseRef = { caseId: string; courtId: string; judgeId: string | null };

export type CourtMeasureInput = {
  cases: readonly CaseRef[];
  children: readonly ChildCaseEvents[];
  hearings: readonly HearingEvents[];
};

export type CourtMeasurePeriod = { start: IsoDate; end: IsoDate };

/** The 12 months from `periodStart`, both ends included. */
export function courtMeasurePeriod(periodStart: IsoDate): CourtMeasurePeriod {
  return { start: periodStart, end: addDays(addMonths(periodStart, 12), -1) };
}

const inPeriod = (d: IsoDate, p: CourtMeasurePeriod): boolean => d >= p.start && d <= p.end;

/** The last day an event meets its target: the start plus the target's days or months. */
export function targetDate(start: IsoDate, target: Pick<CitedPeriod, 'amount' | 'unit'>): IsoDate {
  return target.unit === 'days' ? addDays(start, target.amount) : addMonths(start, target.amount);
}

export type TimeFigure = {
  count: number;
  median: number | null;
  p90: number | null;
  min: number | null;
  max: number | null;
  withinTarget: number;
};

export type Ratio = { numerator: number; denominator: number };

export type CourtMeasureFigures = {
  time: Record<TimeMeasureKey, TimeFigure>;
  /** Held hearings with a deadline: numerator held on or before it. */
  hearingsOnTime: Ratio;
  /** Held or continued hearings: numerator continued. */
  continuances: Ratio & { byReason: Record<string, number>; byRequester: Record<string, number> };
  /** Parents recorded at held hearings: numerator present (in person or remote). */
  parentsPresent: Ratio;
  /** Parents recorded at held hearings: numerator represented by counsel there. */
  parentsRepresented: Ratio;
  /** Youth of the attendance age recorded at held hearings: numerator present. */
  youthAttending: Ratio;
  /** The same youth: numerator joined remotely (how young people take part, domain-rules §7.3). */
  youthRemote: Ratio;
  /** The same youth: numerator excused by the court. */
  youthExcused: Ratio;
  /** Cases with a hearing held in the period: numerator heard by one judge only; judges: the sum. */
  judgesPerCase: Ratio & { judges: number };
};

type Acc = {
  days: Record<TimeMeasureKey, number[]>;
  within: Record<TimeMeasureKey, number>;
  figures: Omit<CourtMeasureFigures, 'time'>;
};

function emptyAcc(): Acc {
  const ratio = (): Ratio => ({ numerator: 0, denominator: 0 });
  return {
    days: {
      adjudication: [],
      disposition: [],
      first_permanency_hearing: [],
      tpr_order: [],
      permanency: [],
    },
    within: { adjudication: 0, disposition: 0, first_permanency_hearing: 0, tpr_order: 0, permanency: 0 },
    figures: {
      hearingsOnTime: ratio(),
      continuances: { ...ratio(), byReason: {}, byRequester: {} },
      parentsPresent: ratio(),
      parentsRepresented: ratio(),
      youthAttending: ratio(),
      youthRemote: ratio(),
      youthExcused: ratio(),
      judgesPerCase: { ...ratio(), judges: 0 },
    },
  };
}

function timeFigure(days: readonly number[], within: number): TimeFigure {
  return {
    count: days.length,
    median: median(days),
    p90: percentile(days, 90),
    min: days.length ? Math.min(...days) : null,
    max: days.length ? Math.max(...days) : null,
    withinTarget: within,
  };
}

function finish(acc: Acc): CourtMeasureFigures {
  const time = Object.fromEntries(
    TIME_MEASURES.map((k) => [k, timeFigure(acc.days[k], acc.within[k])]),
  ) as Record<TimeMeasureKey, TimeFigure>;
  return { time, ...acc.figures };
}

const bump = (r: Record<string, number>, key: string): void => {
  r[key] = (r[key] ?? 0) + 1;
};

/** Adds one child's time measures. */
function addChild(
  acc: Acc,
  child: ChildCaseEvents,
  period: CourtMeasurePeriod,
  targets: CourtMeasureTargets,
): void {
  const start = earlierOf(child.petitionDate, child.removalDate) ?? child.petitionDate;
  for (const key of TIME_MEASURES) {
    const event = child.events[key];
    // An event dated before the start is a recording error, not a negative time: left out.
    if (event === null || !inPeriod(event, period) || event < start) continue;
    acc.days[key].push(daysBetween(start, event));
    if (event <= targetDate(start, targets[TIME_MEASURE_TARGET[key]] as CitedPeriod)) acc.within[key] += 1;
  }
}

/** Adds one hearing's measures. */
function addHearing(acc: Acc, h: HearingEvents, period: CourtMeasurePeriod, youthAge: number): void {
  if (!inPeriod(h.date, period)) return;
  const f = acc.figures;
  if (h.status === 'held' || h.status === 'continued') {
    f.continuances.denominator += 1;
    if (h.status === 'continued') {
      f.continuances.numerator += 1;
      bump(f.continuances.byReason, h.continuance?.reason ?? 'other');
      bump(f.continuances.byRequester, h.continuance?.requestedBy ?? 'other');
    }
  }
  if (h.status !== 'held') return;
  if (h.deadlineDate !== null) {
    f.hearingsOnTime.denominator += 1;
    if (h.date <= h.deadlineDate) f.hearingsOnTime.numerator += 1;
  }
  for (const a of h.attendance) {
    if (a.kind === 'parent') {
      f.parentsPresent.denominator += 1;
      f.parentsRepresented.denominator += 1;
      if (isPresent(a.status)) f.parentsPresent.numerator += 1;
      if (a.represented === true) f.parentsRepresented.numerator += 1;
    } else if (a.kind === 'child' && a.ageOnDate !== null && a.ageOnDate >= youthAge) {
      f.youthAttending.denominator += 1;
      f.youthRemote.denominator += 1;
      f.youthExcused.denominator += 1;
      if (isPresent(a.status)) f.youthAttending.numerator += 1;
      if (a.status === 'remote') f.youthRemote.numerator += 1;
      if (a.status === 'excused') f.youthExcused.numerator += 1;
    }
  }
}

export type MeasureGrouping = 'court' | 'judge';

export type CourtMeasureGroup = { key: string | null; figures: CourtMeasureFigures };

export type CourtMeasureResult = {
  period: CourtMeasurePeriod;
  by: MeasureGrouping;
  /** Ordered by key; a null key (no judge) comes last. */
  groups: CourtMeasureGroup[];
  total: CourtMeasureFigures;
};

/**
 * The measures by court or by judge, and for everything together.
 * - By court: the case's court.
 * - By judge: time measures and judges per case by the case's assigned judge (one family, one judge);
 *   hearing measures by the judge who presided over the hearing.
 * @param input - the cases, children's events and hearings of the jurisdiction (or a court of it)
 * @param periodStart - the first day of the 12-month period
 * @param targets - the rule pack's `courtMeasures`
 */
export function computeCourtMeasures(
  input: CourtMeasureInput,
  periodStart: IsoDate,
  by: MeasureGrouping,
  targets: CourtMeasureTargets,
): CourtMeasureResult {
  const period = courtMeasurePeriod(periodStart);
  const youthAge = targets.youthAttendanceAge.value;
  const groups = new Map<string | null, Acc>();
  const total = emptyAcc();
  const accFor = (key: string | null): Acc => {
    let acc = groups.get(key);
    if (!acc) {
      acc = emptyAcc();
      groups.set(key, acc);
    }
    return acc;
  };
  const keyOf = (x: { courtId: string; judgeId: string | null }): string | null =>
    by === 'court' ? x.courtId : x.judgeId;

  for (const child of input.children) {
    addChild(accFor(keyOf(child)), child, period, targets);
    addChild(total, child, period, targets);
  }
  for (const h of input.hearings) {
    if (!inPeriod(h.date, period)) continue;
    addHearing(accFor(keyOf(h)), h, period, youthAge);
    addHearing(total, h, period, youthAge);
  }
  const hearingsOfCase = new Map<string, HearingEvents[]>();
  for (const h of input.hearings) {
    const list = hearingsOfCase.get(h.caseId);
    if (list) list.push(h);
    else hearingsOfCase.set(h.caseId, [h]);
  }
  for (const c of input.cases) {
    const judges = judgesOfCase(hearingsOfCase.get(c.caseId) ?? [], period);
    if (judges === null) continue;
    for (const acc of [accFor(keyOf(c)), total]) {
      const j = acc.figures.judgesPerCase;
      j.denominator += 1;
      j.judges += judges;
      if (judges === 1) j.numerator += 1;
    }
  }

  const keys = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  return {
    period,
    by,
    groups: keys.map((key) => ({ key, figures: finish(groups.get(key) ?? emptyAcc()) })),
    total: finish(total),
  };
}

/**
 * The number of judges who presided over a case's held hearings up to the period's end, or null when
 * no hearing of the case was held in the period (the case is not counted). Hearings with no judge
 * recorded are left out.
 * @param hearings - the hearings of one case
 */
export function judgesOfCase(hearings: readonly HearingEvents[], period: CourtMeasurePeriod): number | null {
  const held = hearings.filter((h) => h.status === 'held' && h.date <= period.end);
  if (!held.some((h) => inPeriod(h.date, period))) return null;
  return new Set(held.map((h) => h.judgeId).filter((j): j is string => j !== null)).size;
}
