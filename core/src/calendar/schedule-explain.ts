import { HEARING_TYPES } from '../cases/codes.ts';
import { daysBetween, type IsoDate } from '../time/dates.ts';
import type { DeadlineRule, StepTemplate } from './calendar-rules.ts';
import type { AnchorRef } from './schedule.ts';
import type { Interval } from './slots.ts';

// The explanation kept with each hearing of a schedule, in English: which rule set the date, from what,
// and how the time was found. The web page says the same in the reader's language from the parts.

const LABEL: Record<string, string> = {
  custody: 'custody hearing',
  adjudication: 'adjudication',
  disposition: 'disposition',
  initial_judicial_review: 'initial judicial review',
  permanency: 'permanency hearing',
  permanency_review: 'permanency review',
  periodic_review: 'periodic review',
  tpr: 'TPR hearing',
  discharge: 'discharge hearing',
  other: 'hearing',
  petition_filed: 'the petition was filed',
  service: 'service on the respondent',
  removal: 'the removal',
  entered_care: 'the child entered foster care (SSA §475(5)(F))',
  no_reasonable_efforts_finding: 'the finding that reasonable efforts are not required',
};
export const label = (k: string): string => LABEL[k] ?? k;
export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export type Resolved = { rule: DeadlineRule; deadline: IsoDate; earliest: IsoDate | null; anchor: AnchorRef };

export function ruleSentence(r: Resolved): string {
  const est =
    r.anchor.kind === 'service' && r.anchor.estimated
      ? ' (service not yet recorded: counted from the filing date, the earliest it can be)'
      : '';
  const from = (HEARING_TYPES as readonly string[]).includes(r.anchor.kind)
    ? `the ${label(r.anchor.kind)} ${r.anchor.estimated ? 'proposed for' : 'held on'} ${r.anchor.date}`
    : `${label(r.anchor.kind)} on ${r.anchor.date}${est}`;
  return `${capital(r.rule.says)} (${r.rule.citation}${r.rule.unconfirmed ? '; unconfirmed, configurable' : ''}), counted from ${from}.`;
}

export function placementSentence(
  placed: { slot: Interval; how: 'aimed' | 'earliest' | 'late' } | null,
  day: IsoDate | null,
  deadline: IsoDate,
  lo: IsoDate,
  hi: IsoDate,
  t: StepTemplate,
): string {
  if (!placed || !day) return 'No free time on the judge’s calendar was found within a year: set it by hand.';
  if (placed.how === 'aimed' && 'daysBeforeDeadline' in t.aim)
    return `Proposed for ${day}: the first free time-certain slot from ${t.aim.daysBeforeDeadline} days before the deadline, leaving room for a continuance.`;
  if (placed.how === 'earliest') return `Proposed for ${day}: the first free time-certain slot from ${lo}.`;
  if (lo > hi)
    return `The deadline could not be met: the earliest lawful day was ${lo}, after it. Proposed for ${day}, ${daysBetween(deadline, day)} days late.`;
  return `No free time-certain slot on the judge’s calendar on or before the deadline: proposed for ${day}, ${daysBetween(deadline, day)} days late.`;
}
