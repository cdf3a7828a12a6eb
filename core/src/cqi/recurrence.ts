/**
 * `recurrence_12m` (cqi-interchange.md, Indicators and Clarifications "Populations"; domain-rules.md §1.3 (g);
 * CCWIP S2: "If there is a subsequent report of maltreatment within 14 days of the earlier report, it is
 * not counted as recurrent maltreatment").
 */
import { RECURRENCE_MIN_GAP_DAYS, SUBSTANTIATED, TWELVE_MONTHS_DAYS } from './constants.ts';
import type { CqiPeriod } from './indicators.ts';
import type { ChildContribution, CqiReport, DayNumber } from './model.ts';

/**
 * The initial report is the child's first substantiated or indicated report dated in [P, E] while under
 * 18; equal dates are settled by the smaller report_id so the choice does not depend on row order. The
 * child recurs when another such report (another report_id: rows of one report are one report) is dated
 * more than 14 and at most 365 days after it, at any age ("only the initial report must be dated before
 * the 18th birthday"). Children need not have been in care.
 */
export function recurrenceContributions(
  reports: readonly CqiReport[],
  adulthood: DayNumber,
  period: CqiPeriod,
  out: ChildContribution[],
): void {
  let initial: CqiReport | null = null;
  for (const report of reports) {
    const date = report.date;
    if (date < period.start || date > period.end || date >= adulthood) continue;
    if (!SUBSTANTIATED.includes(report.disposition)) continue;
    if (
      initial === null ||
      date < initial.date ||
      (date === initial.date && report.reportId < initial.reportId)
    ) {
      initial = report;
    }
  }
  if (initial === null) return;
  const from = initial.date + RECURRENCE_MIN_GAP_DAYS;
  const to = initial.date + TWELVE_MONTHS_DAYS;
  let recurred = false;
  for (const report of reports) {
    if (
      report.date > from &&
      report.date <= to &&
      report.reportId !== initial.reportId &&
      SUBSTANTIATED.includes(report.disposition)
    ) {
      recurred = true;
      break;
    }
  }
  out.push({ indicator: 'recurrence_12m', numerator: recurred ? 1 : 0, denominator: 1 });
}
