import { ApiError } from '../../api/client.ts';
import type { CalendarConflict, ConflictAnswer, TimeSlot } from '../../api/types.ts';
import type { conflictsEn } from '../../i18n/conflicts.en.ts';
import { COURT_TIME_ZONE } from '../../i18n/format.ts';

/**
 * Reading a 409 calendar-conflict answer, and saying each conflict in plain words. Pure, so the words
 * can be tested in both languages without a browser.
 */

const isSlot = (v: unknown): v is TimeSlot =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as TimeSlot).start === 'string' &&
  typeof (v as TimeSlot).end === 'string';

/** The conflicts and offers of a 409 answer, or null when the error is anything else. */
export function conflictAnswerOf(err: unknown): ConflictAnswer | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const { conflicts, offers, deadline } = err.body as Partial<Record<keyof ConflictAnswer, unknown>>;
  if (!Array.isArray(conflicts) || !Array.isArray(offers)) return null;
  const d = (deadline ?? {}) as { date?: unknown; offersMeetIt?: unknown };
  return {
    conflicts: conflicts as CalendarConflict[],
    offers: offers.filter(isSlot),
    deadline: {
      date: typeof d.date === 'string' ? d.date : null,
      offersMeetIt: d.offersMeetIt !== false,
    },
  };
}

/** A language's name in the reader's language ('es' → "Spanish" / "español"); the code if unknown. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase() + s.slice(1);

/** A hearing type inside a sentence: "Move the custody hearing …", lower-case as running text writes it. */
export const inSentence = lowerFirst;

type Words = typeof conflictsEn;
type Say = {
  words: Words;
  locale: string;
  /** The label of a code (a case role, a hearing type). */
  label: (kind: 'caseRole' | 'hearingType', code: string) => string;
  when: (iso: string) => string;
};

/** What is taken, in words: "Judge Ada Bench has another hearing", "The Spanish interpreter is …". */
export function sayResource(c: CalendarConflict, s: Say): string {
  const r = c.resource;
  switch (r.kind) {
    case 'judge':
      return s.words.judgeBusy(r.name);
    case 'courtroom':
      return s.words.courtroomBusy(r.name);
    case 'professional':
      return s.words.professionalBusy(s.label('caseRole', r.role ?? ''), r.name);
    case 'interpreter':
      return s.words.interpreterBusy(languageName(r.language ?? r.name, s.locale), r.interpreters ?? 1);
  }
}

/** The other hearing, by its type, time and petition number: never a child's name. */
export function sayOtherHearing(c: CalendarConflict, s: Say): string {
  return s.words.otherHearing(
    s.label('hearingType', c.hearing.hearingType),
    s.when(c.hearing.start),
    c.hearing.petitionNumber,
  );
}

const courtParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: COURT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as the court's calendar reads it: its local date and start time, for a form's fields. */
export function courtDateTimeOf(iso: string): { date: string; time: string } {
  const p = Object.fromEntries(courtParts.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Minutes between two instants. */
export const minutesBetween = (start: string, end: string): number =>
  Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
