import { addDays, type IsoDate } from '../time/dates.ts';

/**
 * Free time on a court's calendar: the time-certain slots a hearing can take, in the court's own hours and
 * time zone, around everything already booked for the people and rooms it needs. Pure: the caller reads
 * the busy intervals and the court's closed days; nothing here reads a clock or a database.
 */

/** A span of time as ISO instants in UTC (`…Z`), start inclusive, end exclusive. */
export type Interval = { start: string; end: string };

/** When a court sits, in local wall-clock times (`HH:MM`) of its IANA time zone. */
export type CourtHours = {
  timeZone: string;
  open: string;
  close: string;
  lunch: { start: string; end: string } | null;
  /** Slots start on this grid from `open` (e.g. every 15 minutes). */
  stepMinutes: number;
};

/** How far ahead a search without a deadline looks before giving up. */
const OPEN_ENDED_SEARCH_DAYS = 366;

/** A court sits on weekdays that are not among its closed days (holidays). */
export function isCourtDay(day: IsoDate, closedDays: ReadonlySet<IsoDate>): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !closedDays.has(day);
}

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds to add to UTC to get the zone's wall-clock time at `utcMs`. */
function zoneOffsetMs(timeZone: string, utcMs: number): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
  const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The UTC instant (ms) of a local wall-clock time on a day in a time zone. Court hours never fall in the
 * hour a daylight-saving change skips or repeats (those happen at 2 a.m.), so the second pass settles it.
 */
export function localTimeToUtcMs(day: IsoDate, minutes: number, timeZone: string): number {
  const wall = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
  let utc = wall - zoneOffsetMs(timeZone, wall);
  utc = wall - zoneOffsetMs(timeZone, utc);
  return utc;
}

type Span = [number, number];

/** Busy intervals as sorted, disjoint spans, so a slot can be checked by binary search. */
function mergeSpans(busy: readonly Interval[]): Span[] {
  const spans = busy
    .map((b): Span => [Date.parse(b.start), Date.parse(b.end)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/** The first merged span ending after `t`, or -1. */
function firstEndingAfter(spans: Span[], t: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] > t) hi = mid;
    else lo = mid + 1;
  }
  return lo < spans.length ? lo : -1;
}

/**
 * The earliest `count` slots of `durationMinutes` from the day `from` to the day `until` (inclusive; null:
 * up to a year), on court days, inside the court's hours and not across its lunch, on the step grid,
 * overlapping none of `busy`. Earliest first; fewer (or none) when the window has no more room.
 */
export function freeSlots(args: {
  busy: readonly Interval[];
  durationMinutes: number;
  from: IsoDate;
  until: IsoDate | null;
  hours: CourtHours;
  closedDays: ReadonlySet<IsoDate>;
  count: number;
}): Interval[] {
  const { durationMinutes, hours, closedDays, count } = args;
  if (count <= 0 || durationMinutes <= 0) return [];
  const spans = mergeSpans(args.busy);
  const open = minutesOf(hours.open);
  const close = minutesOf(hours.close);
  const lunch = hours.lunch ? [minutesOf(hours.lunch.start), minutesOf(hours.lunch.end)] : null;
  const last = args.until ?? addDays(args.from, OPEN_ENDED_SEARCH_DAYS);
  const out: Interval[] = [];
  for (let day = args.from; day <= last && out.length < count; day = addDays(day, 1)) {
    if (!isCourtDay(day, closedDays)) continue;
    // One time-zone lookup per day: no daylight-saving change falls inside a court's hours.
    const openUtc = localTimeToUtcMs(day, open, hours.timeZone);
    for (let m = open; m + durationMinutes <= close && out.length < count; m += hours.stepMinutes) {
      if (lunch && m < lunch[1]! && m + durationMinutes > lunch[0]!) continue;
      const start = openUtc + (m - open) * 60_000;
      const end = start + durationMinutes * 60_000;
      const i = firstEndingAfter(spans, start);
      if (i !== -1 && spans[i]![0] < end) continue;
      out.push({ start: new Date(start).toISOString(), end: new Date(end).toISOString() });
    }
  }
  return out;
}
