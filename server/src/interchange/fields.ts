/**
 * Cell decoding straight from bytes: dates `YYYY-MM-DD` to day numbers (days since 1970-01-01, UTC, the
 * engine's DayNumber) and codes by exact, case-sensitive match (cqi-interchange.md, "Code values",
 * Clarifications "Codes are exact and case-sensitive").
 */

/** Not a date: a malformed cell. Day numbers of real dates are far from it. */
export const BAD_DATE = -0x7fffffff;
/** An empty cell in a date column stored in an Int32Array. */
export const NO_DATE = -0x80000000;

const ZERO = 48;

function digit(buf: Uint8Array, i: number): number {
  const d = buf[i]! - ZERO;
  return d >= 0 && d <= 9 ? d : -1000;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day numbers of the first of each month, and month lengths, for the years a record plausibly holds. */
const TABLE_FROM = 1800;
const TABLE_YEARS = 400;
const MONTH_START = new Int32Array(TABLE_YEARS * 12);
const MONTH_DAYS = new Uint8Array(TABLE_YEARS * 12);
for (let y = 0; y < TABLE_YEARS; y++)
  for (let m = 1; m <= 12; m++) {
    MONTH_START[y * 12 + m - 1] = dayFromCivil(TABLE_FROM + y, m, 1);
    MONTH_DAYS[y * 12 + m - 1] = daysInMonth(TABLE_FROM + y, m);
  }

/** The day number of buf[s, e) if it is a real calendar date written YYYY-MM-DD, else BAD_DATE. */
export function parseDay(buf: Uint8Array, s: number, e: number): number {
  if (e - s !== 10 || buf[s + 4] !== 45 || buf[s + 7] !== 45) return BAD_DATE;
  const y = digit(buf, s) * 1000 + digit(buf, s + 1) * 100 + digit(buf, s + 2) * 10 + digit(buf, s + 3);
  const m = digit(buf, s + 5) * 10 + digit(buf, s + 6);
  const d = digit(buf, s + 8) * 10 + digit(buf, s + 9);
  if (y < 0 || m < 1 || m > 12 || d < 1) return BAD_DATE;
  const k = (y - TABLE_FROM) * 12 + m - 1;
  if (k >= 0 && k < MONTH_START.length) return d > MONTH_DAYS[k]! ? BAD_DATE : MONTH_START[k]! + d - 1;
  return d > daysInMonth(y, m) ? BAD_DATE : dayFromCivil(y, m, d);
}

/** The day number of an ISO date string, or BAD_DATE. */
export function parseDayText(text: string): number {
  return parseDay(Buffer.from(text, 'latin1'), 0, text.length);
}

/** YYYY-MM-DD of a day number (for messages). */
export function formatDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Exact matching of a cell against a code list without making a string: candidates are grouped by length
 * and first byte, then compared byte by byte.
 */
export class CodeTable {
  /** Code index by length × 256 + first byte, when only one code has them (−1: none; −2: several). */
  private readonly single = new Int32Array(256 * 256).fill(-1);
  private readonly bytes: Uint8Array[];

  constructor(readonly codes: readonly string[]) {
    this.bytes = codes.map((code) => Buffer.from(code, 'utf8'));
    this.bytes.forEach((b, index) => {
      if (b.length === 0 || b.length > 255) throw new RangeError(`code ${JSON.stringify(codes[index])}`);
      const key = b.length * 256 + b[0]!;
      this.single[key] = this.single[key] === -1 ? index : -2;
    });
  }

  /** The code's index in the list, or −1. */
  find(buf: Uint8Array, s: number, e: number): number {
    const n = e - s;
    if (n <= 0 || n > 255) return -1;
    const hit = this.single[n * 256 + buf[s]!]!;
    if (hit >= 0) return this.same(hit, buf, s, n) ? hit : -1;
    if (hit === -1) return -1;
    for (let i = 0; i < this.bytes.length; i++) if (this.same(i, buf, s, n)) return i;
    return -1;
  }

  private same(i: number, buf: Uint8Array, s: number, n: number): boolean {
    const code = this.bytes[i]!;
    if (code.length !== n) return false;
    for (let k = 0; k < n; k++) if (buf[s + k] !== code[k]) return false;
    return true;
  }
}
