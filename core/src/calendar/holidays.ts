import { addDays, type IsoDate } from '../time/dates.ts';

/**
 * Court holidays as rules, so a jurisdiction's closed days are data and any year can be computed. A rule
 * names the holiday, how its date is found, and whether a Saturday or Sunday date is observed on the
 * Friday before or the Monday after (5 U.S.C. §6103(b); Executive Order 11582).
 */
export type HolidayRule =
  | { name: string; kind: 'fixed'; month: number; day: number; observed: 'weekday' | 'as_is' }
  /** The nth weekday (0 = Sunday … 6 = Saturday) of a month; nth −1 is the last. */
  | { name: string; kind: 'nth_weekday'; month: number; weekday: number; nth: number }
  /** A number of days after another holiday of the same list (e.g. the day after Thanksgiving). */
  | { name: string; kind: 'after'; of: string; days: number };

export type HolidayCalendar = {
  id: string;
  rules: readonly HolidayRule[];
  /** Extra closed days ordered by the court (e.g. a closure for weather), written as dates. */
  extraClosedDays: readonly IsoDate[];
  citation: string;
  unconfirmed?: boolean;
};

/** A closed day and the holiday it observes. */
export type Holiday = { date: IsoDate; name: string };

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): IsoDate => `${y}-${pad(m)}-${pad(d)}`;
const weekdayOf = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

function nthWeekday(y: number, month: number, weekday: number, nth: number): IsoDate {
  if (nth > 0) {
    const first = weekdayOf(y, month, 1);
    return iso(y, month, 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7);
  }
  const lastDay = new Date(Date.UTC(y, month, 0)).getUTCDate();
  const last = weekdayOf(y, month, lastDay);
  return iso(y, month, lastDay - ((last - weekday + 7) % 7) + (nth + 1) * 7);
}

function observe(date: IsoDate): IsoDate {
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (wd === 6) return addDays(date, -1);
  if (wd === 0) return addDays(date, 1);
  return date;
}

/** The holidays whose observed dates fall in `year` (a 1 January on a Saturday is observed the Friday before). */
export function holidaysOfYear(calendar: HolidayCalendar, year: number): Holiday[] {
  const out: Holiday[] = [];
  for (const y of [year, year + 1]) {
    const byName = new Map<string, IsoDate>();
    for (const rule of calendar.rules) {
      let date: IsoDate;
      if (rule.kind === 'fixed') {
        const actual = iso(y, rule.month, rule.day);
        date = rule.observed === 'weekday' ? observe(actual) : actual;
      } else if (rule.kind === 'nth_weekday') {
        date = nthWeekday(y, rule.month, rule.weekday, rule.nth);
      } else {
        const base = byName.get(rule.of);
        if (!base) throw new RangeError(`holiday ${rule.name} follows unknown holiday ${rule.of}`);
        date = addDays(base, rule.days);
      }
      byName.set(rule.name, date);
      if (Number(date.slice(0, 4)) === year) out.push({ date, name: rule.name });
    }
  }
  for (const date of calendar.extraClosedDays)
    if (Number(date.slice(0, 4)) === year) out.push({ date, name: 'court closure' });
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Every closed day (holiday or ordered closure) from `fromYear` to `toYear`, inclusive. */
export function closedDaysOf(calendar: HolidayCalendar, fromYear: number, toYear: number): Set<IsoDate> {
  const days = new Set<IsoDate>();
  for (let y = fromYear; y <= toYear; y += 1) for (const h of holidaysOfYear(calendar, y)) days.add(h.date);
  return days;
}

/** The eleven federal legal public holidays, 5 U.S.C. §6103(a), observed on a weekday per §6103(b). */
export const FEDERAL_HOLIDAY_RULES: readonly HolidayRule[] = [
  { name: "New Year's Day", kind: 'fixed', month: 1, day: 1, observed: 'weekday' },
  { name: 'Birthday of Martin Luther King, Jr.', kind: 'nth_weekday', month: 1, weekday: 1, nth: 3 },
  { name: "Washington's Birthday", kind: 'nth_weekday', month: 2, weekday: 1, nth: 3 },
  { name: 'Memorial Day', kind: 'nth_weekday', month: 5, weekday: 1, nth: -1 },
  { name: 'Juneteenth National Independence Day', kind: 'fixed', month: 6, day: 19, observed: 'weekday' },
  { name: 'Independence Day', kind: 'fixed', month: 7, day: 4, observed: 'weekday' },
  { name: 'Labor Day', kind: 'nth_weekday', month: 9, weekday: 1, nth: 1 },
  { name: 'Columbus Day', kind: 'nth_weekday', month: 10, weekday: 1, nth: 2 },
  { name: 'Veterans Day', kind: 'fixed', month: 11, day: 11, observed: 'weekday' },
  { name: 'Thanksgiving Day', kind: 'nth_weekday', month: 11, weekday: 4, nth: 4 },
  { name: 'Christmas Day', kind: 'fixed', month: 12, day: 25, observed: 'weekday' },
];
