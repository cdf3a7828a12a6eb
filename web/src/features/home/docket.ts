import { addDays } from '@hearth/core';
import type { CaseSummary } from '../../api/types.ts';
import { courtDay } from '../../i18n/format.ts';

export type DocketGroups = { today: CaseSummary[]; thisWeek: CaseSummary[]; later: CaseSummary[] };

/** Splits cases by the court-local day of their next hearing: today, the next six days, and the rest. */
export function groupByDay(cases: CaseSummary[], now: Date): DocketGroups {
  const today = courtDay(now);
  const weekEnd = addDays(today, 6);
  const groups: DocketGroups = { today: [], thisWeek: [], later: [] };
  for (const c of cases) {
    const day = c.nextHearing ? courtDay(c.nextHearing.start) : null;
    if (day === today) groups.today.push(c);
    else if (day !== null && day > today && day <= weekEnd) groups.thisWeek.push(c);
    else groups.later.push(c);
  }
  return groups;
}
