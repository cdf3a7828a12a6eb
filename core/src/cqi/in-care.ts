/**
 * `permanency_12m_12_23` and `permanency_12m_24_plus`: children in care on the first day of the period, by
 * completed months in their current episode (cqi-interchange.md, Indicators; domain-rules.md §1.3 (b), (c)).
 */
import { completedMonths } from './age.ts';
import { PERMANENCY_REASONS } from './constants.ts';
import type { CqiPeriod } from './indicators.ts';
import type { ChildContribution, CqiEpisode, DayNumber } from './model.ts';

export function inCareOnFirstDayContributions(
  episodes: readonly CqiEpisode[],
  adulthood: DayNumber,
  period: CqiPeriod,
  out: ChildContribution[],
): void {
  const first = period.start;
  // In care on P: removal_date <= P < discharge_date, or open (Conventions, "Days"). Episodes do not
  // overlap, so at most one is current.
  let current: CqiEpisode | null = null;
  for (const episode of episodes) {
    if (episode.removal > first) break;
    if (episode.discharge === null || episode.discharge > first) current = episode;
  }
  if (current === null) return;
  // "12 to 23 completed months before P", counted like completed years (Clarifications, "Dates").
  const months = completedMonths(current.removal, first);
  if (months < 12) return;
  const indicator = months >= 24 ? 'permanency_12m_24_plus' : 'permanency_12m_12_23';
  if (adulthood <= first) {
    out.push({
      indicator,
      numerator: 0,
      denominator: 0,
      excluded: 'age 18 or more on the first day of the period',
    });
    return;
  }
  // Discharged to permanency on or before E and before the 18th birthday: "youth who exited care within
  // the 12-month period, but on or after their 18th birthday, are counted as being in care" (CCWIP P3).
  // No trial home visit adjustment (Capacity FAQ; the contract's adjustment is for entries only).
  const discharge = current.discharge;
  const permanent =
    discharge !== null &&
    discharge <= period.end &&
    discharge < adulthood &&
    current.reason !== null &&
    PERMANENCY_REASONS.includes(current.reason);
  out.push({ indicator, numerator: permanent ? 1 : 0, denominator: 1 });
}
