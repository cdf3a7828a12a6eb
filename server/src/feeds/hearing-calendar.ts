import { HEARING_STATUSES, HEARING_TYPES, type HearingStatus, type HearingType } from '@hearth/core';
import type { FeedWords } from './feed-words.ts';
import { calendar, component, escapeText, utcDateTime, type IcalProperty } from './ical.ts';

/** One hearing as a feed shows it: no person's name is part of it. */
export type FeedHearing = {
  id: string;
  caseId: string;
  petitionNumber: string | null;
  hearingType: string;
  status: string;
  start: Date;
  end: Date;
  sequence: number;
  lastModified: Date;
  courtroom: string | null;
  courtroomLocation: string | null;
  courtName: string;
};

/**
 * A continued, vacated or cancelled hearing will not be held at this time: clients drop or strike it
 * through (RFC 5545 §3.8.1.11). A held one happened as scheduled.
 */
export function eventStatus(status: string): 'CONFIRMED' | 'CANCELLED' {
  return status === 'scheduled' || status === 'held' ? 'CONFIRMED' : 'CANCELLED';
}

const isType = (t: string): t is HearingType => (HEARING_TYPES as readonly string[]).includes(t);
const isStatus = (s: string): s is HearingStatus => (HEARING_STATUSES as readonly string[]).includes(s);

function summaryOf(h: FeedHearing, words: FeedWords): string {
  const type = isType(h.hearingType) ? words.hearingType[h.hearingType] : words.hearingType.other;
  const summary = words.summary(type, h.petitionNumber);
  const status = isStatus(h.status) ? words.status[h.status] : h.status;
  return eventStatus(h.status) === 'CANCELLED' ? words.offCalendar(status, summary) : summary;
}

function locationOf(h: FeedHearing): string {
  return [h.courtroom, h.courtName, h.courtroomLocation].filter((x): x is string => !!x).join(', ');
}

function event(h: FeedHearing, words: FeedWords, stamp: string, origin: string): string {
  const status = isStatus(h.status) ? words.status[h.status] : h.status;
  const caseUrl = h.petitionNumber ? `${origin}/cases/${h.caseId}` : null;
  const props: IcalProperty[] = [
    // Stable per hearing, so a moved hearing replaces its old copy instead of appearing twice.
    ['UID', `${h.id}@hearth`],
    ['DTSTAMP', stamp],
    ['DTSTART', utcDateTime(h.start)],
    ['DTEND', utcDateTime(h.end)],
    ['SEQUENCE', String(h.sequence)],
    ['STATUS', eventStatus(h.status)],
    ['SUMMARY', escapeText(summaryOf(h, words))],
    ['LOCATION', escapeText(locationOf(h))],
    ['DESCRIPTION', escapeText(words.description(status, caseUrl))],
    ['LAST-MODIFIED', utcDateTime(h.lastModified)],
    ['CLASS', 'PRIVATE'],
    ['TRANSP', 'OPAQUE'],
  ];
  if (caseUrl) props.push(['URL', caseUrl]);
  return component('VEVENT', props);
}

/**
 * The iCalendar object of one account's hearings. DTSTAMP is the time the object was made, as a
 * published calendar's is (RFC 5545 §3.8.7.2); the refresh hints (RFC 7986 §5.7) ask clients that
 * honour them to look again every hour.
 */
export function hearingCalendar(
  hearings: FeedHearing[],
  opts: { words: FeedWords; now: Date; origin: string; timeZone: string; truncated: boolean },
): string {
  const stamp = utcDateTime(opts.now);
  const sorted = [...hearings].sort(
    (a, b) => a.start.getTime() - b.start.getTime() || (a.id < b.id ? -1 : 1),
  );
  const description = opts.words.calendarDescription(hearings.length, opts.truncated);
  return calendar(
    [
      ['VERSION', '2.0'],
      ['PRODID', '-//Hearth//Hearing calendar 1//EN'],
      ['CALSCALE', 'GREGORIAN'],
      ['METHOD', 'PUBLISH'],
      ['NAME', escapeText(opts.words.calendarName)],
      ['X-WR-CALNAME', escapeText(opts.words.calendarName)],
      ['DESCRIPTION', escapeText(description)],
      ['X-WR-CALDESC', escapeText(description)],
      ['X-WR-TIMEZONE', opts.timeZone],
      ['REFRESH-INTERVAL;VALUE=DURATION', 'PT1H'],
      ['X-PUBLISHED-TTL', 'PT1H'],
    ],
    sorted.map((h) => event(h, opts.words, stamp, opts.origin)),
  );
}
