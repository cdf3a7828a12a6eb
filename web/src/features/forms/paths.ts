/** Where each form lives, for the links to them. */
export const formPaths = {
  openCase: '/cases/new',
  editCase: (caseId: string) => `/cases/${encodeURIComponent(caseId)}/edit`,
  addChild: (caseId: string) => `/cases/${encodeURIComponent(caseId)}/children/new`,
  scheduleHearing: (caseId: string) => `/cases/${encodeURIComponent(caseId)}/hearings/new`,
  recordOrder: (caseId: string) => `/cases/${encodeURIComponent(caseId)}/orders/new`,
  editChild: (childId: string) => `/children/${encodeURIComponent(childId)}/edit`,
  recordRemoval: (childId: string) => `/children/${encodeURIComponent(childId)}/removals/new`,
  recordPlacement: (childId: string, removalId: string) =>
    `/children/${encodeURIComponent(childId)}/removals/${encodeURIComponent(removalId)}/placements/new`,
  discharge: (childId: string, removalId: string) =>
    `/children/${encodeURIComponent(childId)}/removals/${encodeURIComponent(removalId)}/discharge`,
};
