import { hasPermission, type Role } from '@hearth/core';
import type { MeasureTarget, MeasuresRow } from '../../api/types.ts';

/** Who is offered the Court performance page: holders of cqi.read. This only hides; the API decides. */
export const canSeeMeasures = (roles: readonly Role[]): boolean => hasPermission(roles, 'cqi.read');
/** Who is offered the downloads: data.export as well (the API checks both). */
export const canDownloadMeasures = (roles: readonly Role[]): boolean =>
  canSeeMeasures(roles) && hasPermission(roles, 'data.export');

/** A target in days, to draw it on a scale of days (a month as 365.25 / 12 days). */
export function targetDays(t: MeasureTarget): number {
  return t.unit === 'days' ? t.amount : Math.round((t.amount * 365.25) / 12);
}

/** The scale of a bar chart of days: the largest shown value or the target, whichever is larger. */
export function scaleMax(values: readonly (number | null)[], target: number): number {
  return Math.max(target, ...values.filter((v): v is number => v !== null), 1);
}

/** A bar's width (0–100) for a value on a scale. */
export function barWidth(value: number | null, max: number): number {
  if (value === null || max <= 0) return 0;
  return Math.max(0, Math.min(100, (value / max) * 100));
}

/** The groups first, the total last, as the API sends them. */
export function groupRows(rows: readonly MeasuresRow[]): MeasuresRow[] {
  return [...rows.filter((r) => !r.total), ...rows.filter((r) => r.total)];
}

/** The default first day of the period: the 12 full months before the current month of `today`. */
export function defaultPeriodStart(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return `${y - 1}-${String(m).padStart(2, '0')}-01`;
}
