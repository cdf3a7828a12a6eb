import type { ReactNode } from 'react';
import { CasaNarrativePage } from './CasaNarrativePage.tsx';

/** The CASA volunteer's report of a hearing, by address; null when the address is not theirs. */
export function reportsRoute(path: string): ReactNode | null {
  const p = /^\/hearings\/([^/]+)\/reports\/casa\/?$/.exec(path);
  if (p) return <CasaNarrativePage key={path} hearingId={decodeURIComponent(p[1]!)} />;
  return null;
}
