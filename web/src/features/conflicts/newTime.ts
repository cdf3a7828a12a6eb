import { isIsoDate } from '@hearth/core';
import { courtInstant, minutesAfter } from '../../components/form/courtTime.ts';
import { asText, type FormValues } from '../../components/form/formValues.ts';
import type { checker } from '../../components/form/rules.ts';

/** Hearing lengths the forms offer, in minutes; a hearing's own length is added when it is another. */
export const LENGTHS = [15, 30, 45, 60, 90, 120, 180, 240];

export const lengthsWith = (own: number): number[] =>
  [...new Set([...LENGTHS, own])].filter((n) => n > 0).sort((a, b) => a - b);

/**
 * A new time from a form's court-local date, start time and length: null when both date and time are
 * empty and the time is `optional`; problems go to the checker (the date-and-time group is `dateKey`).
 */
export function newTimeOf(
  values: FormValues,
  check: ReturnType<typeof checker>,
  opts: {
    dateKey: string;
    timeKey: string;
    lengthKey: string;
    optional: boolean;
    now: number;
    inThePast: string;
  },
): { start: string; end: string } | null {
  const date = asText(values[opts.dateKey]).trim();
  const time = asText(values[opts.timeKey]).trim();
  if (!date && !time && opts.optional) return null;
  if (!date || !time) {
    check.fail(opts.dateKey, 'required');
    return null;
  }
  const start = courtInstant(date, time);
  if (!start) {
    check.fail(opts.dateKey, isIsoDate(date) ? 'timeInvalid' : 'dateInvalid');
    return null;
  }
  if (Date.parse(start) < opts.now) {
    check.fail(opts.dateKey, { text: opts.inThePast });
    return null;
  }
  const minutes = Number(asText(values[opts.lengthKey]));
  return { start: new Date(start).toISOString(), end: minutesAfter(start, minutes) };
}
