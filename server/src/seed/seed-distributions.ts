import type {
  CONTINUANCE_REASONS,
  CONTINUANCE_REQUESTERS,
  DischargeReason,
  PlacementSetting,
  RemovalReason,
} from '@hearth/core';
import type { WeightedItems } from './random.ts';

// Distributions. Shares follow published New Mexico and national AFCARS patterns loosely; they exist to
// make the demo and the indicator engine look and behave like a real district, not to model one.

export type RaceKey =
  'hispanic' | 'white' | 'american_indian_alaska_native' | 'black' | 'two_or_more' | 'asian' | 'unknown';
export const RACES: WeightedItems<RaceKey> = [
  ['hispanic', 55],
  ['white', 22],
  ['american_indian_alaska_native', 12],
  ['black', 3],
  ['two_or_more', 5],
  ['asian', 1.2],
  ['unknown', 1.8],
];

export const FAMILY_SIZES: WeightedItems<number> = [
  [1, 45],
  [2, 28],
  [3, 17],
  [4, 10],
];

/** Age in completed years at removal. */
export const AGES_AT_REMOVAL: WeightedItems<number> = [
  [0, 18],
  [1, 7],
  [2, 6.5],
  [3, 6],
  [4, 5.5],
  [5, 5],
  [6, 4.2],
  [7, 4],
  [8, 4],
  [9, 4],
  [10, 4],
  [11, 3.9],
  [12, 3.9],
  [13, 4],
  [14, 4.5],
  [15, 5],
  [16, 4.5],
  [17, 3],
];

export const REMOVAL_REASON_WEIGHTS: WeightedItems<RemovalReason> = [
  ['neglect', 60],
  ['parent_drug_abuse', 35],
  ['physical_abuse', 14],
  ['caretaker_inability_to_cope', 12],
  ['inadequate_housing', 9],
  ['parent_alcohol_abuse', 7],
  ['child_behavior_problem', 5],
  ['parent_incarceration', 6],
  ['sexual_abuse', 4],
  ['abandonment', 3],
  ['child_disability', 2],
  ['child_alcohol_drug_abuse', 2],
  ['parent_death', 1],
  ['relinquishment', 0.5],
];

/** Family-level exits; emancipation, runaway, transfer and death are decided per child. */
export const FAMILY_EXITS: WeightedItems<DischargeReason> = [
  ['reunification', 43],
  ['adoption', 36],
  ['guardianship', 10],
  ['relative', 8.5],
];

/** Length of stay by exit: [median days, log-scale spread, minimum days]. */
export const STAY: Record<DischargeReason, readonly [number, number, number]> = {
  reunification: [380, 0.7, 8],
  adoption: [880, 0.35, 400],
  guardianship: [620, 0.45, 200],
  relative: [430, 0.55, 60],
  emancipation: [400, 0.6, 30],
  transfer: [240, 0.9, 10],
  runaway: [200, 0.8, 20],
  death: [200, 1, 5],
};

export const SETTINGS_YOUNG: WeightedItems<PlacementSetting> = [
  ['foster_family_nonrelative', 52],
  ['foster_family_relative', 40],
  ['group_home', 1],
  ['medical', 2],
  ['respite', 1],
  ['other', 1],
];
export const SETTINGS_CHILD: WeightedItems<PlacementSetting> = [
  ['foster_family_nonrelative', 45],
  ['foster_family_relative', 38],
  ['group_home', 7],
  ['qrtp', 3],
  ['institution', 2],
  ['respite', 2],
  ['medical', 1],
  ['other', 1],
];
export const SETTINGS_TEEN: WeightedItems<PlacementSetting> = [
  ['foster_family_nonrelative', 30],
  ['foster_family_relative', 26],
  ['group_home', 18],
  ['qrtp', 9],
  ['institution', 5],
  ['juvenile_justice', 3],
  ['medical', 1],
  ['other', 1],
];

export const CONTINUANCE_REASON_WEIGHTS: Record<(typeof CONTINUANCE_REASONS)[number], number> = {
  party_not_served: 22,
  party_absent: 18,
  attorney_unavailable: 14,
  report_not_filed: 12,
  icwa_notice_pending: 0,
  interpreter_unavailable: 0,
  court_calendar: 12,
  discovery: 6,
  other: 8,
};
export const CONTINUANCE_REQUESTER_WEIGHTS: Record<(typeof CONTINUANCE_REQUESTERS)[number], number> = {
  agency: 30,
  parent: 36,
  child: 8,
  court: 14,
  tribe: 0,
  other: 6,
};

export const MALTREATMENT_DISPOSITIONS: WeightedItems<string> = [
  ['substantiated', 30],
  ['indicated', 15],
  ['unsubstantiated', 45],
  ['other', 10],
];
