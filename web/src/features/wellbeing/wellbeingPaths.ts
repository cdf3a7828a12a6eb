/** Where the well-being pages live. */
export const wellbeingPaths = {
  checklist: (hearingId: string, childId: string) =>
    `/hearings/${encodeURIComponent(hearingId)}/children/${encodeURIComponent(childId)}/well-being`,
  bench: (hearingId: string) => `/hearings/${encodeURIComponent(hearingId)}/bench`,
};

/** The page an address names, with its ids; null when the address is not a well-being page. */
export function wellbeingRouteOf(
  path: string,
): { page: 'checklist'; hearingId: string; childId: string } | { page: 'bench'; hearingId: string } | null {
  const checklist = /^\/hearings\/([^/]+)\/children\/([^/]+)\/well-being\/?$/.exec(path);
  if (checklist)
    return {
      page: 'checklist',
      hearingId: decodeURIComponent(checklist[1]!),
      childId: decodeURIComponent(checklist[2]!),
    };
  const bench = /^\/hearings\/([^/]+)\/bench\/?$/.exec(path);
  if (bench) return { page: 'bench', hearingId: decodeURIComponent(bench[1]!) };
  return null;
}
