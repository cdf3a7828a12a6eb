// recurrence_12m (cqi-interchange.md, Indicators and Clarifications "Populations"; domain-rules.md §1.3 (g)).
// Expectations worked out by hand in the comments; 2024 is a leap year.
import { describe, expect, it } from 'vitest';
import { childContributions, cqiPeriod } from './indicators.ts';
import type { CqiReport } from './model.ts';
import { child, entriesFor, rep } from './test-builder.ts';

const P = cqiPeriod('2023-10-01'); // E = 2024-09-30
const of = (birth: string, ...reports: CqiReport[]) =>
  entriesFor(childContributions(child('C1', birth, { reports }), P), 'recurrence_12m');
const young = '2015-01-01';

describe('recurrence_12m (children need not have been in care)', () => {
  it.each<[string, CqiReport[], number]>([
    ['14 days later', [rep('R1', '2023-11-01'), rep('R2', '2023-11-15')], 0],
    ['15 days later', [rep('R1', '2023-11-01'), rep('R2', '2023-11-16')], 1],
    // 2023-11-01 → 2024-11-01 is 366 days (29 February 2024): 2024-10-31 is day 365.
    ['365 days later', [rep('R1', '2023-11-01'), rep('R2', '2024-10-31')], 1],
    ['366 days later', [rep('R1', '2023-11-01'), rep('R2', '2024-11-01')], 0],
    ['the later one may fall after E', [rep('R1', '2024-09-01'), rep('R2', '2024-10-15')], 1],
    ['rows of the same report are one report', [rep('R1', '2023-11-01'), rep('R1', '2023-12-01')], 0],
    // Initial 2023-11-01; 2023-11-10 is 9 days later (not recurrence, and not a new initial); 2023-12-01 is 30.
    [
      'the first report is the initial one',
      [rep('R1', '2023-11-01'), rep('R2', '2023-11-10'), rep('R3', '2023-12-01')],
      1,
    ],
    ['only within 14 days of the initial', [rep('R1', '2023-11-01'), rep('R2', '2023-11-10')], 0],
    ['rows out of order', [rep('R2', '2024-01-20'), rep('R1', '2023-11-01')], 1], // 30 + 31 + 19 = 80 days
    [
      'an unsubstantiated first report is not the initial one',
      [rep('R1', '2023-11-01', 'unsubstantiated'), rep('R2', '2023-12-01')],
      0,
    ],
    [
      'an unsubstantiated later report is not recurrence',
      [rep('R1', '2023-11-01'), rep('R2', '2023-12-01', 'unsubstantiated')],
      0,
    ],
    ['an indicated later report is', [rep('R1', '2023-11-01'), rep('R2', '2023-12-01', 'indicated')], 1],
    ['a report before P is not the initial one', [rep('R0', '2023-09-30'), rep('R1', '2023-10-20')], 0],
  ])('%s', (_, reports, numerator) => {
    expect(of(young, ...reports)).toEqual([{ numerator, denominator: 1 }]);
  });

  it('no substantiated report in [P, E]: not in the population', () => {
    expect(of(young, rep('R1', '2024-10-01'), rep('R2', '2023-09-01'))).toEqual([]);
    expect(of(young, rep('R1', '2023-11-01', 'other'))).toEqual([]);
  });

  it('only the initial report must be before the 18th birthday', () => {
    // Born 2005-12-01: 18 on 2023-12-01.
    expect(of('2005-12-01', rep('R1', '2023-12-01'))).toEqual([]);
    expect(of('2005-12-01', rep('R1', '2023-11-30'), rep('R2', '2024-01-15'))).toEqual([
      { numerator: 1, denominator: 1 },
    ]);
  });
});
