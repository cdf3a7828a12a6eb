import { addDays, addMonths, type IsoDate } from '../time/dates.ts';
import { isCourtDay } from './slots.ts';

/** A length of time as the law writes it: calendar days, court days (the court is open) or months. */
export type Period = { amount: number; unit: 'days' | 'court_days' | 'months' };

/**
 * The `n`th court day after `date` (n ≥ 0; 0 is `date` itself, whatever day it is). Weekends and the
 * jurisdiction's closed days are not counted, which is what "court days" or "judicial days" means.
 */
export function addCourtDays(date: IsoDate, n: number, closedDays: ReadonlySet<IsoDate>): IsoDate {
  let d = date;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isCourtDay(d, closedDays)) left -= 1;
  }
  return d;
}

/** `date` moved by a period; court days need the closed days. */
export function addPeriod(date: IsoDate, period: Period, closedDays: ReadonlySet<IsoDate>): IsoDate {
  switch (period.unit) {
    case 'days':
      return addDays(date, period.amount);
    case 'court_days':
      return addCourtDays(date, period.amount, closedDays);
    case 'months':
      return addMonths(date, period.amount);
  }
}

/** The last court day on or before `date` (a deadline that falls on a closed day is met the day before). */
export function courtDayOnOrBefore(date: IsoDate, closedDays: ReadonlySet<IsoDate>): IsoDate {
  let d = date;
  while (!isCourtDay(d, closedDays)) d = addDays(d, -1);
  return d;
}

/** The first court day on or after `date`. */
export function courtDayOnOrAfter(date: IsoDate, closedDays: ReadonlySet<IsoDate>): IsoDate {
  let d = date;
  while (!isCourtDay(d, closedDays)) d = addDays(d, 1);
  return d;
}
