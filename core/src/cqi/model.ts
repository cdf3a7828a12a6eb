/**
 * The CQI engine's model of one child's history, as the interchange format describes it
 * (shared/reference/cqi-interchange.md, "Files"). Every reader builds this — the CSV folder reader of
 * `hearth cqi`, the live database behind the analyst's dashboard, the AFCARS 2020 import — so one engine
 * computes the indicators whatever the source.
 *
 * Dates are day numbers (whole days since 1970-01-01, UTC), so the engine compares and subtracts integers:
 * `days(a, b)` of the contract is `b - a`. Cells that are empty ("not known") are null.
 */
import type { DischargeReason, PlacementSetting } from '../cases/codes.ts';

export type DayNumber = number;

export const MALTREATMENT_DISPOSITIONS = ['substantiated', 'indicated', 'unsubstantiated', 'other'] as const;
export type MaltreatmentDisposition = (typeof MALTREATMENT_DISPOSITIONS)[number];

export type CqiPlacement = {
  start: DayNumber;
  end: DayNumber | null;
  setting: PlacementSetting;
  providerId: string | null;
};

export type CqiEpisode = {
  removalId: string;
  removal: DayNumber;
  discharge: DayNumber | null;
  /** Ignored (treated as null) by the engine while the episode is open. */
  reason: DischargeReason | null;
  adjudication: DayNumber | null;
  /** In file order; the engine orders them by start, ties keeping this order. */
  placements: CqiPlacement[];
};

export type CqiReport = {
  reportId: string;
  date: DayNumber;
  incident: DayNumber | null;
  disposition: MaltreatmentDisposition;
};

export type CqiVisit = {
  date: DayNumber;
  atResidence: boolean;
  faceToFace: boolean;
};

export type CqiChild = {
  childId: string;
  birth: DayNumber;
  sex: string | null;
  raceEthnicity: string | null;
  county: string | null;
  /** In any order; the engine orders them by removal date. */
  episodes: CqiEpisode[];
  /** Rows as read: the same report_id may appear more than once (one report, see the contract). */
  reports: CqiReport[];
  visits: CqiVisit[];
};

export const INDICATOR_KEYS = [
  'permanency_12m_entries',
  'permanency_12m_12_23',
  'permanency_12m_24_plus',
  'reentry_12m',
  'placement_stability',
  'maltreatment_in_care',
  'recurrence_12m',
  'caseworker_visits',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export const EXCLUSION_REASONS = [
  'age 18 or more at removal',
  'in care less than 8 days',
  'age 18 or more on the first day of the period',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/**
 * What one child adds to one indicator: its share of the denominator and numerator (for
 * `caseworker_visits` also the residence figures: `residence` = months visited at the residence, whose
 * denominator is this `numerator`), or the reason it is excluded. A child outside a population adds
 * nothing and has no entry. Because every indicator is a sum over children, totals, equity breakdowns,
 * drill-downs and the merge of parallel shards are all sums of these.
 */
export type ChildContribution = {
  indicator: IndicatorKey;
  numerator: number;
  denominator: number;
  residence?: number;
  excluded?: ExclusionReason;
};
