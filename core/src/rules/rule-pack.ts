import { FEDERAL_PACING_RULES, type PacingRules } from './pacing-rules.ts';
import {
  FEDERAL_EDUCATION_RULES,
  NEW_MEXICO_EDUCATION_RULES,
  type EducationRules,
} from './education-rules.ts';
import type { InterpreterSettings } from '../calendar/conflicts.ts';
import { FEDERAL_VOICE_RULES, NEW_MEXICO_VOICE_RULES, type VoiceRules } from './voice-rules.ts';
import {
  FEDERAL_COURT_MEASURE_TARGETS,
  NEW_MEXICO_COURT_MEASURE_TARGETS,
  type CourtMeasureTargets,
} from './court-measure-targets.ts';
import { FEDERAL_CONTACT_RULES, type ContactRules } from './contact-rules.ts';
import {
  FEDERAL_TRANSITION_RULES,
  NEW_MEXICO_TRANSITION_RULES,
  type TransitionRules,
} from './transition-rules.ts';

/**
 * A rule pack: the numbers of the law, as data with its citation and effective range (domain-rules.md,
 * "the law changes: every deadline … lives in versioned, per-jurisdiction configuration"). Calendaring
 * (a later issue) adds hearing deadlines here; the platform core needs the clocks below.
 */
export type CitedNumber = { value: number; citation: string; unconfirmed?: boolean };
/** A list of codes the law names (e.g. placement settings a clock leaves out), with its citation. */
export type CitedCodes = { value: readonly string[]; citation: string; unconfirmed?: boolean };

export type RulePack = {
  id: string;
  jurisdiction: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Date entered foster care = earlier of the first adjudication finding and removal + N days. */
  enteredCareDaysAfterRemoval: CitedNumber;
  /** A trial home visit beyond N months is a return home unless a court extends it. */
  trialHomeVisitMonths: CitedNumber;
  /** Age from which an APPLA permanency goal may be set. */
  applaMinimumAge: CitedNumber;
  /** Face-to-face caseworker visits due in each full calendar month in care. */
  monthlyCaseworkerVisits: CitedNumber;
  /** Permanency hearing no later than N months after entering foster care, then at least every N months. */
  permanencyHearingMonths: CitedNumber;
  /** A state rule setting the first permanency hearing N months after the initial judicial review, if earlier. */
  permanencyHearingAfterInitialReviewMonths: CitedNumber | null;
  /** TPR pacing: in foster care N of the most recent M months (15 of 22). */
  tprMonthsInCare: CitedNumber;
  tprLookbackMonths: CitedNumber;
  /** Placement settings whose days do not count toward the 15 of 22 months. */
  tprExcludedSettings: CitedCodes;
  /** Days before a hearing that the agency's court report is to be prepared. */
  courtReportLeadDays: CitedNumber;
  /** Who is noticed of a hearing, and the ICWA waiting periods (core/src/notices). */
  notices: NoticeRules;
  /** IV-E findings, reviews, 15-of-22 exceptions and benchmark reviews (core/src/pacing). */
  pacing: PacingRules;
  /** Double-bookings and continuances (core/src/calendar/conflicts.ts). */
  conflicts: ConflictRules;
  /** Counts from 1 to N − 1 are never shown in CQI tables or exports (core/src/cqi/suppression.ts). */
  smallCellThreshold: CitedNumber;
  /** Targets of the court performance measures (core/src/court-measures). */
  courtMeasures: CourtMeasureTargets;
  /** Youth writing to the judge and caregivers' reports: who may, and until when (core/src/voice). */
  voice: VoiceRules;
  /** Education stability: best-interest determinations, enrollment gaps, credits (core/src/education). */
  education: EducationRules;
  /** The plan to adulthood, exit documents and the transition home plan (core/src/transition). */
  transition: TransitionRules;
  /** Caseworker contacts: compliance targets and quality elements (core/src/contacts). */
  contacts: ContactRules;
};

/** What the conflict check and a continuance need to know of the court and the law. */
export type ConflictRules = {
  /** How many interpreters of a language the court can send to hearings at one time (default 1). */
  interpretersPerLanguage: { value: InterpreterSettings; citation: string; unconfirmed?: boolean };
  /** Days a continuance moves the hearing's statutory deadline: 0, unless a rule says it moves it. */
  continuanceMovesDeadlineDays: CitedNumber;
};

/**
 * Notice of hearings (domain-rules §§5, 6.2, 9): who must get one, and the ICWA waiting period before a
 * foster-care placement or TPR proceeding may be held.
 */
export type NoticeRules = {
  /** Case roles noticed of every hearing: parties, the child's representative, CASA, the agency. */
  caseRoles: CitedCodes;
  /** Placement settings whose caregivers have notice and a right to be heard (not party status). */
  caregiverSettings: CitedCodes;
  /** A child on the case this old or older is noticed in their own name; null: through counsel only. */
  youthNoticeAge: CitedNumber | null;
  /** Hearing types that are ICWA foster-care placement or TPR proceedings (gated by the waiting period). */
  icwaHearingTypes: CitedCodes;
  /** Case roles noticed by registered mail with return receipt under ICWA (the tribe is always). */
  icwaNoticeRoles: CitedCodes;
  /** No such proceeding until at least N days after receipt of notice by the parent, custodian and tribe. */
  icwaWaitingDays: CitedNumber;
  /** Up to N more days to prepare, on request of the parent, custodian or tribe. */
  icwaAdditionalDaysMax: CitedNumber;
  /** Days assumed between mailing and receipt until the return receipt is recorded: an estimate. */
  icwaMailDays: CitedNumber;
};

/** Notice of hearings under federal law (domain-rules §6.2, §9). */
const FEDERAL_NOTICE_RULES: NoticeRules = {
  // Federal law names no list of parties to notice; due process reaches the parties and their counsel.
  caseRoles: {
    value: [
      'parent',
      'indian_custodian',
      'parent_attorney',
      'guardian_ad_litem',
      'youth_attorney',
      'agency_attorney',
    ],
    citation: 'Due process: the parties and their counsel (state court rules name the list)',
    unconfirmed: true,
  },
  // Foster parents, pre-adoptive parents and relative caregivers: notice and a right to be heard.
  caregiverSettings: {
    value: ['foster_family_relative', 'foster_family_nonrelative', 'pre_adoptive'],
    citation: 'SSA §475(5)(G); 45 CFR 1356.21(o)',
  },
  youthNoticeAge: null,
  // 25 CFR 23.2 "foster-care placement": an action removing the child for temporary placement; an
  // emergency custody hearing (§1922, 25 CFR 23.113) is not gated. Which NM hearing types that covers
  // is inferred, not confirmed.
  icwaHearingTypes: {
    value: ['adjudication', 'disposition', 'tpr'],
    citation: '25 U.S.C. §1912(a); 25 CFR 23.2, 23.112(a), 23.113 (emergency hearings not gated)',
    unconfirmed: true,
  },
  icwaNoticeRoles: {
    value: ['parent', 'indian_custodian', 'tribal_representative'],
    citation:
      '25 U.S.C. §1912(a); 25 CFR 23.111(a),(c): registered or certified mail, return receipt requested',
  },
  icwaWaitingDays: { value: 10, citation: '25 U.S.C. §1912(a); 25 CFR 23.112(a)' },
  icwaAdditionalDaysMax: { value: 20, citation: '25 U.S.C. §1912(a); 25 CFR 23.112(a)' },
  // The clock runs from receipt; until the return receipt is back, receipt is estimated this long after
  // mailing. A practice estimate, not a number of the law.
  icwaMailDays: {
    value: 5,
    citation: 'Estimate until the return receipt is recorded (the waiting period runs from receipt)',
    unconfirmed: true,
  },
};

/** The federal floor (ASFA, P.L. 105-89). */
export const FEDERAL_RULE_PACK: RulePack = {
  id: 'us-federal-2022',
  jurisdiction: 'US',
  effectiveFrom: '1997-11-19',
  effectiveTo: null,
  enteredCareDaysAfterRemoval: { value: 60, citation: 'SSA §475(5)(F); 45 CFR 1355.20' },
  trialHomeVisitMonths: { value: 6, citation: '45 CFR 1356.21(e)' },
  applaMinimumAge: { value: 16, citation: 'SSA §475(5)(C)(i), as amended by P.L. 113-183' },
  // One visit each full calendar month; the 90/95% targets are measured over a year (domain-rules §3.1).
  monthlyCaseworkerVisits: {
    value: 1,
    citation: 'P.L. 109-288; P.L. 112-34 (SSA §424(e)): a visit each full calendar month in care',
  },
  permanencyHearingMonths: { value: 12, citation: 'SSA §475(5)(C); 45 CFR 1356.21(b)(2)' },
  permanencyHearingAfterInitialReviewMonths: null,
  tprMonthsInCare: { value: 15, citation: 'SSA §475(5)(E); 45 CFR 1356.21(i)' },
  tprLookbackMonths: { value: 22, citation: 'SSA §475(5)(E); 45 CFR 1356.21(i)' },
  // Trial home visits and runaway time are left out of the count (domain-rules §4.4, not yet confirmed).
  tprExcludedSettings: {
    value: ['trial_home_visit', 'runaway'],
    citation: '45 CFR 1356.21(i)(1)(i)',
    unconfirmed: true,
  },
  // No deadline for filing the agency's court report is confirmed (domain-rules §5): a practice lead time.
  courtReportLeadDays: {
    value: 14,
    citation: 'Agency practice; no New Mexico court-report deadline confirmed',
    unconfirmed: true,
  },
  notices: FEDERAL_NOTICE_RULES,
  pacing: FEDERAL_PACING_RULES,
  // A disclosure-control practice, not a number of the law: issue 5 asks for counts under 10 suppressed;
  // a jurisdiction's data-sharing agreement may set another (e.g. 5 or 11).
  smallCellThreshold: {
    value: 10,
    citation: 'Disclosure control practice (counts under 10 not shown); set by the jurisdiction',
    unconfirmed: true,
  },
  courtMeasures: FEDERAL_COURT_MEASURE_TARGETS,
  voice: FEDERAL_VOICE_RULES,
  education: FEDERAL_EDUCATION_RULES,
  contacts: FEDERAL_CONTACT_RULES,
  transition: FEDERAL_TRANSITION_RULES,
  conflicts: {
    // A court's interpreter pool is a resource, not a number of the law: one per language unless the
    // jurisdiction says it has more (e.g. { default: 1, byLanguage: { es: 3 } }).
    interpretersPerLanguage: {
      value: { default: 1, byLanguage: {} },
      citation: 'Court practice: one interpreter per language per court (configurable per jurisdiction)',
      unconfirmed: true,
    },
    // The permanency hearing is due 12 months from entering care whatever happens to the hearing set
    // for it: no federal rule lets a continuance move the date.
    continuanceMovesDeadlineDays: {
      value: 0,
      citation: 'SSA §475(5)(C); 45 CFR 1356.21(b)(2): the time runs from entering foster care',
    },
  },
};

/** New Mexico follows the federal definition of entering care (§32A-4-25.1(E); domain-rules §5.1, inferred). */
export const NEW_MEXICO_RULE_PACK: RulePack = {
  ...FEDERAL_RULE_PACK,
  id: 'us-nm-2022',
  jurisdiction: 'US-NM',
  effectiveFrom: '2022-07-01',
  enteredCareDaysAfterRemoval: {
    value: 60,
    citation: 'NMSA 1978 §32A-4-25.1(E), mirroring SSA §475(5)(F)',
    unconfirmed: true,
  },
  // "within six months of the initial judicial review … or within twelve months of … entering foster
  // care … whichever occurs first" (domain-rules §5.1).
  permanencyHearingAfterInitialReviewMonths: { value: 6, citation: 'NMSA 1978 §32A-4-25.1(A)' },
  courtMeasures: NEW_MEXICO_COURT_MEASURE_TARGETS,
  voice: NEW_MEXICO_VOICE_RULES,
  education: NEW_MEXICO_EDUCATION_RULES,
  transition: NEW_MEXICO_TRANSITION_RULES,
  conflicts: {
    ...FEDERAL_RULE_PACK.conflicts,
    // Time limits run from their triggering event (petition, service, adjudication, disposition), not from
    // the hearing date; only a court's extension order moves the adjudication deadline, with extensions
    // aggregating no more than 60 days save exceptional circumstances (domain-rules §5.1).
    continuanceMovesDeadlineDays: {
      value: 0,
      citation:
        'NMSA 1978 §§32A-4-18(A), 32A-4-19, 32A-4-25.1(A); Rule 10-343 NMRA (only an extension order moves the adjudication deadline)',
      unconfirmed: true,
    },
  },
  notices: {
    ...FEDERAL_NOTICE_RULES,
    // Notice of reviews and permanency hearings: all parties, the child through the GAL or attorney,
    // the foster parent or substitute care provider, CASA (domain-rules §5.1, CWIG summary).
    caseRoles: {
      value: [
        'parent',
        'indian_custodian',
        'parent_attorney',
        'guardian_ad_litem',
        'youth_attorney',
        'casa_volunteer',
        'agency_attorney',
        'caseworker',
      ],
      citation: 'NMSA 1978 §§32A-4-25, 32A-4-25.1; Rule 10-315 NMRA',
      unconfirmed: true,
    },
    caregiverSettings: {
      value: ['foster_family_relative', 'foster_family_nonrelative', 'pre_adoptive'],
      citation: 'SSA §475(5)(G); 45 CFR 1356.21(o); 8.10.7.18(E) NMAC',
    },
    // A child of 14 or older has an attorney and takes part in their case (domain-rules §5.1).
    youthNoticeAge: { value: 14, citation: 'NMSA 1978 §32A-4-10; Rule 10-312 NMRA', unconfirmed: true },
    icwaNoticeRoles: {
      value: ['parent', 'indian_custodian', 'tribal_representative'],
      citation:
        '25 U.S.C. §1912(a); 25 CFR 23.111(a),(c); NMSA 1978 §32A-28-5: certified mail, return receipt requested',
    },
  },
};

export const RULE_PACKS: Record<string, RulePack> = {
  [FEDERAL_RULE_PACK.id]: FEDERAL_RULE_PACK,
  [NEW_MEXICO_RULE_PACK.id]: NEW_MEXICO_RULE_PACK,
};

export function rulePackById(id: string): RulePack {
  const pack = RULE_PACKS[id];
  if (!pack) throw new RangeError(`unknown rule pack: ${id}`);
  return pack;
}
