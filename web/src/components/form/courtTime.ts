import { isIsoDate, localTimeToUtcMs } from '@hearth/core';
import { COURT_TIME_ZONE } from '../../i18n/format.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A hearing's court-local date and time (what the clerk reads on the calendar) as an instant with its UTC
 * offset, e.g. `2026-11-23T09:30:00-07:00`. Hearings are set in the court's time whatever the browser's
 * zone; the offset is looked up for that very day, so a daylight-saving change falls right.
 */
export function courtInstant(date: string, time: string): string | null {
  if (!isIsoDate(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
  const [h, m] = time.split(':').map(Number);
  const utc = localTimeToUtcMs(date, h! * 60 + m!, COURT_TIME_ZONE);
  const offset = Math.round((Date.parse(`${date}T${time}:00Z`) - utc) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${time}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant some minutes later, in UTC. */
export const minutesAfter = (instant: string, minutes: number): string =>
  new Date(Date.parse(instant) + minutes * 60_000).toISOString();
