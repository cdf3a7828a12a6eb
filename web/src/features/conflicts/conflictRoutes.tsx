import type { ReactNode } from 'react';
import { ContinueHearingPage } from './ContinueHearingPage.tsx';
import { MoveHearingPage } from './MoveHearingPage.tsx';

/** The pages that move and continue a hearing, by address; null when the address is not theirs. */
export function conflictsRoute(path: string): ReactNode | null {
  const p = /^\/hearings\/([^/]+)\/(move|continue)\/?$/.exec(path);
  if (!p) return null;
  const hearingId = decodeURIComponent(p[1]!);
  return p[2] === 'move' ? (
    <MoveHearingPage key={path} hearingId={hearingId} />
  ) : (
    <ContinueHearingPage key={path} hearingId={hearingId} />
  );
}
