import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkEpisodeDates,
  checkPlacementInEpisode,
  dateEnteredFosterCare,
  episodesOverlap,
  trialHomeVisitLimit,
} from './episode.rules.ts';
import { FEDERAL_RULE_PACK, NEW_MEXICO_RULE_PACK } from '../rules/rule-pack.ts';
import { addDays, daysBetween } from '../time/dates.ts';

describe('date entered foster care (SSA §475(5)(F))', () => {
  it.each([
    // adjudicated before day 60: the adjudication date
    ['2024-01-10', '2024-02-20', '2024-02-20'],
    // adjudicated after day 60: removal + 60
    ['2024-01-10', '2024-04-01', '2024-03-10'],
    // not yet adjudicated: removal + 60
    ['2024-01-10', null, '2024-03-10'],
    // adjudication exactly on day 60
    ['2023-11-01', '2023-12-31', '2023-12-31'],
  ])('removal %s, adjudication %s → %s', (removalDate, adjudicationDate, expected) => {
    expect(dateEnteredFosterCare({ removalDate, adjudicationDate }, FEDERAL_RULE_PACK)).toBe(expected);
    expect(dateEnteredFosterCare({ removalDate, adjudicationDate }, NEW_MEXICO_RULE_PACK)).toBe(expected);
  });

  it('reads the number of days from the rule pack, not a constant', () => {
    const pack = {
      ...FEDERAL_RULE_PACK,
      enteredCareDaysAfterRemoval: { value: 30, citation: 'fictitious' },
    };
    expect(dateEnteredFosterCare({ removalDate: '2024-01-10', adjudicationDate: null }, pack)).toBe(
      '2024-02-09',
    );
  });

  const date = fc.integer({ min: 0, max: 12000 }).map((n) => addDays('1995-01-01', n));
  it('is never later than removal + 60 nor before the removal when adjudication follows it (property)', () => {
    fc.assert(
      fc.property(date, fc.option(fc.integer({ min: 0, max: 400 })), (removal, adj) => {
        const adjudicationDate = adj === null ? null : addDays(removal, adj);
        const entered = dateEnteredFosterCare({ removalDate: removal, adjudicationDate }, FEDERAL_RULE_PACK);
        expect(daysBetween(removal, entered)).toBeLessThanOrEqual(60);
        expect(daysBetween(removal, entered)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('episode and placement dates', () => {
  const today = '2025-06-01';
  it('names the field of a discharge before its removal', () => {
    expect(
      checkEpisodeDates(
        { removalDate: '2025-01-10', dischargeDate: '2025-01-09', adjudicationDate: null },
        today,
      ),
    ).toEqual([{ field: 'dischargeDate', message: 'is before the removal date' }]);
  });
  it('accepts a discharge on the removal date', () => {
    expect(
      checkEpisodeDates(
        { removalDate: '2025-01-10', dischargeDate: '2025-01-10', adjudicationDate: null },
        today,
      ),
    ).toEqual([]);
  });
  it('refuses future dates', () => {
    expect(
      checkEpisodeDates({ removalDate: '2025-07-10', dischargeDate: null, adjudicationDate: null }, today)[0]
        ?.field,
    ).toBe('removalDate');
  });

  it.each([
    [['2024-01-01', '2024-03-01'], ['2024-03-01', null], false], // removal on the previous discharge day
    [['2024-01-01', '2024-03-01'], ['2024-02-28', null], true],
    [['2024-01-01', null], ['2025-01-01', null], true], // two open episodes
    [['2024-01-01', '2024-01-01'], ['2023-12-01', '2024-02-01'], true], // zero-length inside another
    [['2024-01-01', '2024-01-01'], ['2024-01-01', '2024-02-01'], true],
    [['2024-01-01', '2024-01-01'], ['2024-01-02', '2024-02-01'], false],
  ] as const)('episodes %j and %j overlap: %s', (a, b, expected) => {
    const ea = { removalDate: a[0], dischargeDate: a[1], adjudicationDate: null };
    const eb = { removalDate: b[0], dischargeDate: b[1], adjudicationDate: null };
    expect(episodesOverlap(ea, eb)).toBe(expected);
    expect(episodesOverlap(eb, ea)).toBe(expected);
  });

  it('places a placement inside its episode', () => {
    const episode = { removalDate: '2024-01-01', dischargeDate: '2024-06-01', adjudicationDate: null };
    expect(checkPlacementInEpisode({ startDate: '2024-01-01', endDate: '2024-06-01' }, episode)).toEqual([]);
    expect(checkPlacementInEpisode({ startDate: '2023-12-31', endDate: null }, episode)[0]?.field).toBe(
      'startDate',
    );
    expect(checkPlacementInEpisode({ startDate: '2024-06-01', endDate: null }, episode)[0]?.field).toBe(
      'startDate',
    );
    expect(
      checkPlacementInEpisode({ startDate: '2024-02-01', endDate: '2024-07-01' }, episode)[0]?.field,
    ).toBe('endDate');
  });

  it('limits a trial home visit to six months (45 CFR 1356.21(e))', () => {
    expect(trialHomeVisitLimit('2024-08-31', FEDERAL_RULE_PACK)).toBe('2025-02-28');
  });
});
