import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  currentEpisode,
  daysInCare,
  fifteenOfTwentyTwoCount,
  fifteenOfTwentyTwoDate,
  type CareEpisode,
} from './care-time.rules.ts';
import { dateEnteredFosterCare } from '../cases/episode.rules.ts';
import { FEDERAL_RULE_PACK, NEW_MEXICO_RULE_PACK } from '../rules/rule-pack.ts';
import { addDays, daysBetween } from '../time/dates.ts';

const episode = (removalDate: string, more: Partial<CareEpisode> = {}): CareEpisode => ({
  removalDate,
  adjudicationDate: null,
  dischargeDate: null,
  placements: [{ setting: 'foster_family_nonrelative', startDate: removalDate, endDate: null }],
  ...more,
});
const pack = FEDERAL_RULE_PACK;

describe('days in care', () => {
  it('adds every episode: 10 + 40 + 100 = 150 (79 FR 22604, Att. A, footnote a)', () => {
    const episodes = [
      episode('2023-01-01', { dischargeDate: '2023-01-11' }),
      episode('2023-03-01', { dischargeDate: '2023-04-10' }),
      episode('2023-06-01', { dischargeDate: '2023-09-09' }),
    ];
    expect(daysInCare(episodes, '2024-01-01')).toBe(150);
  });

  it.each([
    ['removed today: one day', '2024-05-01', null, '2024-05-01', 1],
    ['counts today', '2024-05-01', null, '2024-05-31', 31],
    ['stops the day before discharge', '2024-05-01', '2024-05-11', '2024-12-31', 10],
    ['discharged on the day of removal: none', '2024-05-01', '2024-05-01', '2024-12-31', 0],
    ['not yet removed: none', '2024-05-01', null, '2024-04-30', 0],
  ] as const)('%s', (_name, removal, discharge, today, days) => {
    expect(daysInCare([episode(removal, { dischargeDate: discharge })], today)).toBe(days);
  });

  it('finds the open episode, and none on the discharge day', () => {
    const done = episode('2023-01-01', { dischargeDate: '2023-06-01' });
    const now = episode('2024-01-01');
    expect(currentEpisode([done, now], '2024-02-01')).toBe(now);
    expect(currentEpisode([done], '2023-06-01')).toBeNull();
    expect(currentEpisode([done], '2023-05-31')).toBe(done);
  });
});

describe('15 of the most recent 22 months: the count (SSA §475(5)(E); 45 CFR 1356.21(i))', () => {
  // Entered care 2024-01-01 (removal 2023-11-02 + 60 days): 15 months run to 2025-03-31.
  const stay = episode('2023-11-02');

  it('counts from the date entered foster care, not the removal', () => {
    expect(fifteenOfTwentyTwoCount([stay], '2023-12-31', pack).countedDays).toBe(0);
    expect(fifteenOfTwentyTwoCount([stay], '2024-01-01', pack).countedDays).toBe(1);
    const adjudicated = episode('2023-11-02', { adjudicationDate: '2023-11-20' });
    expect(fifteenOfTwentyTwoCount([adjudicated], '2023-11-30', pack).countedDays).toBe(11);
  });

  it('reaches the days of the 15 months on the last day of the 15th month', () => {
    const day = fifteenOfTwentyTwoCount([stay], '2025-03-31', pack);
    expect(day).toMatchObject({ countedDays: 456, thresholdDays: 456, excludedDays: 0 });
    const before = fifteenOfTwentyTwoCount([stay], '2025-03-30', pack);
    expect(before.countedDays).toBeLessThan(before.thresholdDays);
    expect(fifteenOfTwentyTwoDate([stay], stay, '2026-01-01', pack)).toBe('2025-03-31');
  });

  it('looks back 22 months only', () => {
    const c = fifteenOfTwentyTwoCount([stay], '2026-06-15', pack);
    expect(c.windowStart).toBe('2024-08-16');
    expect(c.countedDays).toBe(daysBetween('2024-08-16', '2026-06-15') + 1);
  });

  it('leaves out runaway time and trial home visits, and says how many days', () => {
    const e = episode('2023-11-02', {
      placements: [
        { setting: 'foster_family_relative', startDate: '2023-11-02', endDate: '2024-05-01' },
        { setting: 'runaway', startDate: '2024-05-01', endDate: '2024-05-31' },
        { setting: 'foster_family_relative', startDate: '2024-05-31', endDate: '2024-09-01' },
        { setting: 'trial_home_visit', startDate: '2024-09-01', endDate: null },
      ],
    });
    const c = fifteenOfTwentyTwoCount([e], '2024-12-31', pack);
    expect(c.excludedDays).toBe(30 + daysBetween('2024-09-01', '2024-12-31') + 1);
    expect(c.countedDays + c.excludedDays).toBe(daysBetween('2024-01-01', '2024-12-31') + 1);
    // On a trial home visit with no end, the count never reaches 15 months.
    expect(fifteenOfTwentyTwoDate([e], e, '2027-01-01', pack)).toBeNull();
  });

  it('counts an earlier episode inside the 22 months (cumulative across episodes)', () => {
    // In care 2023-04-30 (removal 2023-03-01 + 60) to 2023-09-01: 124 days.
    const before = episode('2023-03-01', { dischargeDate: '2023-09-01' });
    const c = fifteenOfTwentyTwoCount([before, stay], '2024-06-30', pack);
    expect(c.countedDays).toBe(124 + daysBetween('2024-01-01', '2024-06-30') + 1);
  });

  it('reaches a 12-month count before the 15-month one (benchmark checkpoint)', () => {
    expect(fifteenOfTwentyTwoDate([stay], stay, '2026-01-01', pack, 12)).toBe('2024-12-31');
  });
});

describe('properties of the count', () => {
  const day = (from: string, max: number) => fc.integer({ min: 0, max }).map((n) => addDays(from, n));
  const SETTINGS = ['foster_family_relative', 'group_home', 'trial_home_visit', 'runaway'] as const;
  /** One to three episodes one after the other, the last maybe open, with placements inside each. */
  const episodes = fc
    .record({
      start: day('2019-01-01', 1500),
      parts: fc.array(
        fc.record({
          gap: fc.integer({ min: 0, max: 300 }),
          stay: fc.integer({ min: 0, max: 900 }),
          adjudicatedAfter: fc.option(fc.integer({ min: 0, max: 120 })),
          cuts: fc.array(
            fc.record({ at: fc.integer({ min: 0, max: 900 }), setting: fc.constantFrom(...SETTINGS) }),
            { maxLength: 4 },
          ),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      lastOpen: fc.boolean(),
    })
    .map(({ start, parts, lastOpen }): CareEpisode[] => {
      let at = start;
      return parts.map((p, i) => {
        const removalDate = addDays(at, p.gap);
        const open = lastOpen && i === parts.length - 1;
        const dischargeDate = open ? null : addDays(removalDate, p.stay);
        at = dischargeDate ?? removalDate;
        const starts = [...new Set([0, ...p.cuts.map((c) => Math.min(c.at, p.stay))])].sort((a, b) => a - b);
        const placements = starts.map((s, k) => ({
          setting: k === 0 ? 'group_home' : p.cuts[k - 1]!.setting,
          startDate: addDays(removalDate, s),
          endDate: k + 1 < starts.length ? addDays(removalDate, starts[k + 1]!) : dischargeDate,
        }));
        const adjudicationDate =
          p.adjudicatedAfter === null ? null : addDays(removalDate, p.adjudicatedAfter);
        return { removalDate, adjudicationDate, dischargeDate, placements };
      });
    });
  const today = day('2019-06-01', 3000);
  const packs = fc.constantFrom(FEDERAL_RULE_PACK, NEW_MEXICO_RULE_PACK);

  it('never counts more than the days in care, nor more than the 22 months hold', () => {
    fc.assert(
      fc.property(episodes, today, packs, (eps, t, p) => {
        const c = fifteenOfTwentyTwoCount(eps, t, p);
        expect(c.countedDays).toBeLessThanOrEqual(daysInCare(eps, t));
        expect(c.countedDays + c.excludedDays).toBeLessThanOrEqual(daysBetween(c.windowStart, t) + 1);
        expect(c.countedDays).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never counts more when trial home visits and runaway time are left out', () => {
    const counting = { ...FEDERAL_RULE_PACK, tprExcludedSettings: { value: [], citation: 'none' } };
    fc.assert(
      fc.property(episodes, today, (eps, t) => {
        const left = fifteenOfTwentyTwoCount(eps, t, FEDERAL_RULE_PACK);
        const all = fifteenOfTwentyTwoCount(eps, t, counting);
        expect(left.countedDays).toBeLessThanOrEqual(all.countedDays);
        expect(left.countedDays + left.excludedDays).toBe(all.countedDays);
        const current = eps.at(-1)!;
        const leftDate = fifteenOfTwentyTwoDate(eps, current, addDays(t, 700), FEDERAL_RULE_PACK);
        const allDate = fifteenOfTwentyTwoDate(eps, current, addDays(t, 700), counting);
        // Leaving days out can only put the day it is reached later, or out of reach.
        if (leftDate !== null) expect(allDate !== null && allDate <= leftDate).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reaches 15 months on the first day the count gets to the days of 15 months', () => {
    fc.assert(
      fc.property(episodes, today, (eps, t) => {
        const current = eps.at(-1)!;
        const reached = fifteenOfTwentyTwoDate(eps, current, addDays(t, 700), pack);
        if (reached === null) return;
        const on = fifteenOfTwentyTwoCount(eps, reached, pack);
        expect(on.countedDays).toBeGreaterThanOrEqual(on.thresholdDays);
        // The first such day on or after entering care: the day before it did not get there.
        const dayBefore = addDays(reached, -1);
        if (dayBefore >= dateEnteredFosterCare(current, pack)) {
          const before = fifteenOfTwentyTwoCount(eps, dayBefore, pack);
          expect(before.countedDays).toBeLessThan(before.thresholdDays);
        }
      }),
      { numRuns: 200 },
    );
  });
});
