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
    'case.read': ['docket'],
    'child.read': ['docket'],
    'child.readHistory': ['docket'],
    'hearing.schedule': ['docket'],
    'order.record': ['docket'],
    // Their own docket, and the courtrooms of their court.
    'docket.read': ['docket'],
    'parentalRights.record': ['docket'],
    'sensitive.read': ['docket'],
    'record.breakGlass': ['jurisdiction'],
    'cqi.read': ['jurisdiction'],
  },
  court_clerk: {
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
  },
  supervisor: {
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
    'record.breakGlass': ['jurisdiction'],
    'cqi.read': ['jurisdiction'],
  },
  agency_attorney: {
    'case.read': OWN_CASES,
    'case.open': ['jurisdiction'],
    'child.read': OWN_CASES,
    'child.readHistory': OWN_CASES,
    'parentalRights.record': OWN_CASES,
    'sensitive.read': OWN_CASES,
    'record.breakGlass': ['jurisdiction'],
  },
  parent_attorney: {
    'case.read': OWN_CASES,
    'child.read': OWN_CASES,
    'child.readHistory': OWN_CASES,
  },
  guardian_ad_litem: {
    'case.read': OWN_CASES,
    'child.read': OWN_CASES,
    'child.readHistory': OWN_CASES,
    'sensitive.read': OWN_CASES,
  },
  casa_volunteer: {
    'case.read': OWN_CASES,
    'child.read': OWN_CASES,
    'child.readHistory': OWN_CASES,
  },
  caregiver: { 'child.read': ['placement'] },
  youth: { 'child.read': ['self'] },
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
