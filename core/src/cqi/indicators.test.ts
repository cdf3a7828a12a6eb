// The period, totals, values, completeness and exclusions (cqi-interchange.md, Conventions "The period",
// Output and Clarifications "Extent of the data and completeness", "Output"). Expectations worked out by hand.
import { describe, expect, it } from 'vitest';
import { isoFromDay } from './days.ts';
import {
  addContributions,
  computeIndicators,
  cqiPeriod,
  cqiResult,
  emptyTotals,
  mergeTotals,
  type CqiExclusion,
} from './indicators.ts';
import { INDICATOR_KEYS, type IndicatorKey } from './model.ts';
import { rateHalfUp } from './rounding.ts';
import { child, d, ep } from './test-builder.ts';

describe('cqiPeriod: P through P + 1 year − 1 day', () => {
  it.each([
    ['2023-10-01', '2024-09-30'],
    ['2023-02-28', '2024-02-27'],
    ['2023-03-01', '2024-02-29'], // 2024-03-01 − 1 day
    ['2024-03-01', '2025-02-28'],
    ['2023-01-01', '2023-12-31'],
  ])('%s → %s', (start, end) => {
    const period = cqiPeriod(start);
    expect(period).toEqual({ start: d(start), end: d(end) });
  });

  it.each(['2024-02-29', '2000-02-29', '2023-02-30', '2023-10-1', ''])('%j is an error', (start) => {
    expect(() => cqiPeriod(start)).toThrow(RangeError);
  });
});

describe('values: null for a zero denominator, else rounded half-up to two decimals from integers', () => {
  it.each<[number, number, number, number | null]>([
    [2345, 100_000, 100, 2.35], // 2.345 %: in binary floating point 2.34499…, the contract wants 2.35
    [1005, 1000, 1, 1.01], // 1.005 → 1.01 (Math.round(1.005 * 100) / 100 gives 1)
    [1, 8, 1, 0.13], // 0.125 → 0.13
    [1, 200, 1, 0.01], // 0.005 → 0.01
    [1, 201, 1, 0], // 0.004975… → 0
    [1, 3, 100, 33.33],
    [2, 3, 100, 66.67],
    [41, 100, 100, 41],
    [12, 4100, 1000, 2.93], // the contract's example: 2.926… → 2.93
    [4, 150, 100_000, 2666.67], // 2,666.666…
    [0, 5, 100, 0],
    [3, 0, 100, null],
    [0, 0, 1000, null],
  ])('%i / %i × %i → %s', (numerator, denominator, scale, value) => {
    expect(rateHalfUp(numerator, denominator, scale)).toBe(value);
  });

  it('an empty input: every key present, values null, residence too', () => {
    const result = computeIndicators([], cqiPeriod('2023-10-01'), null);
    expect(result.period).toEqual({ start: '2023-10-01', end: '2024-09-30' });
    expect(Object.keys(result.indicators)).toEqual([...INDICATOR_KEYS]);
    for (const key of INDICATOR_KEYS) {
      expect(result.indicators[key]).toMatchObject({
        numerator: 0,
        denominator: 0,
        value: null,
        complete: false,
      });
    }
    expect(result.indicators.caseworker_visits.residence).toEqual({
      numerator: 0,
      denominator: 0,
      value: null,
    });
    expect(result.exclusions).toEqual([]);
  });
});

describe('completeness: the follow-up end (E + 365, E + 730 or E) on or before the latest date', () => {
  const P = cqiPeriod('2023-10-01'); // E = 2024-09-30; E + 365 = 2025-09-30; E + 730 = 2026-09-30
  const plus365: IndicatorKey[] = ['permanency_12m_entries', 'recurrence_12m'];
  it.each([
    [null, false, false, false],
    ['2024-09-29', false, false, false],
    ['2024-09-30', true, false, false],
    ['2025-09-29', true, false, false],
    ['2025-09-30', true, true, false],
    ['2026-09-29', true, true, false],
    ['2026-09-30', true, true, true],
  ])('latest date %s: at E %s, E + 365 %s, E + 730 %s', (latest, atE, at365, at730) => {
    // Completeness follows from the dates alone, also for an empty population.
    const result = cqiResult(emptyTotals(), P, latest === null ? null : d(latest), []);
    for (const key of INDICATOR_KEYS) {
      const expected = key === 'reentry_12m' ? at730 : plus365.includes(key) ? at365 : atE;
      expect([key, result.indicators[key].complete]).toEqual([key, expected]);
    }
  });
});

describe('totals', () => {
  it('addContributions sums; mergeTotals adds two shards without changing them', () => {
    const a = addContributions(emptyTotals(), [
      { indicator: 'permanency_12m_entries', numerator: 1, denominator: 1 },
      { indicator: 'caseworker_visits', numerator: 3, denominator: 12, residence: 2 },
      {
        indicator: 'maltreatment_in_care',
        numerator: 0,
        denominator: 0,
        excluded: 'in care less than 8 days',
      },
    ]);
    const b = addContributions(emptyTotals(), [
      { indicator: 'permanency_12m_entries', numerator: 0, denominator: 1 },
      { indicator: 'caseworker_visits', numerator: 5, denominator: 6, residence: 1 },
      { indicator: 'placement_stability', numerator: 4, denominator: 110 },
    ]);
    const merged = mergeTotals(a, b);
    expect(merged.permanency_12m_entries).toEqual({ numerator: 1, denominator: 2 });
    expect(merged.caseworker_visits).toEqual({ numerator: 8, denominator: 18, residence: 3 });
    expect(merged.placement_stability).toEqual({ numerator: 4, denominator: 110 });
    expect(merged.maltreatment_in_care).toEqual({ numerator: 0, denominator: 0 });
    expect(a.permanency_12m_entries).toEqual({ numerator: 1, denominator: 1 });
    expect(b.caseworker_visits).toEqual({ numerator: 5, denominator: 6, residence: 1 });
  });
});

describe('exclusions: by indicator (INDICATOR_KEYS order), then child_id', () => {
  it('does not depend on the order of the children', () => {
    const P = cqiPeriod('2023-10-01');
    const shortEntry = (id: string) =>
      child(id, '2015-01-01', { episodes: [ep('2023-11-01', '2023-11-05', 'reunification')] });
    const children = [
      shortEntry('Z'),
      // 18 on P (born 2005-10-01), in care since 2022-06-01: 16 completed months → 12–23 band.
      child('A', '2005-10-01', { episodes: [ep('2022-06-01')] }),
      shortEntry('M'),
      // 18 on 2023-10-15, removed 2023-11-01.
      child('B', '2005-10-15', { episodes: [ep('2023-11-01')] }),
      shortEntry('a'), // code-unit order: 'a' after 'Z'
    ];
    const short = 'in care less than 8 days';
    const expected: CqiExclusion[] = [
      { indicator: 'permanency_12m_entries', child_id: 'B', reason: 'age 18 or more at removal' },
      { indicator: 'permanency_12m_entries', child_id: 'M', reason: short },
      { indicator: 'permanency_12m_entries', child_id: 'Z', reason: short },
      { indicator: 'permanency_12m_entries', child_id: 'a', reason: short },
      {
        indicator: 'permanency_12m_12_23',
        child_id: 'A',
        reason: 'age 18 or more on the first day of the period',
      },
      { indicator: 'maltreatment_in_care', child_id: 'M', reason: short },
      { indicator: 'maltreatment_in_care', child_id: 'Z', reason: short },
      { indicator: 'maltreatment_in_care', child_id: 'a', reason: short },
    ];
    expect(computeIndicators(children, P, null).exclusions).toEqual(expected);
    expect(computeIndicators([...children].reverse(), P, null).exclusions).toEqual(expected);
    expect(isoFromDay(P.end)).toBe('2024-09-30');
  });
});
