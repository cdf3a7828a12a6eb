/**
 * Values of the output: "rounded half-up to two decimals", null when the denominator is 0
 * (cqi-interchange.md, Clarifications "Output").
 */

/**
 * `numerator / denominator × scale`, rounded half-up to two decimals, computed on integers: in binary
 * floating point 2.345 is 2.34499…, so Math.round(x * 100) / 100 would give 2.34 where the contract wants
 * 2.35. BigInt keeps `numerator × scale × 100` exact however large the totals get.
 */
export function rateHalfUp(numerator: number, denominator: number, scale: number): number | null {
  if (denominator === 0) return null;
  const n = BigInt(numerator) * BigInt(scale) * 100n;
  const d = BigInt(denominator);
  let hundredths = n / d;
  if ((n - hundredths * d) * 2n >= d) hundredths += 1n;
  return Number(hundredths) / 100;
}
