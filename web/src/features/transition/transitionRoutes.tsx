import type { ReactNode } from 'react';
import { AdulthoodPlanPage } from './AdulthoodPlanPage.tsx';
import { HomePlanPage } from './HomePlanPage.tsx';

/** The transition pages, by address; null when the address is not one of them. */
export function transitionRoute(path: string): ReactNode | null {
  const plan = /^\/children\/([^/]+)\/transition-plan\/?$/.exec(path);
  if (plan) return <AdulthoodPlanPage key={plan[1]} childId={decodeURIComponent(plan[1]!)} />;
  const home = /^\/children\/([^/]+)\/transition-home-plan\/?$/.exec(path);
  if (home) return <HomePlanPage key={home[1]} childId={decodeURIComponent(home[1]!)} />;
  return null;
}
