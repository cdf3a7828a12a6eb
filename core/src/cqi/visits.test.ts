// caseworker_visits (cqi-interchange.md, Indicators and Clarifications "Dates"; domain-rules.md §3.1).
// Expectations worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { childContributions, computeIndicators, cqiPeriod, type CqiPeriod } from './indicators.ts';
import type { CqiChild, CqiEpisode, CqiVisit } from './model.ts';
import { child, d, entriesFor, ep, visit } from './test-builder.ts';
import { periodMonths } from './visits.ts';

const P = cqiPeriod('2023-10-01'); // E = 2024-09-30: October 2023 to September 2024, 12 whole months
const of = (c: CqiChild, period: CqiPeriod = P) =>
  entriesFor(childContributions(c, period), 'caseworker_visits');
const kid = (episodes: CqiEpisode[], visits: CqiVisit[] = [], birth = '2015-01-01') =>
  child('C1', birth, { episodes, visits });
const months = (denominator: number) => [{ numerator: 0, denominator, residence: 0 }];

describe('months wholly inside [P, E]', () => {
  it('12 from the first of a month, 11 from mid-month', () => {
    expect(periodMonths(P).count).toBe(12);
    const mid = periodMonths(cqiPeriod('2023-10-15')); // E = 2024-10-14
    expect(mid.count).toBe(11);
    expect(mid.starts[0]).toBe(d('2023-11-01'));
    expect(mid.starts[11]).toBe(d('2024-10-01'));
  });

  it('visits in a partial month of the period do not count', () => {
    const c = kid([ep('2023-01-01')], [visit('2023-10-20'), visit('2023-11-01'), visit('2024-10-01')]);
    expect(of(c, cqiPeriod('2023-10-15'))).toEqual([{ numerator: 1, denominator: 11, residence: 1 }]);
  });
});

describe('months visited and at the residence', () => {
  it('face-to-face visits only; a month counts once', () => {
    const c = kid(
      [ep('2023-01-01')],
      [
        visit('2023-09-30'), // before P
        visit('2023-10-05', 'residence'), // October: residence
        visit('2023-11-03', 'other'), // November: elsewhere
        visit('2023-12-10', 'residence', false), // December: not face to face
        visit('2024-02-01', 'other'),
        visit('2024-02-29', 'residence'), // February: both
        visit('2024-10-01'), // after E
      ],
    );
    // Visited: October, November, February = 3 of 12; at the residence: October, February = 2 of 3.
    expect(of(c)).toEqual([{ numerator: 3, denominator: 12, residence: 2 }]);
    const figure = computeIndicators([c], P, null).indicators.caseworker_visits;
    // 3 / 12 = 25 %; 2 / 3 = 66.666… → 66.67 %.
    expect(figure).toMatchObject({
      numerator: 3,
      denominator: 12,
      value: 25,
      residence: { numerator: 2, denominator: 3, value: 66.67 },
    });
  });

  it('not in care: no entry; in care without visits: months with none', () => {
    expect(of(kid([], [visit('2023-11-01')]))).toEqual([]);
    expect(of(kid([ep('2023-01-01')]))).toEqual(months(12));
  });
});

describe('in care on every day of the month', () => {
  it.each([
    // Removal 2 October: October is out; discharge 30 September: not in care on the 30th, September out.
    ['partial first and last months', [ep('2023-10-02', '2024-09-30', 'reunification')], 10],
    ['removal on P, discharge 2024-09-30', [ep('2023-10-01', '2024-09-30', 'reunification')], 11],
    ['removal on P, discharge 2024-10-01', [ep('2023-10-01', '2024-10-01', 'reunification')], 12],
    [
      're-entry on the day of discharge: no gap',
      [ep('2023-01-01', '2024-01-15', 'reunification'), ep('2024-01-15')],
      12,
    ],
    [
      're-entry the next day: January is out',
      [ep('2023-01-01', '2024-01-15', 'reunification'), ep('2024-01-16')],
      11,
    ],
    [
      'a zero-length episode between touching ones',
      [
        ep('2023-01-01', '2024-01-15', 'reunification'),
        ep('2024-01-15', '2024-01-15', 'reunification', [], 'Z'),
        ep('2024-01-15'),
      ],
      12,
    ],
  ])('%s', (_, episodes, denominator) => {
    expect(of(kid(episodes))).toEqual(months(denominator));
  });
});

describe('under 18 on the first day of the month', () => {
  it.each([
    // 18 on 2024-03-01: March starts on the birthday → October to February = 5.
    ['2006-03-01', P, 5],
    // 18 on 2024-03-02: under 18 on 1 March → October to March = 6.
    ['2006-03-02', P, 6],
    // Born 29 February 2004: 18 on 1 March 2022 → October 2021 to February 2022 = 5.
    ['2004-02-29', cqiPeriod('2021-10-01'), 5],
  ])('born %s', (birth, period, denominator) => {
    expect(of(kid([ep('2020-01-01')], [], birth), period)).toEqual(months(denominator));
  });
});
