import { dateEnteredFosterCare, trialHomeVisitLimit } from '../cases/episode.rules.ts';
import type { CitedNumber, RulePack } from '../rules/rule-pack.ts';
import { addDays, addMonths, daysBetween, type IsoDate } from '../time/dates.ts';
import {
  currentEpisode,
  daysInCare,
  fifteenOfTwentyTwoCount,
  fifteenOfTwentyTwoDate,
  openPlacement,
  type CareEpisode,
} from './care-time.rules.ts';
import {
  nextScheduled,
  periodicReviewDue,
  permanencyHearingDue,
  REVIEW_HEARING_TYPES,
  type Deadline,
  type PacedHearing,
} from './hearing-deadlines.rules.ts';

/**
 * Pacing permanency: the clocks of one child in foster care (domain-rules §4, §5), each with its value,
 * its due date, its status and the rule it comes from. Pure: the facts, today and the rule pack in.
 */

export const CLOCK_KINDS = [
  'enteredFosterCare',
  'daysInCare',
  'fifteenOfTwentyTwo',
  'reasonableEffortsPrevent',
  'contraryToWelfare',
  'reasonableEffortsFinalize',
  'periodicReview',
  'permanencyHearing',
  'trialHomeVisit',
] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

export const CLOCK_STATUSES = ['ok', 'dueSoon', 'overdue', 'notApplicable'] as const;
export type ClockStatus = (typeof CLOCK_STATUSES)[number];

/** What the words under a clock say besides its dates (the web writes each out). */
export const CLOCK_NOTES = [
  'provisional', // entered care: no adjudication yet, the date can still move earlier
  'earlierEpisodes', // days in care: earlier episodes too
  'projected', // 15 of 22: the day ahead, if the child stays as they live now
  'notReached', // 15 of 22: not reached in the coming 15 months as the child lives now
  'petitionFiled',
  'exceptionDocumented',
  'relativeCare', // 15 of 22: the child lives with a relative, an exception the state allows
  'madeLate', // a finding made after its deadline: IV-E eligibility was lost meanwhile
  'notMade', // a finding the first order did not make
  'awaitingFirstOrder',
  'ivEIneligible', // past the month the finding was due: IV-E ineligible until it is made
  'scheduled', // a hearing is set on or before the due date
  'scheduledLate', // a hearing is set, but after the due date
  'noEffortsFinding', // reasonable efforts found not required: permanency hearing within 30 days
  'noExtensionRecorded', // trial home visit: court-ordered extensions are not recorded yet
  'voluntary', // a voluntary placement: the removal findings do not apply
] as const;
export type ClockNote = (typeof CLOCK_NOTES)[number];

export const TPR_EXCEPTION_REASONS = [
  'relative_placement',
  'compelling_reason',
  'services_not_provided',
] as const;
export type TprExceptionReason = (typeof TPR_EXCEPTION_REASONS)[number];

export type PacingEpisode = CareEpisode & {
  id: string;
  removalManner?: string | null;
};
export type PacingFinding = { type: string; isMade: boolean; date: IsoDate; orderId: string | null };
export type PacingOrder = { id: string; type: string; date: IsoDate };
export type TprException = {
  removalId: string;
  reason: string;
  documentedDate: IsoDate;
  note: string | null;
};

/** Everything the clocks need about one child. */
export type PacingFacts = {
  /** Every removal episode of the child, current and past (past ones count toward 15 of 22). */
  episodes: PacingEpisode[];
  /** The hearings of the current episode's case, on their court-local dates. */
  hearings: PacedHearing[];
  /** The orders of the current episode's case, by signed date. */
  orders: PacingOrder[];
  /** The findings made or refused for this child. */
  findings: PacingFinding[];
  /** Dates a TPR petition was filed for this child (once per child decides the 15-of-22 question). */
  tprPetitionsFiled: IsoDate[];
  tprExceptions: TprException[];
};

export type PermanencyClock = {
  kind: ClockKind;
  status: ClockStatus;
  /** The last day to act; null for a clock that only counts. */
  dueDate: IsoDate | null;
  /** The day the period runs from (to draw how much of it is gone). */
  since: IsoDate | null;
  /** A date the clock is about (the date entered foster care). */
  date: IsoDate | null;
  /** Days counted: days in care; days of the 15 of 22. */
  days: number | null;
  /** Out of: the days of the 15 months; the days in care across all episodes. */
  ofDays: number | null;
  /** The day it was met: the finding, the TPR petition or exception. */
  metOn: IsoDate | null;
  /** A hearing set for it. */
  scheduledOn: IsoDate | null;
  /** The deadline passed and can no longer be met: the IV-E consequence stands for the episode. */
  missed: boolean;
  /** The first day of IV-E ineligibility when a finding is late (45 CFR 1356.21(b)(2)(ii)). */
  ineligibleFrom: IsoDate | null;
  exception: TprException | null;
  notes: ClockNote[];
  citation: string | null;
  unconfirmed: boolean;
};

export type ChildClocks = {
  today: IsoDate;
  /** The episode the clocks are of; null when the child is not in foster care today. */
  removalId: string | null;
  clocks: PermanencyClock[];
};

/** When a clock reads as due soon: an agency's display choice, not a number of the law. */
export type PacingWindow = { soonDays: number };
export const DEFAULT_PACING_WINDOW: PacingWindow = { soonDays: 30 };

const blank = (kind: ClockKind): PermanencyClock => ({
  kind,
  status: 'notApplicable',
  dueDate: null,
  since: null,
  date: null,
  days: null,
  ofDays: null,
  metOn: null,
  scheduledOn: null,
  missed: false,
  ineligibleFrom: null,
  exception: null,
  notes: [],
  citation: null,
  unconfirmed: false,
});

const cited = (rule: CitedNumber | { citation: string; unconfirmed?: boolean }) => ({
  citation: rule.citation,
  unconfirmed: !!rule.unconfirmed,
});

/**
 * Overdue once the due date has passed, due soon from `soonDays` before it, ok before that.
 * @param dueDate - the last day to act
 * @param today - today's date
 * @param soonDays - how many days before the due date it reads as due soon
 */
export function clockStatus(dueDate: IsoDate, today: IsoDate, soonDays: number): ClockStatus {
  if (today > dueDate) return 'overdue';
  return daysBetween(today, dueDate) <= soonDays ? 'dueSoon' : 'ok';
}

/** A clock that can still be acted on before (or since) its deadline: what the at-risk list shows. */
export function isAtRisk(clock: PermanencyClock): boolean {
  return clock.status === 'dueSoon' || (clock.status === 'overdue' && !clock.missed);
}

type Ctx = {
  facts: PacingFacts;
  episode: PacingEpisode;
  entered: IsoDate;
  today: IsoDate;
  pack: RulePack;
  soonDays: number;
};

const madeInEpisode = (
  ctx: Pick<Ctx, 'facts' | 'episode' | 'today'>,
  types: readonly string[],
): PacingFinding[] =>
  ctx.facts.findings
    .filter(
      (f) => f.isMade && types.includes(f.type) && f.date >= ctx.episode.removalDate && f.date <= ctx.today,
    )
    .sort((a, b) => a.date.localeCompare(b.date));

function enteredClock(ctx: Ctx): PermanencyClock {
  const notes: ClockNote[] =
    ctx.episode.adjudicationDate === null && ctx.entered > ctx.today ? ['provisional'] : [];
  return {
    ...blank('enteredFosterCare'),
    status: 'ok',
    date: ctx.entered,
    since: ctx.episode.removalDate,
    notes,
    ...cited(ctx.pack.enteredCareDaysAfterRemoval),
  };
}

/** Days in care of this episode counting today; `ofDays`, all episodes together. */
function daysClock(ctx: Ctx): PermanencyClock {
  const total = daysInCare(ctx.facts.episodes, ctx.today);
  const here = daysInCare([ctx.episode], ctx.today);
  return {
    ...blank('daysInCare'),
    status: 'ok',
    since: ctx.episode.removalDate,
    days: here,
    ofDays: total,
    notes: total > here ? ['earlierEpisodes'] : [],
  };
}

/**
 * 15 of the most recent 22 months (SSA §475(5)(E); 45 CFR 1356.21(i)): the count today, the day it is
 * (or will be) reached, and how the TPR question was answered: a petition filed, or an exception
 * documented for this episode (45 CFR 1356.21(i)(2)). Until then it is due on the day it is reached.
 */
function fifteenClock(ctx: Ctx): PermanencyClock {
  const { facts, episode, today, pack } = ctx;
  const count = fifteenOfTwentyTwoCount(facts.episodes, today, pack);
  const horizon = addMonths(today, pack.tprMonthsInCare.value);
  const reached = fifteenOfTwentyTwoDate(facts.episodes, episode, horizon, pack);
  const petition = [...facts.tprPetitionsFiled].sort().at(-1) ?? null;
  const exception =
    facts.tprExceptions
      .filter((x) => x.removalId === episode.id)
      .sort((a, b) => a.documentedDate.localeCompare(b.documentedDate))
      .at(-1) ?? null;
  const clock: PermanencyClock = {
    ...blank('fifteenOfTwentyTwo'),
    status: 'ok',
    dueDate: reached,
    since: count.windowStart,
    days: count.countedDays,
    ofDays: count.thresholdDays,
    citation: pack.tprMonthsInCare.citation,
    unconfirmed: !!(pack.tprMonthsInCare.unconfirmed || pack.tprExcludedSettings.unconfirmed),
  };
  if (petition) return { ...clock, metOn: petition, notes: ['petitionFiled'] };
  if (exception)
    return { ...clock, metOn: exception.documentedDate, exception, notes: ['exceptionDocumented'] };
  const notes: ClockNote[] = [];
  if (reached === null) notes.push('notReached');
  else if (reached > today) notes.push('projected');
  const living = openPlacement(episode);
  if (
    living?.setting === 'foster_family_relative' &&
    pack.pacing.tprExceptionReasons.value.includes('relative_placement')
  )
    notes.push('relativeCare');
  const status = reached === null ? 'ok' : clockStatus(reached, today, ctx.soonDays);
  return { ...clock, status, notes };
}

/** A one-time finding with a deadline: met in time, met late (missed), or still open. */
function findingByDeadline(
  ctx: Ctx,
  kind: ClockKind,
  types: readonly string[],
  deadline: Deadline,
): PermanencyClock {
  const made = madeInEpisode(ctx, types)[0] ?? null;
  const base = {
    ...blank(kind),
    dueDate: deadline.dueDate,
    since: deadline.since,
    metOn: made?.date ?? null,
    ...cited(deadline.rule),
  };
  if (made && made.date <= deadline.dueDate) return { ...base, status: 'ok' };
  if (made) return { ...base, status: 'overdue', missed: true, notes: ['madeLate'] };
  const status = clockStatus(deadline.dueDate, ctx.today, ctx.soonDays);
  return { ...base, status, missed: status === 'overdue' };
}

/**
 * Reasonable efforts to prevent removal, found no later than 60 days after it, or the child is not
 * IV-E eligible for the whole episode (45 CFR 1356.21(b)(1)(i)). A finding that efforts were not required
 * (§471(a)(15)(D)) answers it too.
 */
function preventClock(ctx: Ctx): PermanencyClock {
  if (ctx.episode.removalManner === 'voluntary')
    return { ...blank('reasonableEffortsPrevent'), notes: ['voluntary'] };
  const rule = ctx.pack.pacing.reasonableEffortsPreventDays;
  const deadline = {
    dueDate: addDays(ctx.episode.removalDate, rule.value),
    rule,
    since: ctx.episode.removalDate,
  };
  return findingByDeadline(
    ctx,
    'reasonableEffortsPrevent',
    ['reasonable_efforts_prevent_removal', 'reasonable_efforts_not_required'],
    deadline,
  );
}

/**
 * Contrary to the welfare, in the first court ruling sanctioning the removal (45 CFR 1356.21(c)): the
 * first order of the case signed on or after the removal. It cannot be made up later.
 */
function contraryClock(ctx: Ctx): PermanencyClock {
  const base = { ...blank('contraryToWelfare'), citation: '45 CFR 1356.21(c)', unconfirmed: true };
  if (ctx.episode.removalManner === 'voluntary') return { ...base, notes: ['voluntary'] };
  const first = ctx.facts.orders
    .filter((o) => o.date >= ctx.episode.removalDate && o.date <= ctx.today)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!first) return { ...base, status: 'ok', notes: ['awaitingFirstOrder'] };
  const made = ctx.facts.findings.some(
    (f) => f.orderId === first.id && f.type === 'contrary_to_welfare' && f.isMade,
  );
  return made
    ? { ...base, status: 'ok', dueDate: first.date, metOn: first.date }
    : { ...base, status: 'overdue', dueDate: first.date, missed: true, notes: ['notMade'] };
}

/**
 * Reasonable efforts to finalize the permanency plan: within 12 months of entering foster care and every
 * 12 months after the last one made (45 CFR 1356.21(b)(2)(i)); without it the child is IV-E ineligible
 * from the end of the month it was due until it is made (b)(2)(ii). A permanency hearing set by then is
 * where the court usually makes it.
 */
function finalizeClock(ctx: Ctx): PermanencyClock {
  const rule = ctx.pack.pacing.reasonableEffortsFinalizeMonths;
  const last = madeInEpisode(ctx, ['reasonable_efforts_finalize_plan']).at(-1) ?? null;
  const since = last?.date ?? ctx.entered;
  const dueDate = addMonths(since, rule.value);
  const status = clockStatus(dueDate, ctx.today, ctx.soonDays);
  const hearing = nextScheduled(ctx.facts.hearings, ['permanency'], ctx.today);
  const notes: ClockNote[] = [];
  if (hearing) notes.push(hearing.date <= dueDate ? 'scheduled' : 'scheduledLate');
  if (status === 'overdue') notes.push('ivEIneligible');
  return {
    ...blank('reasonableEffortsFinalize'),
    status,
    dueDate,
    since,
    metOn: last?.date ?? null,
    scheduledOn: hearing?.date ?? null,
    // Ineligible "at the end of the month" it was due: from the first day of the next month.
    ineligibleFrom: addMonths(`${dueDate.slice(0, 8)}01`, 1),
    notes,
    ...cited(rule),
  };
}

/** A hearing deadline: met by a hearing set on or before it; otherwise by its date. */
function hearingClock(ctx: Ctx, kind: ClockKind, deadline: Deadline, types: readonly string[]) {
  const hearing = nextScheduled(ctx.facts.hearings, types, ctx.today);
  const inTime = hearing !== null && hearing.date <= deadline.dueDate;
  const notes: ClockNote[] = hearing ? [inTime ? 'scheduled' : 'scheduledLate'] : [];
  return {
    ...blank(kind),
    status: inTime ? 'ok' : clockStatus(deadline.dueDate, ctx.today, ctx.soonDays),
    dueDate: deadline.dueDate,
    since: deadline.since,
    scheduledOn: hearing?.date ?? null,
    notes,
    ...cited(deadline.rule),
  } satisfies PermanencyClock;
}

/**
 * The permanency hearing deadline of the child's current episode from all the facts, including a finding
 * that reasonable efforts are not required (the benchmark reviews prepare for the same date).
 * @param facts - the child's facts
 * @param episode - the episode the child is in
 * @param today - today's date (later findings are not yet made)
 * @param pack - the jurisdiction's rule pack
 */
export function permanencyHearingDeadline(
  facts: PacingFacts,
  episode: PacingEpisode,
  today: IsoDate,
  pack: RulePack,
): Deadline {
  const noEfforts =
    madeInEpisode({ facts, episode, today }, ['reasonable_efforts_not_required']).at(-1)?.date ?? null;
  return permanencyHearingDue(episode, facts.hearings, pack, noEfforts);
}

function permanencyClock(ctx: Ctx): PermanencyClock {
  const deadline = permanencyHearingDeadline(ctx.facts, ctx.episode, ctx.today, ctx.pack);
  const clock = hearingClock(ctx, 'permanencyHearing', deadline, ['permanency']);
  if (deadline.rule === ctx.pack.pacing.permanencyHearingAfterNoEffortsDays)
    clock.notes.push('noEffortsFinding');
  return clock;
}

/** A trial home visit beyond six months is a return home unless a court extends it (45 CFR 1356.21(e)). */
function trialHomeVisitClock(ctx: Ctx): PermanencyClock {
  const living = openPlacement(ctx.episode);
  if (living?.setting !== 'trial_home_visit') return blank('trialHomeVisit');
  const dueDate = trialHomeVisitLimit(living.startDate, ctx.pack);
  return {
    ...blank('trialHomeVisit'),
    status: clockStatus(dueDate, ctx.today, ctx.soonDays),
    dueDate,
    since: living.startDate,
    notes: ['noExtensionRecorded'],
    ...cited(ctx.pack.trialHomeVisitMonths),
  };
}

/**
 * The permanency clocks of one child on `today`, in the order of `CLOCK_KINDS`. A child not in foster care
 * today gets every clock as not applicable.
 * @param facts - the child's episodes, hearings, orders, findings, TPR petitions and exceptions
 * @param today - the court's date today (the caller reads its clock)
 * @param pack - the jurisdiction's rule pack
 * @param window - when a clock reads as due soon
 */
export function permanencyClocks(
  facts: PacingFacts,
  today: IsoDate,
  pack: RulePack,
  window: PacingWindow = DEFAULT_PACING_WINDOW,
): ChildClocks {
  const episode = currentEpisode(facts.episodes, today);
  if (!episode) return { today, removalId: null, clocks: CLOCK_KINDS.map(blank) };
  const entered = dateEnteredFosterCare(episode, pack);
  const ctx: Ctx = { facts, episode, entered, today, pack, soonDays: window.soonDays };
  const clocks = [
    enteredClock(ctx),
    daysClock(ctx),
    fifteenClock(ctx),
    preventClock(ctx),
    contraryClock(ctx),
    finalizeClock(ctx),
    hearingClock(ctx, 'periodicReview', periodicReviewDue(episode, facts.hearings, pack), [
      ...REVIEW_HEARING_TYPES,
    ]),
    permanencyClock(ctx),
    trialHomeVisitClock(ctx),
  ];
  return { today, removalId: episode.id, clocks };
}
