import type { CitedCodes, CitedNumber } from './rule-pack.ts';

/** A month and day of the year (`MM-DD`), with its citation: school calendars are the LEA's own. */
export type CitedMonthDay = { value: string; citation: string; unconfirmed?: boolean };

/**
 * The numbers of education stability (domain-rules §7.1, §7.2). Federal law names no number of days for
 * the best-interest determination, no gap that breaks "immediate enrollment" and no school calendar:
 * each is configurable and says it is unconfirmed until a state rule or agency policy fixes it.
 */
export type EducationRules = {
  /**
   * A placement change is to have its best-interest determination about school stability no later than
   * N days after the placement starts (a determination made before the move counts).
   */
  bestInterestDays: CitedNumber;
  /** Placement settings that are not a placement decision asking for a determination (runaway, respite …). */
  bestInterestExemptSettings: CitedCodes;
  /** School-age bounds (years): only children of school age at a placement change need a determination. */
  schoolAgeFrom: CitedNumber;
  schoolAgeTo: CitedNumber;
  /** More than N school-year days between leaving one school and enrolling in the next is flagged. */
  enrollmentGapDays: CitedNumber;
  /** The school year, for "moves during the school year" and for gaps (summer days are not counted). */
  schoolYearStart: CitedMonthDay;
  schoolYearEnd: CitedMonthDay;
  /** Credits to graduate and the grades of high school they are spread over (grade 9 to 12). */
  graduationCredits: CitedNumber;
  /** Credits behind the expected number by N or more are flagged. */
  creditsBehindThreshold: CitedNumber;
  /** An IEP is reviewed at least every N months. */
  iepReviewMonths: CitedNumber;
  /** A 504 plan is reviewed every N months (practice; Section 504 sets no fixed period). */
  section504ReviewMonths: CitedNumber;
  /**
   * Chronic absence: days absent in a term at or above this share of the days enrolled in it (0.10 is
   * absent 10% or more) is flagged for the court.
   */
  chronicAbsenceShare: CitedNumber;
};

export const FEDERAL_EDUCATION_RULES: EducationRules = {
  // "Each placement … takes into account the appropriateness of the current educational setting": no
  // number of days in the statute or in the 2016 ED/HHS guidance. A practice number until a state sets one.
  bestInterestDays: {
    value: 5,
    citation:
      'SSA §475(1)(G)(i)–(ii); ESSA §1111(g)(1)(E) and ED/HHS joint guidance (June 23, 2016): a determination at each placement change; the number of days is agency practice',
    unconfirmed: true,
  },
  bestInterestExemptSettings: {
    value: ['runaway', 'respite', 'medical', 'trial_home_visit'],
    citation:
      'Inferred: a runaway episode, respite or a hospital stay is not a placement decision; a trial home visit is a return home',
    unconfirmed: true,
  },
  schoolAgeFrom: {
    value: 5,
    citation: 'SSA §471(a)(30) (each school-age child): the ages are the state’s compulsory-attendance ages',
    unconfirmed: true,
  },
  schoolAgeTo: {
    value: 18,
    citation: 'SSA §471(a)(30): the ages are the state’s compulsory-attendance ages',
    unconfirmed: true,
  },
  // "Immediate and appropriate enrollment" (no days named): a few school days for records and transport.
  enrollmentGapDays: {
    value: 3,
    citation:
      'SSA §475(1)(G)(ii)(II); ESSA §1111(g)(1)(E)(ii): immediate enrollment; the number of days tolerated is agency practice',
    unconfirmed: true,
  },
  schoolYearStart: {
    value: '08-15',
    citation: 'The local education agency’s calendar (a typical start date until the LEA’s is entered)',
    unconfirmed: true,
  },
  schoolYearEnd: {
    value: '05-31',
    citation: 'The local education agency’s calendar (a typical end date until the LEA’s is entered)',
    unconfirmed: true,
  },
  graduationCredits: {
    value: 24,
    citation: 'State graduation requirements (New Mexico: 24 units, NMSA 1978 §22-13-1.1)',
    unconfirmed: true,
  },
  creditsBehindThreshold: {
    value: 2,
    citation: 'Agency practice: two or more credits behind the grade is flagged for the court',
    unconfirmed: true,
  },
  iepReviewMonths: {
    value: 12,
    citation: 'IDEA, 20 U.S.C. §1414(d)(4)(A)(i); 34 CFR 300.324(b)(1)(i): at least annually',
  },
  section504ReviewMonths: {
    value: 12,
    citation: '34 CFR 104.35(d) (periodic re-evaluation; annual review is common practice)',
    unconfirmed: true,
  },
  // No federal statute defines chronic absence as a share of days enrolled: ED's own definition counts
  // 15 or more school days missed in a year; 10% of days enrolled is the common practice measure.
  chronicAbsenceShare: {
    value: 0.1,
    citation:
      'Common practice: absent 10% or more of the days enrolled (ED’s definition of chronic absenteeism is 15 or more school days missed in a year)',
    unconfirmed: true,
  },
};

/** New Mexico defines chronic absence in its Attendance for Success Act; the other numbers are federal. */
export const NEW_MEXICO_EDUCATION_RULES: EducationRules = {
  ...FEDERAL_EDUCATION_RULES,
  // "Chronically absent" is a student who misses 10% or more of classes or school days (statute text
  // not yet in domain-rules).
  chronicAbsenceShare: {
    value: 0.1,
    citation:
      'NMSA 1978 §22-12A-2 (Attendance for Success Act): chronically absent is missing 10% or more of classes or school days',
    unconfirmed: true,
  },
};
