/**
 * Tests only: small CqiChild literals from ISO dates, so a test reads like the contract's examples.
 * Day numbers come from days.ts (dayFromIso); expectations in the tests are worked out by hand.
 */
import type { DischargeReason, PlacementSetting } from '../cases/codes.ts';
import { dayFromIso } from './days.ts';
import type {
  ChildContribution,
  CqiChild,
  CqiEpisode,
  CqiPlacement,
  CqiReport,
  CqiVisit,
  IndicatorKey,
  MaltreatmentDisposition,
} from './model.ts';

export const d = dayFromIso;

export function pl(
  start: string,
  setting: PlacementSetting = 'foster_family_nonrelative',
  providerId: string | null = null,
  end: string | null = null,
): CqiPlacement {
  return { start: d(start), end: end === null ? null : d(end), setting, providerId };
}

export function ep(
  removal: string,
  discharge: string | null = null,
  reason: DischargeReason | null = null,
  placements: CqiPlacement[] = [],
  removalId = `R${removal}`,
): CqiEpisode {
  return {
    removalId,
    removal: d(removal),
    discharge: discharge === null ? null : d(discharge),
    reason,
    adjudication: null,
    placements,
  };
}

export function rep(
  reportId: string,
  date: string,
  disposition: MaltreatmentDisposition = 'substantiated',
  incident: string | null = null,
): CqiReport {
  return { reportId, date: d(date), incident: incident === null ? null : d(incident), disposition };
}

export function visit(
  date: string,
  location: 'residence' | 'other' = 'residence',
  faceToFace = true,
): CqiVisit {
  return { date: d(date), atResidence: location === 'residence', faceToFace };
}

export function child(
  childId: string,
  birth: string,
  parts: { episodes?: CqiEpisode[]; reports?: CqiReport[]; visits?: CqiVisit[] } = {},
): CqiChild {
  return {
    childId,
    birth: d(birth),
    sex: null,
    raceEthnicity: null,
    county: null,
    episodes: parts.episodes ?? [],
    reports: parts.reports ?? [],
    visits: parts.visits ?? [],
  };
}

/** The child's entries for one indicator, without the `indicator` field, for compact expectations. */
export function entriesFor(
  contributions: readonly ChildContribution[],
  indicator: IndicatorKey,
): Omit<ChildContribution, 'indicator'>[] {
  return contributions.filter((c) => c.indicator === indicator).map(({ indicator: _, ...rest }) => rest);
}
