/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`). Court deadlines and federal clocks count calendar days,
 * so a date never carries a time zone; arithmetic happens on UTC midnights and is converted straight back.
 */
export type IsoDate = string;

/** The clock is passed in: core never reads the system time. */
export type Clock = { now: () => Date };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (rejects 2023-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function toUtc(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Calendar days from `a` to `b` (b − a), as the CQI interchange `days(a, b)` convention. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/**
 * Adds calendar months; a day that does not exist in the target month falls to the month's last day
 * (31 January + 1 month = 28 or 29 February), which is how courts count "within six months".
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const targetYear = y + Math.floor(m / 12);
  const targetMonth = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(targetYear, targetMonth, Math.min(d, lastDay)));
}

/** The earlier of two dates; a missing date is ignored. */
export function earlierOf(a: IsoDate | null | undefined, b: IsoDate | null | undefined): IsoDate | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a <= b ? a : b;
}

/**
 * The date of the `years`th birthday. A child born on 29 February turns a year older on 1 March in a
 * year that is not a leap year (CQI interchange, "Dates").
 */
export function birthdayOn(birthDate: IsoDate, years: number): IsoDate {
  const y = Number(birthDate.slice(0, 4)) + years;
  const md = birthDate.slice(5);
  if (md === '02-29' && !isIsoDate(`${y}-02-29`)) return `${y}-03-01`;
  return `${y}-${md}`;
}

/** Completed years of age on `date`. */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  let age = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (birthdayOn(birthDate, age) > date) age -= 1;
  return age;
}

/**
 * Today's date from an injected clock: in UTC, or on the calendar of a time zone (IANA name). A court's
 * "today" is its own local date: at 6 p.m. in Albuquerque it is already tomorrow in UTC.
 */
export function todayOf(clock: Clock, timeZone = 'UTC'): IsoDate {
  if (timeZone === 'UTC') return clock.now().toISOString().slice(0, 10);
  return dayFormat(timeZone).format(clock.now());
}

// One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one, and a page
// such as the bench view asks for the court date of dozens of hearings.
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = DAY_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    DAY_FORMATS.set(timeZone, format);
  }
  return format;
}
