// permanency_12m_12_23 and permanency_12m_24_plus (cqi-interchange.md, Indicators; Clarifications "Dates";
// domain-rules.md §1.3 (b), (c)). Expectations worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import type { DischargeReason } from '../cases/codes.ts';
import { childContributions, cqiPeriod, type CqiPeriod } from './indicators.ts';
import type { CqiChild } from './model.ts';
import { child, entriesFor, ep } from './test-builder.ts';

const P = cqiPeriod('2023-10-01'); // E = 2024-09-30
const both = (c: CqiChild, period: CqiPeriod = P) => {
  const all = childContributions(c, period);
  return { b12: entriesFor(all, 'permanency_12m_12_23'), b24: entriesFor(all, 'permanency_12m_24_plus') };
};
const kid = (...episodes: ReturnType<typeof ep>[]) => child('C1', '2012-06-01', { episodes });
const open = { numerator: 0, denominator: 1 };

describe('bands by completed months on P', () => {
  it.each([
    ['2023-04-01', 'none'], // 6 months
    ['2022-10-02', 'none'], // 12 by month, but day 1 < day 2: 11 completed
    ['2022-10-01', '12_23'], // 12
    ['2022-09-30', '12_23'], // 13 by month, day 1 < 30: 12
    ['2021-10-02', '12_23'], // 23
    ['2021-10-01', '24_plus'], // 24
    ['2015-01-01', '24_plus'],
  ])('removal %s → %s', (removal, band) => {
    const { b12, b24 } = both(kid(ep(removal)));
    expect(b12).toEqual(band === '12_23' ? [open] : []);
    expect(b24).toEqual(band === '24_plus' ? [open] : []);
  });

  it.each([
    // P = 2023-03-15: day of the month 15 against the removal's.
    ['2022-03-15', [open]], // 12
    ['2022-03-16', []], // 11
  ])('P in mid-month, removal %s', (removal, expected) => {
    expect(both(kid(ep(removal)), cqiPeriod('2023-03-15')).b12).toEqual(expected);
  });

  it('in care on P means removal <= P < discharge', () => {
    // Discharged on P: not in care on P. Discharged the day after: in care (21 completed months).
    expect(both(kid(ep('2022-01-01', '2023-10-01', 'reunification')))).toEqual({ b12: [], b24: [] });
    expect(both(kid(ep('2022-01-01', '2023-10-02', 'reunification'))).b12).toEqual([
      { numerator: 1, denominator: 1 },
    ]);
  });

  it('the current episode counts, not an earlier one', () => {
    // Earlier episode 2019–2020, current from 2023-01-01: 8 months, no band.
    expect(both(kid(ep('2019-01-01', '2020-01-01', 'reunification'), ep('2023-01-01')))).toEqual({
      b12: [],
      b24: [],
    });
  });
});

describe('numerator: permanency on or before E and before the 18th birthday', () => {
  // Removal 2022-06-01: 16 completed months on P → 12_23.
  it.each<[string | null, DischargeReason | null, number]>([
    ['2024-09-30', 'reunification', 1],
    ['2024-10-01', 'reunification', 0], // after E
    [null, null, 0],
    ['2024-01-01', 'adoption', 1],
    ['2024-01-01', 'relative', 1],
    ['2024-01-01', 'guardianship', 1],
    ['2024-01-01', 'emancipation', 0],
    ['2024-01-01', null, 0],
  ])('discharge %s %s', (discharge, reason, numerator) => {
    expect(both(kid(ep('2022-06-01', discharge, reason))).b12).toEqual([{ numerator, denominator: 1 }]);
  });

  it.each([
    // Born 2006-01-15: 18 on 2024-01-15. Removal 2021-06-01: 28 months → 24_plus.
    ['2024-01-15', 0],
    ['2024-01-14', 1],
  ])('turning 18 in the period, discharge %s', (discharge, numerator) => {
    const c = child('C1', '2006-01-15', { episodes: [ep('2021-06-01', discharge, 'reunification')] });
    expect(both(c).b24).toEqual([{ numerator, denominator: 1 }]);
  });
});

describe('exclusion: age 18 or more on the first day of the period', () => {
  const adult = { numerator: 0, denominator: 0, excluded: 'age 18 or more on the first day of the period' };
  it.each([
    // Born 2005-10-01: 18 on P itself.
    ['2005-10-01', P, { b12: [adult], b24: [] }],
    ['2005-10-02', P, { b12: [open], b24: [] }],
  ])('born %s, removal 2022-06-01', (birth, period, expected) => {
    expect(both(child('C1', birth, { episodes: [ep('2022-06-01')] }), period)).toEqual(expected);
  });

  it.each([
    // Born 29 February 2004: 18 on 1 March 2022. Removal 2020-01-01: 26 (or 25) completed months.
    ['2022-03-01', [adult]],
    ['2022-02-28', [open]],
  ])('born 29 February, P = %s', (start, expected) => {
    const c = child('C1', '2004-02-29', { episodes: [ep('2020-01-01')] });
    expect(both(c, cqiPeriod(start)).b24).toEqual(expected);
  });
});
