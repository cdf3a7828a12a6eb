import { trialHomeVisitLimit } from '../cases/episode.rules.ts';
import {
  currentEpisode,
  fifteenOfTwentyTwoDate,
  openPlacement,
  type CareEpisode,
} from '../pacing/care-time.rules.ts';
import { permanencyHearingDue } from '../pacing/hearing-deadlines.rules.ts';
import type { RulePack } from '../rules/rule-pack.ts';
import { transitionDuties, type TransitionDutyFacts } from '../transition/duties.ts';
import { addDays, addMonths, daysBetween, type IsoDate } from '../time/dates.ts';

/**
 * What a caseworker (and their supervisor) has to do next for each child in foster care on their cases:
 * the monthly visit, a permanency hearing to ask for, a trial home visit running out, the 15-of-22-month
 * TPR decision, and a court report before the next hearing. Pure: the facts, today and the rule pack in,
 * the items out.
 */

export const DUE_ITEM_KINDS = [
  'caseworkerVisit',
  'permanencyHearing',
  'trialHomeVisit',
  'fifteenOfTwentyTwo',
  'courtReport',
  // The plan to adulthood (core/src/transition): the 90-day plan, the yearly credit report.
  'transitionPlan',
  'creditReport',
] as const;
export type DueItemKind = (typeof DUE_ITEM_KINDS)[number];

export const DUE_STATUSES = ['overdue', 'dueSoon', 'upcoming'] as const;
export type DueStatus = (typeof DUE_STATUSES)[number];

export type DutyPlacement = { setting: string; startDate: IsoDate; endDate: IsoDate | null };
/** An episode with its placements: the same shape the permanency clocks count (core/src/pacing). */
export type DutyEpisode = CareEpisode;
/** A hearing of the child's case, on its court-local calendar date. */
export type DutyHearing = { type: string; date: IsoDate; status: string };

/** Everything the rules need to know about one child. */
export type ChildDutyFacts = {
  childId: string;
  /** The case of the child's current episode. */
  caseId: string;
  /** Every removal episode of the child, current and past (past ones count toward 15 of 22). */
  episodes: DutyEpisode[];
  /** Dates of face-to-face caseworker visits. */
  visits: IsoDate[];
  hearings: DutyHearing[];
  /** A TPR petition was filed for this child: the 15-of-22 decision has been taken (once per child). */
  tprPetitionFiled: boolean;
  /** An exception to filing is documented for the current episode (45 CFR 1356.21(i)(2)): also decided. */
  tprExceptionDocumented?: boolean;
  /** The youth's date of birth and plan to adulthood (transition items); absent: none listed. */
  transition?: TransitionDutyFacts;
};

export type DueItem = {
  kind: DueItemKind;
  childId: string;
  caseId: string;
  dueDate: IsoDate;
  status: DueStatus;
  citation: string;
  /** The number behind the item is not yet confirmed from a primary source (rule pack). */
  unconfirmed: boolean;
  /** The hearing a court report is for. */
  hearingType?: string;
};

/**
 * How far ahead an item is listed, and from when it reads as due soon. A display choice of the agency,
 * not a number of the law.
 */
export type DueWindow = { soonDays: number; horizonDays: number };
export const DEFAULT_DUE_WINDOW: DueWindow = { soonDays: 14, horizonDays: 60 };

const STATUS_ORDER: Record<DueStatus, number> = { overdue: 0, dueSoon: 1, upcoming: 2 };

/**
 * Overdue once the due date has passed, due soon from `soonDays` before it, upcoming before that.
 * @param dueDate - the last day to act
 * @param today - today's date
 */
export function dueStatus(dueDate: IsoDate, today: IsoDate, soonDays: number): DueStatus {
  if (today > dueDate) return 'overdue';
  return daysBetween(today, dueDate) <= soonDays ? 'dueSoon' : 'upcoming';
}

const monthStartOf = (d: IsoDate): IsoDate => `${d.slice(0, 8)}01`;
const monthEndOf = (d: IsoDate): IsoDate => addDays(addMonths(monthStartOf(d), 1), -1);

type Draft = Omit<DueItem, 'childId' | 'caseId' | 'status'>;

/**
 * The monthly caseworker visit (P.L. 109-288; P.L. 112-34; domain-rules §3): one face-to-face visit each
 * full calendar month in care. Overdue when the last full month passed without one and none has happened
 * this month; otherwise due by the end of this month (or of the first full month, for a child who came
 * into care after the 1st).
 */
function visitItem(
  facts: ChildDutyFacts,
  episode: DutyEpisode,
  today: IsoDate,
  pack: RulePack,
): Draft | null {
  const rule = pack.monthlyCaseworkerVisits;
  const visitedIn = (month: IsoDate): boolean =>
    facts.visits.filter((v) => v >= episode.removalDate && monthStartOf(v) === month).length >= rule.value;
  const thisMonth = monthStartOf(today);
  if (visitedIn(thisMonth)) return null;
  const removalMonth = monthStartOf(episode.removalDate);
  const firstFullMonth = episode.removalDate === removalMonth ? removalMonth : addMonths(removalMonth, 1);
  const lastMonth = addMonths(thisMonth, -1);
  const base = { kind: 'caseworkerVisit' as const, citation: rule.citation, unconfirmed: !!rule.unconfirmed };
  if (lastMonth >= firstFullMonth && !visitedIn(lastMonth))
    return { ...base, dueDate: monthEndOf(lastMonth) };
  return { ...base, dueDate: monthEndOf(thisMonth >= firstFullMonth ? thisMonth : firstFullMonth) };
}

/**
 * The permanency hearing: no later than 12 months after the date entered foster care, then within 12
 * months of the last one held (SSA §475(5)(C)); in New Mexico within six months of the initial judicial
 * review if that is earlier (§32A-4-25.1(A)). Listed only while none is scheduled.
 */
function permanencyItem(
  facts: ChildDutyFacts,
  episode: DutyEpisode,
  today: IsoDate,
  pack: RulePack,
): Draft | null {
  const inEpisode = facts.hearings.filter((h) => h.date >= episode.removalDate);
  if (inEpisode.some((h) => h.type === 'permanency' && h.status === 'scheduled' && h.date >= today))
    return null;
  // The same deadline the permanency clocks show (core/src/pacing/hearing-deadlines.rules.ts).
  const { dueDate, rule } = permanencyHearingDue(episode, facts.hearings, pack);
  return { kind: 'permanencyHearing', dueDate, citation: rule.citation, unconfirmed: !!rule.unconfirmed };
}

/**
 * A trial home visit lasts at most six months unless a court orders longer (45 CFR 1356.21(e)); past that
 * the child is deemed home. Court-ordered extensions are not recorded yet, so every running one is listed.
 */
function trialHomeVisitItem(episode: DutyEpisode, pack: RulePack): Draft | null {
  const open = openPlacement(episode);
  if (!open || open.setting !== 'trial_home_visit') return null;
  const rule = pack.trialHomeVisitMonths;
  return {
    kind: 'trialHomeVisit',
    dueDate: trialHomeVisitLimit(open.startDate, pack),
    citation: rule.citation,
    unconfirmed: !!rule.unconfirmed,
  };
}

function fifteenOfTwentyTwoItem(
  facts: ChildDutyFacts,
  episode: DutyEpisode,
  until: IsoDate,
  pack: RulePack,
): Draft | null {
  if (facts.tprPetitionFiled || facts.tprExceptionDocumented) return null;
  const dueDate = fifteenOfTwentyTwoDate(facts.episodes, episode, until, pack);
  if (dueDate === null) return null;
  const rule = pack.tprMonthsInCare;
  return {
    kind: 'fifteenOfTwentyTwo',
    dueDate,
    citation: rule.citation,
    unconfirmed: !!(rule.unconfirmed || pack.tprExcludedSettings.unconfirmed),
  };
}

/** The court report for the next hearing of the case, once it is within the rule pack's lead time. */
function courtReportItem(facts: ChildDutyFacts, today: IsoDate, pack: RulePack): Draft | null {
  const next = facts.hearings
    .filter((h) => h.status === 'scheduled' && h.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  const lead = pack.courtReportLeadDays;
  if (!next || daysBetween(today, next.date) > lead.value) return null;
  return {
    kind: 'courtReport',
    dueDate: next.date,
    citation: lead.citation,
    unconfirmed: !!lead.unconfirmed,
    hearingType: next.type,
  };
}

/**
 * The due items of one child on `today`: nothing for a child not in foster care today, and nothing due
 * after `today + horizonDays`.
 * @param facts - the child's episodes, visits, hearings and TPR petition
 * @param today - today's date (from the clock)
 * @param pack - the jurisdiction's rule pack
 * @param window - how far ahead to list, and when an item reads as due soon
 */
export function dueItemsForChild(
  facts: ChildDutyFacts,
  today: IsoDate,
  pack: RulePack,
  window: DueWindow = DEFAULT_DUE_WINDOW,
): DueItem[] {
  const episode = currentEpisode(facts.episodes, today);
  if (!episode) return [];
  const until = addDays(today, window.horizonDays);
  const drafts = [
    visitItem(facts, episode, today, pack),
    permanencyItem(facts, episode, today, pack),
    trialHomeVisitItem(episode, pack),
    fifteenOfTwentyTwoItem(facts, episode, until, pack),
    courtReportItem(facts, today, pack),
    ...(facts.transition ? transitionDuties(facts.transition, episode.removalDate, today, pack) : []),
  ];
  return drafts
    .filter((d): d is Draft => d !== null && d.dueDate <= until)
    .map((d) => ({
      ...d,
      childId: facts.childId,
      caseId: facts.caseId,
      status: dueStatus(d.dueDate, today, window.soonDays),
    }));
}

/**
 * Every due item of the children, overdue first, then due soon, then upcoming, each by due date.
 * @param children - the facts of each child
 * @param today - the court's date today (the caller reads its clock; core never reads the system time)
 * @param pack - the jurisdiction's rule pack
 */
export function dueItems(
  children: ChildDutyFacts[],
  today: IsoDate,
  pack: RulePack,
  window: DueWindow = DEFAULT_DUE_WINDOW,
): DueItem[] {
  return children
    .flatMap((c) => dueItemsForChild(c, today, pack, window))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        a.dueDate.localeCompare(b.dueDate) ||
        DUE_ITEM_KINDS.indexOf(a.kind) - DUE_ITEM_KINDS.indexOf(b.kind) ||
        a.childId.localeCompare(b.childId),
    );
}
