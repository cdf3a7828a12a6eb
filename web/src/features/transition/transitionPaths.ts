/** The transition pages' addresses. */
export const adulthoodPlanPath = (childId: string): string =>
  `/children/${encodeURIComponent(childId)}/transition-plan`;
export const homePlanPath = (childId: string): string =>
  `/children/${encodeURIComponent(childId)}/transition-home-plan`;
