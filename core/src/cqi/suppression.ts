/**
 * Small-cell suppression for anything shown or exported (issue 5: "counts under 10 suppressed").
 *
 * A count of 1 to threshold − 1 children, hearings or cases is never shown, because a few children in a
 * small county can be recognised from it; 0 is shown (it reveals no one). The threshold is the rule pack's
 * `smallCellThreshold` (10 unless a jurisdiction configures another; see core/src/rules/rule-pack.ts).
 */

/** Counts below this are never shown (configurable per jurisdiction; 10 by default). */
export const DEFAULT_SUPPRESSION_THRESHOLD = 10;

/** True when a count must be hidden: 1 ≤ count < threshold. */
export function isSuppressed(count: number, threshold = DEFAULT_SUPPRESSION_THRESHOLD): boolean {
  return count >= 1 && count < threshold;
}

/** A count as it may be shown: the number, or null when 1 ≤ count < threshold (0 is shown). */
export function suppressCount(count: number, threshold = DEFAULT_SUPPRESSION_THRESHOLD): number | null {
  return isSuppressed(count, threshold) ? null : count;
}

/**
 * A rate as it may be shown: numerator / denominator, or null when either count is suppressed (a rate and
 * its denominator give the numerator back) or the denominator is 0 (no rate).
 * @param numerator - events counted (e.g. hearings held on time)
 * @param denominator - the population (e.g. hearings held)
 */
export function suppressRate(
  numerator: number,
  denominator: number,
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
): number | null {
  if (denominator <= 0) return null;
  if (isSuppressed(numerator, threshold) || isSuppressed(denominator, threshold)) return null;
  return numerator / denominator;
}

export type SuppressedLines = {
  /** The cells as they may be shown, null where suppressed (primary or complementary). */
  cells: (number | null)[][];
  /** Row sums, as they may be shown (present when the table shows row totals). */
  rowTotals: (number | null)[] | null;
  /** Column sums, as they may be shown (present when the table shows column totals). */
  columnTotals: (number | null)[] | null;
  /** Cells hidden only so that another hidden cell cannot be worked out: [row, column]. */
  complementary: [number, number][];
};

/**
 * Suppression for a table of counts whose rows and/or columns add up to a shown total.
 *
 * The rule (primary, then complementary suppression):
 * 1. Primary: every cell and every total with 1 ≤ count < threshold is hidden.
 * 2. Complementary: a line (a row when row totals are shown, a column when column totals are shown) whose
 *    total is shown must not have exactly one hidden cell, or that cell is its total minus the others. While
 *    some line has exactly one hidden cell, hide one more cell of that line: the smallest shown non-zero
 *    cell (the one whose hiding loses least), ties to the leftmost / topmost; a zero only when no non-zero
 *    cell is left. If no cell is left to hide, hide the line's total.
 * 3. Repeat over rows and columns until no line changes (hiding a cell in a row can leave its column with
 *    a single hidden cell). Every step hides one more value, so this ends.
 *
 * A line whose total is hidden needs nothing more: its hidden cells cannot be recovered from it. This is
 * the usual row-and-column rule of statistical agencies (e.g. CDC WONDER, NCHS); it is not a guarantee
 * against every linear attack across several tables, which no rule this small gives.
 * @param counts - rows of non-negative counts, all the same length
 * @param shown - which totals the table shows beside the cells
 */
export function suppressLines(
  counts: readonly (readonly number[])[],
  shown: { rowTotals: boolean; columnTotals: boolean },
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
): SuppressedLines {
  const width = counts[0]?.length ?? 0;
  const hidden = counts.map((row) => row.map((c) => isSuppressed(c, threshold)));
  const rowSums = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const colSums = Array.from({ length: width }, (_, j) => counts.reduce((a, row) => a + (row[j] ?? 0), 0));
  const rowTotalHidden = rowSums.map((s) => isSuppressed(s, threshold));
  const colTotalHidden = colSums.map((s) => isSuppressed(s, threshold));
  const complementary: [number, number][] = [];

  const fixLine = (cellsOf: [number, number][], totalHidden: boolean[], index: number): boolean => {
    if (totalHidden[index]) return false;
    if (cellsOf.filter(([i, j]) => hidden[i]?.[j]).length !== 1) return false;
    const candidates = cellsOf
      .filter(([i, j]) => !hidden[i]?.[j])
      .sort((a, b) => rank(a) - rank(b) || a[0] - b[0] || a[1] - b[1]);
    const pick = candidates[0];
    if (pick === undefined) {
      totalHidden[index] = true;
      return true;
    }
    const row = hidden[pick[0]];
    if (row) row[pick[1]] = true;
    complementary.push(pick);
    return true;
  };
  // A zero ranks after every non-zero count; among non-zero counts the smallest comes first.
  const rank = ([i, j]: [number, number]): number => {
    const c = counts[i]?.[j] ?? 0;
    return c === 0 ? Number.MAX_SAFE_INTEGER : c;
  };

  let changed = true;
  while (changed) {
    changed = false;
    if (shown.rowTotals) {
      for (let i = 0; i < counts.length; i++) {
        const line = Array.from({ length: width }, (_, j): [number, number] => [i, j]);
        if (fixLine(line, rowTotalHidden, i)) changed = true;
      }
    }
    if (shown.columnTotals) {
      for (let j = 0; j < width; j++) {
        const line = counts.map((_, i): [number, number] => [i, j]);
        if (fixLine(line, colTotalHidden, j)) changed = true;
      }
    }
  }

  return {
    cells: counts.map((row, i) => row.map((c, j) => (hidden[i]?.[j] ? null : c))),
    rowTotals: shown.rowTotals ? rowSums.map((s, i) => (rowTotalHidden[i] ? null : s)) : null,
    columnTotals: shown.columnTotals ? colSums.map((s, j) => (colTotalHidden[j] ? null : s)) : null,
    complementary,
  };
}
