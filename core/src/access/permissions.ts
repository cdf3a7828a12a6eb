/**
 * The permission registry (house-style §3, from Cal.com's PBAC registry). Routes declare one of these;
 * roles grant them with scopes. Nothing checks a role name directly.
 */
export const PERMISSIONS = {
  'case.read': { describe: 'Open a case page: parties, children, hearings, orders', dependsOn: [] },
  'case.open': { describe: 'Open a case from a filed petition', dependsOn: [] },
  'case.update': { describe: 'Change a case: assigned judge, allegations, status', dependsOn: ['case.read'] },
  'participant.manage': {
    describe: 'Add or end a party or professional on a case',
    dependsOn: ['case.read'],
  },
  'child.read': { describe: "See a child's basic record and next hearings", dependsOn: [] },
  'child.readHistory': {
    describe: "See a child's removals, placements, permanency plans and findings",
    dependsOn: ['child.read'],
  },
  'child.update': { describe: "Change a child's basic record", dependsOn: ['child.read'] },
  'removal.record': { describe: 'Record a removal or a discharge', dependsOn: ['child.readHistory'] },
  'placement.record': {
    describe: 'Record a placement (living arrangement)',
    dependsOn: ['child.readHistory'],
  },
  'plan.record': { describe: 'Record a permanency plan', dependsOn: ['child.readHistory'] },
  'parentalRights.record': {
    describe:
      "Record a TPR petition, its dismissal, or the termination or relinquishment of a parent's rights",
    dependsOn: ['child.readHistory'],
  },
  'hearing.schedule': { describe: 'Set, move or continue a hearing', dependsOn: ['case.read'] },
  'order.record': { describe: 'Record an order and its findings', dependsOn: ['case.read'] },
  // Apart from `case.read`: a docket is the court's own calendar of a judge or a courtroom, printed and
  // posted. Many roles read cases (attorneys, caseworkers, CASA, the analyst over the whole district); only
  // the bench and its clerks work from dockets, and whose docket one may open is a judge or a courtroom,
  // not a case.
  'docket.read': {
    describe: "See a judge's or a courtroom's hearings by day and week, and print them",
    dependsOn: ['case.read'],
  },
  'sensitive.read': {
    describe: 'Read sensitive field classes for which an explicit grant is held',
    dependsOn: ['child.read'],
  },
  'sensitive.write': {
    describe: 'Write sensitive field classes for which an explicit grant is held',
    dependsOn: ['sensitive.read'],
  },
  'sensitive.grant': { describe: 'Give or revoke an explicit sensitive-field grant', dependsOn: [] },
  'record.breakGlass': {
    describe: 'Open a record outside one’s relationships, with a stated reason, flagged in the audit',
    dependsOn: [],
  },
  'cqi.read': { describe: 'See outcome indicators and court performance measures', dependsOn: [] },
  // Apart from `cqi.read`: judges and supervisors read the dashboard, but the national values it is read
  // against are the analyst's to keep (issue 5: "national values are data"); no existing right fits.
  'cqi.configure': {
    describe: 'Correct the reference values (national standards) the outcome indicators are read against',
    dependsOn: ['cqi.read'],
  },
  'data.export': { describe: 'Export case data (interchange files)', dependsOn: [] },
  'audit.read': { describe: 'Read the audit log', dependsOn: [] },
  'account.manage': { describe: 'Create accounts and change roles', dependsOn: [] },
} as const satisfies Record<string, { describe: string; dependsOn: readonly string[] }>;

export type Permission = keyof typeof PERMISSIONS;

/**
 * The relationship a grant covers (house-style §3 scopes, made concrete for a dependency court):
 * - `assigned`: the account is an active participant on the case (attorney, GAL, CASA, caseworker …);
 * - `unit`: a caseworker of the supervisor's unit is assigned;
 * - `docket`: the case is assigned to the judge;
 * - `court`: the case is in the clerk's court;
 * - `placement`: the child lives with the caregiver now;
 * - `self`: the youth's own record;
 * - `jurisdiction`: everything in the account's jurisdiction.
 * For `docket.read` the subject is a judge or a courtroom, not a case: `docket` is the judge's own docket
 * and the courtrooms of the judge's court; `court` is the judges and courtrooms of the clerk's court.
 */
export const SCOPES = ['assigned', 'unit', 'docket', 'court', 'placement', 'self', 'jurisdiction'] as const;
export type Scope = (typeof SCOPES)[number];
