import { dateEnteredFosterCare } from '../cases/episode.rules.ts';
import type { CitedNumber, RulePack } from '../rules/rule-pack.ts';
import { addDays, addMonths, type IsoDate } from '../time/dates.ts';

/** A hearing of the child's case, on its court-local calendar date. */
export type PacedHearing = { id?: string; type: string; date: IsoDate; status: string };

/** A deadline and the rule that set it. */
export type Deadline = { dueDate: IsoDate; rule: CitedNumber; since: IsoDate };

const heldDates = (hearings: readonly PacedHearing[], types: readonly string[]): IsoDate[] =>
  hearings
    .filter((h) => types.includes(h.type) && h.status === 'held')
    .map((h) => h.date)
    .sort();

/**
 * The next permanency hearing's deadline in an episode: no later than 12 months after the date entered
 * foster care, then within 12 months of the last one held (SSA §475(5)(C)); in New Mexico within six
 * months of the initial judicial review when that is earlier (§32A-4-25.1(A)); and within 30 days of a
 * finding that reasonable efforts are not required (§471(a)(15)(E)(i)) when that is earlier still.
 * @param episode - the episode the child is in
 * @param hearings - the hearings of the episode's case (those before the removal are ignored)
 * @param pack - the jurisdiction's rule pack
 * @param noEffortsFindingDate - the date reasonable efforts were found not required, if they were
 */
export function permanencyHearingDue(
  episode: { removalDate: IsoDate; adjudicationDate: IsoDate | null },
  hearings: readonly PacedHearing[],
  pack: RulePack,
  noEffortsFindingDate: IsoDate | null = null,
): Deadline {
  const inEpisode = hearings.filter((h) => h.date >= episode.removalDate);
  const lastPermanency = heldDates(inEpisode, ['permanency']).at(-1);
  const months = pack.permanencyHearingMonths;
  const since = lastPermanency ?? dateEnteredFosterCare(episode, pack);
  let deadline: Deadline = { dueDate: addMonths(since, months.value), rule: months, since };
  const afterReview = pack.permanencyHearingAfterInitialReviewMonths;
  const initialReview = heldDates(inEpisode, ['initial_judicial_review'])[0];
  if (!lastPermanency && afterReview && initialReview) {
    const byReview = addMonths(initialReview, afterReview.value);
    if (byReview < deadline.dueDate) deadline = { dueDate: byReview, rule: afterReview, since };
  }
  const noEfforts = pack.pacing.permanencyHearingAfterNoEffortsDays;
  if (noEffortsFindingDate && (!lastPermanency || noEffortsFindingDate > lastPermanency)) {
    const byFinding = addDays(noEffortsFindingDate, noEfforts.value);
    if (byFinding < deadline.dueDate)
      deadline = { dueDate: byFinding, rule: noEfforts, since: noEffortsFindingDate };
  }
  return deadline;
}

/** Hearings at which the court reviews the case: any of them meets the six-month review (§475(5)(B)). */
export const REVIEW_HEARING_TYPES = [
  'initial_judicial_review',
  'periodic_review',
  'permanency',
  'permanency_review',
] as const;

/**
 * The next periodic review's deadline: at least every six months from the date entered foster care, and
 * from the last review held (SSA §475(5)(B); in New Mexico §32A-4-25(B),(C) after the permanency hearing).
 */
export function periodicReviewDue(
  episode: { removalDate: IsoDate; adjudicationDate: IsoDate | null },
  hearings: readonly PacedHearing[],
  pack: RulePack,
): Deadline {
  const inEpisode = hearings.filter((h) => h.date >= episode.removalDate);
  const since = heldDates(inEpisode, REVIEW_HEARING_TYPES).at(-1) ?? dateEnteredFosterCare(episode, pack);
  const rule = pack.pacing.periodicReviewMonths;
  return { dueDate: addMonths(since, rule.value), rule, since };
}

/** The next hearing of these types set on or after `today`, in the episode. */
export function nextScheduled(
  hearings: readonly PacedHearing[],
  types: readonly string[],
  today: IsoDate,
): PacedHearing | null {
  return (
    hearings
      .filter((h) => types.includes(h.type) && h.status === 'scheduled' && h.date >= today)
      .sort((a, b) => a.date.localeCompare(b.date))[0] ?? null
  );
}
