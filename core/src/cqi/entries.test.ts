// permanency_12m_entries, reentry_12m and placement_stability (cqi-interchange.md, Indicators and
// Clarifications; domain-rules.md §1.3 (a), (d), (e) and Appendix A). Expectations are worked out by hand
// in the comments; day counts use 2024 as a leap year (February has 29 days).
import { describe, expect, it } from 'vitest';
import type { DischargeReason } from '../cases/codes.ts';
import { adjustedLengthOfStay } from './entries.ts';
import { childContributions, computeIndicators, cqiPeriod, type CqiPeriod } from './indicators.ts';
import type { CqiChild, CqiPlacement, IndicatorKey } from './model.ts';
import { child, d, entriesFor, ep, pl } from './test-builder.ts';

const P = cqiPeriod('2023-10-01'); // E = 2024-09-30
const P22 = cqiPeriod('2022-10-01'); // E = 2023-09-30
const P21 = cqiPeriod('2021-10-01'); // E = 2022-09-30

const of = (c: CqiChild, key: IndicatorKey, period: CqiPeriod = P) =>
  entriesFor(childContributions(c, period), key);
const kid = (...episodes: ReturnType<typeof ep>[]) => child('C1', '2015-06-01', { episodes });

describe('permanency_12m_entries: trial home visit adjustment', () => {
  it('the §1.3(a) worked example: stay 425, THV 107, adjusted 348 → counted', () => {
    // 2023-01-01 → 2024-01-01 = 365, + January 31 + February 29 = 425.
    // THV 2023-11-15 → 2023-12-01 = 16, + 31 + 31 + 29 = 107; 425 − (107 − 30) = 348 ≤ 365.
    const episode = ep('2023-01-01', '2024-03-01', 'reunification', [
      pl('2023-01-01', 'foster_family_nonrelative', 'F1'),
      pl('2023-11-15', 'trial_home_visit'),
    ]);
    expect(adjustedLengthOfStay(episode, d('2024-03-01'))).toBe(348);
    expect(of(kid(episode), 'permanency_12m_entries', P22)).toEqual([{ numerator: 1, denominator: 1 }]);
  });

  const foster = (start: string, provider = 'F1'): CqiPlacement =>
    pl(start, 'foster_family_nonrelative', provider);
  const thv = (start: string): CqiPlacement => pl(start, 'trial_home_visit');
  it.each<[string, DischargeReason, CqiPlacement[], number, number]>([
    // [case, reason, placements, adjusted stay, numerator]; removal 2023-01-01, discharge 2024-03-01 (425 days).
    [
      'THV last, relative: reunification only is adjusted',
      'relative',
      [foster('2023-01-01'), thv('2023-11-15')],
      425,
      0,
    ],
    [
      'THV not the last placement',
      'reunification',
      [foster('2023-01-01'), thv('2023-11-15'), foster('2024-02-01', 'F2')],
      425,
      0,
    ],
    [
      'equal starts: the later row (foster) is last',
      'reunification',
      [foster('2023-01-01'), thv('2023-11-15'), foster('2023-11-15', 'F2')],
      425,
      0,
    ],
    [
      'equal starts: the later row (THV) is last',
      'reunification',
      [foster('2023-01-01'), foster('2023-11-15', 'F2'), thv('2023-11-15')],
      348,
      1,
    ],
    [
      'rows out of order: last by start_date',
      'reunification',
      [thv('2023-11-15'), foster('2023-01-01')],
      348,
      1,
    ],
    // THV 2023-12-02 → 2024-03-01 = 30 + 31 + 29 = 90; 425 − 60 = 365 ≤ 365.
    ['adjusted exactly 365', 'reunification', [foster('2023-01-01'), thv('2023-12-02')], 365, 1],
    // THV 2023-12-03: 89 days; 425 − 59 = 366.
    ['adjusted 366', 'reunification', [foster('2023-01-01'), thv('2023-12-03')], 366, 0],
    // THV on day 330 (2023-01-01 + 330 = 2023-11-27): adjusted = 330 + 30 = 360 (§1.3(a) test list).
    ['THV at day 330', 'reunification', [foster('2023-01-01'), thv('2023-11-27')], 360, 1],
    // THV 2024-02-10 → 2024-03-01 = 19 + 1 = 20 ≤ 30: nothing subtracted.
    ['THV of 30 days or less', 'reunification', [foster('2023-01-01'), thv('2024-02-10')], 425, 0],
    ['no placements', 'reunification', [], 425, 0],
  ])('%s', (_, reason, placements, adjusted, numerator) => {
    const episode = ep('2023-01-01', '2024-03-01', reason, placements);
    expect(adjustedLengthOfStay(episode, d('2024-03-01'))).toBe(adjusted);
    expect(of(kid(episode), 'permanency_12m_entries', P22)).toEqual([{ numerator, denominator: 1 }]);
  });
});

describe('permanency_12m_entries: numerator', () => {
  it.each([
    // 2023-10-01 → 2024-10-01 is 366 days (29 February 2024), so 2024-09-30 is day 365.
    ['2024-09-30', 1],
    ['2024-10-01', 0],
  ])('discharge %s (365 vs 366 days)', (discharge, numerator) => {
    expect(of(kid(ep('2023-10-01', discharge, 'reunification')), 'permanency_12m_entries')).toEqual([
      { numerator, denominator: 1 },
    ]);
  });

  it.each<[DischargeReason | null, number]>([
    ['reunification', 1],
    ['relative', 1],
    ['guardianship', 1],
    ['adoption', 1],
    ['emancipation', 0],
    ['transfer', 0],
    ['runaway', 0],
    ['death', 0],
    [null, 0],
  ])('discharge reason %s', (reason, numerator) => {
    expect(of(kid(ep('2023-10-01', '2024-01-01', reason)), 'permanency_12m_entries')).toEqual([
      { numerator, denominator: 1 },
    ]);
  });

  it('an open episode is in the denominator, never short, and its reason is ignored', () => {
    // Removal two days before E, still open: not "in care less than 8 days" (Clarifications).
    expect(of(kid(ep('2024-09-29', null, 'reunification')), 'permanency_12m_entries')).toEqual([
      { numerator: 0, denominator: 1 },
    ]);
  });
});

describe('permanency_12m_entries: exclusions (age 18 first, then less than 8 days)', () => {
  const short = { numerator: 0, denominator: 0, excluded: 'in care less than 8 days' };
  const adult = { numerator: 0, denominator: 0, excluded: 'age 18 or more at removal' };

  it.each([
    ['7 days', '2023-11-08', [short]],
    ['8 days', '2023-11-09', [{ numerator: 1, denominator: 1 }]],
    ['0 days (discharged on the removal date)', '2023-11-01', [short]],
  ])('%s in care', (_, discharge, expected) => {
    expect(of(kid(ep('2023-11-01', discharge, 'reunification')), 'permanency_12m_entries')).toEqual(expected);
  });

  it('an excluded cohort removal leaves the child out of re-entry and placement stability too', () => {
    const c = kid(ep('2023-11-01', '2023-11-08', 'reunification'));
    expect(of(c, 'reentry_12m')).toEqual([]);
    expect(of(c, 'placement_stability')).toEqual([]);
  });

  it.each([
    // Born 2005-11-01: the 18th birthday is 2023-11-01.
    ['removal on the 18th birthday', '2005-11-01', P, '2023-11-01', null, [adult]],
    ['removal the day before', '2005-11-01', P, '2023-10-31', null, [{ numerator: 0, denominator: 1 }]],
    [
      '18 and less than 8 days: age comes first, one line',
      '2005-11-01',
      P,
      '2023-11-05',
      '2023-11-06',
      [adult],
    ],
    // Born 29 February 2004: 18 on 1 March 2022 (2022 is not a leap year).
    [
      '29 February birth, removal 28 February',
      '2004-02-29',
      P21,
      '2022-02-28',
      null,
      [{ numerator: 0, denominator: 1 }],
    ],
    ['29 February birth, removal 1 March', '2004-02-29', P21, '2022-03-01', null, [adult]],
  ])('%s', (_, birth, period, removal, discharge, expected) => {
    const c = child('C1', birth, {
      episodes: [ep(removal, discharge, discharge === null ? null : 'reunification')],
    });
    expect(of(c, 'permanency_12m_entries', period)).toEqual(expected);
  });

  it.each([
    // Born 2006-03-15: 18 on 2024-03-15. A discharge on the birthday is not "before the 18th birthday".
    ['2006-03-15', P, '2023-10-10', '2024-03-15', 0],
    ['2006-03-15', P, '2023-10-10', '2024-03-14', 1],
    // Born 29 February 2004: 18 on 2022-03-01, so 28 February 2022 is still before it.
    ['2004-02-29', P21, '2021-10-10', '2022-02-28', 1],
    ['2004-02-29', P21, '2021-10-10', '2022-03-01', 0],
  ])(
    'born %s, turning 18 in the window: discharge %s → %s',
    (birth, period, removal, discharge, numerator) => {
      const c = child('C1', birth, { episodes: [ep(removal, discharge, 'reunification')] });
      expect(of(c, 'permanency_12m_entries', period)).toEqual([{ numerator, denominator: 1 }]);
      // Re-entry needs "under 18 at discharge".
      expect(of(c, 'reentry_12m', period)).toEqual(numerator === 1 ? [{ numerator: 0, denominator: 1 }] : []);
    },
  );
});

describe('permanency_12m_entries: first removal in the period only', () => {
  it('a short first entry excludes the child although the second would qualify', () => {
    const c = kid(
      ep('2023-10-05', '2023-10-10', 'reunification'),
      ep('2023-12-01', '2024-01-15', 'reunification'),
    );
    expect(of(c, 'permanency_12m_entries')).toEqual([
      { numerator: 0, denominator: 0, excluded: 'in care less than 8 days' },
    ]);
  });

  it.each([
    ['in order', false],
    ['reversed', true],
  ])('the first entry decides (episodes %s)', (_, reversed) => {
    const episodes = [
      ep('2023-10-05', '2023-11-05', 'transfer'),
      ep('2023-12-01', '2024-01-15', 'reunification'),
    ];
    const c = kid(...(reversed ? episodes.reverse() : episodes));
    expect(of(c, 'permanency_12m_entries')).toEqual([{ numerator: 0, denominator: 1 }]);
    expect(of(c, 'reentry_12m')).toEqual([]); // transfer is not a re-entry exit
    // Days: 2023-10-05 → 2023-11-05 = 31, 2023-12-01 → 2024-01-15 = 31 + 14 = 45; 76 in all.
    expect(of(c, 'placement_stability')).toEqual([{ numerator: 0, denominator: 76 }]);
  });

  it('a removal before P is not an entry in the period', () => {
    const c = kid(ep('2023-09-30'));
    expect(of(c, 'permanency_12m_entries')).toEqual([]);
    expect(of(c, 'placement_stability')).toEqual([]);
  });
});

describe('reentry_12m', () => {
  // Cohort: 2023-10-01 → 2024-01-01, reunification (31 + 30 + 31 = 92 days).
  const cohort = ep('2023-10-01', '2024-01-01', 'reunification');
  it.each([
    ['no later removal', [], 0],
    ['removal on the day of discharge (day 0)', [ep('2024-01-01')], 1],
    // 2024-01-01 → 2025-01-01 is 366 days (leap year), so 2024-12-31 is day 365.
    ['day 365', [ep('2024-12-31')], 1],
    ['day 366', [ep('2025-01-01')], 0],
    ['a short later episode still counts', [ep('2024-02-01', '2024-02-03', 'reunification')], 1],
    [
      'only the first re-entry matters',
      [ep('2025-01-01', '2025-02-01', 'reunification'), ep('2025-03-01')],
      0,
    ],
  ])('%s', (_, later, numerator) => {
    expect(of(kid(cohort, ...later), 'reentry_12m')).toEqual([{ numerator, denominator: 1 }]);
  });

  it.each<[string, string, DischargeReason, number]>([
    ['discharged on day 365', '2024-09-30', 'reunification', 1],
    ['discharged on day 366', '2024-10-01', 'reunification', 0],
    ['relative', '2024-01-01', 'relative', 1],
    ['guardianship', '2024-01-01', 'guardianship', 1],
    ['adoption is left out', '2024-01-01', 'adoption', 0],
    ['emancipation', '2024-01-01', 'emancipation', 0],
  ])('population: %s', (_, discharge, reason, denominator) => {
    expect(of(kid(ep('2023-10-01', discharge, reason)), 'reentry_12m')).toEqual(
      denominator ? [{ numerator: 0, denominator }] : [],
    );
  });

  it('"within 12 months of removal" is not adjusted for a trial home visit', () => {
    // The §1.3(a) example: adjusted 348 (permanency counted) but 425 days from removal to discharge.
    const c = kid(
      ep('2023-01-01', '2024-03-01', 'reunification', [
        pl('2023-01-01'),
        pl('2023-11-15', 'trial_home_visit'),
      ]),
    );
    expect(of(c, 'permanency_12m_entries', P22)).toEqual([{ numerator: 1, denominator: 1 }]);
    expect(of(c, 'reentry_12m', P22)).toEqual([]);
  });
});

describe('placement_stability', () => {
  it('79 FR 22604 fn d, e: days 10 + 100 = 110, moves 3 + 1 = 4', () => {
    const a = child('A', '2015-01-01', {
      episodes: [
        ep(
          '2023-10-01',
          '2023-10-11',
          'transfer',
          ['2023-10-01', '2023-10-03', '2023-10-05', '2023-10-07'].map((s, i) =>
            pl(s, 'group_home', `A${i}`),
          ),
        ),
      ],
    });
    // 2024-01-01 → 2024-04-10: 31 + 29 + 31 = 91 to 1 April, + 9 = 100.
    const b = child('B', '2015-01-01', {
      episodes: [
        ep('2024-01-01', '2024-04-10', 'transfer', [
          pl('2024-01-01', 'group_home', 'B1'),
          pl('2024-02-01', 'group_home', 'B2'),
        ]),
      ],
    });
    const figure = computeIndicators([a, b], P, null).indicators.placement_stability;
    // 4 / 110 × 1,000 = 36.3636… → 36.36.
    expect(figure).toMatchObject({ numerator: 4, denominator: 110, value: 36.36 });
  });

  it('trial home visits, runaway and respite are dropped; the same non-empty provider is not a move', () => {
    const placements = [
      pl('2023-10-01', 'foster_family_nonrelative', 'P1'),
      pl('2023-10-20', 'trial_home_visit'),
      pl('2023-11-01', 'foster_family_nonrelative', 'P1'), // back to P1: not a move
      pl('2023-11-15', 'runaway'),
      pl('2023-12-01', 'group_home', 'P2'), // move 1
      pl('2023-12-10', 'respite', 'P9'),
      pl('2023-12-15', 'group_home', 'P2'), // same provider as the last kept one: not a move
      pl('2024-01-10', 'foster_family_relative', null), // move 2
      pl('2024-02-10', 'foster_family_relative', null), // no provider known: move 3
    ];
    const c = kid(ep('2023-10-01', null, null, placements));
    // Open through E: 2023-10-01 → 2024-10-01 = 366 days. 3 / 366 × 1,000 = 8.1967… → 8.2.
    expect(of(c, 'placement_stability')).toEqual([{ numerator: 3, denominator: 366 }]);
    expect(computeIndicators([c], P, null).indicators.placement_stability.value).toBe(8.2);
  });

  it('an empty provider_id is not "the same provider"', () => {
    const c = kid(
      ep('2023-10-01', '2023-12-01', 'reunification', [
        pl('2023-10-01', 'group_home', ''),
        pl('2023-11-01', 'group_home', ''),
      ]),
    );
    expect(of(c, 'placement_stability')).toEqual([{ numerator: 1, denominator: 61 }]); // 31 + 30 days
  });

  it('the initial placement is not a move', () => {
    expect(
      of(
        kid(ep('2023-10-01', '2023-12-01', 'reunification', [pl('2023-10-01', 'group_home', 'G')])),
        'placement_stability',
      ),
    ).toEqual([
      { numerator: 0, denominator: 61 }, // 31 + 30
    ]);
  });

  it('moves and days stop at E', () => {
    const c = kid(
      ep('2024-09-01', null, null, [
        pl('2024-09-01', 'group_home', 'X'),
        pl('2024-09-30', 'group_home', 'Y'),
        pl('2024-10-01', 'group_home', 'Z'),
      ]),
    );
    // Days 1–30 September = 30; the move on E counts, the one after E does not.
    expect(of(c, 'placement_stability')).toEqual([{ numerator: 1, denominator: 30 }]);
  });

  it('moves and days stop at the day before the 18th birthday', () => {
    // Born 2006-03-01: 18 on 2024-03-01. Days 2023-10-01 → 2024-03-01 = 31 + 30 + 31 + 31 + 29 = 152.
    const c = child('C1', '2006-03-01', {
      episodes: [
        ep('2023-10-01', null, null, [
          pl('2023-10-01', 'group_home', 'P1'),
          pl('2024-02-29', 'group_home', 'P2'),
          pl('2024-03-01', 'group_home', 'P3'),
        ]),
      ],
    });
    expect(of(c, 'placement_stability')).toEqual([{ numerator: 1, denominator: 152 }]);
  });

  it('every episode from the cohort removal on counts, short ones included; earlier ones do not', () => {
    const c = kid(
      ep('2022-01-01', '2022-06-01', 'reunification', [
        pl('2022-01-01', 'group_home', 'Z1'),
        pl('2022-03-01', 'group_home', 'Z2'),
      ]),
      ep('2023-10-01', '2023-11-01', 'reunification', [
        pl('2023-10-01', 'group_home', 'A'),
        pl('2023-10-15', 'group_home', 'B'),
      ]),
      ep('2023-12-01', '2023-12-05', 'reunification', [
        pl('2023-12-01', 'group_home', 'C'),
        pl('2023-12-03', 'group_home', 'D'),
      ]),
      ep('2024-09-21', null, null, [pl('2024-09-21', 'group_home', 'E')]),
    );
    // Days 31 (October) + 4 (1–4 December) + 10 (21–30 September) = 45; moves 1 + 1 + 0 = 2.
    expect(of(c, 'placement_stability')).toEqual([{ numerator: 2, denominator: 45 }]);
  });
});
