// maltreatment_in_care (cqi-interchange.md, Indicators and Clarifications "Populations"; domain-rules.md §1.3 (f),
// Appendix A). Expectations worked out by hand in the comments; 2024 is a leap year.
import { describe, expect, it } from 'vitest';
import type { MaltreatmentDisposition } from './model.ts';
import { childContributions, computeIndicators, cqiPeriod } from './indicators.ts';
import type { CqiChild, CqiReport } from './model.ts';
import { child, entriesFor, ep, rep } from './test-builder.ts';

const P = cqiPeriod('2023-10-01'); // E = 2024-09-30
const of = (c: CqiChild) => entriesFor(childContributions(c, P), 'maltreatment_in_care');
const short = { numerator: 0, denominator: 0, excluded: 'in care less than 8 days' };

describe('79 FR 22604 fn a, b', () => {
  it('days 10 + 40 + 100 = 150 (two episodes of one child both count); reports 3 + 1 = 4', () => {
    const a = child('A', '2015-01-01', {
      // 2023-10-01 → 2023-10-11 = 10; 2023-12-01 → 2024-01-10 = 31 + 9 = 40.
      episodes: [
        ep('2023-10-01', '2023-10-11', 'reunification'),
        ep('2023-12-01', '2024-01-10', 'reunification'),
      ],
      // 8, 19 and 35 days after their removals: all more than 7.
      reports: [rep('R1', '2023-10-09'), rep('R2', '2023-12-20', 'indicated'), rep('R3', '2024-01-05')],
    });
    const b = child('B', '2015-01-01', {
      // 2024-02-01 → 2024-05-01 = 29 + 31 + 30 = 90, + 10 = 100.
      episodes: [ep('2024-02-01', '2024-05-11', 'reunification')],
      reports: [rep('R4', '2024-03-01')],
    });
    expect(of(a)).toEqual([{ numerator: 3, denominator: 50 }]);
    // 4 / 150 × 100,000 = 2,666.666… → 2,666.67.
    expect(computeIndicators([a, b], P, null).indicators.maltreatment_in_care).toMatchObject({
      numerator: 4,
      denominator: 150,
      value: 2666.67,
    });
  });
});

describe('which reports count', () => {
  // Removal 2023-11-01, open: days 2023-11-01 → 2024-10-01 = 30 + 31 + 31 + 29 + 31 + 30 + 31 + 30 + 31 + 31 + 30 = 335.
  const inCare = (...reports: CqiReport[]) =>
    of(child('C1', '2015-01-01', { episodes: [ep('2023-11-01')], reports }));
  it.each<[string, CqiReport[], number]>([
    ['7 days after removal', [rep('R1', '2023-11-08')], 0],
    ['8 days after removal', [rep('R1', '2023-11-09')], 1],
    ['incident the day before removal', [rep('R1', '2023-12-01', 'substantiated', '2023-10-31')], 0],
    ['incident on the removal date', [rep('R1', '2023-12-01', 'substantiated', '2023-11-01')], 1],
    ['no incident date', [rep('R1', '2023-12-01')], 1],
    ['after E', [rep('R1', '2024-10-01')], 0],
    ['on E', [rep('R1', '2024-09-30')], 1],
    ['one report in two rows', [rep('R1', '2023-12-01'), rep('R1', '2023-12-01')], 1],
    [
      'one report: the first row fails (incident before removal), the second qualifies',
      [rep('R1', '2023-12-01', 'substantiated', '2023-09-01'), rep('R1', '2023-12-02')],
      1,
    ],
    [
      'one report: unsubstantiated row and substantiated row',
      [rep('R1', '2023-12-01', 'unsubstantiated'), rep('R1', '2023-12-01')],
      1,
    ],
    ['two reports on one day', [rep('R1', '2023-12-01'), rep('R2', '2023-12-01')], 2],
  ])('%s', (_, reports, numerator) => {
    expect(inCare(...reports)).toEqual([{ numerator, denominator: 335 }]);
  });

  it.each<[MaltreatmentDisposition, number]>([
    ['substantiated', 1],
    ['indicated', 1],
    ['unsubstantiated', 0],
    ['other', 0],
  ])('disposition %s', (disposition, numerator) => {
    expect(inCare(rep('R1', '2023-12-01', disposition))).toEqual([{ numerator, denominator: 335 }]);
  });

  it('reports outside [P, E] do not count; from P they do', () => {
    // Removal 2023-01-01, open: days P → E = 366.
    const c = child('C1', '2015-01-01', {
      episodes: [ep('2023-01-01')],
      reports: [rep('R0', '2023-09-30'), rep('R1', '2023-10-01'), rep('R2', '2024-10-01')],
    });
    expect(of(c)).toEqual([{ numerator: 1, denominator: 366 }]);
  });

  it('a report on the discharge date is outside the episode', () => {
    // 2023-11-01 → 2023-12-01 = 30 days.
    const on = child('C1', '2015-01-01', {
      episodes: [ep('2023-11-01', '2023-12-01', 'reunification')],
      reports: [rep('R1', '2023-12-01')],
    });
    const before = child('C1', '2015-01-01', {
      episodes: [ep('2023-11-01', '2023-12-01', 'reunification')],
      reports: [rep('R1', '2023-11-30')],
    });
    expect(of(on)).toEqual([{ numerator: 0, denominator: 30 }]);
    expect(of(before)).toEqual([{ numerator: 1, denominator: 30 }]);
  });

  it('days and reports stop at the 18th birthday', () => {
    // Born 2006-01-01: 18 on 2024-01-01. Days 2023-10-01 → 2024-01-01 = 31 + 30 + 31 = 92.
    const c = child('C1', '2006-01-01', {
      episodes: [ep('2023-01-01')],
      reports: [rep('R1', '2023-12-31'), rep('R2', '2024-01-01')],
    });
    expect(of(c)).toEqual([{ numerator: 1, denominator: 92 }]);
  });
});

describe('days in care in [P, E] and the exclusion "in care less than 8 days" (once per child)', () => {
  const kid = (...episodes: ReturnType<typeof ep>[]) => child('C1', '2015-01-01', { episodes });
  it.each([
    [
      'begun before P: days from P',
      [ep('2023-01-01', '2023-10-11', 'reunification')],
      [{ numerator: 0, denominator: 10 }],
    ],
    ['ended before P', [ep('2023-01-01', '2023-09-30', 'reunification')], []],
    ['discharged on P: not in care on P', [ep('2023-01-01', '2023-10-01', 'reunification')], []],
    ['begun after E', [ep('2024-10-01')], []],
    ['8 days', [ep('2023-11-01', '2023-11-09', 'reunification')], [{ numerator: 0, denominator: 8 }]],
    ['open, 3 days before the end (never short)', [ep('2024-09-28')], [{ numerator: 0, denominator: 3 }]],
    ['only a 7-day episode', [ep('2023-11-01', '2023-11-08', 'reunification')], [short]],
    // 2023-12-01 → 2024-01-15 = 31 + 14 = 45 days counted; the short episode is listed once.
    [
      'a short and a counted episode',
      [ep('2023-10-05', '2023-10-10', 'reunification'), ep('2023-12-01', '2024-01-15', 'reunification')],
      [{ numerator: 0, denominator: 45 }, short],
    ],
    [
      'two short episodes: one line',
      [ep('2023-10-05', '2023-10-10', 'reunification'), ep('2023-11-05', '2023-11-06', 'reunification')],
      [short],
    ],
    [
      'a short episode before P is not listed',
      [ep('2023-09-01', '2023-09-05', 'reunification'), ep('2023-12-01', '2024-01-15', 'reunification')],
      [{ numerator: 0, denominator: 45 }],
    ],
    ['a short episode in care on P is listed', [ep('2023-09-28', '2023-10-02', 'reunification')], [short]],
    // A length-0 episode is in care on no date (removal_date <= d < discharge_date): not in the population.
    ['discharged on its removal date, on P', [ep('2023-10-01', '2023-10-01', 'reunification')], []],
    ['discharged on its removal date, on E', [ep('2024-09-30', '2024-09-30', 'reunification')], []],
    ['a short episode after E is not listed', [ep('2024-10-01', '2024-10-03', 'reunification')], []],
  ])('%s', (_, episodes, expected) => {
    expect(of(kid(...episodes))).toEqual(expected);
  });

  it('a child in care only on or after the 18th birthday is in the population with 0 days', () => {
    // Born 2005-01-01: 18 on 2023-01-01, before P.
    const c = child('C1', '2005-01-01', { episodes: [ep('2023-06-01')], reports: [rep('R1', '2024-01-01')] });
    expect(of(c)).toEqual([{ numerator: 0, denominator: 0 }]);
  });
});
