import type { HearingStatus } from '../cases/codes.ts';

/**
 * A docket's flags: hearings of one judge or in one courtroom that overlap, and the free time between
 * hearings. Pure: the caller reads the hearings; instants are ISO strings (UTC), compared as milliseconds,
 * so a daylight-saving change on the day changes nothing here.
 */

/** A hearing as it holds a judge and a room: start inclusive, end exclusive. */
export type Booking = {
  id: string;
  start: string;
  end: string;
  status: string;
  judgeId: string | null;
  courtroomId: string | null;
};

/** What two overlapping hearings share: the same judge, the same courtroom, or both. */
export type Shared = 'judge' | 'courtroom';

export type OverlapFlag = { hearingId: string; sharing: Shared[] };

/**
 * A hearing holds its judge and its room while it is set or was held. A continued, vacated or cancelled
 * hearing keeps its record at its old time, but nobody sits then: it overlaps nothing.
 */
export const OCCUPYING_HEARING_STATUSES: readonly HearingStatus[] = ['scheduled', 'held'];

export const isOccupying = (status: string): boolean =>
  (OCCUPYING_HEARING_STATUSES as readonly string[]).includes(status);

const span = (b: Booking): [number, number] => [Date.parse(b.start), Date.parse(b.end)];

/**
 * For each of `docket`, the other hearings it overlaps in time that share its judge or its courtroom.
 * `others` are the hearings around it (those of the same judges and rooms near that time; the docket's own
 * hearings may be among them, and are compared with each other too). Touching is not overlapping: a hearing
 * ending at 10:00 and one starting at 10:00 follow each other. Each list is in order of start, then id.
 */
export function findOverlaps(
  docket: readonly Booking[],
  others: readonly Booking[],
): Map<string, OverlapFlag[]> {
  const all = new Map<string, Booking>();
  for (const b of [...docket, ...others]) if (isOccupying(b.status)) all.set(b.id, b);
  const candidates = [...all.values()].sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id),
  );
  const flags = new Map<string, OverlapFlag[]>();
  for (const h of docket) {
    const found: OverlapFlag[] = [];
    if (isOccupying(h.status)) {
      const [s, e] = span(h);
      for (const o of candidates) {
        if (o.id === h.id) continue;
        const [os, oe] = span(o);
        if (os >= e) break;
        if (oe <= s) continue;
        const sharing: Shared[] = [];
        if (h.judgeId !== null && o.judgeId === h.judgeId) sharing.push('judge');
        if (h.courtroomId !== null && o.courtroomId === h.courtroomId) sharing.push('courtroom');
        if (sharing.length) found.push({ hearingId: o.id, sharing });
      }
    }
    flags.set(h.id, found);
  }
  return flags;
}

export type Gap = { start: string; end: string; minutes: number };

/**
 * The free time between a day's hearings: from the first hearing's start to the last one's end, the spans
 * in which none of them is running (continued, vacated and cancelled hearings do not count). A gap shorter
 * than `minMinutes` is left out.
 */
export function freeGaps(bookings: readonly Booking[], minMinutes = 1): Gap[] {
  const spans = bookings
    .filter((b) => isOccupying(b.status))
    .map(span)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const gaps: Gap[] = [];
  let reach = spans[0]?.[1] ?? 0;
  for (const [s, e] of spans.slice(1)) {
    const minutes = Math.round((s - reach) / 60_000);
    if (s > reach && minutes >= minMinutes)
      gaps.push({ start: new Date(reach).toISOString(), end: new Date(s).toISOString(), minutes });
    reach = Math.max(reach, e);
  }
  return gaps;
}

/** Whole minutes from start to end. */
export const minutesBetween = (start: string, end: string): number =>
  Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
