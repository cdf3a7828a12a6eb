/**
 * The numbers and code sets of the CQI indicators. They are fixed by the interchange contract
 * (shared/reference/cqi-interchange.md), not by a jurisdiction: the contract exists so that every agency's
 * results are reproducible ("Where the federal texts leave a detail open, the convention below decides it"),
 * so they are constants of the engine rather than rule-pack settings. Sources: domain-rules.md §1.3.
 */
import type { DischargeReason, PlacementSetting } from '../cases/codes.ts';
import type { IndicatorKey, MaltreatmentDisposition } from './model.ts';

/** "Age 18 or more" (Conventions, "Age"; 79 FR 22604 Att. A: exits on or after the 18th birthday). */
export const ADULT_AGE_YEARS = 18;

/** An episode with a length of stay under 8 days is "in care less than 8 days" (Conventions). */
export const SHORT_STAY_DAYS = 8;

/** "Within 12 months of D" means 0 <= days(D, event) <= 365 (Conventions). */
export const TWELVE_MONTHS_DAYS = 365;

/** THV adjustment: days of the trial home visit beyond 30 are subtracted (Indicators, "Adjusted length of stay"). */
export const THV_GRACE_DAYS = 30;

/** Maltreatment in care: reports with days(removal_date, report_date) <= 7 do not count (Indicators). */
export const REPORT_GRACE_DAYS = 7;

/** Recurrence: a later report counts when more than 14 days after the initial one (Indicators; CCWIP S2). */
export const RECURRENCE_MIN_GAP_DAYS = 14;

/** Permanency exits (Conventions, "Permanency"). */
export const PERMANENCY_REASONS: readonly DischargeReason[] = [
  'reunification',
  'relative',
  'guardianship',
  'adoption',
];

/** Re-entry population exits: adoption is left out (Indicators, `reentry_12m`; 79 FR 22604 Att. B). */
export const REENTRY_REASONS: readonly DischargeReason[] = ['reunification', 'relative', 'guardianship'];

/** Settings that are neither a move nor the placement a move is counted from (Conventions, "Placement moves"). */
export const NOT_A_PLACEMENT: readonly PlacementSetting[] = ['trial_home_visit', 'runaway', 'respite'];

/** Dispositions that make a report count (Indicators, `maltreatment_in_care`, `recurrence_12m`). */
export const SUBSTANTIATED: readonly MaltreatmentDisposition[] = ['substantiated', 'indicated'];

/**
 * Days after E at which each indicator's follow-up ends (Clarifications, "Extent of the data and
 * completeness"): E + 365 for entries and recurrence, E + 730 for re-entry, E for all others.
 */
export const FOLLOW_UP_DAYS: Record<IndicatorKey, number> = {
  permanency_12m_entries: 365,
  permanency_12m_12_23: 0,
  permanency_12m_24_plus: 0,
  reentry_12m: 730,
  placement_stability: 0,
  maltreatment_in_care: 0,
  recurrence_12m: 365,
  caseworker_visits: 0,
};

/** What a value is per: percent, moves per 1,000 days, reports per 100,000 days (Indicators, "value"). */
export const VALUE_SCALE: Record<IndicatorKey, number> = {
  permanency_12m_entries: 100,
  permanency_12m_12_23: 100,
  permanency_12m_24_plus: 100,
  reentry_12m: 100,
  placement_stability: 1_000,
  maltreatment_in_care: 100_000,
  recurrence_12m: 100,
  caseworker_visits: 100,
};
