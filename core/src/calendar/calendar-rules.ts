import type { HearingType } from '../cases/codes.ts';
import type { IsoDate } from '../time/dates.ts';
import type { Period } from './court-days.ts';
import { addDays } from '../time/dates.ts';
import { closedDaysOf, type HolidayCalendar } from './holidays.ts';
import { LAKESHORE_CALENDAR_2025, LAKESHORE_CALENDAR_2027 } from './rule-packs-lakeshore.ts';
import { FEDERAL_ONLY_CALENDAR, NEW_MEXICO_CALENDAR } from './rule-packs-nm.ts';
import type { CourtHours } from './slots.ts';

/**
 * Calendaring rules as data (domain-rules.md, "the law changes: every deadline … lives in versioned,
 * per-jurisdiction configuration with an effective-date range, never in code"). A jurisdiction's pack
 * lists the hearings of a dependency case in order, each with the deadline rules that bind it: which event
 * the time runs from, how long (calendar days, court days or months), and the statute that says so. The
 * federal floor (ASFA) is a pack of its own and is always applied on top: a hearing's deadline is the
 * earliest of every rule that binds it. Hearing lengths, court hours, holidays and dedicated dockets are
 * in the same pack, so another state is configuration, not code.
 */

/** What a hearing is in the statutory sequence, whatever a state calls it. */
export type StepRole =
  | 'custody'
  | 'adjudication'
  | 'disposition'
  | 'initial_review'
  | 'first_permanency'
  | 'periodic_review'
  | 'permanency';

/** Events of a case a time limit can run from. */
export type CaseEvent =
  | 'petition_filed'
  /** Service on the respondent; until it is recorded the petition's filing date stands in (the earliest). */
  | 'service'
  | 'removal'
  /** SSA §475(5)(F): the earlier of the first adjudication finding and removal + 60 days. */
  | 'entered_care'
  /** A finding that reasonable efforts to reunify are not required (SSA §471(a)(15)(D)). */
  | 'no_reasonable_efforts_finding';

/**
 * Where a time limit runs from: an event of the case, or the latest earlier hearing of the schedule with
 * one of the roles (held, or as proposed), falling back to an event when there is none.
 */
export type Anchor = { event: CaseEvent } | { previous: readonly StepRole[]; otherwise?: CaseEvent };

export type DeadlineRule = {
  id: string;
  anchor: Anchor;
  within: Period;
  /** The hearing may not be held sooner than this after the anchor (e.g. custody: 2 days). */
  notBefore?: Period;
  citation: string;
  /** The rule in plain words, for the explanation. */
  says: string;
  unconfirmed?: boolean;
  /**
   * An event rule that a hearing of these roles answers: once one took place on or after the event, the
   * rule no longer binds later hearings (a permanency hearing held after a no-reasonable-efforts finding).
   */
  answeredBy?: readonly StepRole[];
};

/**
 * Where in its lawful window a proposed hearing goes: as early as possible, or from N days before its
 * deadline (court practice, not law: room for one continuance without missing the deadline).
 */
export type Aim = { earliest: true } | { daysBeforeDeadline: number };

export type StepTemplate = {
  role: StepRole;
  hearingType: HearingType;
  rules: readonly DeadlineRule[];
  aim: Aim;
};

export type CitedValue<T> = { value: T; citation: string; unconfirmed?: boolean };

/** A dedicated docket (e.g. a family treatment court): the weekdays and hours it sits. */
export type DedicatedDocket = {
  id: string;
  name: string;
  /** 1 = Monday … 5 = Friday. */
  weekdays: readonly number[];
  open: string;
  close: string;
  citation: string;
  unconfirmed?: boolean;
};

export type CalendarRulePack = {
  id: string;
  /** The `jurisdiction` of the rule pack (core/src/rules/rule-pack.ts) it belongs to. */
  jurisdiction: string;
  name: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  fictitious?: boolean;
  /** The hearings from the petition through the first permanency hearing, in order. */
  steps: readonly StepTemplate[];
  /** The hearings that then repeat (reviews and permanency hearings), in order. */
  cycle: readonly StepTemplate[];
  /** How many hearings after the first permanency hearing advance calendaring sets ahead. */
  stepsAfterFirstPermanency: CitedValue<number>;
  hearingMinutes: Readonly<Record<HearingType, CitedValue<number>>>;
  /** Court hours in local time; the time zone is the jurisdiction's. */
  hours: CitedValue<{
    open: string;
    close: string;
    lunch: { start: string; end: string } | null;
    stepMinutes: number;
  }>;
  holidays: HolidayCalendar;
  dockets: Readonly<Record<string, DedicatedDocket>>;
  /** A proposed hearing is at least N days after the day it is set (notice to the parties). */
  noticeDays: CitedValue<number>;
};

/** The federal floor: rules that bind a hearing of a role in every state (ASFA, P.L. 105-89). */
export type FederalFloor = {
  id: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  rules: Readonly<Partial<Record<StepRole, readonly DeadlineRule[]>>>;
};

const REVIEW_ROLES: readonly StepRole[] = [
  'initial_review',
  'periodic_review',
  'first_permanency',
  'permanency',
];
const PERMANENCY_ROLES: readonly StepRole[] = ['first_permanency', 'permanency'];

const NO_RE_PERMANENCY: DeadlineRule = {
  id: 'us.permanency-after-no-reasonable-efforts',
  anchor: { event: 'no_reasonable_efforts_finding' },
  within: { amount: 30, unit: 'days' },
  citation: 'SSA §471(a)(15)(E)(i) (42 U.S.C. §671(a)(15)(E)(i))',
  says: 'a permanency hearing within 30 days of a finding that reasonable efforts are not required',
  answeredBy: PERMANENCY_ROLES,
};
const SIX_MONTH_REVIEW: DeadlineRule = {
  id: 'us.periodic-review-6-months',
  anchor: { previous: REVIEW_ROLES, otherwise: 'entered_care' },
  within: { amount: 6, unit: 'months' },
  citation: 'SSA §475(5)(B) (42 U.S.C. §675(5)(B))',
  says: 'a review at least every six months',
};

export const FEDERAL_FLOOR: FederalFloor = {
  id: 'us-federal-calendar-1997',
  effectiveFrom: '1997-11-19',
  effectiveTo: null,
  rules: {
    initial_review: [SIX_MONTH_REVIEW],
    periodic_review: [SIX_MONTH_REVIEW],
    first_permanency: [
      {
        id: 'us.first-permanency-12-months',
        anchor: { event: 'entered_care' },
        within: { amount: 12, unit: 'months' },
        citation: 'SSA §475(5)(C); 45 CFR 1356.21(b)(2)',
        says: 'a permanency hearing no later than 12 months after the child entered foster care',
      },
      NO_RE_PERMANENCY,
      SIX_MONTH_REVIEW,
    ],
    permanency: [
      {
        id: 'us.permanency-every-12-months',
        anchor: { previous: PERMANENCY_ROLES, otherwise: 'entered_care' },
        within: { amount: 12, unit: 'months' },
        citation: 'SSA §475(5)(C); 45 CFR 1356.21(b)(2)',
        says: 'a permanency hearing at least every 12 months',
      },
      NO_RE_PERMANENCY,
      SIX_MONTH_REVIEW,
    ],
  },
};

export const CALENDAR_RULE_PACKS: readonly CalendarRulePack[] = [
  NEW_MEXICO_CALENDAR,
  LAKESHORE_CALENDAR_2025,
  LAKESHORE_CALENDAR_2027,
  FEDERAL_ONLY_CALENDAR,
];

const inForce = (p: { effectiveFrom: IsoDate; effectiveTo: IsoDate | null }, on: IsoDate): boolean =>
  p.effectiveFrom <= on && (p.effectiveTo === null || on <= p.effectiveTo);

/**
 * The calendar rules of a jurisdiction in force on a date. A case keeps the rules in force on the day
 * its petition was filed (a choice of this implementation; a transition rule of an amendment would
 * be configured here). Before a state pack's first version, or for a state without one, the federal
 * floor alone applies.
 */
export function calendarRulesFor(jurisdiction: string, on: IsoDate): CalendarRulePack {
  const versions = CALENDAR_RULE_PACKS.filter((p) => p.jurisdiction === jurisdiction);
  const found = versions.find((p) => inForce(p, on));
  if (found) return found;
  if (versions.length > 0) {
    // Before the first version in the catalogue: the earliest one (the oldest law Hearth knows).
    const earliest = [...versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))[0]!;
    if (on < earliest.effectiveFrom) return earliest;
  }
  return FEDERAL_ONLY_CALENDAR;
}

/** The federal floor in force on a date (ASFA applies to every case filed since 19 November 1997). */
export function federalFloorFor(on: IsoDate): FederalFloor {
  return inForce(FEDERAL_FLOOR, on) ? FEDERAL_FLOOR : { ...FEDERAL_FLOOR, rules: {} };
}

/** Finds a deadline rule by id in a pack or the federal floor (for explaining a stored hearing). */
export function deadlineRuleById(pack: CalendarRulePack, id: string): DeadlineRule | null {
  for (const s of [...pack.steps, ...pack.cycle]) for (const r of s.rules) if (r.id === id) return r;
  for (const rules of Object.values(FEDERAL_FLOOR.rules))
    for (const r of rules ?? []) if (r.id === id) return r;
  return null;
}

/** The general calendar: every case not on a dedicated docket. */
export const GENERAL_DOCKET = 'general';

/** The docket a case may be put on: the general calendar or one of the pack's dedicated dockets. */
export function docketOf(pack: CalendarRulePack, docket: string | null): DedicatedDocket | null {
  if (!docket || docket === GENERAL_DOCKET) return null;
  return pack.dockets[docket] ?? null;
}

/** The hours a case's hearings are set in: the court's, or its dedicated docket's (lunch kept if inside). */
export function courtHoursFor(pack: CalendarRulePack, timeZone: string, docket: string | null): CourtHours {
  const d = docketOf(pack, docket);
  const h = pack.hours.value;
  if (!d) return { timeZone, ...h };
  const lunch = h.lunch && h.lunch.start >= d.open && h.lunch.end <= d.close ? h.lunch : null;
  return { timeZone, open: d.open, close: d.close, lunch, stepMinutes: h.stepMinutes };
}

/**
 * The days a case's hearings cannot be set: the court's holidays, and for a dedicated docket every
 * weekday it does not sit (a family treatment court that sits on Wednesdays is closed the other days).
 */
export function closedDaysFor(
  pack: CalendarRulePack,
  docket: string | null,
  fromYear: number,
  toYear: number,
): Set<IsoDate> {
  const days = closedDaysOf(pack.holidays, fromYear, toYear);
  const d = docketOf(pack, docket);
  if (!d) return days;
  const last = `${toYear + 1}-01-31`;
  for (let day = `${fromYear}-01-01`; day <= last; day = addDays(day, 1)) {
    const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (!d.weekdays.includes(wd)) days.add(day);
  }
  return days;
}
