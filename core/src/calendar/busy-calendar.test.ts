import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time/dates.ts';
import { BusyCalendar, JointPlacer } from './busy-calendar.ts';
import { closedDaysFor, courtHoursFor } from './calendar-rules.ts';
import { NEW_MEXICO_CALENDAR } from './rule-packs-nm.ts';
import { freeSlots, localTimeToUtcMs, type Interval } from './slots.ts';

const TZ = 'America/Denver';
const closedDays = closedDaysFor(NEW_MEXICO_CALENDAR, null, 2026, 2028);

const busyArb = fc.array(
  fc.record({
    day: fc.integer({ min: 0, max: 40 }),
    start: fc.integer({ min: 0, max: 50 }),
    quarters: fc.integer({ min: 1, max: 24 }),
  }),
  { maxLength: 120 },
);
const toIntervals = (xs: { day: number; start: number; quarters: number }[]): Interval[] =>
  xs.map((b) => {
    const s = localTimeToUtcMs(addDays('2026-03-02', b.day), 7 * 60 + b.start * 15, TZ);
    return { start: new Date(s).toISOString(), end: new Date(s + b.quarters * 15 * 60_000).toISOString() };
  });

describe('the busy calendar finds what freeSlots finds', () => {
  it('the same first slot, for any busy time, window, length and docket, on one calendar or two', () => {
    fc.assert(
      fc.property(
        busyArb,
        busyArb,
        fc.integer({ min: 0, max: 30 }),
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
        fc.constantFrom(15, 30, 45, 60, 90, 180),
        fc.constantFrom<string | null>(null, 'family_treatment_court'),
        (a, b, fromDay, span, minutes, docket) => {
          const hours = courtHoursFor(NEW_MEXICO_CALENDAR, TZ, docket);
          const closed = closedDaysFor(NEW_MEXICO_CALENDAR, docket, 2026, 2028);
          const from = addDays('2026-03-02', fromDay);
          const until = span === null ? null : addDays(from, span);
          const req = { from, until, minutes, hours, closedDays: closed };
          const [ia, ib] = [toIntervals(a), toIntervals(b)];
          const expected =
            freeSlots({
              busy: [...ia, ...ib],
              durationMinutes: minutes,
              from,
              until,
              hours,
              closedDays: closed,
              count: 1,
            })[0] ?? null;
          const joint = new JointPlacer([new BusyCalendar(ia), new BusyCalendar(ib)]);
          expect(joint.find(req)).toEqual(expected);
          // Asked again (the no-room memory in play), and after booking what it found.
          expect(joint.find(req)).toEqual(expected);
          if (expected) {
            joint.book(expected);
            expect(joint.isFree(expected)).toBe(false);
            const next =
              freeSlots({
                busy: [...ia, ...ib, expected],
                durationMinutes: minutes,
                from,
                until,
                hours,
                closedDays: closed,
                count: 1,
              })[0] ?? null;
            expect(joint.find(req)).toEqual(next);
          }
          expect(new BusyCalendar([...ia, ...ib]).find(req)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('knows the closed days it was given', () => {
    expect(closedDays.has('2026-11-26')).toBe(true);
  });
});
