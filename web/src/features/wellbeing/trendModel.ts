import { WELLBEING_DOMAINS, type WellbeingDomain } from '@hearth/core';
import type { WellbeingHistoryPoint } from '../../api/types.ts';

/**
 * The trend picture's geometry: one bar per hearing, stacked by domain, on a scale of whole concerns.
 * Pure, so the drawing and its table agree and can be tested without a browser.
 */

/** One colour per domain (USWDS palette), told apart in the legend and the table as well as by colour. */
export const DOMAIN_COLOURS: Record<WellbeingDomain, string> = {
  safety: '#b50909',
  physical_dental_health: '#005ea2',
  behavioral_health: '#7a4fb5',
  development: '#008817',
  education: '#c05600',
  relationships_family_time: '#1a4480',
  identity_culture: '#936f38',
  normalcy_activities: '#2e8367',
  placement_stability: '#5c5c5c',
  transition_readiness: '#c2850c',
};

export type TrendSegment = { domain: WellbeingDomain; count: number; y: number; height: number };
export type TrendBar = {
  hearingId: string;
  x: number;
  width: number;
  total: number;
  segments: TrendSegment[];
};
export type TrendLayout = {
  width: number;
  height: number;
  left: number;
  top: number;
  bottom: number;
  max: number;
  ticks: number[];
  y: (v: number) => number;
  bars: TrendBar[];
};

/** Ticks at whole numbers: every one up to 5, else every 2, 5 or 10. */
export function wholeTicks(max: number): number[] {
  const step = max <= 5 ? 1 : max <= 10 ? 2 : max <= 25 ? 5 : 10;
  const out: number[] = [];
  for (let t = 0; t <= max; t += step) out.push(t);
  return out;
}

export function trendLayout(
  points: readonly WellbeingHistoryPoint[],
  width = 520,
  height = 200,
): TrendLayout {
  const left = 32;
  const top = 10;
  const bottom = 28;
  const max = Math.max(1, ...points.map((p) => p.concerns.total));
  const ticks = wholeTicks(max);
  const top0 = Math.max(max, ticks[ticks.length - 1] ?? max);
  const plot = height - top - bottom;
  const y = (v: number) => top + plot - (v / top0) * plot;
  const slot = (width - left - 8) / Math.max(points.length, 1);
  const barWidth = Math.min(40, slot * 0.6);
  const bars = points.map((p, i) => {
    let base = 0;
    const segments: TrendSegment[] = [];
    for (const domain of WELLBEING_DOMAINS) {
      const count = p.concerns.byDomain[domain] ?? 0;
      if (count === 0) continue;
      segments.push({ domain, count, y: y(base + count), height: y(base) - y(base + count) });
      base += count;
    }
    return {
      hearingId: p.hearingId,
      x: left + slot * i + (slot - barWidth) / 2,
      width: barWidth,
      total: p.concerns.total,
      segments,
    };
  });
  return { width, height, left, top, bottom, max: top0, ticks, y, bars };
}

/** The domains with a concern at any of the hearings, in the domains' order (the legend and the table's rows). */
export function domainsShown(points: readonly WellbeingHistoryPoint[]): WellbeingDomain[] {
  return WELLBEING_DOMAINS.filter((d) => points.some((p) => (p.concerns.byDomain[d] ?? 0) > 0));
}
