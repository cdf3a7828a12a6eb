/**
 * The education record of a child in foster care and the normalcy decisions about them, as pure data
 * (domain-rules §7.1–§7.3). Dates are `YYYY-MM-DD` calendar dates on the court's calendar.
 */

/**
 * Why the child started at a school. A promotion (elementary to middle to high school at the grade the
 * district moves every child) is not a move: it is no disruption of the child's schooling.
 */
export const ENROLLMENT_REASONS = [
  'placement_change',
  'returned_to_school_of_origin',
  'promotion',
  'discipline',
  'family_move',
  'other',
] as const;
export type EnrollmentReason = (typeof ENROLLMENT_REASONS)[number];

/** How an enrollment ended: graduation and aging out end schooling, so no later gap is counted. */
export const SCHOOL_EXIT_REASONS = ['moved', 'graduated', 'aged_out', 'other'] as const;
export type SchoolExitReason = (typeof SCHOOL_EXIT_REASONS)[number];

/** One enrollment: a school attended between two dates (exit null: attending now). */
export type SchoolEnrollment = {
  id: string;
  schoolName: string;
  enrolledOn: string;
  reason: EnrollmentReason;
  /** The last day attended. */
  exitedOn: string | null;
  exitReason: SchoolExitReason | null;
  /** The school the child attended when placed in care (or at the placement change): ESSA's "school of origin". */
  isSchoolOfOrigin: boolean;
};

/** The decision of a best-interest determination (ESSA; SSA §475(1)(G)(ii)). */
export const BEST_INTEREST_DECISIONS = ['stay_in_school_of_origin', 'move'] as const;
export type BestInterestDecision = (typeof BEST_INTEREST_DECISIONS)[number];

export const TRANSPORT_PROVIDERS = [
  'school_district',
  'agency',
  'caregiver',
  'public_transit',
  'shared',
  'other',
] as const;
export type TransportProvider = (typeof TRANSPORT_PROVIDERS)[number];

export const TRANSPORT_PAYERS = ['school_district', 'agency', 'shared', 'title_iv_e', 'other'] as const;
export type TransportPayer = (typeof TRANSPORT_PAYERS)[number];

export type TransportPlan = {
  provider: TransportProvider;
  payer: TransportPayer;
  startsOn: string;
  notes: string | null;
};

export const BID_PARTICIPANT_ROLES = [
  'child',
  'parent',
  'caregiver',
  'caseworker',
  'school_district',
  'education_decision_maker',
  'education_advocate',
  'guardian_ad_litem',
  'other',
] as const;
export type BidParticipantRole = (typeof BID_PARTICIPANT_ROLES)[number];

export const BID_FACTORS = [
  'appropriateness_of_current_setting',
  'proximity_to_placement',
  'child_preference',
  'special_education_needs',
  'safety',
  'travel_time',
  'school_attachment',
  'siblings_schools',
  'credits_and_graduation',
  'other',
] as const;
export type BidFactor = (typeof BID_FACTORS)[number];

export const BID_DISPUTE_OUTCOMES = ['pending', 'upheld', 'reversed', 'withdrawn'] as const;
export type BidDisputeOutcome = (typeof BID_DISPUTE_OUTCOMES)[number];

/** A best-interest determination about school stability made for a placement change. */
export type BestInterestDetermination = {
  id: string;
  /** The placement whose change asked for it (null when made outside a placement change). */
  placementId: string | null;
  decidedOn: string;
  participants: { role: BidParticipantRole; name: string }[];
  factors: BidFactor[];
  decision: BestInterestDecision;
  disputed: boolean;
  disputeOutcome: BidDisputeOutcome | null;
  transport: TransportPlan | null;
};

/** A placement change of the child (the start of a placement in care), with its setting code. */
export type PlacementStart = { placementId: string; startedOn: string; setting: string };

export const SPECIAL_EDUCATION_PLAN_TYPES = ['iep', 'section_504'] as const;
export type SpecialEducationPlanType = (typeof SPECIAL_EDUCATION_PLAN_TYPES)[number];

export type SpecialEducationPlan = {
  id: string;
  planType: SpecialEducationPlanType;
  planDate: string;
  nextReviewOn: string;
};

/**
 * Who holds the right to make education decisions. A parent keeps it unless a court limits it; anyone
 * else holds it by an authority that is recorded (the order, the appointment).
 */
export const DECISION_MAKER_RELATIONSHIPS = [
  'parent',
  'foster_parent',
  'relative',
  'surrogate_parent',
  'guardian',
  'youth',
  'other',
] as const;
export type DecisionMakerRelationship = (typeof DECISION_MAKER_RELATIONSHIPS)[number];

export const DECISION_MAKER_AUTHORITIES = [
  'parental_right',
  'court_order',
  'surrogate_appointment',
  'foster_parent_as_parent',
  'rights_transferred_at_majority',
] as const;
export type DecisionMakerAuthority = (typeof DECISION_MAKER_AUTHORITIES)[number];

export type DecisionMakerInput = {
  relationship: DecisionMakerRelationship;
  authority: DecisionMakerAuthority;
  /** The order or appointment (number, date): required for a court order or a surrogate appointment. */
  authorityReference: string | null;
};

/**
 * A term's attendance as the school reports it: days absent, and the days the child was enrolled in the
 * term when the school gave them (null: not given, so no share of days missed can be measured).
 */
export type AttendanceTerm = {
  id: string;
  term: string;
  termStart: string;
  termEnd: string;
  daysAbsent: number;
  daysEnrolled: number | null;
};

/** Credits of a high-school student against those expected for the grade. */
export type CreditsRecord = { asOf: string; grade: number; earned: number; expected: number };

export const ACTIVITY_CATEGORIES = [
  'sport',
  'sleepover',
  'trip',
  'job',
  'driving_lessons',
  'haircut',
  'club',
  'cultural',
  'social_media',
  'other',
] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

/** Education flags: the rule each comes from is in `citation`. */
export const EDUCATION_FLAG_KINDS = [
  'bid_missing',
  'bid_late',
  'enrollment_gap',
  'credits_behind',
  'iep_review_overdue',
  'chronic_absence',
] as const;
export type EducationFlagKind = (typeof EDUCATION_FLAG_KINDS)[number];

export type EducationFlag = {
  kind: EducationFlagKind;
  /** What the flag is about: a placement, an enrollment gap, a plan, a term's attendance. */
  subjectId: string | null;
  /** The day from which the flag holds. */
  since: string;
  /**
   * The day the flag is about: the placement change, the first day of a gap, the credits' date, the
   * review date, the first day of the term.
   */
  on: string;
  /** Days: the gap's length, the days past due, the days absent; credits: how many behind. */
  amount: number;
  /** What `amount` is counted out of, when it is a share: chronic absence's days enrolled in the term. */
  outOf?: number;
  citation: string;
  unconfirmed: boolean;
};
