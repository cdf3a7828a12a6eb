import type { DocketDay, DocketHearing } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { layoutDay, type GridBlock } from './docketGrid.ts';

/** The drawing's width in SVG units, wide or phone-narrow; it scales to its container (viewBox). */
const WIDE = 800;
const NARROW = 400;
const AXIS = 56;
const PX = 1.3; // per minute: a 9-hour day is about 700 units tall, a half-hour hearing two lines
const TOP = 10;
const FONT = 13;
const INK = '#1b1b1b';

/** How a block is drawn: an overlap in the colours of a warning, a withheld or a struck hearing muted. */
function styleOf(h: DocketHearing, b: GridBlock): { fill: string; stroke: string; dash?: string } {
  if (b.flagged) return { fill: '#f8dfe2', stroke: '#b50909' };
  if (h.status !== 'scheduled' && h.status !== 'held')
    return { fill: '#ffffff', stroke: '#71767a', dash: '4 3' };
  if (h.withheld) return { fill: '#f0f0f0', stroke: '#71767a' };
  return { fill: '#d9e8f6', stroke: '#005ea2' };
}

/** As much of `text` as fits in `width` units at the drawing's font size (a rough measure: no layout). */
function fit(text: string, width: number): string {
  const chars = Math.floor(width / (FONT * 0.55));
  return text.length <= chars ? text : `${text.slice(0, Math.max(chars - 1, 1))}…`;
}

type Line = { text: string; alert: boolean };

/**
 * The lines a block has room for: when, which case, what kind; an overlap is never the line cut off. With
 * room for one line only, the overlap word leads it.
 */
function blockLines(first: string, second: string, overlap: string | null, room: number): Line[] {
  const plain = (text: string): Line => ({ text, alert: false });
  const lines = [plain(first), ...(second ? [plain(second)] : [])];
  if (!overlap) return lines.slice(0, room);
  if (room === 1) return [{ text: `${overlap} · ${first}`, alert: true }];
  return [...lines.slice(0, room - 1), { text: overlap, alert: true }];
}

/**
 * One day as a time-of-day grid: an hour line every hour, each hearing a block as tall as it is long,
 * overlapping hearings side by side, and an overlap written in the block, not only coloured. The picture
 * is one image for screen readers (its label says what it shows); the table after it has every word.
 */
export function DocketGrid({ day, narrow = false }: { day: DocketDay; narrow?: boolean }) {
  const { m, fmt, label } = useI18n();
  const WIDTH = narrow ? NARROW : WIDE;
  const grid = layoutDay(
    day.date,
    day.hearings.map((h) => ({ id: h.id, start: h.start, end: h.end, flagged: h.overlaps.length > 0 })),
  );
  const byId = new Map(day.hearings.map((h) => [h.id, h]));
  const hourLabel = new Intl.DateTimeFormat(fmt.locale, { hour: 'numeric', timeZone: 'UTC' });
  const height = TOP * 2 + (grid.to - grid.from) * PX;
  const laneWidth = (b: GridBlock) => (WIDTH - AXIS - 8) / b.lanes;
  const flagged = grid.blocks.filter((b) => b.flagged).length;
  const date = new Intl.DateTimeFormat(fmt.locale, { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${day.date}T00:00:00Z`),
  );
  return (
    <figure className="margin-x-0 margin-y-2">
      <svg
        role="img"
        aria-label={m.dockets.gridLabel(date, day.hearings.length, flagged)}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
        className="hearth-timeline"
        data-kind="docket-grid"
      >
        {grid.hours.map((minute) => {
          const y = TOP + (minute - grid.from) * PX;
          return (
            <g key={minute}>
              <line x1={AXIS - 6} x2={WIDTH} y1={y} y2={y} stroke="#dfe1e2" />
              <text x={AXIS - 10} y={y + 4} fontSize={FONT - 1} textAnchor="end" fill={INK}>
                {hourLabel.format(Date.UTC(2000, 0, 1, Math.floor(minute / 60) % 24))}
              </text>
            </g>
          );
        })}
        {grid.blocks.map((b) => {
          const h = byId.get(b.id)!;
          const style = styleOf(h, b);
          const x = AXIS + b.lane * laneWidth(b) + 2;
          const w = laneWidth(b) - 4;
          const y = TOP + b.top * PX + 1;
          const blockHeight = Math.max(b.height * PX - 2, FONT + 6);
          const what = h.withheld ? m.dockets.withheld : (h.case?.petitionNumber ?? '');
          const kind = h.hearingType ? label('hearingType', h.hearingType) : '';
          const status = h.status === 'scheduled' ? '' : label('hearingStatus', h.status);
          const room = Math.max(1, Math.floor((blockHeight - 4) / (FONT + 3)));
          const shown = blockLines(
            `${fmt.time(h.start)}–${fmt.time(h.end)} ${what}`,
            [kind, status].filter(Boolean).join(' · '),
            b.flagged ? m.dockets.gridOverlap : null,
            room,
          );
          return (
            <g key={b.id} data-kind="hearing" data-flagged={b.flagged ? 'true' : undefined}>
              <rect
                x={x}
                y={y}
                width={w}
                height={blockHeight}
                rx={3}
                fill={style.fill}
                stroke={style.stroke}
                strokeWidth={b.flagged ? 2.5 : 1}
                strokeDasharray={style.dash}
              />
              {shown.map((line, i) => (
                <text
                  key={i}
                  x={x + 6}
                  y={y + FONT + 1 + i * (FONT + 3)}
                  fontSize={FONT}
                  fontWeight={line.alert || i === 0 ? 700 : 400}
                  fill={line.alert ? '#b50909' : INK}
                >
                  {fit(line.text, w - 12)}
                </text>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="text-base-dark">{m.dockets.gridCaption}</figcaption>
    </figure>
  );
}
