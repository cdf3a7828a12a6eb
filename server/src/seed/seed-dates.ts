import { addMonths, birthdayOn } from '@hearth/core';

// Dates as day numbers (days since 1970-01-01): generation does millions of date steps, and integers are
// cheap to add and compare. Month and birthday arithmetic goes through the core helpers.

const DAY_MS = 86_400_000;
export const toDn = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
// The same few thousand days are formatted over and over; a cache keeps that cheap (and stays small).
const isoCache = new Map<number, string>();
export function toIso(dn: number): string {
  let iso = isoCache.get(dn);
  if (iso === undefined) {
    iso = new Date(dn * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(dn, iso);
  }
  return iso;
}
/** y·10000 + m·100 + d, for cheap year and birthday comparisons. */
const ymd = (dn: number): number => {
  const iso = toIso(dn);
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
};
export const addMonthsDn = (dn: number, months: number): number => toDn(addMonths(toIso(dn), months));
export const birthdayDn = (birth: number, years: number): number => toDn(birthdayOn(toIso(birth), years));
/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekday = (dn: number): number => (((dn + 4) % 7) + 7) % 7;
export const nextWeekday = (dn: number): number => {
  const w = weekday(dn);
  return w === 6 ? dn + 2 : w === 0 ? dn + 1 : dn;
};
export const previousWeekday = (dn: number): number => {
  const w = weekday(dn);
  return w === 6 ? dn - 1 : w === 0 ? dn - 2 : dn;
};
export const yearOf = (dn: number): number => Math.floor(ymd(dn) / 10000);
/** Completed years of age on a day, as core `ageOn` counts them (29 February birthdays fall on 1 March). */
export const completedYears = (birth: number, on: number): number => {
  const b = ymd(birth);
  const o = ymd(on);
  return Math.floor(o / 10000) - Math.floor(b / 10000) - (o % 10000 < b % 10000 ? 1 : 0);
};
/** The first day of the month that `dn` is in, and of the month after. */
export const monthStartOf = (dn: number): number => {
  const k = ymd(dn);
  return Date.UTC(Math.floor(k / 10000), (Math.floor(k / 100) % 100) - 1, 1) / DAY_MS;
};
export const nextMonthStart = (dn: number): number => {
  const k = ymd(dn);
  return Date.UTC(Math.floor(k / 10000), Math.floor(k / 100) % 100, 1) / DAY_MS;
};

/** The UTC offset of America/Denver on a date, for daytime hours (US rules since 2007). */
function denverOffset(dn: number): string {
  const year = yearOf(dn);
  const march1 = toDn(`${year}-03-01`);
  const nov1 = toDn(`${year}-11-01`);
  const dstStart = march1 + ((7 - weekday(march1)) % 7) + 7; // second Sunday of March
  const dstEnd = nov1 + ((7 - weekday(nov1)) % 7); // first Sunday of November
  return dn >= dstStart && dn < dstEnd ? '-06:00' : '-07:00';
}

export function denverTimestamp(dn: number, minutesAfterMidnight: number): string {
  const hh = String(Math.floor(minutesAfterMidnight / 60)).padStart(2, '0');
  const mm = String(minutesAfterMidnight % 60).padStart(2, '0');
  return `${toIso(dn)}T${hh}:${mm}:00${denverOffset(dn)}`;
}
