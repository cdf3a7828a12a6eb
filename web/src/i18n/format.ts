import type { Locale } from './locale.ts';

/** Hearings are set in the court's local time; New Mexico's courts are on Mountain Time. */
export const COURT_TIME_ZONE = 'America/Denver';

const TAGS: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

/** The court-local calendar date (YYYY-MM-DD) of an instant. */
export function courtDay(instant: Date | string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: COURT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(typeof instant === 'string' ? new Date(instant) : instant);
}

export type Formatters = ReturnType<typeof formattersFor>;

/** Dates, times, lists and names for one locale. Calendar dates (`YYYY-MM-DD`) never shift by time zone. */
export function formattersFor(locale: Locale) {
  const tag = TAGS[locale];
  const hearing = new Intl.DateTimeFormat(tag, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: COURT_TIME_ZONE,
  });
  const time = new Intl.DateTimeFormat(tag, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: COURT_TIME_ZONE,
  });
  const longHearing = new Intl.DateTimeFormat(tag, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: COURT_TIME_ZONE,
  });
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  const longDate = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const instantDate = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: COURT_TIME_ZONE });
  const list = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  const asUtc = (d: string) => new Date(`${d.slice(0, 10)}T00:00:00Z`);
  return {
    locale: tag,
    /** A hearing's start, e.g. "Mon, Nov 23, 2026, 9:30 AM" / "lun, 23 nov 2026, 9:30 a.m.". */
    hearingTime: (iso: string) => hearing.format(new Date(iso)),
    longHearingTime: (iso: string) => longHearing.format(new Date(iso)),
    time: (iso: string) => time.format(new Date(iso)),
    /** A calendar date such as a birth date or a filing date. */
    date: (d: string) => date.format(asUtc(d)),
    longDate: (d: string) => longDate.format(asUtc(d)),
    /** The court-local date of a timestamp (e.g. when an account was created). */
    instantDate: (iso: string) => instantDate.format(new Date(iso)),
    list: (items: string[]) => list.format(items),
    /** Given name then family name, as both English and Spanish write them. */
    name: (given: string, family: string) => `${given} ${family}`,
  };
}
