import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  busyIntervals,
  continuanceEffect,
  courtDayOf,
  findConflicts,
  offerWindow,
  overlaps,
  spansAtLeast,
  type BookedHearing,
  type HearingResources,
  type InterpreterSettings,
  type Professional,
} from './conflicts.ts';
import { freeSlots, type CourtHours, type Interval } from './slots.ts';

const DENVER: CourtHours = {
  timeZone: 'America/Denver',
  open: '08:30',
  close: '17:00',
  lunch: { start: '12:00', end: '13:00' },
  stepMinutes: 15,
};
const ONE: InterpreterSettings = { default: 1, byLanguage: {} };

const gal: Professional = { personId: 'p-gal', accountId: 'a-gal', role: 'guardian_ad_litem' };
const worker: Professional = { personId: 'p-cw', accountId: 'a-cw', role: 'caseworker' };

const res = (r: Partial<HearingResources> = {}): HearingResources => ({
  judgeId: null,
  courtroomId: null,
  courtId: 'court-1',
  professionals: [],
  interpreterLanguages: [],
  ...r,
});
// 9:00–9:30 and 9:30–10:00 Mountain Standard Time on Monday 23 November 2026.
const NINE = { start: '2026-11-23T16:00:00.000Z', end: '2026-11-23T16:30:00.000Z' };
const NINE_THIRTY = { start: '2026-11-23T16:30:00.000Z', end: '2026-11-23T17:00:00.000Z' };
const NINE_FIFTEEN = { start: '2026-11-23T16:15:00.000Z', end: '2026-11-23T16:45:00.000Z' };
const booked = (id: string, at: Interval, r: Partial<HearingResources>): BookedHearing => ({
  id,
  ...at,
  resources: res(r),
});

describe('findConflicts', () => {
  const cases: [string, Partial<HearingResources>, BookedHearing, string[]][] = [
    ['the same judge', { judgeId: 'j1' }, booked('h', NINE, { judgeId: 'j1' }), ['judge']],
    ['another judge', { judgeId: 'j1' }, booked('h', NINE, { judgeId: 'j2' }), []],
    ['the same courtroom', { courtroomId: 'r1' }, booked('h', NINE, { courtroomId: 'r1' }), ['courtroom']],
    [
      'a GAL on both cases',
      { professionals: [gal] },
      booked('h', NINE, { professionals: [gal] }),
      ['professional'],
    ],
    [
      'a GAL known on the other case by account only',
      { professionals: [gal] },
      booked('h', NINE, {
        professionals: [{ personId: 'p-other', accountId: 'a-gal', role: 'guardian_ad_litem' }],
      }),
      ['professional'],
    ],
    [
      'a caseworker who is the attorney on the other case (same person)',
      { professionals: [worker] },
      booked('h', NINE, { professionals: [{ personId: 'p-cw', accountId: null, role: 'agency_attorney' }] }),
      ['professional'],
    ],
    ['different professionals', { professionals: [gal] }, booked('h', NINE, { professionals: [worker] }), []],
    [
      'one Spanish interpreter for two hearings',
      { interpreterLanguages: ['es'] },
      booked('h', NINE, { interpreterLanguages: ['es'] }),
      ['interpreter'],
    ],
    [
      'Spanish and Navajo interpreters',
      { interpreterLanguages: ['es'] },
      booked('h', NINE, { interpreterLanguages: ['nv'] }),
      [],
    ],
    [
      'the same language in another court (its own interpreters)',
      { interpreterLanguages: ['es'] },
      booked('h', NINE, { courtId: 'court-2', interpreterLanguages: ['es'] }),
      [],
    ],
    [
      'judge, courtroom and GAL at once',
      { judgeId: 'j1', courtroomId: 'r1', professionals: [gal, gal] },
      booked('h', NINE, { judgeId: 'j1', courtroomId: 'r1', professionals: [gal] }),
      ['judge', 'courtroom', 'professional'],
    ],
  ];
  it.each(cases)('%s', (_name, mine, other, kinds) => {
    const found = findConflicts({ ...NINE_FIFTEEN, resources: res(mine) }, [other], ONE);
    expect(found.map((c) => c.resource.kind)).toEqual(kinds);
    expect(found.every((c) => c.hearingId === 'h')).toBe(true);
  });

  it('finds nothing back to back: a hearing may start when the other ends', () => {
    const other = booked('h', NINE, { judgeId: 'j1', courtroomId: 'r1', professionals: [gal] });
    expect(findConflicts({ ...NINE_THIRTY, resources: res({ judgeId: 'j1' }) }, [other], ONE)).toEqual([]);
  });

  it('never finds the hearing being moved in its own way', () => {
    const self = booked('h', NINE, { judgeId: 'j1' });
    expect(findConflicts({ id: 'h', ...NINE_FIFTEEN, resources: res({ judgeId: 'j1' }) }, [self])).toEqual(
      [],
    );
  });

  it('lets two hearings share a language when the court has two interpreters of it, not three', () => {
    const two: InterpreterSettings = { default: 1, byLanguage: { es: 2 } };
    const a = booked('a', NINE, { interpreterLanguages: ['es'] });
    const b = booked('b', NINE_FIFTEEN, { interpreterLanguages: ['es'] });
    const mine = {
      start: NINE.start,
      end: NINE_THIRTY.end,
      resources: res({ interpreterLanguages: ['es'] }),
    };
    expect(findConflicts(mine, [a], two)).toEqual([]);
    const both = findConflicts(mine, [a, b], two);
    expect(both.map((c) => [c.resource, c.hearingId])).toEqual([
      [{ kind: 'interpreter', language: 'es', interpreters: 2 }, 'a'],
      [{ kind: 'interpreter', language: 'es', interpreters: 2 }, 'b'],
    ]);
    // Two others that overlap each other only before this hearing starts leave an interpreter free in it.
    const later = { ...NINE_THIRTY, resources: res({ interpreterLanguages: ['es'] }) };
    expect(findConflicts(later, [a, b], two)).toEqual([]);
  });
});

describe('spansAtLeast', () => {
  it('finds where at least n intervals run at once, back-to-back ones not stacking', () => {
    expect(spansAtLeast([NINE, NINE_FIFTEEN, NINE_THIRTY], 2)).toEqual([
      { start: NINE_FIFTEEN.start, end: NINE_FIFTEEN.end },
    ]);
    expect(spansAtLeast([NINE, NINE_THIRTY], 2)).toEqual([]);
    expect(spansAtLeast([], 1)).toEqual([]);
  });
});

describe('offers and continuances', () => {
  it('looks for offers from the proposed day, never before today, up to the deadline', () => {
    expect(offerWindow({ proposedDay: '2026-12-01', today: '2026-11-23', deadline: '2026-12-10' })).toEqual({
      from: '2026-12-01',
      until: '2026-12-10',
    });
    expect(offerWindow({ proposedDay: '2026-11-01', today: '2026-11-23', deadline: null })).toEqual({
      from: '2026-11-23',
      until: null,
    });
    // A proposal past the deadline: look from today, so the offers can still meet it.
    expect(offerWindow({ proposedDay: '2026-12-20', today: '2026-11-23', deadline: '2026-12-10' })).toEqual({
      from: '2026-11-23',
      until: '2026-12-10',
    });
  });

  const rule = { value: 0, citation: 'Rule 10-343 NMRA', unconfirmed: true };
  it.each([
    // [original start, new start, deadline, days added, days past, missed]
    ['2026-11-23T16:00:00Z', '2026-12-07T16:00:00Z', '2026-12-10', 14, 0, false],
    ['2026-11-23T16:00:00Z', '2026-12-10T23:30:00Z', '2026-12-10', 17, 0, false], // 4:30 p.m. on the day
    ['2026-11-23T16:00:00Z', '2026-12-14T16:00:00Z', '2026-12-10', 21, 4, true],
    ['2026-11-23T16:00:00Z', '2026-12-14T16:00:00Z', null, 21, null, false],
  ] as const)('continued from %s to %s, deadline %s', (from, to, deadline, added, past, missed) => {
    const e = continuanceEffect({
      originalStart: from,
      newStart: to,
      deadline,
      timeZone: 'America/Denver',
      rule,
    });
    expect([e.daysAdded, e.daysPastDeadline, e.deadlineMissed]).toEqual([added, past, missed]);
    expect(e.deadlineDate).toBe(deadline);
    expect(e.citation).toBe('Rule 10-343 NMRA');
  });

  it('moves the deadline only when a rule says a continuance does', () => {
    const e = continuanceEffect({
      originalStart: '2026-11-23T16:00:00Z',
      newStart: '2026-12-14T16:00:00Z',
      deadline: '2026-12-10',
      timeZone: 'America/Denver',
      rule: { value: 30, citation: 'a hypothetical rule' },
    });
    expect([e.deadlineDate, e.daysPastDeadline, e.deadlineMissed]).toEqual(['2027-01-09', 0, false]);
  });

  it('counts days on the court’s calendar', () => {
    expect(courtDayOf('2026-11-24T05:30:00Z', 'America/Denver')).toBe('2026-11-23');
  });
});

// ——— Properties ———

const JUDGES = ['j1', 'j2'];
const ROOMS = ['r1', 'r2'];
const PEOPLE: Professional[] = [
  gal,
  worker,
  { personId: 'p-att', accountId: null, role: 'parent_attorney' },
  { personId: 'p-casa', accountId: 'a-casa', role: 'casa_volunteer' },
  // The same GAL account under another person row: identified by the account.
  { personId: 'p-gal-2', accountId: 'a-gal', role: 'guardian_ad_litem' },
];

const resourcesArb: fc.Arbitrary<HearingResources> = fc.record({
  judgeId: fc.option(fc.constantFrom(...JUDGES), { nil: null }),
  courtroomId: fc.option(fc.constantFrom(...ROOMS), { nil: null }),
  courtId: fc.constantFrom('court-1', 'court-2'),
  professionals: fc.subarray(PEOPLE, { maxLength: 3 }),
  interpreterLanguages: fc.subarray(['es', 'nv'], { maxLength: 2 }),
});

const MONDAY = Date.parse('2026-11-23T15:30:00Z'); // 8:30 a.m. in Albuquerque
const intervalArb: fc.Arbitrary<Interval> = fc
  .record({
    day: fc.integer({ min: 0, max: 4 }),
    quarter: fc.integer({ min: 0, max: 40 }),
    quarters: fc.integer({ min: 1, max: 8 }),
  })
  .map(({ day, quarter, quarters }) => {
    const start = MONDAY + day * 86_400_000 + quarter * 900_000;
    return { start: new Date(start).toISOString(), end: new Date(start + quarters * 900_000).toISOString() };
  });

const othersArb = fc
  .array(fc.tuple(intervalArb, resourcesArb), { maxLength: 40 })
  .map((xs) => xs.map(([at, r], i): BookedHearing => ({ id: `h${i}`, ...at, resources: r })));

const settingsArb: fc.Arbitrary<InterpreterSettings> = fc.record({
  default: fc.integer({ min: 1, max: 2 }),
  byLanguage: fc.dictionary(fc.constantFrom('es', 'nv'), fc.integer({ min: 1, max: 3 })),
});

describe('properties', () => {
  it('never offers a slot with a conflict: freeSlots around busyIntervals is conflict-free', () => {
    fc.assert(
      fc.property(
        resourcesArb,
        othersArb,
        settingsArb,
        fc.integer({ min: 1, max: 8 }),
        (mine, others, settings, quarters) => {
          const slots = freeSlots({
            busy: busyIntervals(mine, others, settings),
            durationMinutes: quarters * 15,
            from: '2026-11-23',
            until: '2026-11-27',
            hours: DENVER,
            closedDays: new Set(),
            count: 40,
          });
          for (const slot of slots)
            expect(findConflicts({ ...slot, resources: mine }, others, settings)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds a conflict exactly when the time overlaps a busy interval', () => {
    fc.assert(
      fc.property(resourcesArb, othersArb, settingsArb, intervalArb, (mine, others, settings, at) => {
        const busy = busyIntervals(mine, others, settings);
        const conflicts = findConflicts({ ...at, resources: mine }, others, settings);
        expect(conflicts.length > 0).toBe(busy.some((b) => overlaps(b, at)));
      }),
      { numRuns: 500 },
    );
  });

  it('books no participant twice: hearings set one by one at the first offer never double-book', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(resourcesArb, fc.integer({ min: 1, max: 12 })), { minLength: 1, maxLength: 30 }),
        settingsArb,
        (requests, settings) => {
          const calendar: BookedHearing[] = [];
          requests.forEach(([resources, quarters], i) => {
            const [first] = freeSlots({
              busy: busyIntervals(resources, calendar, settings),
              durationMinutes: quarters * 15,
              from: '2026-11-23',
              until: null,
              hours: DENVER,
              closedDays: new Set(['2026-11-26', '2026-11-27']),
              count: 1,
            });
            if (first) calendar.push({ id: `b${i}`, ...first, resources });
          });
          // No two booked hearings share a judge, courtroom or professional while overlapping, and no
          // language ever needs more interpreters at once than the court has.
          for (const h of calendar) {
            const rest = calendar.filter((o) => o.id !== h.id);
            expect(findConflicts(h, rest, settings)).toEqual([]);
          }
          expect(calendar.length).toBe(requests.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
