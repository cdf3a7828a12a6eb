/**
 * The statistics of the court performance measures, defined once so every table and export agrees.
 */

/**
 * The median: the middle value, or the mean of the two middle values when the count is even; null for
 * no values.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid] ?? null;
  return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * The p-th percentile by the nearest-rank method: the smallest value with at least p% of the values at or
 * below it (the value of rank ⌈p/100 · n⌉). Always one of the values, so "90% took N days or fewer" reads
 * true of the data; null for no values.
 * @param p - 0 < p ≤ 100
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}
