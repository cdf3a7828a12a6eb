/**
 * `maltreatment_in_care`: substantiated or indicated reports per 100,000 days in care (cqi-interchange.md,
 * Indicators and Clarifications "Populations"; domain-rules.md §1.3 (f); 79 FR 22604 Att. A fn a, b).
 */
import { REPORT_GRACE_DAYS, SHORT_STAY_DAYS, SUBSTANTIATED } from './constants.ts';
import type { CqiPeriod } from './indicators.ts';
import type { ChildContribution, CqiEpisode, CqiReport, DayNumber } from './model.ts';

/** "In care less than 8 days"; an open episode never is (Clarifications, "Episodes and placements"). */
function isShort(episode: CqiEpisode): boolean {
  return episode.discharge !== null && episode.discharge - episode.removal < SHORT_STAY_DAYS;
}

/**
 * Whether one report row counts: substantiated or indicated, dated in [P, E] and before the 18th birthday,
 * inside an episode that is not short (removal_date <= report_date < discharge_date), more than 7 days
 * after that removal, and with no incident_date before the removal (Clarifications, "Populations").
 */
function rowCounts(
  report: CqiReport,
  episodes: readonly CqiEpisode[],
  adulthood: DayNumber,
  period: CqiPeriod,
): boolean {
  const date = report.date;
  if (date < period.start || date > period.end || date >= adulthood) return false;
  if (!SUBSTANTIATED.includes(report.disposition)) return false;
  for (const episode of episodes) {
    if (episode.removal > date) return false;
    if (episode.discharge !== null && episode.discharge <= date) continue;
    // The episode holding the date (episodes do not overlap).
    return (
      !isShort(episode) &&
      date - episode.removal > REPORT_GRACE_DAYS &&
      (report.incident === null || report.incident >= episode.removal)
    );
  }
  return false;
}

/**
 * Reports counted: rows with the same report_id are one report, which counts if any of its rows qualifies
 * (Clarifications, "Populations"). A row counts unless an earlier qualifying row has the same id, so the
 * total does not depend on the row order; no Set is built for the few rows a child has.
 */
function countReports(
  reports: readonly CqiReport[],
  episodes: readonly CqiEpisode[],
  adulthood: DayNumber,
  period: CqiPeriod,
): number {
  let count = 0;
  for (let i = 0; i < reports.length; i++) {
    const report = reports[i]!;
    if (!rowCounts(report, episodes, adulthood, period)) continue;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) {
      const other = reports[j]!;
      seen = other.reportId === report.reportId && rowCounts(other, episodes, adulthood, period);
    }
    if (!seen) count++;
  }
  return count;
}

/**
 * Pushes the child's entries. The population is every child in care at some date in [P, E]; its days are the
 * dates in [P, E] of episodes that are not short, before the 18th birthday, open episodes counting through
 * E (Clarifications, "Extent of the data"). Fn a: one child 10 + 40 days in two episodes, another 100.
 *
 * A child gets a counted entry when an episode that is not short is in care at some date in [P, E] (its days
 * may be 0 when all of them are on or after the 18th birthday). It gets the exclusion "in care less than 8
 * days", once, when any short episode of the child was in care on some date in [P, E], even when other
 * episodes of the child count: the line says that some of the child's care in the period was left out. An
 * exclusion entry always adds 0 to the totals, so a child may have both.
 */
export function maltreatmentContributions(
  episodes: readonly CqiEpisode[],
  reports: readonly CqiReport[],
  adulthood: DayNumber,
  period: CqiPeriod,
  out: ChildContribution[],
): void {
  const stop = Math.min(period.end + 1, adulthood);
  let counted = false;
  let shortInPeriod = false;
  let days = 0;
  for (const episode of episodes) {
    if (episode.removal > period.end) break;
    const discharge = episode.discharge;
    // In care on no date of [P, E]: ended by P, or discharged on its removal date (a length-0 episode covers
    // no date: removal_date <= d < discharge_date, Conventions "Days"), so not in the population at all.
    if (discharge !== null && (discharge <= period.start || discharge === episode.removal)) continue;
    if (isShort(episode)) {
      shortInPeriod = true;
      continue;
    }
    // Not short and removal <= E < discharge or P < discharge: in care on the dates [max(removal, P),
    // min(discharge, E + 1)), never empty (Conventions, "Days").
    counted = true;
    const from = Math.max(episode.removal, period.start);
    const to = discharge === null ? stop : Math.min(discharge, stop);
    if (to > from) days += to - from;
  }
  if (counted) {
    const numerator = days > 0 && reports.length > 0 ? countReports(reports, episodes, adulthood, period) : 0;
    out.push({ indicator: 'maltreatment_in_care', numerator, denominator: days });
  }
  if (shortInPeriod) {
    out.push({
      indicator: 'maltreatment_in_care',
      numerator: 0,
      denominator: 0,
      excluded: 'in care less than 8 days',
    });
  }
}
