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
