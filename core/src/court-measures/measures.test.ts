import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEDERAL_RULE_PACK, NEW_MEXICO_RULE_PACK } from '../rules/rule-pack.ts';
import { addDays } from '../time/dates.ts';
import {
  computeCourtMeasures,
  courtMeasurePeriod,
  targetDate,
  type ChildCaseEvents,
  type CourtMeasureInput,
  type HearingEvents,
} from './measures.ts';
import { median, percentile } from './stats.ts';

const TARGETS = NEW_MEXICO_RULE_PACK.courtMeasures;

describe('median and percentile', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 40, 50], 25],
    [[0, 100], 50],
  ])('median of %j is %s', (values, m) => {
    expect(median(values)).toBe(m);
  });

  it.each([
    [[], 90, null],
    [[5], 90, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10],
    [[30, 10, 20], 90, 30],
    [[30, 10, 20], 50, 20],
  ])('nearest-rank percentile of %j at %i is %s', (values, p, v) => {
    expect(percentile(values, p)).toBe(v);
  });
});

describe('period and targets', () => {
  it('is twelve months, both ends included, leap day and month ends handled', () => {
    expect(courtMeasurePeriod('2025-10-01')).toEqual({ start: '2025-10-01', end: '2026-09-30' });
    expect(courtMeasurePeriod('2024-02-29')).toEqual({ start: '2024-02-29', end: '2025-02-27' });
  });

  it('adds days or months', () => {
    expect(targetDate('2026-01-31', { amount: 60, unit: 'days' })).toBe('2026-04-01');
    expect(targetDate('2026-01-31', { amount: 1, unit: 'months' })).toBe('2026-02-28');
  });

  it('comes from the rule pack, with the statute where there is one and unconfirmed where not', () => {
    expect(TARGETS.adjudication).toMatchObject({ amount: 60, unit: 'days' });
    expect(TARGETS.adjudication.citation).toContain('§32A-4-19');
    expect(TARGETS.disposition.amount).toBe(90);
    expect(TARGETS.firstPermanencyHearing).toMatchObject({ amount: 12, unit: 'months' });
    expect(TARGETS.tprOrder.unconfirmed).toBe(true);
    expect(FEDERAL_RULE_PACK.courtMeasures.adjudication.unconfirmed).toBe(true);
  });
});

const NO_EVENTS = {
  adjudication: null,
  disposition: null,
  first_permanency_hearing: null,
  tpr_order: null,
  permanency: null,
};

function child(
  id: string,
  start: string,
  events: Partial<ChildCaseEvents['events']>,
  at: { courtId?: string; judgeId?: string | null; removal?: string | null } = {},
): ChildCaseEvents {
  return {
    caseId: `case-${id}`,
    childId: id,
    courtId: at.courtId ?? 'court-a',
    judgeId: at.judgeId === undefined ? 'judge-1' : at.judgeId,
    petitionDate: start,
    removalDate: at.removal ?? null,
    events: { ...NO_EVENTS, ...events },
  };
}

function hearing(id: string, over: Partial<HearingEvents>): HearingEvents {
  return {
    hearingId: id,
    caseId: 'case-x',
    courtId: 'court-a',
    judgeId: 'judge-1',
    date: '2026-03-01',
    status: 'held',
    deadlineDate: null,
    continuance: null,
    attendance: [],
    ...over,
  };
}

describe('computeCourtMeasures, by hand', () => {
  const start = '2026-01-01';
  // Days petition → adjudication: 40, 50, 70 (judge-1), 30 and 90 (judge-2); one before the period.
  const input: CourtMeasureInput = {
    cases: [
      { caseId: 'case-x', courtId: 'court-a', judgeId: 'judge-1' },
      { caseId: 'case-y', courtId: 'court-b', judgeId: 'judge-2' },
    ],
    children: [
      child('a', start, { adjudication: addDays(start, 40) }),
      child('b', start, { adjudication: addDays(start, 50), disposition: addDays(start, 80) }),
      // The removal came 10 days before the petition: the time runs from it.
      child('c', start, { adjudication: addDays(start, 60) }, { removal: addDays(start, -10) }),
      child(
        'd',
        '2026-02-01',
        { adjudication: addDays('2026-02-01', 30) },
        { courtId: 'court-b', judgeId: 'judge-2' },
      ),
      child(
        'e',
        '2026-02-01',
        { adjudication: addDays('2026-02-01', 90) },
        { courtId: 'court-b', judgeId: 'judge-2' },
      ),
      child('old', '2024-01-01', { adjudication: '2024-02-01' }),
    ],
    hearings: [
      hearing('h1', { deadlineDate: '2026-03-01' }),
      hearing('h2', { date: '2026-03-05', deadlineDate: '2026-03-01' }),
      hearing('h3', {
        status: 'continued',
        continuance: { reason: 'party_not_served', requestedBy: 'agency' },
      }),
      hearing('h4', {
        caseId: 'case-y',
        courtId: 'court-b',
        judgeId: 'judge-2',
        attendance: [
          { kind: 'parent', status: 'in_person', represented: true, ageOnDate: null },
          { kind: 'parent', status: 'absent', represented: false, ageOnDate: null },
          { kind: 'parent', status: 'remote', represented: true, ageOnDate: null },
          { kind: 'child', status: 'in_person', represented: null, ageOnDate: 15 },
          { kind: 'child', status: 'excused', represented: null, ageOnDate: 14 },
          { kind: 'child', status: 'remote', represented: null, ageOnDate: 16 },
          { kind: 'child', status: 'in_person', represented: null, ageOnDate: 9 },
        ],
      }),
      // Another judge heard case-y once: two judges on that case.
      hearing('h5', { caseId: 'case-y', courtId: 'court-b', judgeId: 'judge-3', date: '2026-05-01' }),
      hearing('h6', { status: 'vacated' }),
      hearing('h7', { date: '2027-01-01' }),
    ],
  };

  it('gives medians, 90th percentiles and % within target per court and in total', () => {
    const result = computeCourtMeasures(input, start, 'court', TARGETS);
    expect(result.period).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(result.groups.map((g) => g.key)).toEqual(['court-a', 'court-b']);
    const [a, b] = result.groups;
    expect(a?.figures.time.adjudication).toEqual({
      count: 3,
      median: 50,
      p90: 70,
      min: 40,
      max: 70,
      withinTarget: 2, // 40 and 50 within 60 days; 70 is not
    });
    expect(b?.figures.time.adjudication).toMatchObject({ count: 2, median: 60, p90: 90, withinTarget: 1 });
    expect(result.total.time.adjudication).toMatchObject({ count: 5, median: 50, p90: 90, withinTarget: 3 });
    expect(result.total.time.disposition).toMatchObject({ count: 1, median: 80, withinTarget: 1 });
    expect(result.total.time.permanency).toMatchObject({
      count: 0,
      median: null,
      p90: null,
      withinTarget: 0,
    });
  });

  it('counts hearings on time, continuances and their reasons, attendance and judges per case', () => {
    const { total, groups } = computeCourtMeasures(input, start, 'court', TARGETS);
    expect(total.hearingsOnTime).toEqual({ numerator: 1, denominator: 2 });
    // held: h1 h2 h4 h5; continued: h3 (h6 vacated and h7 outside the period are left out)
    expect(total.continuances).toEqual({
      numerator: 1,
      denominator: 5,
      byReason: { party_not_served: 1 },
      byRequester: { agency: 1 },
    });
    expect(total.parentsPresent).toEqual({ numerator: 2, denominator: 3 });
    expect(total.parentsRepresented).toEqual({ numerator: 2, denominator: 3 });
    // the 9-year-old is not a youth of attendance age; present = in person (15) or remote (16)
    expect(total.youthAttending).toEqual({ numerator: 2, denominator: 3 });
    expect(total.youthRemote).toEqual({ numerator: 1, denominator: 3 });
    expect(total.youthExcused).toEqual({ numerator: 1, denominator: 3 });
    expect(total.judgesPerCase).toEqual({ numerator: 1, denominator: 2, judges: 3 });
    expect(groups[1]?.figures.judgesPerCase).toEqual({ numerator: 0, denominator: 1, judges: 2 });
  });

  it('groups hearings by the judge who presided and time measures by the assigned judge', () => {
    const result = computeCourtMeasures(input, start, 'judge', TARGETS);
    expect(result.groups.map((g) => g.key)).toEqual(['judge-1', 'judge-2', 'judge-3']);
    expect(result.groups[1]?.figures.time.adjudication.median).toBe(60);
    expect(result.groups[2]?.figures.time.adjudication.count).toBe(0);
    expect(result.groups[2]?.figures.continuances.denominator).toBe(1);
  });

  it('puts a case with no judge in a group of its own, last', () => {
    const result = computeCourtMeasures(
      {
        cases: [],
        hearings: [],
        children: [child('z', start, { adjudication: '2026-02-01' }, { judgeId: null })],
      },
      start,
      'judge',
      TARGETS,
    );
    expect(result.groups.map((g) => g.key)).toEqual([null]);
  });

  it('is empty for no data', () => {
    const result = computeCourtMeasures({ cases: [], children: [], hearings: [] }, start, 'court', TARGETS);
    expect(result.groups).toEqual([]);
    expect(result.total.time.adjudication.median).toBeNull();
    expect(result.total.hearingsOnTime).toEqual({ numerator: 0, denominator: 0 });
  });
});

const dayCount = fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 60 });

const heldHearing = fc
  .record({ offset: fc.integer({ min: 0, max: 364 }), slack: fc.integer({ min: -60, max: 60 }) })
  .map(({ offset, slack }, i = 0) => {
    const date = addDays('2026-01-01', offset);
    return hearing(`p${offset}-${slack}-${i}`, { date, deadlineDate: addDays(date, slack) });
  });

describe('court measures (property)', () => {
  it('the median and 90th percentile lie within min..max, the median at or below the 90th', () => {
    fc.assert(
      fc.property(dayCount, (days) => {
        const m = median(days) ?? NaN;
        const p = percentile(days, 90) ?? NaN;
        expect(m).toBeGreaterThanOrEqual(Math.min(...days));
        expect(m).toBeLessThanOrEqual(Math.max(...days));
        expect(days).toContain(p);
        expect(p).toBeGreaterThanOrEqual(percentile(days, 50) ?? NaN);
      }),
    );
  });

  it('adding a hearing held on time never lowers the on-time %', () => {
    fc.assert(
      fc.property(
        fc.array(heldHearing, { maxLength: 40 }),
        fc.integer({ min: 0, max: 364 }),
        (hearings, at) => {
          const rate = (hs: HearingEvents[]): number => {
            const r = computeCourtMeasures(
              { cases: [], children: [], hearings: hs },
              '2026-01-01',
              'court',
              TARGETS,
            ).total.hearingsOnTime;
            return r.denominator === 0 ? 0 : r.numerator / r.denominator;
          };
          const date = addDays('2026-01-01', at);
          const onTime = hearing('on-time', { date, deadlineDate: date });
          expect(rate([...hearings, onTime])).toBeGreaterThanOrEqual(rate(hearings));
        },
      ),
    );
  });

  it('the groups add up to the total for every count', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            court: fc.constantFrom('c1', 'c2', 'c3'),
            days: fc.integer({ min: 0, max: 500 }),
            at: fc.integer({ min: 0, max: 364 }),
          }),
          { maxLength: 30 },
        ),
        (rows) => {
          const children = rows.map((r, i) => {
            const event = addDays('2026-01-01', r.at);
            return child(`k${i}`, addDays(event, -r.days), { adjudication: event }, { courtId: r.court });
          });
          const result = computeCourtMeasures(
            { cases: [], children, hearings: [] },
            '2026-01-01',
            'court',
            TARGETS,
          );
          const sum = result.groups.reduce((s, g) => s + g.figures.time.adjudication.count, 0);
          const within = result.groups.reduce((s, g) => s + g.figures.time.adjudication.withinTarget, 0);
          expect(sum).toBe(result.total.time.adjudication.count);
          expect(within).toBe(result.total.time.adjudication.withinTarget);
          expect(sum).toBe(rows.length);
        },
      ),
    );
  });
});
