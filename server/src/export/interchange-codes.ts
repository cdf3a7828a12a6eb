/**
 * How the database's person and child fields map to the CQI interchange values
 * (shared/reference/cqi-interchange.md, children.csv). One mapping for every reader of the database: the
 * interchange files (interchange.ts) and the live dashboard's loader (server/src/cqi/cqi.repo.ts), so the
 * dashboard's groups are the same as the exported files'.
 */

/** sex: `female` and `male` as they are; `unknown` (or nothing) is not known (null). */
export function interchangeSex(sex: unknown): string | null {
  return sex === 'female' || sex === 'male' ? sex : null;
}

/**
 * race_ethnicity: the single value when there is one, `two_or_more` when there are several (or the record
 * already says so), null when there is none. `unknown` is not a value: ['unknown'] is null and
 * ['white', 'unknown'] is `white`.
 */
export function interchangeRaceEthnicity(values: unknown): string | null {
  if (!Array.isArray(values)) return null;
  const known = [
    ...new Set(values.filter((v): v is string => typeof v === 'string' && v !== '' && v !== 'unknown')),
  ];
  if (known.length === 0) return null;
  if (known.length > 1 || known.includes('two_or_more')) return 'two_or_more';
  return known[0] ?? null;
}
