// Properties of the engine over random histories (fast-check): row order never shows, shards merge to the
// whole, and an excluded child changes nothing where it is excluded (cqi-interchange.md, Clarifications).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCHARGE_REASONS, PLACEMENT_SETTINGS } from '../cases/codes.ts';
import { birthdayOf } from './age.ts';
import {
  addContributions,
  childContributions,
  computeIndicators,
  cqiPeriod,
  emptyTotals,
  mergeTotals,
  type CqiPeriod,
} from './indicators.ts';
import {
  INDICATOR_KEYS,
  MALTREATMENT_DISPOSITIONS,
  type CqiChild,
  type CqiEpisode,
  type IndicatorKey,
} from './model.ts';
import { d } from './test-builder.ts';

const P0 = d('2023-10-01');
const PERIODS = ['2023-10-01', '2023-10-15', '2024-03-01'].map(cqiPeriod);
const YEAR = 365;

const placementArb = fc.record({
  offset: fc.nat(400),
  setting: fc.constantFrom(...PLACEMENT_SETTINGS),
  providerId: fc.constantFrom(null, '', 'A', 'B'),
});
const episodeArb = fc.record({
  gap: fc.nat(400),
  length: fc.oneof(fc.nat(10), fc.nat(600)),
  open: fc.boolean(),
  reason: fc.constantFrom(null, ...DISCHARGE_REASONS),
  placements: fc.array(placementArb, { maxLength: 5 }),
});
const reportArb = fc.record({
  reportId: fc.constantFrom('R1', 'R2', 'R3', 'R4'),
  date: fc.integer({ min: -500, max: 900 }),
  incident: fc.option(fc.integer({ min: -600, max: 900 })),
  disposition: fc.constantFrom(...MALTREATMENT_DISPOSITIONS),
});
const visitArb = fc.record({
  date: fc.integer({ min: -30, max: 400 }),
  atResidence: fc.boolean(),
  faceToFace: fc.boolean(),
});

type EpisodeSpec = typeof episodeArb extends fc.Arbitrary<infer T> ? T : never;

/** Episodes one after another (they never overlap; touching is allowed), only the last may be open. */
function episodesFrom(start: number, specs: EpisodeSpec[]): CqiEpisode[] {
  let cursor = start;
  return specs.map((spec, i) => {
    const removal = cursor + spec.gap;
    const discharge = spec.open && i === specs.length - 1 ? null : removal + spec.length;
    cursor = discharge ?? removal;
    const room = discharge === null ? 401 : discharge - removal;
    return {
      removalId: `E${i}`,
      removal,
      discharge,
      reason: discharge === null ? null : spec.reason,
      adjudication: null,
      // A placement is inside its episode: removal <= start < discharge (none in an episode of length 0).
      placements:
        room === 0
          ? []
          : spec.placements.map((p) => ({
              start: removal + (p.offset % room),
              end: null,
              setting: p.setting,
              providerId: p.providerId,
            })),
    };
  });
}

const childArb = fc
  .record({
    age: fc.integer({ min: 0, max: 22 * YEAR }),
    start: fc.integer({ min: -900, max: 300 }),
    episodes: fc.array(episodeArb, { maxLength: 4 }),
    reports: fc.array(reportArb, { maxLength: 5 }),
    visits: fc.array(visitArb, { maxLength: 8 }),
  })
  .map((r): CqiChild => ({
    childId: '',
    birth: P0 - r.age,
    sex: null,
    raceEthnicity: null,
    county: null,
    episodes: episodesFrom(P0 + r.start, r.episodes),
    reports: r.reports.map((x) => ({
      ...x,
      date: P0 + x.date,
      incident: x.incident === null ? null : P0 + x.incident,
    })),
    visits: r.visits.map((v) => ({ ...v, date: P0 + v.date })),
  }));
const childrenArb = fc
  .array(childArb, { maxLength: 20 })
  .map((cs) => cs.map((c, i) => ({ ...c, childId: `C${i}` })));
const periodArb = fc.constantFrom(...PERIODS);
const latestArb = fc.option(fc.integer({ min: P0, max: P0 + 3 * YEAR }));

/** A deterministic shuffle from a seed (fast-check shrinks the seed). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const counts = (children: readonly CqiChild[], period: CqiPeriod) =>
  computeIndicators(children, period, null).indicators;

describe('invariance to row order', () => {
  it('children, episodes within a child, reports and visits in any order give the same result', () => {
    fc.assert(
      fc.property(childrenArb, periodArb, latestArb, fc.integer(), (children, period, latest, seed) => {
        const reordered = shuffled(children, seed).map((c, i) => ({
          ...c,
          episodes: shuffled(c.episodes, seed + i),
          reports: shuffled(c.reports, seed - i),
          visits: shuffled(c.visits, seed ^ i),
        }));
        expect(computeIndicators(reordered, period, latest)).toEqual(
          computeIndicators(children, period, latest),
        );
      }),
    );
  });
});

describe('shards', () => {
  it('mergeTotals of a split equals the totals of the whole', () => {
    fc.assert(
      fc.property(childrenArb, periodArb, fc.nat(), (children, period, cut) => {
        const k = children.length === 0 ? 0 : cut % (children.length + 1);
        const total = (cs: readonly CqiChild[]) =>
          cs.reduce((t, c) => addContributions(t, childContributions(c, period)), emptyTotals());
        expect(mergeTotals(total(children.slice(0, k)), total(children.slice(k)))).toEqual(total(children));
      }),
    );
  });
});

describe('sanity of every contribution', () => {
  it('an exclusion adds nothing; percentages never exceed their denominator', () => {
    const percent: IndicatorKey[] = [
      'permanency_12m_entries',
      'permanency_12m_12_23',
      'permanency_12m_24_plus',
      'reentry_12m',
      'recurrence_12m',
      'caseworker_visits',
    ];
    fc.assert(
      fc.property(childArb, periodArb, (c, period) => {
        for (const x of childContributions(c, period)) {
          if (x.excluded !== undefined) expect([x.numerator, x.denominator]).toEqual([0, 0]);
          if (percent.includes(x.indicator)) expect(x.numerator).toBeLessThanOrEqual(x.denominator);
          if (x.residence !== undefined) expect(x.residence).toBeLessThanOrEqual(x.numerator);
          expect(x.numerator).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});

describe('adding an excluded child changes no numerator or denominator where it is excluded', () => {
  const P = PERIODS[0]!; // 2023-10-01 → 2024-09-30
  // Every indicator but recurrence: its reports may still make it part of recurrence_12m, which has no exclusions.
  const affected = INDICATOR_KEYS.filter((k) => k !== 'recurrence_12m');
  const withExtra = (children: CqiChild[], extra: CqiChild) => [...children, { ...extra, childId: 'X' }];
  const unchanged = (children: CqiChild[], extra: CqiChild) => {
    const before = counts(children, P);
    const after = computeIndicators(withExtra(children, extra), P, null);
    for (const key of affected) {
      expect([
        key,
        after.indicators[key].numerator,
        after.indicators[key].denominator,
        after.indicators[key].residence?.numerator,
      ]).toEqual([key, before[key].numerator, before[key].denominator, before[key].residence?.numerator]);
    }
    return after.exclusions.filter((e) => e.child_id === 'X');
  };
  const extraArb = (
    birth: fc.Arbitrary<number>,
    removal: fc.Arbitrary<number>,
    length: fc.Arbitrary<number | null>,
  ) =>
    fc.tuple(childArb, birth, removal, length).map(([c, b, r, len]): CqiChild => ({
      ...c,
      birth: r - b,
      episodes: [
        {
          removalId: 'E',
          removal: r,
          discharge: len === null ? null : r + len,
          reason: 'reunification',
          adjudication: null,
          placements: [],
        },
      ],
    }));

  it('a child whose only removal, in [P, E], lasted less than 8 days', () => {
    // Removal in [P, E], under 18 at removal (age 0–17 years), 0–7 days in care.
    const extra = extraArb(
      fc.integer({ min: 0, max: 17 * YEAR }),
      fc.integer({ min: P.start, max: P.end }),
      fc.integer({ min: 0, max: 7 }),
    );
    fc.assert(
      fc.property(childrenArb, extra, (children, x) => {
        const episode = x.episodes[0]!;
        // A length-0 episode is in care on no date (removal_date <= d < discharge_date), so it is outside the
        // maltreatment population rather than excluded from it.
        const inCareSomeDay = episode.discharge !== episode.removal;
        expect(unchanged(children, x)).toEqual([
          { indicator: 'permanency_12m_entries', child_id: 'X', reason: 'in care less than 8 days' },
          ...(inCareSomeDay
            ? [{ indicator: 'maltreatment_in_care', child_id: 'X', reason: 'in care less than 8 days' }]
            : []),
        ]);
      }),
    );
  });

  it('a child 18 or more at its only removal, in [P, E]', () => {
    // Age at removal at least 18 × 366 days (certainly past the 18th birthday); any length, or open.
    const extra = extraArb(
      fc.integer({ min: 18 * 366, max: 25 * YEAR }),
      fc.integer({ min: P.start, max: P.end }),
      fc.option(fc.nat(600)),
    );
    fc.assert(
      fc.property(childrenArb, extra, (children, x) => {
        expect(birthdayOf(x.birth, 18)).toBeLessThanOrEqual(x.episodes[0]!.removal);
        const lines = unchanged(children, x);
        expect(lines[0]).toEqual({
          indicator: 'permanency_12m_entries',
          child_id: 'X',
          reason: 'age 18 or more at removal',
        });
      }),
    );
  });

  it('a child 18 or more on P, in care 12 months or more', () => {
    // Removal 366–1,500 days before P, open or discharged after P; age on P at least 18 × 366 days.
    const extra = fc
      .tuple(
        extraArb(
          fc.integer({ min: 0, max: 4 * YEAR }),
          fc.integer({ min: P.start - 1500, max: P.start - 366 }),
          fc.constant(null),
        ),
        fc.option(fc.integer({ min: 1, max: 600 })),
      )
      .map(([x, after]): CqiChild => ({
        ...x,
        birth: P.start - 18 * 366 - (x.episodes[0]!.removal - x.birth),
        episodes: [{ ...x.episodes[0]!, discharge: after === null ? null : P.start + after }],
      }));
    fc.assert(
      fc.property(childrenArb, extra, (children, x) => {
        const lines = unchanged(children, x);
        expect(lines).toHaveLength(1);
        expect(lines[0]!.reason).toBe('age 18 or more on the first day of the period');
      }),
    );
  });
});
