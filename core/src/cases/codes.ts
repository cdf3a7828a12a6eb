/**
 * Code lists of the records. Where a list mirrors the CQI interchange format
 * (shared/reference/cqi-interchange.md, "Code values") the codes are the same strings, so an export
 * is a copy, not a translation. AFCARS crosswalks live beside the AFCARS exchange.
 */

/** Placement settings, exactly the interchange `setting` codes. */
export const PLACEMENT_SETTINGS = [
  'foster_family_relative',
  'foster_family_nonrelative',
  'pre_adoptive',
  'group_home',
  'institution',
  'qrtp',
  'supervised_independent_living',
  'trial_home_visit',
  'runaway',
  'respite',
  'juvenile_justice',
  'medical',
  'other',
] as const;
export type PlacementSetting = (typeof PLACEMENT_SETTINGS)[number];

/** Discharge reasons, the interchange `discharge_reason` codes (AFCARS E155 / FC 58 equivalents). */
export const DISCHARGE_REASONS = [
  'reunification',
  'relative',
  'adoption',
  'guardianship',
  'emancipation',
  'transfer',
  'runaway',
  'death',
] as const;
export type DischargeReason = (typeof DISCHARGE_REASONS)[number];

/** AFCARS FC 25 manner of removal. */
export const REMOVAL_MANNERS = ['voluntary', 'court_ordered', 'not_yet_determined'] as const;
export type RemovalManner = (typeof REMOVAL_MANNERS)[number];

/** AFCARS FC 26–40 removal reasons (also used as petition allegations). */
export const REMOVAL_REASONS = [
  'physical_abuse',
  'sexual_abuse',
  'neglect',
  'parent_alcohol_abuse',
  'parent_drug_abuse',
  'child_alcohol_drug_abuse',
  'child_disability',
  'child_behavior_problem',
  'parent_death',
  'parent_incarceration',
  'caretaker_inability_to_cope',
  'abandonment',
  'relinquishment',
  'inadequate_housing',
] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

/** AFCARS 2020 E71 removal environment. */
export const REMOVAL_ENVIRONMENTS = [
  'parent_household',
  'relative_household',
  'legal_guardian_household',
  'relative_legal_guardian_household',
  'justice_facility',
  'medical_facility',
  'other',
] as const;

/** Roles a person can hold on a case. `is_party` is recorded separately: a caregiver is heard, not a party (SSA §475(5)(G)). */
export const CASE_ROLES = [
  'parent',
  'indian_custodian',
  'caregiver',
  'caseworker',
  'supervisor',
  'agency_attorney',
  'parent_attorney',
  'youth_attorney',
  'guardian_ad_litem',
  'casa_volunteer',
  'tribal_representative',
  'interpreter',
] as const;
export type CaseRole = (typeof CASE_ROLES)[number];

/** Dependency hearing types (NMSA §§32A-4-18, -19, -22, -25, -25.1, -29; Rule 10-360). */
export const HEARING_TYPES = [
  'custody',
  'adjudication',
  'disposition',
  'initial_judicial_review',
  'permanency',
  'permanency_review',
  'periodic_review',
  'tpr',
  'discharge',
  'other',
] as const;
export type HearingType = (typeof HEARING_TYPES)[number];

export const HEARING_STATUSES = ['scheduled', 'held', 'continued', 'vacated', 'cancelled'] as const;
export type HearingStatus = (typeof HEARING_STATUSES)[number];

/** Coded continuance reasons, so continuance rates can be broken down (court performance measures, §10). */
export const CONTINUANCE_REASONS = [
  'party_not_served',
  'party_absent',
  'attorney_unavailable',
  'report_not_filed',
  'icwa_notice_pending',
  'interpreter_unavailable',
  'court_calendar',
  'discovery',
  'other',
] as const;

export const CONTINUANCE_REQUESTERS = ['agency', 'parent', 'child', 'court', 'tribe', 'other'] as const;

/** Findings recorded on orders as structured data (45 CFR 1356.21(b),(c); NMSA §32A-4-22; 25 CFR 23.120). */
export const FINDING_TYPES = [
  'contrary_to_welfare',
  'reasonable_efforts_prevent_removal',
  'reasonable_efforts_finalize_plan',
  'reasonable_efforts_not_required',
  'adjudication',
  'icwa_reason_to_know',
  'icwa_applies',
  'icwa_active_efforts',
  'icwa_placement_preferences_followed',
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

export const ORDER_TYPES = [
  'ex_parte_custody',
  'custody',
  'adjudication',
  'disposition',
  'judicial_review',
  'permanency',
  'tpr',
  'dismissal',
  'other',
] as const;

/** Permanency goals (§32A-4-25.1(B); AFCARS E148). APPLA is only for youth 16 and older (§475(5)(C)). */
export const PERMANENCY_GOALS = ['reunification', 'relative', 'adoption', 'guardianship', 'appla'] as const;
export type PermanencyGoal = (typeof PERMANENCY_GOALS)[number];

export const PLAN_KINDS = ['primary', 'concurrent'] as const;

export const CASE_STATUSES = ['open', 'closed', 'dismissed'] as const;

export const MALTREATMENT_DISPOSITIONS = ['substantiated', 'indicated', 'unsubstantiated', 'other'] as const;

export const VISIT_LOCATIONS = ['residence', 'other'] as const;

export const SEXES = ['female', 'male', 'unknown'] as const;

/** Race and ethnicity for equity breakdowns; a person may have several (AFCARS E13–E21). */
export const RACE_ETHNICITIES = [
  'american_indian_alaska_native',
  'asian',
  'black',
  'hispanic',
  'native_hawaiian_pacific_islander',
  'white',
  'two_or_more',
  'unknown',
] as const;

/** Parental rights events per parent (AFCARS 2020 E63–E68: TPR petition and TPR dates for each parent). */
export const PARENTAL_RIGHTS_EVENTS = [
  'tpr_petition_filed',
  'tpr_petition_dismissed',
  'rights_terminated',
  'rights_relinquished',
] as const;
export type ParentalRightsEvent = (typeof PARENTAL_RIGHTS_EVENTS)[number];
