/**
 * Ages and completed months on day numbers (cqi-interchange.md, Conventions "Age" and Clarifications
 * "Dates"). Integer arithmetic only: see days.ts.
 */
import { civilDay, civilFromDay, civilMonth, civilYear, dayFromCivil, isLeapYear } from './days.ts';
import type { DayNumber } from './model.ts';

/**
 * The day of the `years`th birthday. A child born on 29 February has it on 1 March in a year that is not a
 * leap year (Clarifications, "Dates"), so "age 18 or more on d" is simply `birthdayOf(birth, 18) <= d`.
 */
export function birthdayOf(birth: DayNumber, years: number): DayNumber {
  const c = civilFromDay(birth);
  const year = civilYear(c) + years;
  const month = civilMonth(c);
  const day = civilDay(c);
  if (month === 2 && day === 29 && !isLeapYear(year)) return dayFromCivil(year, 3, 1);
  return dayFromCivil(year, month, day);
}

/**
 * Whole months from `from` to `to` (to >= from). "Completed months count like completed years: whole
 * months, comparing the day of the month" (Clarifications, "Dates"): the count goes up on the day whose
 * day of the month reaches `from`'s, so from 31 January one month is completed on 1 March, not on 28 or
 * 29 February (as a 29 February birthday is reached on 1 March).
 */
export function completedMonths(from: DayNumber, to: DayNumber): number {
  const a = civilFromDay(from);
  const b = civilFromDay(to);
  const months = (civilYear(b) - civilYear(a)) * 12 + (civilMonth(b) - civilMonth(a));
  return civilDay(b) < civilDay(a) ? months - 1 : months;
}
