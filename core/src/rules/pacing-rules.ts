import type { CitedCodes, CitedNumber } from './rule-pack.ts';
import { CIP_BENCHMARK_REVIEWS, type BenchmarkReviewRules } from './benchmark-reviews.ts';

/**
 * The numbers of permanency pacing beyond those the platform core already had (domain-rules §4): the
 * IV-E findings, periodic reviews, the permanency hearing after a no-reasonable-efforts finding, the
 * 15-of-22 exceptions the state recognises, and the benchmark reviews (core/src/pacing).
 */
export type PacingRules = {
  /** Reasonable efforts to prevent removal found no later than N days after removal. */
  reasonableEffortsPreventDays: CitedNumber;
  /** Reasonable efforts to finalize the permanency plan within N months of entering care, then every N. */
  reasonableEffortsFinalizeMonths: CitedNumber;
  /** A periodic review (court or administrative) at least every N months. */
  periodicReviewMonths: CitedNumber;
  /** A permanency hearing within N days of a finding that reasonable efforts are not required. */
  permanencyHearingAfterNoEffortsDays: CitedNumber;
  /** Reasons the agency may document for not filing a TPR petition at 15 of 22 months. */
  tprExceptionReasons: CitedCodes;
  benchmarkReviews: BenchmarkReviewRules;
};

export const FEDERAL_PACING_RULES: PacingRules = {
  reasonableEffortsPreventDays: { value: 60, citation: '45 CFR 1356.21(b)(1)(i)' },
  // Without the finding the child is ineligible from the end of the month it was due until it is made.
  reasonableEffortsFinalizeMonths: { value: 12, citation: '45 CFR 1356.21(b)(2)(i)–(ii)' },
  periodicReviewMonths: { value: 6, citation: 'SSA §475(5)(B)' },
  permanencyHearingAfterNoEffortsDays: { value: 30, citation: 'SSA §471(a)(15)(E)(i)' },
  // Relative care is an exception at the state's option; the other two apply everywhere.
  tprExceptionReasons: {
    value: ['relative_placement', 'compelling_reason', 'services_not_provided'],
    citation: '45 CFR 1356.21(i)(2)(i)–(iii); SSA §475(5)(E)(i)–(iii)',
  },
  benchmarkReviews: CIP_BENCHMARK_REVIEWS,
};
