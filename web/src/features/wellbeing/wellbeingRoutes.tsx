import type { ReactNode } from 'react';
import { BenchPage } from './BenchPage.tsx';
import { ChecklistPage } from './ChecklistPage.tsx';
import { wellbeingRouteOf } from './wellbeingPaths.ts';

/** A child's checklist for a hearing, and the judge's bench view of a hearing; null for any other address. */
export function wellbeingRoute(path: string): ReactNode | null {
  const r = wellbeingRouteOf(path);
  if (!r) return null;
  return r.page === 'bench' ? (
    <BenchPage key={path} hearingId={r.hearingId} />
  ) : (
    <ChecklistPage key={path} hearingId={r.hearingId} childId={r.childId} />
  );
}
