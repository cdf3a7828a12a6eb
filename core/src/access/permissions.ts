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
  // The plan to adulthood (SSA §475(5)(H), domain-rules §7.4) is developed with the youth and "as directed
  // by the youth", who must be able to read it; `child.readHistory` would also open the youth's removals
  // and placement history, and the caregiver's and clerk's `child.read` is too wide. Writing the plan is
  // `plan.record` (it is part of the case plan, SSA §475(1)(B)).
  'transition.read': {
    describe: "Read a youth's plan to adulthood: domains, team, exit documents, credit checks, goals",
    dependsOn: [],
  },
  // The youth's own goals, in their own words: the only part of the plan the youth writes; no right fits.
  'transition.writeGoals': {
    describe: 'Write one’s own goals in one’s plan to adulthood',
    dependsOn: ['transition.read'],
  },
  'parentalRights.record': {
    describe:
      "Record a TPR petition, its dismissal, or the termination or relinquishment of a parent's rights",
    dependsOn: ['child.readHistory'],
  },
  'hearing.schedule': { describe: 'Set, move or continue a hearing', dependsOn: ['case.read'] },
  'order.record': { describe: 'Record an order and its findings', dependsOn: ['case.read'] },
  // Well-being checklists (issue 6; server/src/wellbeing). The caseworker fills each child's checklist
  // before a hearing, and the child's GAL and CASA volunteer add what they see: GAL and CASA hold no write
  // right at all, and `child.update` would also let them change the child's name and birth date, so none fits.
  'wellbeing.record': {
    describe: "Fill in a child's well-being checklist before a hearing, or add to it",
    dependsOn: ['child.readHistory'],
  },
  // Apart from `case.read`: a docket is the court's own calendar of a judge or a courtroom, printed and
  // posted. Many roles read cases (attorneys, caseworkers, CASA, the analyst over the whole district); only
  // the bench and its clerks work from dockets, and whose docket one may open is a judge or a courtroom,
  // not a case.
  'docket.read': {
    describe: "See a judge's or a courtroom's hearings by day and week, and print them",
    dependsOn: ['case.read'],
  },
  // Court reports (issue 6; server/src/reports). A report is a document filed for a hearing, assembled from
  // the whole case record and handed to each recipient as a redacted copy: its writers (the agency's staff
  // and counsel; the CASA volunteer) and the court that hands the copies out reach it, and no read right
  // draws that line (`case.read` also opens every party's attorney's and the analyst's reach; the clerk
  // holds no `child.readHistory`). The CASA's narrative is the CASA's own words to the court: no write fits.
  'courtReport.agency': {
    describe: "Generate any recipient's copy of the agency's court report for a hearing (DOCX or PDF)",
    dependsOn: ['case.read'],
  },
  'courtReport.casa': {
    describe:
      "Generate any recipient's copy of the CASA volunteer's court report for a hearing, and read its narrative",
    dependsOn: ['case.read'],
  },
  'courtReport.casaWrite': {
    describe:
      'Write the CASA volunteer’s narrative for a hearing: observations, the child’s wishes, recommendations',
    dependsOn: ['courtReport.casa'],
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
  // Apart from `child.read`: what a young person writes to the judge is narrower than the child's basic
  // record (the clerk and the analyst read every child of their court or district, but not this), and
  // each statement is narrowed again by the audience the youth chose (core/src/voice/voice.ts).
  'voice.read': {
    describe:
      "Read what a young person sent the judge (as the youth chose), caregivers' reports and attendance plans for a hearing",
    dependsOn: [],
  },
  // No write right reaches the youth themself or a foster parent: they write only their own words to the
  // court (SSA §475(5)(G); domain-rules §7.3, §9), never the child's record.
  'voice.write': {
    describe:
      "Write to the court for a hearing: a youth's own statement, a caregiver's report, how the youth will attend",
    dependsOn: ['voice.read'],
  },
  // Caseworker contacts (domain-rules §3; issue 6). Apart from `child.readHistory`: a contact note holds the
  // child's own words and the worker's safety observations, the agency's working notes, which the parties'
  // attorneys, CASA and the court read through reports, not note by note; and apart from
  // `placement.record`, which is about where a child lives, not about seeing them.
  'contact.read': {
    describe: "See a child's caseworker contacts, monthly visit compliance and contact reviews",
    dependsOn: ['child.readHistory'],
  },
  'contact.record': {
    describe: 'Record a caseworker contact with a child, and follow up an action plan',
    dependsOn: ['contact.read'],
  },
  // Rating a worker's contacts is a supervisor's duty over the workers of their unit; no right fits.
  'contact.review': {
    describe: "Review the quality of a unit worker's contact and set an action plan",
    dependsOn: ['contact.read'],
  },
  // Education stability (SSA §475(1)(G); ESSA; domain-rules §7.1–§7.2). Apart from `child.update` (a
  // child's name and birth date) and `placement.record` (where a child lives): the schools, best-interest
  // determinations, decision-maker, attendance and credits are the agency's education record, kept by the
  // worker who makes the determination with the school district. IEP and 504 plans also need the health grant.
  'education.record': {
    describe:
      "Record a child's schools, best-interest determinations and transport, decision-maker, IEP or 504 plan, attendance, credits and advocate",
    dependsOn: ['child.readHistory'],
  },
  // Normalcy (SSA §475(10)–(11), domain-rules §7.3): the caregiver decides under the reasonable and prudent
  // parent standard and records it; caregivers hold no write right on the child's record, so none fits.
  'normalcy.record': {
    describe:
      'Record a reasonable-and-prudent-parent decision on an activity, or a normalcy conversation with the youth',
    dependsOn: ['child.read'],
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
