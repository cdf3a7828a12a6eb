import { addDays, addMonths, earlierOf, type IsoDate } from '../time/dates.ts';
import type { RulePack } from '../rules/rule-pack.ts';

export type EpisodeDates = {
  id?: string;
  removalDate: IsoDate;
  dischargeDate: IsoDate | null;
  adjudicationDate: IsoDate | null;
};

export type PlacementDates = { startDate: IsoDate; endDate: IsoDate | null };

/** A problem with the dates of a record, naming the field so the API can say which one. */
export type DateProblem = { field: string; message: string };

/**
 * The date the child is considered to have entered foster care: the earlier of the first judicial finding
 * of abuse or neglect and the date N days after removal (SSA §475(5)(F); N from the rule pack).
 * @param episode - the removal episode
 * @param pack - the jurisdiction's rule pack
 */
export function dateEnteredFosterCare(
  episode: Pick<EpisodeDates, 'removalDate' | 'adjudicationDate'>,
  pack: RulePack,
): IsoDate {
  const sixtyDays = addDays(episode.removalDate, pack.enteredCareDaysAfterRemoval.value);
  return earlierOf(episode.adjudicationDate, sixtyDays) ?? sixtyDays;
}

/**
 * Problems with one episode's own dates: a discharge before its removal, a date after today.
 * An episode discharged on its removal date is valid (CQI interchange, "Episodes and placements").
 */
export function checkEpisodeDates(episode: EpisodeDates, today: IsoDate): DateProblem[] {
  const problems: DateProblem[] = [];
  if (episode.removalDate > today) problems.push({ field: 'removalDate', message: 'is in the future' });
  if (episode.dischargeDate !== null) {
    if (episode.dischargeDate < episode.removalDate)
      problems.push({ field: 'dischargeDate', message: 'is before the removal date' });
    if (episode.dischargeDate > today) problems.push({ field: 'dischargeDate', message: 'is in the future' });
  }
  if (episode.adjudicationDate !== null && episode.adjudicationDate > today)
    problems.push({ field: 'adjudicationDate', message: 'is in the future' });
  return problems;
}

/**
 * True when two episodes of one child share a day in care. A removal on the day of the previous discharge
 * does not overlap (CQI interchange: "a removal dated on the day of the child's previous discharge is valid").
 */
export function episodesOverlap(a: EpisodeDates, b: EpisodeDates): boolean {
  const aEnd = a.dischargeDate ?? '9999-12-31';
  const bEnd = b.dischargeDate ?? '9999-12-31';
  // An episode discharged on its removal date has no day in care but still may not sit inside another.
  if (a.removalDate === aEnd) return b.removalDate <= a.removalDate && a.removalDate < bEnd;
  if (b.removalDate === bEnd) return a.removalDate <= b.removalDate && b.removalDate < aEnd;
  return a.removalDate < bEnd && b.removalDate < aEnd;
}

/** Problems with a placement against its episode: inside means removal ≤ start < discharge and end ≤ discharge. */
export function checkPlacementInEpisode(placement: PlacementDates, episode: EpisodeDates): DateProblem[] {
  const problems: DateProblem[] = [];
  if (placement.startDate < episode.removalDate)
    problems.push({ field: 'startDate', message: 'is before the removal date of its episode' });
  if (episode.dischargeDate !== null && placement.startDate >= episode.dischargeDate)
    problems.push({ field: 'startDate', message: 'is on or after the discharge date of its episode' });
  if (placement.endDate !== null) {
    if (placement.endDate < placement.startDate)
      problems.push({ field: 'endDate', message: 'is before the start date' });
    if (episode.dischargeDate !== null && placement.endDate > episode.dischargeDate)
      problems.push({ field: 'endDate', message: 'is after the discharge date of its episode' });
  }
  return problems;
}

/** The last day a trial home visit may run without a court order extending it (45 CFR 1356.21(e)). */
export function trialHomeVisitLimit(startDate: IsoDate, pack: RulePack): IsoDate {
  return addMonths(startDate, pack.trialHomeVisitMonths.value);
}
