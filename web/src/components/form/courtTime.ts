import { isIsoDate } from '@hearth/core';
import { COURT_TIME_ZONE } from '../../i18n/format.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes the court's clock is ahead of UTC at an instant (−420 in winter, −360 in summer in Albuquerque). */
function courtOffsetAt(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: COURT_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * A hearing's court-local date and time (what the clerk reads on the calendar) as an instant with its UTC
 * offset, e.g. `2026-11-23T09:30:00-07:00`. Hearings are set in the court's time whatever the browser's
 * zone; the offset is looked up for that very day, so a daylight-saving change falls right.
 */
export function courtInstant(date: string, time: string): string | null {
  if (!isIsoDate(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
  const wall = Date.parse(`${date}T${time}:00Z`);
  // The offset at the wall time read as UTC is at most an hour off near a change; a second look settles it.
  let offset = courtOffsetAt(wall);
  offset = courtOffsetAt(wall - offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${time}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant some minutes later, in UTC. */
export const minutesAfter = (instant: string, minutes: number): string =>
  new Date(Date.parse(instant) + minutes * 60_000).toISOString();
