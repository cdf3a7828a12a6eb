import { useId } from 'react';
import type { WellbeingHistoryPoint } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { DOMAIN_COLOURS, domainsShown, trendLayout } from './trendModel.ts';

const INK = '#1b1b1b';
const GRID = '#dfe1e2';

/**
 * A child's well-being concerns at each hearing, drawn by hand in SVG (like the case timeline): one bar per
 * hearing, stacked by area. The picture has a title and a description read as its name, a legend in words,
 * and the same figures as a table below it.
 */
export function WellbeingTrend({ name, points }: { name: string; points: WellbeingHistoryPoint[] }) {
  const { m, fmt } = useI18n();
  const w = m.wellbeing;
  const id = useId();
  if (points.length === 0) return <p>{w.trendNone}</p>;
  const layout = trendLayout(points);
  const domains = domainsShown(points);
  const describe = (p: WellbeingHistoryPoint) =>
    w.trendPoint(
      `${fmt.date(p.hearingDate)}${p.status === 'draft' ? ` ${w.trendDraft}` : ''}`,
      p.concerns.total,
      domains
        .filter((d) => p.concerns.byDomain[d] > 0)
        .map((d) => `${w.domain[d]} ${p.concerns.byDomain[d]}`)
        .join(', '),
    );
  return (
    <figure className="margin-x-0 margin-y-2 maxw-tablet" data-kind="wellbeing-trend">
      <svg
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
        className="hearth-wellbeing-trend"
      >
        <title id={`${id}-t`}>{w.trendTitle(name)}</title>
        <desc id={`${id}-d`}>{w.trendDesc(points.map(describe).join('; '))}</desc>
        {layout.ticks.map((t) => (
          <g key={t}>
            <line x1={layout.left} x2={layout.width - 8} y1={layout.y(t)} y2={layout.y(t)} stroke={GRID} />
            <text x={layout.left - 6} y={layout.y(t) + 4} fontSize={10} textAnchor="end" fill={INK}>
              {t}
            </text>
          </g>
        ))}
        {layout.bars.map((b, i) => (
          <g key={b.hearingId} data-kind="bar" data-total={b.total}>
            {b.segments.map((s) => (
              <rect
                key={s.domain}
                data-domain={s.domain}
                x={b.x}
                y={s.y}
                width={b.width}
                height={s.height}
                fill={DOMAIN_COLOURS[s.domain]}
                stroke="#ffffff"
                strokeWidth={1}
              />
            ))}
            <text x={b.x + b.width / 2} y={layout.height - 10} fontSize={10} textAnchor="middle" fill={INK}>
              {fmt.date(points[i]!.hearingDate)}
            </text>
          </g>
        ))}
      </svg>
      {domains.length > 0 && (
        <figcaption>
          <ul className="usa-list usa-list--unstyled hearth-wellbeing-legend" aria-label={w.trendLegend}>
            {domains.map((d) => (
              <li key={d} className="display-inline-block margin-right-2">
                <svg width="12" height="12" aria-hidden="true" className="margin-right-05">
                  <rect width="12" height="12" fill={DOMAIN_COLOURS[d]} />
                </svg>
                {w.domain[d]}
              </li>
            ))}
          </ul>
        </figcaption>
      )}
      <details className="margin-top-1">
        <summary>{w.trendTable}</summary>
        <table className="usa-table usa-table--borderless usa-table--compact">
          <caption className="usa-sr-only">{w.trendTitle(name)}</caption>
          <thead>
            <tr>
              <th scope="col">{w.trendHearing}</th>
              {domains.map((d) => (
                <th key={d} scope="col">
                  {w.domain[d]}
                </th>
              ))}
              <th scope="col">{w.trendTotal}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.hearingId}>
                <th scope="row">
                  {fmt.date(p.hearingDate)}
                  {p.status === 'draft' && ` ${w.trendDraft}`}
                </th>
                {domains.map((d) => (
                  <td key={d}>{p.concerns.byDomain[d]}</td>
                ))}
                <td>{p.concerns.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
