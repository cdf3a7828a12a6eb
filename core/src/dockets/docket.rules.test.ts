import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findOverlaps, freeGaps, minutesBetween, type Booking } from './docket.rules.ts';

const at = (hhmm: string, day = '2026-11-23') => new Date(`${day}T${hhmm}:00-07:00`).toISOString();
const booking = (id: string, from: string, to: string, extra: Partial<Booking> = {}): Booking => ({
  id,
  start: at(from),
  end: at(to),
  status: 'scheduled',
  judgeId: 'J1',
  courtroomId: 'R1',
  ...extra,
});

describe('findOverlaps', () => {
  it('flags two hearings of one judge that overlap, with what they share', () => {
    const a = booking('a', '09:00', '10:00');
    const b = booking('b', '09:30', '10:30', { courtroomId: 'R2' });
    const flags = findOverlaps([a, b], []);
    expect(flags.get('a')).toEqual([{ hearingId: 'b', sharing: ['judge'] }]);
    expect(flags.get('b')).toEqual([{ hearingId: 'a', sharing: ['judge'] }]);
  });

  it('flags a courtroom booked by another judge, found among the hearings around the docket', () => {
    const mine = booking('a', '09:00', '10:00');
    const theirs = booking('x', '09:45', '11:00', { judgeId: 'J2' });
    expect(findOverlaps([mine], [theirs]).get('a')).toEqual([{ hearingId: 'x', sharing: ['courtroom'] }]);
    const both = booking('y', '09:15', '09:30');
    expect(findOverlaps([mine], [theirs, both, mine]).get('a')).toEqual([
      { hearingId: 'y', sharing: ['judge', 'courtroom'] },
      { hearingId: 'x', sharing: ['courtroom'] },
    ]);
  });

  it('does not flag hearings that follow each other, or share neither judge nor room', () => {
    const flags = findOverlaps(
      [
        booking('a', '09:00', '10:00'),
        booking('b', '10:00', '10:30'),
        booking('c', '09:00', '10:00', { judgeId: 'J2', courtroomId: 'R2' }),
        booking('d', '09:00', '10:00', { judgeId: null, courtroomId: null }),
      ],
      [],
    );
    expect([...flags.values()].every((f) => f.length === 0)).toBe(true);
  });

  it('ignores continued, vacated and cancelled hearings: nobody sits then', () => {
    const a = booking('a', '09:00', '10:00');
    const moved = booking('m', '09:00', '10:00', { status: 'continued' });
    const vacated = booking('v', '09:00', '10:00', { status: 'vacated' });
    const flags = findOverlaps([a, moved, vacated], []);
    expect(flags.get('a')).toEqual([]);
    expect(flags.get('m')).toEqual([]);
  });

  it('agrees with comparing every pair (property)', () => {
    const arb = fc.array(
      fc.record({
        s: fc.integer({ min: 0, max: 40 }),
        len: fc.integer({ min: 1, max: 12 }),
        j: fc.constantFrom('J1', 'J2', null),
        r: fc.constantFrom('R1', 'R2', null),
        status: fc.constantFrom('scheduled', 'held', 'continued'),
      }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(arb, (raw) => {
        const base = Date.parse('2026-03-08T06:00:00Z');
        const bs: Booking[] = raw.map((x, i) => ({
          id: `h${String(i).padStart(2, '0')}`,
          start: new Date(base + x.s * 900_000).toISOString(),
          end: new Date(base + (x.s + x.len) * 900_000).toISOString(),
          status: x.status,
          judgeId: x.j,
          courtroomId: x.r,
        }));
        const flags = findOverlaps(bs, []);
        for (const a of bs) {
          const expected = bs
            .filter(
              (b) =>
                b.id !== a.id &&
                a.status !== 'continued' &&
                b.status !== 'continued' &&
                Date.parse(a.start) < Date.parse(b.end) &&
                Date.parse(b.start) < Date.parse(a.end) &&
                ((a.judgeId !== null && a.judgeId === b.judgeId) ||
                  (a.courtroomId !== null && a.courtroomId === b.courtroomId)),
            )
            .map((b) => b.id)
            .sort();
          expect(
            flags
              .get(a.id)!
              .map((f) => f.hearingId)
              .sort(),
          ).toEqual(expected);
        }
      }),
    );
  });
});

describe('freeGaps', () => {
  it('finds the free time between hearings, not before the first or after the last', () => {
    const gaps = freeGaps([
      booking('a', '09:00', '10:00'),
      booking('b', '09:30', '10:15'),
      booking('c', '11:00', '11:30'),
      booking('v', '11:30', '12:00', { status: 'vacated' }),
      booking('d', '13:30', '14:00'),
    ]);
    expect(gaps).toEqual([
      { start: at('10:15'), end: at('11:00'), minutes: 45 },
      { start: at('11:30'), end: at('13:30'), minutes: 120 },
    ]);
    expect(freeGaps([booking('a', '09:00', '10:00')])).toEqual([]);
    expect(freeGaps([])).toEqual([]);
  });

  it('leaves out gaps shorter than asked', () => {
    const list = [booking('a', '09:00', '09:55'), booking('b', '10:00', '10:30')];
    expect(freeGaps(list, 10)).toEqual([]);
    expect(freeGaps(list)).toHaveLength(1);
  });

  it('counts real minutes across a daylight-saving change', () => {
    // 8 March 2026: 2 a.m. becomes 3 a.m. in Albuquerque; 1:30 MST to 3:30 MDT is one hour.
    const gaps = freeGaps([
      {
        ...booking('a', '00:00', '01:30', { status: 'held' }),
        start: '2026-03-08T07:00:00Z',
        end: '2026-03-08T08:30:00Z',
      },
      { ...booking('b', '00:00', '01:00'), start: '2026-03-08T09:30:00Z', end: '2026-03-08T10:00:00Z' },
    ]);
    expect(gaps).toEqual([
      { start: '2026-03-08T08:30:00.000Z', end: '2026-03-08T09:30:00.000Z', minutes: 60 },
    ]);
    expect(minutesBetween('2026-11-01T07:00:00Z', '2026-11-02T07:00:00Z')).toBe(1440);
  });
});
