import type { EducationFlag, SchoolEnrollment } from '../../api/types.ts';
import type { educationEn } from '../../i18n/education.en.ts';

type Words = typeof educationEn;
type DateFormat = (iso: string) => string;

/**
 * A flag in words: what it is about (the placement change's date for a determination, the day a gap
 * started, the term's first day), how much (out of how many, for chronic absence), and the rule it comes from, saying when the number is not confirmed in law.
 */
export function flagText(flag: EducationFlag, w: Words, date: DateFormat): { text: string; rule: string } {
  const about = date(flag.on);
  const rule = w.rule(flag.citation) + (flag.unconfirmed ? ` (${w.unconfirmed})` : '');
  return { text: w.flag[flag.kind](about, flag.amount, flag.outOf), rule };
}

/** Schools oldest first, each marked a move when it is a change of school other than a promotion. */
export function schoolTimeline(enrollments: SchoolEnrollment[]): (SchoolEnrollment & { isMove: boolean })[] {
  const sorted = [...enrollments].sort(
    (a, b) => a.enrolledOn.localeCompare(b.enrolledOn) || a.id.localeCompare(b.id),
  );
  return sorted.map((e, i) => ({ ...e, isMove: i > 0 && e.reason !== 'promotion' }));
}

/** The holder now (decision-maker, advocate): started by today and not ended before it. */
export function holderOn<T extends { since: string; until: string | null }>(
  rows: T[],
  today: string,
): T | null {
  return rows.filter((r) => r.since <= today && (r.until === null || r.until >= today)).at(-1) ?? null;
}

/** Participants of a determination as "Role: name" in the reader's words. */
export function participantsText(
  participants: { role: string; name: string }[],
  w: Words,
  list: (items: string[]) => string,
): string {
  return list(participants.map((p) => `${w.participant[p.role] ?? p.role}: ${p.name}`));
}

/** A transport plan in one sentence. */
export function transportText(
  t: { provider: string; payer: string; startsOn: string },
  w: Words,
  date: DateFormat,
): string {
  return w.transport(w.provider[t.provider] ?? t.provider, w.payer[t.payer] ?? t.payer, date(t.startsOn));
}
