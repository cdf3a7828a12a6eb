import { hasPermission } from '../access/can.ts';
import type { Role } from '../access/roles.ts';
import { SENSITIVE_FIELD_CLASSES, type SensitiveFieldClass } from '../access/sensitive.ts';

/**
 * Who a copy of a court report is for, and what each copy leaves out (issue 6, "Court reports": "each
 * recipient's copy leaving out the fields that recipient may not see"). A recipient is a role in the case,
 * not an account: the court hands the same copy to every holder of the role. Pure data and pure functions.
 */

export const REPORT_RECIPIENTS = [
  'judge',
  'agency_attorney',
  'parent_attorney',
  // The child's attorney (14 and over) or guardian ad litem (under 14): Rule 10-312 NMRA / NMSA §32A-4-10.
  'guardian_ad_litem',
  'casa_volunteer',
  'caregiver',
  'parent',
  'youth',
  'tribe',
] as const;
export type ReportRecipient = (typeof REPORT_RECIPIENTS)[number];

/**
 * The classes of fields a report holds. Every value of a report model sits under exactly one of them
 * (model.ts `Guarded`), so a copy's redaction is decided by class, never field by field.
 */
export const REPORT_FIELD_CLASSES = [
  'case_basics',
  'parties',
  'case_history',
  'current_placement',
  'caregiver_identity',
  'parent_contact',
  'permanency',
  'visits',
  'wellbeing',
  'wellbeing_not_at_home',
  'education',
  'youth_statement',
  'caregiver_statement',
  'transition_plan',
  'narrative',
  ...SENSITIVE_FIELD_CLASSES,
] as const;
export type ReportFieldClass = (typeof REPORT_FIELD_CLASSES)[number];

export type RedactionRule = {
  /** The recipients whose copy may carry the class (for a sensitive class: may, if they hold the grant). */
  recipients: readonly ReportRecipient[];
  /** A sensitive class (core/src/access/sensitive.ts): shown only when every holder of the role holds the grant. */
  needsGrant: boolean;
  /** The words of the person the values are about decide who else may read them (the youth's own words). */
  sharedByAuthor?: boolean;
  /** Why, with the source. */
  why: string;
  /** The source is not yet confirmed: the rule is configurable data, like a rule pack's unconfirmed numbers. */
  unconfirmed?: boolean;
};

const ALL: readonly ReportRecipient[] = REPORT_RECIPIENTS;
// The court and the parties to the proceeding (NMSA 1978 §32A-4-33(B): records are open to the court, the
// parties and their counsel, the CASA and others the court names [confirm current text]; 25 U.S.C. §1912(c):
// each party may examine every report filed with the court, the Indian child's tribe being a party when it
// intervenes).
const COURT_AND_PARTIES: readonly ReportRecipient[] = [
  'judge',
  'agency_attorney',
  'parent_attorney',
  'guardian_ad_litem',
  'casa_volunteer',
  'parent',
  'tribe',
];
const PROFESSIONALS_FOR_THE_CHILD: readonly ReportRecipient[] = [
  'judge',
  'agency_attorney',
  'guardian_ad_litem',
  'casa_volunteer',
];

/**
 * The redaction table: for each class, the recipients whose copy may carry it, and why. Anything not
 * listed is left out (deny by default). Sensitive classes also need the grant (`needsGrant`).
 */
export const REDACTION_RULES: Record<ReportFieldClass, RedactionRule> = {
  case_basics: {
    recipients: ALL,
    needsGrant: false,
    why: 'The hearing, the case number and the children it is about: every person given notice of the hearing already has them (NMSA 1978 §§32A-4-25, 25.1 notice lists).',
  },
  parties: {
    recipients: COURT_AND_PARTIES,
    needsGrant: false,
    why: 'Who the parents and parties are. Caregivers and the youth get the basic record only, never the parents’ details (Hearth roles: caregiver and youth read no history or parents).',
  },
  case_history: {
    recipients: COURT_AND_PARTIES,
    needsGrant: false,
    why: 'Allegations, removals, past placements and findings are the record of the proceeding, open to the court and the parties (NMSA 1978 §32A-4-33(B); 25 U.S.C. §1912(c)); a caregiver is heard but is not a party (SSA §475(5)(G)).',
  },
  current_placement: {
    recipients: ALL,
    needsGrant: false,
    why: 'The kind of home the child lives in and since when, without who or where (that is caregiver_identity).',
  },
  caregiver_identity: {
    recipients: ['judge', 'agency_attorney', 'guardian_ad_litem', 'casa_volunteer', 'tribe'],
    needsGrant: false,
    why: 'The caregiver’s name and address are kept from parents and their counsel unless the court orders otherwise, for the safety of the child and the home; the tribe needs them to check the placement preferences (25 U.S.C. §1915; 25 CFR 23.129–23.132). A copy for caregivers or the youth goes to every home the case’s children live in, and siblings may live apart: no home’s copy names another.',
    unconfirmed: true,
  },
  parent_contact: {
    recipients: PROFESSIONALS_FOR_THE_CHILD,
    needsGrant: false,
    why: 'One parent’s address, telephone and e-mail are not given to the other parent (a family violence safeguard) nor to caregivers or the youth; a copy for a parent is the same for every parent, so it carries none.',
    unconfirmed: true,
  },
  permanency: {
    recipients: ALL,
    needsGrant: false,
    why: 'The permanency plan and its deadlines: the caregiver’s right to be heard (SSA §475(5)(G)) and the youth’s part in the plan (SSA §475(5)(C)(iii)) need them.',
  },
  visits: {
    recipients: ALL,
    needsGrant: false,
    why: 'Whether the caseworker saw the child each month (SSA §424(e), P.L. 112-34): dates and places, no notes.',
  },
  wellbeing: {
    recipients: ALL,
    needsGrant: false,
    why: 'Well-being concerns that are not health information (health concerns are the health class).',
  },
  wellbeing_not_at_home: {
    recipients: COURT_AND_PARTIES,
    needsGrant: false,
    why: 'Checklist answers the well-being instrument keeps from the home (whether the child feels safe there, wants to stay, family time): an answer could put the child at risk where they live (core/src/wellbeing/instrument.ts `shownAtHome`).',
  },
  education: {
    recipients: [
      'judge',
      'agency_attorney',
      'parent_attorney',
      'guardian_ad_litem',
      'casa_volunteer',
      'caregiver',
      'parent',
      'youth',
    ],
    needsGrant: false,
    why: 'Education records reach the agency under FERPA’s child-welfare exception (20 U.S.C. §1232g(b)(1)(L), Uninterrupted Scholars Act) and may be re-disclosed only to those addressing the student’s education needs: the parties and the child’s caregiver, not the tribe.',
    unconfirmed: true,
  },
  youth_statement: {
    recipients: ['judge', 'guardian_ad_litem', 'youth'],
    needsGrant: false,
    sharedByAuthor: true,
    why: 'What the youth wrote for the judge reaches the judge and the youth’s own counsel; anyone else only when the youth chose to share it with them (core/src/voice/voice.ts audiences; SSA §475(5)(C)(iii): the youth is consulted in an age-appropriate manner).',
  },
  caregiver_statement: {
    recipients: [
      'judge',
      'agency_attorney',
      'parent_attorney',
      'guardian_ad_litem',
      'casa_volunteer',
      'caregiver',
      'tribe',
    ],
    needsGrant: false,
    why: 'The caregiver’s report to the court (SSA §475(5)(G), 45 CFR 1356.21(o)) is shown to counsel, not handed to the parents directly: it describes the home.',
    unconfirmed: true,
  },
  transition_plan: {
    recipients: [
      'judge',
      'agency_attorney',
      'parent_attorney',
      'guardian_ad_litem',
      'casa_volunteer',
      'caregiver',
      'youth',
      'tribe',
    ],
    needsGrant: false,
    why: 'The plan to adulthood is directed by the youth (SSA §475(5)(H)); it is not handed to the parents directly.',
    unconfirmed: true,
  },
  narrative: {
    recipients: COURT_AND_PARTIES,
    needsGrant: false,
    why: 'The agency’s and the CASA’s own words to the court (observations, the child’s wishes as the CASA heard them, recommendations) are filed for the court and the parties (NMSA 1978 §32A-4-33(B); 25 U.S.C. §1912(c)).',
  },
  health: {
    recipients: ['judge', 'agency_attorney', 'guardian_ad_litem', 'casa_volunteer', 'caregiver'],
    needsGrant: true,
    why: 'Health information (45 CFR 164.512(e) disclosures for judicial proceedings); the caregiver may have it to care for the child (SSA §475(1)(C), §475(5)(D)). Hearth also requires an explicit grant.',
  },
  substance_use: {
    recipients: ['judge', 'agency_attorney', 'guardian_ad_litem'],
    needsGrant: true,
    why: 'Substance use treatment records may be re-disclosed only as 42 CFR Part 2 allows (§2.32 notice; §2.64 court orders).',
  },
  immigration_status: {
    recipients: ['judge', 'agency_attorney', 'guardian_ad_litem'],
    needsGrant: true,
    why: 'Needed for the SIJS predicate findings (8 CFR 204.11); never disclosed to others, asylum claims least of all (State Department Consular Notification and Access manual).',
  },
  sogi: {
    recipients: ['judge', 'guardian_ad_litem'],
    needsGrant: true,
    why: 'A youth’s sexual orientation and gender identity are the youth’s to disclose: outing puts them at risk at home and in placement.',
    unconfirmed: true,
  },
  sealed_adoption: {
    recipients: ['judge'],
    needsGrant: true,
    why: 'Sealed adoption records are opened only by the court (NMSA 1978 §32A-5-8).',
  },
};

const isSensitive = (c: ReportFieldClass): c is SensitiveFieldClass =>
  (SENSITIVE_FIELD_CLASSES as readonly string[]).includes(c);

/** One holder of a recipient role on the case: an account's roles and its live sensitive-field grants. */
export type RoleHolder = { roles: readonly Role[]; grants: readonly SensitiveFieldClass[] };

/**
 * The sensitive classes a recipient role holds the grant for: those that every holder of the role on
 * the case may read (`sensitive.read` and an explicit grant), since the one copy goes to all of them. A
 * role nobody with an account holds (a parent, the tribe) holds none.
 * @param holders - the accounts holding the role on the case (the hearing's judge; active participants)
 */
export function recipientGrants(holders: readonly RoleHolder[]): SensitiveFieldClass[] {
  if (holders.length === 0) return [];
  return SENSITIVE_FIELD_CLASSES.filter((c) =>
    holders.every((h) => hasPermission(h.roles, 'sensitive.read') && h.grants.includes(c)),
  );
}

export type CopyAccess = {
  recipient: ReportRecipient;
  /** The sensitive classes the recipient holds the grant for (recipientGrants). */
  recipientGrants: readonly SensitiveFieldClass[];
  /** The sensitive classes the person generating the copy may read: a copy never shows them more. */
  generatorGrants: readonly SensitiveFieldClass[];
};

/**
 * Whether the copy may carry a value of `fieldClass`.
 * @param sharedWith - for a class decided by its author (`sharedByAuthor`), the roles the author shared it with
 */
export function mayCarry(
  fieldClass: ReportFieldClass,
  access: CopyAccess,
  sharedWith: readonly ReportRecipient[] = [],
): boolean {
  const rule = REDACTION_RULES[fieldClass];
  const byTable =
    rule.recipients.includes(access.recipient) ||
    (rule.sharedByAuthor === true && sharedWith.includes(access.recipient));
  if (!byTable) return false;
  if (!rule.needsGrant) return true;
  return (
    isSensitive(fieldClass) &&
    access.recipientGrants.includes(fieldClass) &&
    access.generatorGrants.includes(fieldClass)
  );
}
