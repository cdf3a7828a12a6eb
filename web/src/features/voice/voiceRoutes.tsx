import type { ReactNode } from 'react';
import { ChildVoicePage } from './ChildVoicePage.tsx';
import { HearingVoicesPage } from './HearingVoicesPage.tsx';

/** The voice pages, by address; null when the address is not theirs. */
export function voiceRoute(path: string): ReactNode | null {
  const child = /^\/children\/([^/]+)\/voice\/?$/.exec(path);
  if (child) return <ChildVoicePage key={path} childId={decodeURIComponent(child[1]!)} />;
  const hearing = /^\/hearings\/([^/]+)\/voices\/?$/.exec(path);
  if (hearing) return <HearingVoicesPage key={path} hearingId={decodeURIComponent(hearing[1]!)} />;
  return null;
}
