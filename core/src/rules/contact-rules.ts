import type { CitedCodes, CitedNumber } from './rule-pack.ts';

/**
 * Caseworker contacts (domain-rules §3): the targets monthly compliance is read against, the fiscal year
 * it is reported by, and the quality elements a supervisor rates a contact on. Data, so a state sets its
 * own; the statute's numbers are cited, the quality elements are not confirmed from a primary source.
 */
export type ContactRules = {
  /** Percent of the months due with a face-to-face visit that the agency must reach (at least). */
  monthlyVisitTarget: CitedNumber;
  /** Percent of the months visited with a visit at the child's residence that must be exceeded. */
  residenceShareTarget: CitedNumber;
  /** The month (1–12) the reporting fiscal year starts in: October for the federal fiscal year. */
  fiscalYearStartMonth: CitedNumber;
  /** Codes of the quality elements a contact is rated on (labels are the web's words). */
  qualityElements: CitedCodes;
};

export const FEDERAL_CONTACT_RULES: ContactRules = {
  // P.L. 112-34 raised the monthly-visit target from 90% (through FY2014) to 95% from FY2015
  // (domain-rules §3.1).
  monthlyVisitTarget: {
    value: 95,
    citation: 'P.L. 112-34, SSA §424(e)(2): 95% of children in care visited each month, from FY2015',
  },
  // "the majority" of visits in the child's residence: more than 50% (domain-rules §3.1).
  residenceShareTarget: {
    value: 50,
    citation: 'P.L. 112-34, SSA §424(e)(2)(A): the majority (> 50%) of visits in the child’s residence',
  },
  fiscalYearStartMonth: {
    value: 10,
    citation: 'P.L. 109-288; ACYF-CB-PI-07-08: reported by federal fiscal year (1 October)',
  },
  // "purposeful interactions that reflect engagement and contribute to assessment and case planning"
  // (Capacity Building Center, "Quality Matters", 2017; domain-rules §3.2): the element list is not
  // confirmed from a primary source, so it is configurable.
  qualityElements: {
    value: [
      'purpose_stated',
      'time_alone',
      'safety_assessed',
      'child_voice',
      'case_plan_discussed',
      'next_steps_set',
    ],
    citation:
      'Capacity Building Center for States, "Quality Matters" (2017); CFSR Round 4 Items 14 and 15 (quality of visits)',
    unconfirmed: true,
  },
};
