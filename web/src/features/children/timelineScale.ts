/** Days since the epoch of a calendar date (`YYYY-MM-DD`, or the date part of a timestamp). */
export const dayNumber = (d: string): number => Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** The drawing's width in SVG units, wide or phone-narrow; the picture scales to its container (viewBox). */
export const WIDE = 800;
export const NARROW = 400;
export const LEFT = 16;
export const RIGHT = 16;

export type Scale = {
  width: number;
  x: (date: string) => number;
  start: number;
  end: number;
  years: number[];
};

/** A horizontal scale from the earliest date to the latest (today, or the last upcoming hearing). */
export function scaleFor(dates: readonly string[], width: number): Scale {
  const days = dates.map(dayNumber);
  const start = Math.min(...days) - 15;
  const end = Math.max(...days) + 15;
  const span = Math.max(end - start, 1);
  const x = (date: string) => LEFT + ((dayNumber(date) - start) / span) * (width - LEFT - RIGHT);
  const first = new Date(start * 86_400_000).getUTCFullYear() + 1;
  const last = new Date(end * 86_400_000).getUTCFullYear();
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return { width, x, start, end, years };
}
