import type { IsoDate } from '../time/dates.ts';
import { freeSlots, localTimeToUtcMs, type CourtHours, type Interval } from './slots.ts';

/** A request for the first free time-certain slot of a length between two court-local days. */
export type SlotRequest = {
  from: IsoDate;
  until: IsoDate | null;
  minutes: number;
  hours: CourtHours;
  closedDays: ReadonlySet<IsoDate>;
};

/**
 * Where advance calendaring books: finds free slots, tells whether a slot is still free, and books one so
 * the next search sees it. The busy intervals are those of the judge and courtroom (and, where the
 * conflict checker lists them, the case's professionals and interpreters).
 */
export type Placer = {
  find(req: SlotRequest): Interval | null;
  isFree(slot: Interval): boolean;
  book(slot: Interval): void;
};

const ms = (s: string): number => Date.parse(s);

/** How far an open-ended search (a deadline already missed) looks before giving up. */
const OPEN_ENDED_DAYS = 366;

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const DAY_MS = 86_400_000;
const dayNumber = (d: IsoDate): number => Math.round(Date.parse(`${d}T00:00:00Z`) / DAY_MS);
const dayStrings = new Map<number, IsoDate>();
/** The date of a day number, remembered: searches walk the same days over and over. */
function dayString(n: number): IsoDate {
  let d = dayStrings.get(n);
  if (d === undefined) {
    if (dayStrings.size > 50_000) dayStrings.clear();
    d = new Date(n * DAY_MS).toISOString().slice(0, 10);
    dayStrings.set(n, d);
  }
  return d;
}

const openings = new Map<string, number>();

/** The UTC instant a court opens on a day, remembered (every search of a district asks the same days). */
function openingInstant(day: IsoDate, open: number, timeZone: string): number {
  const key = `${timeZone}|${day}|${open}`;
  let t = openings.get(key);
  if (t === undefined) {
    if (openings.size > 50_000) openings.clear();
    t = localTimeToUtcMs(day, open, timeZone);
    openings.set(key, t);
  }
  return t;
}

/**
 * The first free slot of a request, day by day. Each court day's busy time is looked at once, with the
 * day's offset from UTC worked out once (court hours never straddle a daylight-saving change, which
 * happens at 2 a.m.); the first gap found is then asked of `freeSlots`, so the slot and the rules of
 * what is free stay `freeSlots`' own. A day with no gap costs no call to `freeSlots` at all.
 */
function findByDay(
  req: SlotRequest,
  busyWithin: (from: number, to: number) => Interval[],
  noRoom: Map<string, number>,
  memoKey: string,
): Interval | null {
  const { hours, minutes } = req;
  const open = minutesOf(hours.open);
  const close = minutesOf(hours.close);
  const step = hours.stepMinutes;
  const lunch = hours.lunch ? [minutesOf(hours.lunch.start), minutesOf(hours.lunch.end)] : null;
  const shape = `${hours.timeZone}|${hours.open}-${hours.close}|${hours.lunch?.start}-${hours.lunch?.end}|${step}|`;
  const key = `${memoKey}|${shape}`;
  const first = dayNumber(req.from);
  const last = req.until ? dayNumber(req.until) : first + OPEN_ENDED_DAYS;
  for (let n = first; n <= last; n += 1) {
    // Weekends by arithmetic (day 0 was a Thursday), before any string is made.
    const weekday = (n + 4) % 7;
    if (weekday === 0 || weekday === 6) continue;
    const day = dayString(n);
    if (req.closedDays.has(day)) continue;
    // Bookings are only ever added: a day with no room for N minutes has none for N or more later.
    const full = noRoom.get(key + day);
    if (full !== undefined && full <= minutes) continue;
    const base = openingInstant(day, open, hours.timeZone);
    const spans = mergedSpans(busyWithin(base, base + (close - open) * 60_000));
    let j = 0;
    for (let m = open; m + minutes <= close;) {
      if (lunch && m < lunch[1]! && m + minutes > lunch[0]!) {
        m += step;
        continue;
      }
      const start = base + (m - open) * 60_000;
      const end = start + minutes * 60_000;
      while (j < spans.length && spans[j]![1] <= start) j += 1;
      const clash = spans[j];
      if (clash && clash[0] < end) {
        // Jump to the first step of the grid at or after the end of what is in the way.
        m = open + Math.max(m - open + step, Math.ceil((clash[1] - base) / 60_000 / step) * step);
        continue;
      }
      // Nothing busy overlaps [start, end) (just checked): freeSlots confirms the court's own rules of
      // where a slot may start (court day, hours, lunch, the grid) and writes the slot. Its answer
      // depends only on the day, the time and the hours, so it is remembered for the next calendar.
      const slot = confirmedSlot(day, m, req, shape);
      if (slot) return slot;
      m += step;
    }
    noRoom.set(key + day, Math.min(full ?? Number.POSITIVE_INFINITY, minutes));
  }
  return null;
}

/** Intervals as sorted, disjoint [start, end) spans in ms. */
function mergedSpans(busy: readonly Interval[]): [number, number][] {
  const spans = busy.map((b): [number, number] => [ms(b.start), ms(b.end)]).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const sp of spans) {
    const lastSpan = out[out.length - 1];
    if (lastSpan && sp[0] <= lastSpan[1]) lastSpan[1] = Math.max(lastSpan[1], sp[1]);
    else out.push(sp);
  }
  return out;
}

const confirmed = new Map<string, Interval | null>();

function confirmedSlot(day: IsoDate, m: number, req: SlotRequest, hoursKey: string): Interval | null {
  const key = `${hoursKey}${day}|${m}|${req.minutes}`;
  let slot = confirmed.get(key);
  if (slot === undefined) {
    if (confirmed.size > 100_000) confirmed.clear();
    slot =
      freeSlots({
        busy: [],
        durationMinutes: req.minutes,
        from: day,
        until: day,
        hours: { ...req.hours, open: hhmm(m) },
        closedDays: req.closedDays,
        count: 1,
      })[0] ?? null;
    confirmed.set(key, slot);
  }
  return slot;
}

let calendarIds = 0;

/**
 * Busy time kept sorted by start, so a search only hands `freeSlots` the intervals inside its window
 * (the benchmark books tens of thousands of hearings on six judges' calendars).
 */
export class BusyCalendar implements Placer {
  readonly id = (calendarIds += 1);
  /** Days found with no room, by search shape: smallest length that did not fit (see `findByDay`). */
  readonly noRoom = new Map<string, number>();
  private readonly starts: number[] = [];
  private readonly items: Interval[] = [];
  /** The longest interval booked: a window must reach back this far to see everything overlapping it. */
  private longest = 0;

  constructor(busy: readonly Interval[] = []) {
    for (const b of [...busy].sort((a, b) => ms(a.start) - ms(b.start))) this.push(b);
  }

  private push(b: Interval): void {
    this.starts.push(ms(b.start));
    this.items.push(b);
    this.longest = Math.max(this.longest, ms(b.end) - ms(b.start));
  }

  private lowerBound(t: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The booked intervals that may overlap [from, to) (ms). */
  within(from: number, to: number): Interval[] {
    const out: Interval[] = [];
    for (let i = this.lowerBound(from - this.longest); i < this.starts.length && this.starts[i]! < to; i += 1)
      if (ms(this.items[i]!.end) > from) out.push(this.items[i]!);
    return out;
  }

  find(req: SlotRequest): Interval | null {
    return findByDay(req, (from, to) => this.within(from, to), this.noRoom, String(this.id));
  }

  isFree(slot: Interval): boolean {
    return this.within(ms(slot.start), ms(slot.end)).length === 0;
  }

  book(slot: Interval): void {
    const i = this.lowerBound(ms(slot.start));
    this.starts.splice(i, 0, ms(slot.start));
    this.items.splice(i, 0, slot);
    this.longest = Math.max(this.longest, ms(slot.end) - ms(slot.start));
  }
}

/** Books on several calendars at once (a judge's and a courtroom's): free only where all are free. */
export class JointPlacer implements Placer {
  constructor(private readonly calendars: readonly BusyCalendar[]) {}

  find(req: SlotRequest): Interval | null {
    const [first] = this.calendars;
    if (!first) return findByDay(req, () => [], new Map(), '');
    return findByDay(
      req,
      (from, to) => this.calendars.flatMap((c) => c.within(from, to)),
      first.noRoom,
      this.calendars.map((c) => c.id).join('+'),
    );
  }

  isFree(slot: Interval): boolean {
    return this.calendars.every((c) => c.isFree(slot));
  }

  book(slot: Interval): void {
    for (const c of this.calendars) c.book(slot);
  }
}
