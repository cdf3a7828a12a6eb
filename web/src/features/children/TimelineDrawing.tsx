import { fillOf, styleOf } from './settingStyle.ts';
import { settingsOf, type MarkKind, type TimelineModel } from './timelineModel.ts';
import type { Scale } from './timelineScale.ts';

const AXIS = 28;
const ROW = 60;
const LANE = 26;
const INK = '#1b1b1b';

/** How each court mark is drawn; the legend draws the same shapes (MarkShape). */
export const MARK_STYLE: Record<MarkKind, { fill: string; stroke?: string }> = {
  finding: { fill: '#162e51' },
  order: { fill: '#00687d' },
  pastHearing: { fill: '#ffffff', stroke: INK },
  hearing: { fill: '#e5a000', stroke: INK },
};

/** A mark centred on (x, y): a dot for a finding, a square for an order, a diamond for a hearing. */
export function MarkShape({
  kind,
  x,
  y,
  dataKind,
}: {
  kind: MarkKind;
  x: number;
  y: number;
  dataKind?: string;
}) {
  const { fill, stroke } = MARK_STYLE[kind];
  if (kind === 'finding') return <circle data-kind={dataKind} cx={x} cy={y} r={4} fill={fill} />;
  if (kind === 'order')
    return <rect data-kind={dataKind} x={x - 4.5} y={y - 4.5} width={9} height={9} fill={fill} />;
  return (
    <path
      data-kind={dataKind}
      d={`M ${x} ${y - 9} l 9 9 l -9 9 l -9 -9 z`}
      fill={fill}
      stroke={stroke}
      strokeWidth={kind === 'pastHearing' ? 1.5 : 1}
    />
  );
}

/** Hearings on one lane, what the court decided (orders, findings) on the next, so neither hides the other. */
const laneOf = (kind: MarkKind): 0 | 1 => (kind === 'hearing' || kind === 'pastHearing' ? 0 : 1);

/**
 * The timeline as a picture: one row per entry of the model (a bar from removal to discharge or today,
 * its placements as coloured segments, the date entered foster care marked, the row's label below), then
 * the court's marks on the same axis: hearings on one lane, orders and findings on the next. The words are in `label` and in the list beside it; the
 * drawing itself is one image.
 */
export function TimelineDrawing({
  model,
  scale,
  today,
  label,
}: {
  model: TimelineModel;
  scale: Scale;
  today: string;
  label: string;
}) {
  const { rows, marks } = model;
  const lanes = [...new Set(marks.map((mk) => laneOf(mk.kind)))].sort();
  const height = AXIS + rows.length * ROW + Math.max(lanes.length, 1) * LANE + 18;
  const { x, width: WIDTH } = scale;
  const font = WIDTH < 600 ? 15 : 13;
  const settings = settingsOf(model);
  const laneY = (kind: MarkKind) => AXIS + rows.length * ROW + 20 + lanes.indexOf(laneOf(kind)) * LANE;
  const textX = (at: number) => Math.min(Math.max(at, 4), WIDTH - font * 14);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      className="hearth-timeline"
    >
      <defs>
        {settings
          .filter((s) => styleOf(s).pattern)
          .map((s) => (
            <SettingPattern key={s} setting={s} />
          ))}
      </defs>
      <line x1={0} x2={WIDTH} y1={AXIS - 6} y2={AXIS - 6} stroke="#a9aeb1" />
      {scale.years.map((y) => {
        const at = x(`${y}-01-01`);
        return (
          <g key={y}>
            <line x1={at} x2={at} y1={AXIS - 12} y2={height} stroke="#dfe1e2" />
            <text x={at + 3} y={AXIS - 11} fontSize={font - 1} fill={INK}>
              {y}
            </text>
          </g>
        );
      })}
      {rows.map((row, i) => {
        const top = AXIS + i * ROW + 6;
        return (
          <g key={row.key} data-kind="row">
            {row.bands.map((b) => {
              const end = b.to ?? today;
              return (
                <g key={b.key}>
                  <rect
                    data-kind="removal"
                    x={x(b.from)}
                    y={top}
                    width={Math.max(x(end) - x(b.from), 2)}
                    height={22}
                    fill="#f0f0f0"
                    stroke={INK}
                  />
                  {b.segments.map((s) => (
                    <rect
                      key={s.key}
                      data-kind="placement"
                      x={x(s.from)}
                      y={top + 3}
                      width={Math.max(x(s.to ?? end) - x(s.from), 1.5)}
                      height={16}
                      fill={fillOf(s.setting)}
                    />
                  ))}
                  <path data-kind="entered" d={`M ${x(b.entered)} ${top - 4} l -5 -7 h 10 z`} fill={INK} />
                </g>
              );
            })}
            <text x={textX(row.bands[0] ? x(row.bands[0].from) : 4)} y={top + 40} fontSize={font} fill={INK}>
              {row.label}
            </text>
          </g>
        );
      })}
      {marks.map((m) => (
        <MarkShape
          key={`${m.kind}-${m.key}`}
          kind={m.kind}
          x={x(m.date)}
          y={laneY(m.kind)}
          dataKind={m.kind}
        />
      ))}
    </svg>
  );
}

/** A pattern carrying the setting's colour: stripes for a trial home visit, dots for a runaway. */
export function SettingPattern({ setting }: { setting: string }) {
  const { fill, pattern } = styleOf(setting);
  return (
    <pattern id={`hearth-tl-${setting}`} width={6} height={6} patternUnits="userSpaceOnUse">
      <rect width={6} height={6} fill={fill} />
      {pattern === 'stripes' ? (
        <path d="M -1 7 L 7 -1" stroke="#ffffff" strokeWidth={1.5} />
      ) : (
        <circle cx={3} cy={3} r={1.4} fill="#ffffff" />
      )}
    </pattern>
  );
}

/** Whether anything would be drawn: the caller says so in words instead of an empty picture. */
export const isEmptyModel = (model: TimelineModel): boolean =>
  model.rows.every((r) => r.bands.length === 0) && model.marks.length === 0;
