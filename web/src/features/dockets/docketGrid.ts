import { COURT_TIME_ZONE } from '../../i18n/format.ts';

/**
 * The layout of a day's time-of-day grid: how far down each hearing starts and how tall it is (its
 * length), and side-by-side lanes for hearings that overlap, so no block hides another. Pure arithmetic on
 * minutes of the court's wall clock; the drawing (DocketGrid.tsx) scales them to pixels.
 */

export type GridHearing = { id: string; start: string; end: string; flagged: boolean };

export type GridBlock = {
  id: string;
  /** Minutes from the top of the grid. */
  top: number;
  /** Minutes tall: the hearing's length on the clock. */
  height: number;
  /** Which lane of its group of overlapping hearings, from 0, and how many lanes the group has. */
  lane: number;
  lanes: number;
  /** The server flagged it: it overlaps another hearing of its judge or room (maybe one not drawn). */
  flagged: boolean;
};

export type GridLayout = {
  /** Wall-clock minutes after midnight of the grid's top and bottom (whole hours). */
  from: number;
  to: number;
  /** The hours drawn as lines, in minutes after midnight. */
  hours: number[];
  blocks: GridBlock[];
};

/** A court day when nothing is earlier or later: 8 a.m. to 5 p.m. */
export const DEFAULT_HOURS = { from: 8 * 60, to: 17 * 60 };

const DAY = 24 * 60;
const clock = new Intl.DateTimeFormat('en-US', {
  timeZone: COURT_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * The court's wall-clock minutes after midnight of `day` at `iso`: an instant on a later day counts from
 * the day's midnight on (1440 and up), so a hearing running past midnight reaches the grid's bottom. On
 * the day of a daylight-saving change the grid follows the clock on the wall, as the printed docket does.
 */
export function minutesOfDay(iso: string, day: string): number {
  const parts = Object.fromEntries(clock.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  const local = `${parts.year}-${parts.month}-${parts.day}`;
  const minutes = Number(parts.hour) * 60 + Number(parts.minute);
  if (local === day) return minutes;
  return local > day ? DAY + minutes : minutes - DAY;
}

/**
 * Lanes by sweeping the hearings in order of start: each takes the lowest lane free at its start; a group
 * is a run of hearings that overlap one another transitively, and all of a group share its lane count.
 */
function assignLanes(spans: { id: string; s: number; e: number }[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  let group: { id: string; lane: number }[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -Infinity;
  const close = () => {
    for (const g of group) out.set(g.id, [g.lane, laneEnds.length]);
    group = [];
    laneEnds = [];
  };
  for (const x of spans) {
    if (x.s >= groupEnd) close();
    let lane = laneEnds.findIndex((end) => end <= x.s);
    if (lane === -1) lane = laneEnds.push(x.e) - 1;
    else laneEnds[lane] = x.e;
    group.push({ id: x.id, lane });
    groupEnd = Math.max(groupEnd, x.e);
  }
  close();
  return out;
}

/** The grid of one court day (`YYYY-MM-DD`): 8 to 5, widened to whole hours around every hearing. */
export function layoutDay(day: string, hearings: readonly GridHearing[]): GridLayout {
  const spans = hearings
    .map((h) => {
      const s = Math.max(0, minutesOfDay(h.start, day));
      const e = Math.min(DAY, Math.max(minutesOfDay(h.end, day), s + 1));
      return { id: h.id, s, e };
    })
    .sort((a, b) => a.s - b.s || b.e - a.e || a.id.localeCompare(b.id));
  const from = Math.min(DEFAULT_HOURS.from, ...spans.map((x) => Math.floor(x.s / 60) * 60));
  const to = Math.max(DEFAULT_HOURS.to, ...spans.map((x) => Math.ceil(x.e / 60) * 60));
  const hours: number[] = [];
  for (let m = from; m <= to; m += 60) hours.push(m);
  const lanes = assignLanes(spans);
  const flagged = new Map(hearings.map((h) => [h.id, h.flagged]));
  return {
    from,
    to,
    hours,
    blocks: spans.map((x) => {
      const [lane, count] = lanes.get(x.id)!;
      return {
        id: x.id,
        top: x.s - from,
        height: x.e - x.s,
        lane,
        lanes: count,
        flagged: flagged.get(x.id)!,
      };
    }),
  };
}
