/**
 * The entry cohort and the three indicators built on it: `permanency_12m_entries`, `reentry_12m` and
 * `placement_stability` (cqi-interchange.md, Indicators and Clarifications "Populations"; domain-rules.md
 * §1.3 (a), (d), (e)).
 */
import {
  PERMANENCY_REASONS,
  REENTRY_REASONS,
  SHORT_STAY_DAYS,
  THV_GRACE_DAYS,
  TWELVE_MONTHS_DAYS,
} from './constants.ts';
import type { CqiPeriod } from './indicators.ts';
import type { ChildContribution, CqiEpisode, DayNumber } from './model.ts';
import { countMoves, lastPlacement } from './moves.ts';

/**
 * Length of stay less the trial home visit beyond 30 days, when the episode's last placement is a trial home
 * visit and the exit is reunification (Indicators, "Adjusted length of stay"; Capacity FAQ: "the number of
 * days in the THV beyond 30 days is subtracted from the length of stay"). `discharge` is the episode's.
 */
export function adjustedLengthOfStay(episode: CqiEpisode, discharge: DayNumber): number {
  const stay = discharge - episode.removal;
  if (episode.reason !== 'reunification') return stay;
  const last = lastPlacement(episode.placements);
  if (last === null || last.setting !== 'trial_home_visit') return stay;
  return stay - Math.max(0, discharge - last.start - THV_GRACE_DAYS);
}

/**
 * Index of the cohort episode: the child's first removal in [P, E] (Clarifications, "Populations"; 79 FR
 * 22604 fn c: "only his or her first entry is selected"), or -1.
 */
function cohortIndex(episodes: readonly CqiEpisode[], period: CqiPeriod): number {
  for (let i = 0; i < episodes.length; i++) {
    const removal = episodes[i]!.removal;
    if (removal > period.end) return -1;
    if (removal >= period.start) return i;
  }
  return -1;
}

/**
 * Pushes the child's entries for the entry-cohort indicators. `adulthood` is the 18th birthday.
 * An excluded cohort removal excludes the child from all three, even when a later removal in the period
 * would qualify (Clarifications, "Populations"); the exclusion line belongs to permanency_12m_entries only
 * (Clarifications, "Output"), with age first, then the short stay.
 */
export function entryCohortContributions(
  episodes: readonly CqiEpisode[],
  adulthood: DayNumber,
  period: CqiPeriod,
  out: ChildContribution[],
): void {
  const k = cohortIndex(episodes, period);
  if (k < 0) return;
  const cohort = episodes[k]!;
  const discharge = cohort.discharge;
  if (adulthood <= cohort.removal) {
    out.push({
      indicator: 'permanency_12m_entries',
      numerator: 0,
      denominator: 0,
      excluded: 'age 18 or more at removal',
    });
    return;
  }
  // An open episode is never "in care less than 8 days" (Clarifications, "Episodes and placements").
  if (discharge !== null && discharge - cohort.removal < SHORT_STAY_DAYS) {
    out.push({
      indicator: 'permanency_12m_entries',
      numerator: 0,
      denominator: 0,
      excluded: 'in care less than 8 days',
    });
    return;
  }

  // Numerator: permanency "but before their 18th birthday" (79 FR 22604; §1.3 (a)); a discharge on the
  // birthday is not permanency. The reason of an open episode is ignored: discharge is null then.
  const permanent =
    discharge !== null &&
    discharge < adulthood &&
    cohort.reason !== null &&
    PERMANENCY_REASONS.includes(cohort.reason) &&
    adjustedLengthOfStay(cohort, discharge) <= TWELVE_MONTHS_DAYS;
  out.push({ indicator: 'permanency_12m_entries', numerator: permanent ? 1 : 0, denominator: 1 });

  // Re-entry population: discharged within 12 months of removal (unadjusted: the THV adjustment is for
  // permanency_12m_entries only) to reunification, relative or guardianship, under 18 at discharge.
  if (
    discharge !== null &&
    discharge - cohort.removal <= TWELVE_MONTHS_DAYS &&
    discharge < adulthood &&
    cohort.reason !== null &&
    REENTRY_REASONS.includes(cohort.reason)
  ) {
    // The next removal is the first re-entry; one on the day of discharge is a re-entry on day 0, and any
    // later removal counts whatever its length or the child's age (Clarifications, "Episodes").
    const next = episodes[k + 1];
    const gap = next === undefined ? -1 : next.removal - discharge;
    const reentered = gap >= 0 && gap <= TWELVE_MONTHS_DAYS;
    out.push({ indicator: 'reentry_12m', numerator: reentered ? 1 : 0, denominator: 1 });
  }

  // Placement stability: every episode from the cohort removal on, short ones included; days and moves stop
  // at E and at the day before the 18th birthday (Clarifications, "Populations"). `stop` is exclusive.
  const stop = Math.min(period.end + 1, adulthood);
  let days = 0;
  let moves = 0;
  for (let i = k; i < episodes.length; i++) {
    const episode = episodes[i]!;
    if (episode.removal >= stop) break;
    const end = episode.discharge === null ? stop : Math.min(episode.discharge, stop);
    if (end > episode.removal) days += end - episode.removal;
    if (episode.placements.length > 1) moves += countMoves(episode.placements, episode.removal, stop - 1);
  }
  out.push({ indicator: 'placement_stability', numerator: moves, denominator: days });
}
