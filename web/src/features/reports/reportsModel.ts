import { REPORT_RECIPIENTS, type ReportRecipient } from '@hearth/core';
import type { Hearing } from '../../api/types.ts';

/** The hearings a report can be made for: not called off; the coming ones first (soonest first), then past ones (latest first). */
export function reportableHearings(hearings: readonly Hearing[], now: number): Hearing[] {
  const live = hearings.filter((h) => h.status !== 'vacated' && h.status !== 'cancelled');
  // A hearing of today still counts as coming until the day is over.
  const cutoff = now - 24 * 3600 * 1000;
  const coming = live
    .filter((h) => h.status === 'scheduled' && Date.parse(h.start) >= cutoff)
    .sort((a, b) => a.start.localeCompare(b.start));
  const past = live.filter((h) => !coming.includes(h)).sort((a, b) => b.start.localeCompare(a.start));
  return [...coming, ...past];
}

/** The recipients, in the order the court reads them out. */
export const RECIPIENT_ORDER: readonly ReportRecipient[] = REPORT_RECIPIENTS;

export function isRecipient(value: string): value is ReportRecipient {
  return (REPORT_RECIPIENTS as readonly string[]).includes(value);
}
