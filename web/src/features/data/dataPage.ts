import { hasPermission, type Role } from '@hearth/core';

/**
 * The interchange files, as the exporter names them (server/src/export/interchange.ts, and the contract in
 * shared/reference/cqi-interchange.md), with the key of their description in the dictionary.
 */
export const INTERCHANGE_FILES = [
  { file: 'children.csv', key: 'children' },
  { file: 'removals.csv', key: 'removals' },
  { file: 'placements.csv', key: 'placements' },
  { file: 'maltreatment.csv', key: 'maltreatment' },
  { file: 'visits.csv', key: 'visits' },
] as const;

export type DataPageParts = { summary: boolean; downloads: boolean };

/**
 * Which parts of the Data page a person's roles reach: the counts with `cqi.read`, the files with
 * `data.export`. Neither: no Data page (and no link to it). This only hides; the API decides.
 */
export function dataPageParts(roles: readonly Role[]): DataPageParts {
  return { summary: hasPermission(roles, 'cqi.read'), downloads: hasPermission(roles, 'data.export') };
}

export const hasDataPage = (roles: readonly Role[]): boolean => {
  const parts = dataPageParts(roles);
  return parts.summary || parts.downloads;
};

/** The year (`2026`) and the month's first day (`2026-11-01`) of a court-local `YYYY-MM-DD` day. */
export function periodOf(asOf: string): { year: string; monthStart: string } {
  return { year: asOf.slice(0, 4), monthStart: `${asOf.slice(0, 7)}-01` };
}
