/**
 * Day numbers (whole days since 1970-01-01, UTC) ⇄ calendar dates, in integer arithmetic only.
 *
 * The engine runs over a million children per run (issue 5), so it never builds Date objects or date
 * strings while computing: `days(a, b)` of the contract is `b - a` (cqi-interchange.md, Conventions,
 * "Days"). The conversions are Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian
 * calendar, public domain algorithms, http://howardhinnant.github.io/date_algorithms.html).
 */
import type { DayNumber } from './model.ts';

/** Days from 0000-03-01 to 1970-01-01 in the algorithm's era-based count. */
const EPOCH_SHIFT = 719_468;
const DAYS_PER_ERA = 146_097;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number of a calendar date (month 1–12). No validation: 2023-02-30 gives 2023-03-02. */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * DAYS_PER_ERA + doe - EPOCH_SHIFT;
}

/**
 * The calendar date of a day number packed as one integer `yyyymmdd` (e.g. 20240229), so the hot path
 * reads year, month and day without allocating: see civilYear, civilMonth, civilDay.
 */
export function civilFromDay(dayNumber: DayNumber): number {
  const z = dayNumber + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_ERA);
  const doe = z - era * DAYS_PER_ERA;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10_000 + m * 100 + d;
}

export function civilYear(packed: number): number {
  return Math.floor(packed / 10_000);
}
export function civilMonth(packed: number): number {
  return Math.floor(packed / 100) % 100;
}
export function civilDay(packed: number): number {
  return packed % 100;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * The day number of a `YYYY-MM-DD` date, or null when the text is not a real calendar date
 * (rejects 2023-02-30, 2023-2-1, 2023-02-01T00:00). Reads character codes: no RegExp, no Date.
 */
export function parseIsoDay(iso: string): DayNumber | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const y0 = digit(iso, 0);
  const y1 = digit(iso, 1);
  const y2 = digit(iso, 2);
  const y3 = digit(iso, 3);
  const m0 = digit(iso, 5);
  const m1 = digit(iso, 6);
  const d0 = digit(iso, 8);
  const d1 = digit(iso, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return null;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayFromCivil(year, month, day);
}

/** Like parseIsoDay, but throws a RangeError naming the text. */
export function dayFromIso(iso: string): DayNumber {
  const day = parseIsoDay(iso);
  if (day === null) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${iso}`);
  return day;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** `YYYY-MM-DD` of a day number (years 0–9999). */
export function isoFromDay(dayNumber: DayNumber): string {
  const c = civilFromDay(dayNumber);
  return `${String(civilYear(c)).padStart(4, '0')}-${pad2(civilMonth(c))}-${pad2(civilDay(c))}`;
}
