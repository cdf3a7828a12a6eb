import {
  CONTINUANCE_REASONS,
  suppressCount,
  suppressLines,
  TIME_MEASURES,
  type CourtMeasureFigures,
  type CourtMeasureResult,
  type Ratio,
} from '@hearth/core';
import type { MeasuresRow, ShownRatio } from './measures.dto.ts';

/**
 * The measures as they may be shown: small counts suppressed (core/src/cqi/suppression.ts).
 *
 * The groups (courts or judges) of a column add up to the total row, which is shown; so every count column
 * — each measure's count, its count within target, each ratio's numerator and denominator — is suppressed
 * as one line with its total (`suppressLines`, complementary suppression): a hidden court cannot be
 * worked out as the total minus the others. Continuance reasons are a table of their own whose rows add up
 * to each group's continuances and whose columns add up to the total's. Then:
 * - a median, 90th percentile or mean is shown only with its count (a median of 3 children is one child's);
 * - a rate only with both its numerator and denominator (suppressRate's rule).
 * What is not shown cannot leak: the count not within target (count − within) is never a cell, and it is
 * not suppressed in turn — a rate of 95% of 200 tells that 10 were late, by design of a rate.
 */
type Figures = CourtMeasureFigures;

/** Suppresses one count column over the groups; returns the shown values, the total row's last. */
function column(
  groups: readonly Figures[],
  total: Figures,
  pick: (f: Figures) => number,
  threshold: number,
): (number | null)[] {
  if (groups.length === 0) return [suppressCount(pick(total), threshold)];
  const out = suppressLines(
    groups.map((g) => [pick(g)]),
    { rowTotals: false, columnTotals: true },
    threshold,
  );
  // The total row's value is the column's sum, checked against the threshold like any cell.
  return [...out.cells.map((r) => r[0] ?? null), out.columnTotals?.[0] ?? null];
}

const rate = (n: number | null, d: number | null): number | null =>
  n === null || d === null || d === 0 ? null : n / d;

function ratioColumns(
  groups: readonly Figures[],
  total: Figures,
  pick: (f: Figures) => Ratio,
  threshold: number,
): ShownRatio[] {
  const num = column(groups, total, (f) => pick(f).numerator, threshold);
  const den = column(groups, total, (f) => pick(f).denominator, threshold);
  return num.map((n, i) => ({ numerator: n, denominator: den[i] ?? null, rate: rate(n, den[i] ?? null) }));
}

export function shownRows(
  result: CourtMeasureResult,
  labelOf: (key: string | null) => string,
  totalLabel: string,
  threshold: number,
): MeasuresRow[] {
  const groups = result.groups.map((g) => g.figures);
  const all = [...groups, result.total];
  const rows: MeasuresRow[] = all.map((_, i) => {
    const key = result.groups[i]?.key ?? null;
    const isTotal = i === groups.length;
    return {
      key: isTotal ? null : key,
      label: isTotal ? totalLabel : labelOf(key),
      total: isTotal,
    } as MeasuresRow;
  });

  for (const k of TIME_MEASURES) {
    const count = column(groups, result.total, (f) => f.time[k].count, threshold);
    const within = column(groups, result.total, (f) => f.time[k].withinTarget, threshold);
    all.forEach((f, i) => {
      const n = count[i] ?? null;
      const row = rows[i]!;
      row.time = row.time ?? ({} as MeasuresRow['time']);
      row.time[k] = {
        count: n,
        median: n === null ? null : f.time[k].median,
        p90: n === null ? null : f.time[k].p90,
        withinTarget: n === null ? null : (within[i] ?? null),
        withinRate: n === null ? null : rate(within[i] ?? null, n),
      };
    });
  }

  const ratios = [
    'hearingsOnTime',
    'parentsPresent',
    'parentsRepresented',
    'youthAttending',
    'youthRemote',
    'youthExcused',
  ] as const;
  for (const name of ratios) {
    ratioColumns(groups, result.total, (f) => f[name], threshold).forEach((r, i) => {
      rows[i]![name] = r;
    });
  }

  const continued = ratioColumns(groups, result.total, (f) => f.continuances, threshold);
  const reasons = suppressLines(
    groups.map((g) => CONTINUANCE_REASONS.map((r) => g.continuances.byReason[r] ?? 0)),
    { rowTotals: true, columnTotals: true },
    threshold,
  );
  all.forEach((f, i) => {
    const isTotal = i === groups.length;
    const byReason = Object.fromEntries(
      CONTINUANCE_REASONS.map((r, j) => {
        const n = f.continuances.byReason[r] ?? 0;
        // The total row's reasons are the column totals of the reasons table.
        const v = isTotal
          ? groups.length
            ? (reasons.columnTotals?.[j] ?? null)
            : suppressCount(n, threshold)
          : (reasons.cells[i]?.[j] ?? null);
        // A group whose continuances are hidden shows no reasons either.
        return [r, continued[i]?.numerator === null ? null : v];
      }),
    ) as MeasuresRow['continuances']['byReason'];
    rows[i]!.continuances = { ...continued[i]!, byReason };
  });

  ratioColumns(groups, result.total, (f) => f.judgesPerCase, threshold).forEach((r, i) => {
    const f = all[i]!;
    rows[i]!.judgesPerCase = {
      ...r,
      mean:
        r.denominator === null || f.judgesPerCase.denominator === 0
          ? null
          : f.judgesPerCase.judges / f.judgesPerCase.denominator,
    };
  });
  return rows;
}
