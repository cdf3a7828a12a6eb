import type { CitedNumber } from './rule-pack.ts';

/**
 * The numbers of transition planning (domain-rules §7.3, §7.4, §5.2), as data with their citations.
 * `unconfirmed` marks a number not yet confirmed from a primary source: configurable, never a constant.
 */
export type TransitionRules = {
  /** Age from which a youth's case plan includes the plan to adulthood and youth-chosen team members. */
  planStartAge: CitedNumber;
  /** The age care ends without extended foster care (18). */
  exitAge: CitedNumber;
  /** The age care ends for a youth in extended foster care, where the state elected it; null: none. */
  extendedCareAge: CitedNumber | null;
  /** The 90-day transition plan is due this many days before the exit age. */
  planDueDaysBeforeExit: CitedNumber;
  /** Days before that due date from which the plan reads as due soon (agency practice). */
  planDueSoonDays: CitedNumber;
  /** Exit documents are not required of a youth in care fewer than N months. */
  exitDocumentsMinMonthsInCare: CitedNumber;
  /** A free consumer credit report every N months from the start age. */
  creditReportIntervalMonths: CitedNumber;
  creditReportStartAge: CitedNumber;
  /** At most N team members chosen by the youth, none of them the foster parent or the caseworker. */
  youthChosenTeamMax: CitedNumber;
  /**
   * Whether a trial home visit may begin without a completed transition home plan: `refuse` (unless a
   * court order allows it) or `warn` (recorded, with a warning).
   */
  homePlanBeforeTrialHomeVisit: { value: 'refuse' | 'warn'; citation: string; unconfirmed?: boolean };
};

/** The federal floor: SSA §475(1)(B), §475(5)(H), §475(5)(I), §475A(b), as amended by P.L. 113-183. */
export const FEDERAL_TRANSITION_RULES: TransitionRules = {
  planStartAge: { value: 14, citation: 'SSA §475(1)(B), §475A(b) (P.L. 113-183)' },
  exitAge: { value: 18, citation: 'SSA §475(5)(H)' },
  // A state may elect a greater age (SSA §475(8)(B)(iii)); the federal floor elects none.
  extendedCareAge: null,
  planDueDaysBeforeExit: {
    value: 90,
    citation: 'SSA §475(5)(H): during the 90-day period before the youth attains 18 or the greater age',
  },
  planDueSoonDays: {
    value: 30,
    citation: 'Agency practice: a month before the 90-day plan is due',
    unconfirmed: true,
  },
  exitDocumentsMinMonthsInCare: {
    value: 6,
    citation: 'SSA §475(5)(I) as amended 2014 (not required of a youth in care fewer than 6 months)',
  },
  creditReportIntervalMonths: {
    value: 12,
    citation: 'SSA §475(5)(I) (P.L. 113-183): a free consumer credit report each year',
    unconfirmed: true,
  },
  creditReportStartAge: {
    value: 14,
    citation: 'SSA §475(5)(I) (P.L. 113-183): from age 14',
    unconfirmed: true,
  },
  youthChosenTeamMax: {
    value: 2,
    citation:
      'SSA §475(1)(B), §475A(b): up to two members chosen by the youth, not the foster parent or caseworker',
  },
  // No federal rule asks for a plan before a trial home visit (45 CFR 1356.21(e) limits only its length).
  homePlanBeforeTrialHomeVisit: {
    value: 'warn',
    citation:
      'Agency practice (no federal rule; 45 CFR 1356.21(e) sets only the length of a trial home visit)',
    unconfirmed: true,
  },
};

/**
 * New Mexico: the federal floor, and the reunification plan "for transitioning the child home" that the
 * court adopts (§32A-4-25.1(C)). The CIP "Transition Home Plans" bulletin is not yet confirmed from a
 * primary source (domain-rules §5.2), so refusing a trial home visit without one is configurable.
 */
export const NEW_MEXICO_TRANSITION_RULES: TransitionRules = {
  ...FEDERAL_TRANSITION_RULES,
  // NM's extended foster care to 21 is not in the rule sources yet: configurable, off until confirmed.
  extendedCareAge: {
    value: 21,
    citation: 'SSA §475(8)(B)(iii) (state election); New Mexico extended foster care — not yet confirmed',
    unconfirmed: true,
  },
  homePlanBeforeTrialHomeVisit: {
    value: 'refuse',
    citation:
      'NMSA 1978 §32A-4-25.1(C) ("a plan for transitioning the child home"); NM CIP Transition Home Plans bulletin (not yet confirmed)',
    unconfirmed: true,
  },
};
