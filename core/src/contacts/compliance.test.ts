// Monthly caseworker-visit compliance (domain-rules §3.1; the `caseworker_visits` convention of
// cqi-interchange.md). Expectations worked out by hand in the comments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../cqi/days.ts';
import { childContributions, cqiPeriod } from '../cqi/indicators.ts';
import { child as cqiChild, entriesFor, ep, visit as cqiVisit } from '../cqi/test-builder.ts';
import { FEDERAL_CONTACT_RULES, type ContactRules } from '../rules/contact-rules.ts';
import {
  addYearMonths,
  childMonthStatuses,
  childTally,
  contactCompliance,
  contactFigure,
  contactFiscalYearStart,
  contactMonths,
  isYearMonth,
  type ContactChild,
} from './compliance.ts';
import { childContactSummary } from './summary.ts';

const d = dayFromIso;
const RULES = FEDERAL_CONTACT_RULES;

function kid(
  id: string,
  opts: {
    birth?: string;
    worker?: string | null;
    episodes?: [string, string | null][];
    visits?: [string, 'home' | 'away', boolean?][];
  } = {},
): ContactChild {
  return {
    childId: id,
    workerId: opts.worker === undefined ? 'W1' : opts.worker,
    birth: d(opts.birth ?? '2015-01-01'),
    episodes: (opts.episodes ?? [['2025-01-05', null]]).map(([r, x]) => ({
      removal: d(r),
      discharge: x === null ? null : d(x),
    })),
    visits: (opts.visits ?? []).map(([date, where, f2f]) => ({
      date: d(date),
      atResidence: where === 'home',
      faceToFace: f2f ?? true,
    })),
  };
}

describe('months', () => {
  it('reads YYYY-MM and steps across years', () => {
    expect(isYearMonth('2026-11')).toBe(true);
    expect(isYearMonth('2026-13')).toBe(false);
    expect(isYearMonth('2026-1')).toBe(false);
    expect(addYearMonths('2026-11', 2)).toBe('2027-01');
    expect(addYearMonths('2026-01', -1)).toBe('2025-12');
  });

  it.each([
    ['2026-11', '2026-10'],
    ['2026-10', '2026-10'],
    ['2026-09', '2025-10'],
    ['2027-01', '2026-10'],
  ])('the federal fiscal year of %s starts in %s', (month, start) => {
    expect(contactFiscalYearStart(month, RULES)).toBe(start);
  });

  it('a state whose fiscal year starts in July', () => {
    const july: ContactRules = { ...RULES, fiscalYearStartMonth: { value: 7, citation: 'state FY' } };
    expect(contactFiscalYearStart('2026-06', july)).toBe('2025-07');
    expect(contactFiscalYearStart('2026-07', july)).toBe('2026-07');
  });

  it('counts whole months from the first of the first through the last day of the last', () => {
    const m = contactMonths('2026-10', '2026-11');
    expect(m.count).toBe(2);
    expect(m.starts[0]).toBe(d('2026-10-01'));
    expect(m.starts[2]).toBe(d('2026-12-01'));
  });
});

describe('a child’s month (table)', () => {
  const NOV = contactMonths('2026-11', '2026-11');
  it.each<[string, ContactChild, string]>([
    ['in care all month, seen at home', kid('a', { visits: [['2026-11-03', 'home']] }), 'seenAtResidence'],
    ['seen only elsewhere', kid('a', { visits: [['2026-11-03', 'away']] }), 'seen'],
    [
      'home and elsewhere: at the residence',
      kid('a', {
        visits: [
          ['2026-11-03', 'away'],
          ['2026-11-20', 'home'],
        ],
      }),
      'seenAtResidence',
    ],
    ['not seen', kid('a'), 'due'],
    ['a phone or video contact does not count', kid('a', { visits: [['2026-11-03', 'home', false]] }), 'due'],
    ['a visit in October does not count for November', kid('a', { visits: [['2026-10-31', 'home']] }), 'due'],
    // Partial months are not due: removed on the 2nd, or discharged on the 30th (not in care on the 30th).
    ['removed on the 2nd: not due', kid('a', { episodes: [['2026-11-02', null]] }), 'notDue'],
    ['removed on the 1st: due', kid('a', { episodes: [['2026-11-01', null]] }), 'due'],
    ['discharged on the 30th: not due', kid('a', { episodes: [['2025-01-05', '2026-11-30']] }), 'notDue'],
    ['discharged on 1 December: due', kid('a', { episodes: [['2025-01-05', '2026-12-01']] }), 'due'],
    [
      're-entered on the day of discharge: no gap, due',
      kid('a', {
        episodes: [
          ['2025-01-05', '2026-11-10'],
          ['2026-11-10', null],
        ],
      }),
      'due',
    ],
    [
      're-entered the next day: not due',
      kid('a', {
        episodes: [
          ['2025-01-05', '2026-11-10'],
          ['2026-11-11', null],
        ],
      }),
      'notDue',
    ],
    // Under 18 on the first day of the month.
    ['turns 18 on the 2nd: still due', kid('a', { birth: '2008-11-02' }), 'due'],
    ['turns 18 on the 1st: not due', kid('a', { birth: '2008-11-01' }), 'notDue'],
    ['18 already: not due', kid('a', { birth: '2008-06-01' }), 'notDue'],
    ['not in care', kid('a', { episodes: [] }), 'notDue'],
  ])('%s', (_, c, status) => {
    expect(childMonthStatuses(c, NOV)).toEqual([status]);
  });

  it('agrees month by month with the CQI engine’s caseworker_visits over a federal fiscal year', () => {
    const visits: [string, 'home' | 'away'][] = [
      ['2025-10-05', 'home'],
      ['2025-11-03', 'away'],
      ['2026-02-28', 'home'],
      ['2026-09-30', 'away'],
    ];
    const c = kid('a', { episodes: [['2025-10-02', null]], visits });
    const months = contactMonths('2025-10', '2026-09');
    // October is partial (removed on the 2nd): 11 months due; seen Nov, Feb, Sep; at home Feb.
    expect(childTally(c, months)).toEqual({ due: 11, seen: 3, seenAtResidence: 1 });
    const engine = cqiChild('a', '2015-01-01', {
      episodes: [ep('2025-10-02')],
      visits: visits.map(([date, w]) => cqiVisit(date, w === 'home' ? 'residence' : 'other')),
    });
    expect(entriesFor(childContributions(engine, cqiPeriod('2025-10-01')), 'caseworker_visits')).toEqual([
      { numerator: 3, denominator: 11, residence: 1 },
    ]);
  });
});

describe('figures against the targets (P.L. 112-34: 95% monthly, > 50% at the residence)', () => {
  it.each([
    [{ due: 20, seen: 19, seenAtResidence: 10 }, 95, true, 52.63, true],
    [{ due: 20, seen: 18, seenAtResidence: 9 }, 90, false, 50, false], // exactly half is not a majority
    [{ due: 0, seen: 0, seenAtResidence: 0 }, null, null, null, null],
    [{ due: 3, seen: 2, seenAtResidence: 2 }, 66.67, false, 100, true],
  ])('%j', (tally, percent, meets, share, meetsShare) => {
    expect(contactFigure(tally, RULES)).toEqual({
      ...tally,
      percentSeen: percent,
      percentAtResidence: share,
      meetsMonthlyTarget: meets,
      meetsResidenceTarget: meetsShare,
    });
  });

  it('reads a configured target', () => {
    const ninety: ContactRules = { ...RULES, monthlyVisitTarget: { value: 90, citation: 'FY2014' } };
    expect(contactFigure({ due: 20, seen: 18, seenAtResidence: 9 }, ninety).meetsMonthlyTarget).toBe(true);
  });
});

describe('worker and unit sums', () => {
  const children = [
    // W1: A seen at home in Oct and Nov; B seen elsewhere in Nov only.
    kid('A', {
      visits: [
        ['2026-10-10', 'home'],
        ['2026-11-05', 'home'],
      ],
    }),
    kid('B', { visits: [['2026-11-05', 'away']] }),
    // W2: C not seen; D came into care on 15 October (October not due), seen at home in November.
    kid('C', { worker: 'W2' }),
    kid('D', { worker: 'W2', episodes: [['2026-10-15', null]], visits: [['2026-11-20', 'home']] }),
    // No worker: E turned 18 on 1 October: nothing due, but on the list.
    kid('E', { worker: null, birth: '2008-10-01' }),
  ];
  const result = contactCompliance(children, '2026-11', RULES);

  it('sums the month per worker and for the unit, each child once', () => {
    expect(result.month.from).toBe('2026-11');
    expect(result.month.unit).toMatchObject({ due: 4, seen: 3, seenAtResidence: 2, percentSeen: 75 });
    expect(result.month.workers.map((w) => [w.workerId, w.children, w.figure.due, w.figure.seen])).toEqual([
      ['W1', 2, 2, 2],
      ['W2', 2, 2, 1],
      [null, 1, 0, 0],
    ]);
    expect(result.month.children.map((c) => c.status)).toEqual([
      'seenAtResidence',
      'seen',
      'due',
      'seenAtResidence',
      'notDue',
    ]);
  });

  it('sums the fiscal year to date from October', () => {
    // October: A seen, B not, C not, D not due. November: A, B, D seen; C not. Due 7, seen 4, home 3.
    expect(result.fiscalYearToDate).toMatchObject({
      from: '2026-10',
      to: '2026-11',
      unit: { due: 7, seen: 4, seenAtResidence: 3, percentSeen: 57.14, percentAtResidence: 75 },
    });
    const unitFromWorkers = result.fiscalYearToDate.workers.reduce((n, w) => n + w.figure.due, 0);
    expect(unitFromWorkers).toBe(result.fiscalYearToDate.unit.due);
  });

  it('gives the targets with their citation', () => {
    expect(result.targets).toMatchObject({ monthlyVisit: 95, residenceShare: 50 });
    expect(result.targets.citation).toMatch(/P\.L\. 112-34/);
  });
});

describe('the bench summary', () => {
  it('gives the last face-to-face visit, this month, and the six months before', () => {
    const c = kid('A', {
      episodes: [['2026-06-10', null]],
      visits: [
        ['2026-08-04', 'home'],
        ['2026-09-09', 'away'],
        ['2026-11-02', 'home', false], // a phone call: not face to face
        ['2026-11-30', 'home'], // after today
      ],
    });
    // Today 23 November. May and June are not due (removed on 10 June); July to October are: seen Aug, Sep.
    expect(childContactSummary(c, '2026-11-23', { givenName: 'Ana', familyName: 'Example' })).toEqual({
      childId: 'A',
      givenName: 'Ana',
      familyName: 'Example',
      lastFaceToFace: '2026-09-09',
      seenThisMonth: false,
      lastSixMonths: { due: 4, seen: 2 },
    });
  });

  it('says not due for a child no longer in care', () => {
    const c = kid('A', { episodes: [['2025-01-01', '2026-11-10']] });
    expect(childContactSummary(c, '2026-11-23').seenThisMonth).toBeNull();
  });
});

describe('properties', () => {
  const monthArb = fc.integer({ min: 0, max: 23 }).map((i) => addYearMonths('2025-10', i));
  const dayIn = (from: string) => fc.integer({ min: 0, max: 760 }).map((n) => d(from) + n);
  const childArb = fc
    .record({
      birth: fc.integer({ min: d('2006-01-01'), max: d('2025-01-01') }),
      removal: dayIn('2025-06-01'),
      length: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
      visits: fc.array(fc.record({ date: dayIn('2025-09-01'), home: fc.boolean(), f2f: fc.boolean() }), {
        maxLength: 12,
      }),
      worker: fc.constantFrom('W1', 'W2', null),
    })
    .map((r, i = 0): ContactChild => ({
      childId: `C${i}`,
      workerId: r.worker,
      birth: r.birth,
      episodes: [{ removal: r.removal, discharge: r.length === null ? null : r.removal + r.length }],
      visits: r.visits.map((v) => ({ date: v.date, atResidence: v.home, faceToFace: v.f2f })),
    }));

  it('adding a face-to-face visit never lowers compliance (months seen, percent seen, months at home)', () => {
    fc.assert(
      fc.property(
        fc.array(childArb, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        dayIn('2025-09-01'),
        fc.boolean(),
        monthArb,
        (children, which, date, home, month) => {
          const before = contactCompliance(children, month, RULES);
          const i = which % children.length;
          const target = children[i]!;
          const more = children.map((c, k) =>
            k === i
              ? { ...target, visits: [...target.visits, { date, atResidence: home, faceToFace: true }] }
              : c,
          );
          const after = contactCompliance(more, month, RULES);
          for (const span of ['month', 'fiscalYearToDate'] as const) {
            const a = before[span].unit;
            const b = after[span].unit;
            expect(b.due).toBe(a.due);
            expect(b.seen).toBeGreaterThanOrEqual(a.seen);
            expect(b.seenAtResidence).toBeGreaterThanOrEqual(a.seenAtResidence);
            expect(b.percentSeen ?? 0).toBeGreaterThanOrEqual(a.percentSeen ?? 0);
          }
        },
      ),
    );
  });

  it('the unit is the sum of its workers', () => {
    fc.assert(
      fc.property(fc.array(childArb, { maxLength: 8 }), monthArb, (children, month) => {
        const r = contactCompliance(children, month, RULES);
        for (const span of [r.month, r.fiscalYearToDate]) {
          const sum = (k: 'due' | 'seen' | 'seenAtResidence') =>
            span.workers.reduce((n, w) => n + w.figure[k], 0);
          expect([sum('due'), sum('seen'), sum('seenAtResidence')]).toEqual([
            span.unit.due,
            span.unit.seen,
            span.unit.seenAtResidence,
          ]);
          expect(span.workers.reduce((n, w) => n + w.children, 0)).toBe(children.length);
        }
      }),
    );
  });
});
