import type { Permission, Scope } from './permissions.ts';

export const ROLES = [
  'judge',
  'court_clerk',
  'caseworker',
  'supervisor',
  'agency_attorney',
  'parent_attorney',
  'guardian_ad_litem',
  'casa_volunteer',
  'caregiver',
  'youth',
  'cqi_analyst',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  judge: 'Judge',
  court_clerk: 'Court clerk',
  caseworker: 'Caseworker',
  supervisor: 'Supervisor',
  agency_attorney: "Agency (children's court) attorney",
  parent_attorney: "Parent's attorney",
  guardian_ad_litem: 'Youth attorney or guardian ad litem',
  casa_volunteer: 'CASA volunteer',
  caregiver: 'Foster parent or kin caregiver',
  youth: 'Youth',
  cqi_analyst: 'CQI analyst',
  administrator: 'Administrator',
};

type Grants = Partial<Record<Permission, readonly Scope[]>>;

const OWN_CASES = ['assigned'] as const;

/**
 * Roles are data: which permission each role holds, and over which relationships. Anything absent is
 * denied. Caregivers and youth get the child's basic record only: no removal history, no parents'
 * details. The administrator manages accounts and audit but cannot open a child's record.
 */
export const ROLE_GRANTS: Record<Role, Grants> = {
  judge: {
    // Every recipient's copy of the reports filed for hearings on their docket.
    'courtReport.agency': ['docket'],
    'courtReport.casa': ['docket'],
    // Youth statements only where the judge's docket holds the case (server/src/voice/voice.access.ts).
    'voice.read': ['docket'],
    'case.read': ['docket'],
    'child.read': ['docket'],
    'child.readHistory': ['docket'],
    'hearing.schedule': ['docket'],
    'order.record': ['docket'],
    // Their own docket, and the courtrooms of their court.
    'docket.read': ['docket'],
    'parentalRights.record': ['docket'],
    'sensitive.read': ['docket'],
    'transition.read': ['docket'],
    'record.breakGlass': ['jurisdiction'],
    'cqi.read': ['jurisdiction'],
  },
  court_clerk: {
    // The clerk hands each recipient their copy of the reports filed in their court.
    'courtReport.agency': ['court'],
    'courtReport.casa': ['court'],
    // Caregivers' reports and attendance plans filed in their court; never a youth's statement.
    'voice.read': ['court'],
    'case.read': ['court'],
    'case.open': ['jurisdiction'],
    'case.update': ['court'],
    'participant.manage': ['court'],
    'child.read': ['court'],
    'hearing.schedule': ['court'],
    'order.record': ['court'],
    // The dockets of their court's judges and courtrooms.
    'docket.read': ['court'],
  },
  caseworker: {
    'courtReport.agency': OWN_CASES,
    'voice.read': OWN_CASES,
    // How the youth will attend a hearing: their caseworker may record it (server/src/voice).
    'voice.write': OWN_CASES,
    'case.read': OWN_CASES,
    'case.open': ['jurisdiction'],
    'participant.manage': OWN_CASES,
    'child.read': OWN_CASES,
    'child.readHistory': OWN_CASES,
    'child.update': OWN_CASES,
    'removal.record': OWN_CASES,
    'placement.record': OWN_CASES,
    'plan.record': OWN_CASES,
    'sensitive.read': OWN_CASES,
    'sensitive.write': OWN_CASES,
    'education.record': OWN_CASES,
    'normalcy.record': OWN_CASES,
    'transition.read': OWN_CASES,
    'contact.read': OWN_CASES,
    'contact.record': OWN_CASES,
    'wellbeing.record': OWN_CASES,
  },
  supervisor: {
    'courtReport.agency': ['assigned', 'unit'],
    'voice.read': ['assigned', 'unit'],
    'case.read': ['assigned', 'unit'],
    'participant.manage': ['assigned', 'unit'],
    'child.read': ['assigned', 'unit'],
    'child.readHistory': ['assigned', 'unit'],
    'child.update': ['assigned', 'unit'],
    'removal.record': ['assigned', 'unit'],
    'placement.record': ['assigned', 'unit'],
    'plan.record': ['assigned', 'unit'],
    'sensitive.read': ['assigned', 'unit'],
    'sensitive.write': ['assigned', 'unit'],
    'education.record': ['assigned', 'unit'],
    'normalcy.record': ['assigned', 'unit'],
    'transition.read': ['assigned', 'unit'],
    'contact.read': ['assigned', 'unit'],
    'contact.record': ['assigned', 'unit'],
    // Reviews are of the contacts of the workers of the supervisor's own unit (server/src/contacts).
    'contact.review': ['unit'],
    'wellbeing.record': ['assigned', 'unit'],
    'record.breakGlass': ['jurisdiction'],
    'cqi.read': ['jurisdiction'],
  },
  agency_attorney: {
    'courtReport.agency': OWN_CASES,
    'voice.read': OWN_CASES,
    'case.read': OWN_CASES,
    'case.open': ['jurisdiction'],
    'child.read': OWN_CASES,
    'child.readHistory': OWN_CASES,
    'parentalRights.record': OWN_CASES,
    'transition.read': OWN_CASES,
    'sensitive.read': OWN_CASES,
    'record.breakGlass': ['jurisdiction'],
  },
  parent_attorney: {
    // A youth's statement only if the youth shared it with their parents (core/src/voice/voice.ts).
    'voice.read': OWN_CASES,
    'case.read': OWN_CASES,
    'child.read': OWN_CASES,
    'child.readHistory': OWN_CASES,
  },
  guardian_ad_litem: {
    'voice.read': OWN_CASES,
    // How their young client will attend a hearing.
    'voice.write': OWN_CASES,
    'case.read': OWN_CASES,
    'child.read': OWN_CASES,
    'child.readHistory': OWN_CASES,
    'sensitive.read': OWN_CASES,
    'transition.read': OWN_CASES,
    // Contributors to the well-being checklist of the children they represent or advocate for.
    'wellbeing.record': OWN_CASES,
  },
  casa_volunteer: {
    // The CASA volunteer's own report to the court, for the children they advocate for.
    'courtReport.casa': OWN_CASES,
    'courtReport.casaWrite': OWN_CASES,
    'voice.read': OWN_CASES,
    'case.read': OWN_CASES,
    'child.read': OWN_CASES,
    'child.readHistory': OWN_CASES,
    'transition.read': OWN_CASES,
    'wellbeing.record': OWN_CASES,
  },
  // Caregivers and youth write only their own words to the court: a caregiver's report for a child living
  // with them (SSA §475(5)(G)), a youth's statement and attendance plan for themself (§475A(b)).
  // Reasonable-and-prudent-parent decisions are the caregiver's to make and record (SSA §475(10)).
  caregiver: {
    'child.read': ['placement'],
    'voice.read': ['placement'],
    'voice.write': ['placement'],
    'normalcy.record': ['placement'],
  },
  // The youth reads their own plan to adulthood and writes their goals in it (SSA §475(5)(H)).
  youth: {
    'child.read': ['self'],
    'voice.read': ['self'],
    'voice.write': ['self'],
    'transition.read': ['self'],
    'transition.writeGoals': ['self'],
  },
  cqi_analyst: {
    'case.read': ['jurisdiction'],
    'child.read': ['jurisdiction'],
    'child.readHistory': ['jurisdiction'],
    'cqi.read': ['jurisdiction'],
    'cqi.configure': ['jurisdiction'],
    'data.export': ['jurisdiction'],
  },
  administrator: {
    'account.manage': ['jurisdiction'],
    'audit.read': ['jurisdiction'],
    'sensitive.grant': ['jurisdiction'],
    'data.export': ['jurisdiction'],
  },
};
