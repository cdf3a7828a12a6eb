import { useId } from 'react';
import type { IndicatorKey } from '@hearth/core';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatCount, formatValue, trendPaths, trendScale, type TrendPoint } from './cqiModel.ts';

const INK = '#1b1b1b';
const LINE = '#005ea2';
const REFERENCE = '#b50909';

export type TrendRow = TrendPoint & { numerator: number; denominator: number };

/**
 * A small hand-drawn chart of one indicator over the last periods, with the national reference line
 * dashed across it; a period whose follow-up is not complete is a hollow dot. The picture has a title and
 * a description (read as its name), and the same figures are a table just below it.
 */
export function TrendChart({
  indicator,
  name,
  rows,
  reference,
}: {
  indicator: IndicatorKey;
  name: string;
  rows: TrendRow[];
  reference: number | null;
}) {
  const { m, fmt } = useI18n();
  const id = useId();
  const scale = trendScale(rows, reference);
  const value = (v: number | null) => formatValue(indicator, v, fmt.locale);
  const points = rows
    .map((r) => `${r.label}: ${value(r.value)}${r.complete ? '' : ` (${m.cqi.trendIncomplete})`}`)
    .join('; ');
  const desc = m.cqi.trendDesc(
    points,
    reference === null ? m.cqi.trendNoLine : m.cqi.trendLine(value(reference)),
  );
  return (
    <figure className="margin-x-0 margin-y-2">
      <svg
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        viewBox={`0 0 ${scale.width} ${scale.height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
        className="hearth-cqi-trend"
        data-indicator={indicator}
      >
        <title id={`${id}-t`}>{m.cqi.trendTitle(name)}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {scale.ticks.map((t) => (
          <g key={t}>
            <line x1={scale.left} x2={scale.width - 8} y1={scale.y(t)} y2={scale.y(t)} stroke="#dfe1e2" />
            <text x={scale.left - 4} y={scale.y(t) + 4} fontSize={10} textAnchor="end" fill={INK}>
              {formatCount(Math.round(t * 100) / 100, fmt.locale)}
            </text>
          </g>
        ))}
        {reference !== null && (
          <line
            data-kind="reference"
            x1={scale.left}
            x2={scale.width - 8}
            y1={scale.y(reference)}
            y2={scale.y(reference)}
            stroke={REFERENCE}
            strokeWidth={1.5}
            strokeDasharray="5 4"
          />
        )}
        {trendPaths(rows, scale).map((d) => (
          <path key={d} d={d} fill="none" stroke={LINE} strokeWidth={2} />
        ))}
        {rows.map((r, i) =>
          r.value === null ? null : (
            <circle
              key={r.label}
              data-kind={r.complete ? 'point' : 'incomplete'}
              cx={scale.x(i)}
              cy={scale.y(r.value)}
              r={3.5}
              fill={r.complete ? LINE : '#ffffff'}
              stroke={LINE}
              strokeWidth={1.5}
            />
          ),
        )}
        {rows.map((r, i) => (
          <text
            key={`l-${r.label}`}
            x={scale.x(i)}
            y={scale.height - 6}
            fontSize={10}
            textAnchor="middle"
            fill={INK}
          >
            {r.label}
          </text>
        ))}
      </svg>
      <details className="margin-top-1">
        <summary>{m.cqi.trendTable}</summary>
        <table className="usa-table usa-table--borderless usa-table--compact">
          <caption className="usa-sr-only">{m.cqi.trendTitle(name)}</caption>
          <thead>
            <tr>
              <th scope="col">{m.cqi.trendPeriod}</th>
              <th scope="col">{m.cqi.trendValue}</th>
              <th scope="col">{m.cqi.trendCounts}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>
                  {value(r.value)}
                  {!r.complete && ` (${m.cqi.trendIncomplete})`}
                </td>
                <td>
                  {formatCount(r.numerator, fmt.locale)} / {formatCount(r.denominator, fmt.locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
