import type { ScheduledHearing } from '../../api/types.ts';
import type { Messages } from '../../i18n/en.ts';
import type { Formatters } from '../../i18n/format.ts';

type Label = (kind: 'hearingType', code: string) => string;

/** The state a chip shows: on time, late, held, or no longer on the calendar. */
export type ChipState = 'proposed' | 'set' | 'held' | 'late' | 'vacated' | 'continued' | 'cancelled';

export function chipState(h: ScheduledHearing): ChipState {
  if (h.status === 'held') return 'held';
  if (h.status === 'vacated' || h.status === 'continued' || h.status === 'cancelled') return h.status;
  if (h.late) return 'late';
  return h.proposed ? 'proposed' : 'set';
}

/**
 * "Why this date" in the reader's language, from the rule's parts the API keeps with the hearing: the
 * period, what it runs from and when, and the law. Null when no rule set the hearing's deadline.
 */
export function whyThisDate(h: ScheduledHearing, m: Messages, fmt: Formatters, label: Label): string | null {
  if (!h.deadline || !h.within || !h.anchor) return null;
  const w = m.calendar;
  const period = w.within(h.within.amount, w.unit[h.within.unit] ?? h.within.unit);
  const a = h.anchor;
  const eventWords = w.anchor[a.kind];
  const from = eventWords
    ? w.from(eventWords, fmt.date(a.date))
    : w.fromHearing(label('hearingType', a.kind), fmt.date(a.date), !a.estimated);
  const parts = [`${w.dueBy(fmt.date(h.deadline))}: ${period} ${from}.`];
  if (h.citation) parts.push(w.law(h.citation));
  if (h.unconfirmed) parts.push(w.unconfirmed);
  if (h.late) parts.push(w.lateNote);
  return parts.join(' ');
}
