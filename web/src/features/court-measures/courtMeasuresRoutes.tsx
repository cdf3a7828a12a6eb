import type { ReactNode } from 'react';
import { AttendancePage } from './AttendancePage.tsx';
import { CourtMeasuresPage } from './CourtMeasuresPage.tsx';

/** The Court performance page and a hearing's attendance, by address; null when the address is not theirs. */
export function courtMeasuresRoute(path: string): ReactNode | null {
  if (/^\/court-measures\/?$/.test(path)) return <CourtMeasuresPage />;
  const p = /^\/hearings\/([^/]+)\/attendance\/?$/.exec(path);
  if (p) return <AttendancePage key={path} hearingId={decodeURIComponent(p[1]!)} />;
  return null;
}
