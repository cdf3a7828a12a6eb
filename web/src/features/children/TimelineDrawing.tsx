import type { ChildRecord } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fillOf, styleOf } from './settingStyle.ts';
import type { Scale } from './timelineScale.ts';

const AXIS = 28;
const ROW = 60;
const MARKS = 44;
const INK = '#1b1b1b';

/**
 * The timeline as a picture: one row per removal (a bar from removal to discharge or today, its placements
 * as coloured segments, the date entered foster care marked), then a row of upcoming hearings (diamonds)
 * and findings (dots). The words are in `label` and in the list beside it; the drawing itself is one image.
 */
export function TimelineDrawing({
  child,
  scale,
  today,
  label,
}: {
  child: ChildRecord;
  scale: Scale;
  today: string;
  label: string;
}) {
  const { m, fmt } = useI18n();
  const removals = child.removals ?? [];
  const height = AXIS + removals.length * ROW + MARKS;
  const { x, width: WIDTH } = scale;
  const font = WIDTH < 600 ? 15 : 13;
  const settings = [...new Set(removals.flatMap((r) => r.placements.map((p) => p.setting)))];
  const marksY = AXIS + removals.length * ROW + 20;
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
      {removals.map((r, i) => {
        const top = AXIS + i * ROW + 6;
        const end = r.dischargeDate ?? today;
        return (
          <g key={r.id}>
            <rect
              data-kind="removal"
              x={x(r.removalDate)}
              y={top}
              width={Math.max(x(end) - x(r.removalDate), 2)}
              height={22}
              fill="#f0f0f0"
              stroke={INK}
            />
            {r.placements.map((p) => {
              const from = p.startDate < r.removalDate ? r.removalDate : p.startDate;
              const to = p.endDate ?? end;
              return (
                <rect
                  key={p.id}
                  data-kind="placement"
                  x={x(from)}
                  y={top + 3}
                  width={Math.max(x(to) - x(from), 1.5)}
                  height={16}
                  fill={fillOf(p.setting)}
                />
              );
            })}
            <path
              data-kind="entered"
              d={`M ${x(r.dateEnteredFosterCare)} ${top - 4} l -5 -7 h 10 z`}
              fill={INK}
            />
            <text x={textX(x(r.removalDate))} y={top + 40} fontSize={font} fill={INK}>
              {`${fmt.date(r.removalDate)} – ${r.dischargeDate ? fmt.date(r.dischargeDate) : m.child.today}`}
            </text>
          </g>
        );
      })}
      {(child.findings ?? []).map((f, i) => (
        <circle key={`f${i}`} data-kind="finding" cx={x(f.date)} cy={marksY} r={4} fill="#162e51" />
      ))}
      {child.upcomingHearings.map((h) => {
        const at = x(h.start);
        return (
          <path
            key={h.id}
            data-kind="hearing"
            d={`M ${at} ${marksY - 9} l 9 9 l -9 9 l -9 -9 z`}
            fill="#e5a000"
            stroke={INK}
          />
        );
      })}
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
