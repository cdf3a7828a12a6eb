import { AFCARS_2020, afcarsReportPeriod, afcarsReportPeriodOf } from '@hearth/core';

export type AfcarsPeriodOption = { code: string; start: string; end: string };

/**
 * The reporting periods offered for the AFCARS download: the one that holds `today` (`YYYY-MM-DD`), then
 * the `count - 1` before it, none that ends before the 2020 rule took effect (the format cannot carry it).
 */
export function afcarsPeriodOptions(today: string, count = 4): AfcarsPeriodOption[] {
  const out: AfcarsPeriodOption[] = [];
  let code = afcarsReportPeriodOf(today);
  while (out.length < count) {
    const period = afcarsReportPeriod(code);
    if (!period || period.end < AFCARS_2020.effectiveFrom.value) break;
    out.push(period);
    // The period before starts six months earlier: the day before this one's start lies in it.
    const dayBefore = new Date(`${period.start}T00:00:00Z`);
    dayBefore.setUTCDate(0);
    code = afcarsReportPeriodOf(dayBefore.toISOString().slice(0, 10));
  }
  return out;
}
