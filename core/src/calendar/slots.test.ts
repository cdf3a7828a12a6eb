import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { freeSlots, isCourtDay, localTimeToUtcMs, type CourtHours, type Interval } from './slots.ts';

const DENVER: CourtHours = {
  timeZone: 'America/Denver',
  open: '08:30',
  close: '17:00',
  lunch: { start: '12:00', end: '13:00' },
  stepMinutes: 15,
};
const none = new Set<string>();
const iso = (ms: number) => new Date(ms).toISOString();

describe('court days and local times', () => {
  it.each([
    ['2026-11-23', true], // Monday
    ['2026-11-28', false], // Saturday
    ['2026-11-29', false], // Sunday
  ])('%s is a court day: %s', (day, expected) => {
    expect(isCourtDay(day, none)).toBe(expected);
  });

  it('closes on the court’s holidays', () => {
    expect(isCourtDay('2026-11-26', new Set(['2026-11-26']))).toBe(false);
  });

  it.each([
    // Mountain Standard Time (UTC−7) in November, daylight time (UTC−6) in July.
    ['2026-11-23', '08:30', '2026-11-23T15:30:00.000Z'],
    ['2026-07-01', '08:30', '2026-07-01T14:30:00.000Z'],
    // The days of the changes: 8 March and 1 November 2026.
    ['2026-03-08', '09:00', '2026-03-08T15:00:00.000Z'],
    ['2026-11-01', '09:00', '2026-11-01T16:00:00.000Z'],
  ])('%s %s in Albuquerque is %s', (day, time, utc) => {
    const [h, m] = time.split(':').map(Number);
    expect(iso(localTimeToUtcMs(day, h! * 60 + m!, 'America/Denver'))).toBe(utc);
  });
});

describe('freeSlots', () => {
  const base = { durationMinutes: 60, hours: DENVER, closedDays: none, until: null };

  it('offers the morning’s first slots on an empty calendar', () => {
    expect(freeSlots({ ...base, busy: [], from: '2026-11-23', count: 2 })).toEqual([
      { start: '2026-11-23T15:30:00.000Z', end: '2026-11-23T16:30:00.000Z' },
      { start: '2026-11-23T15:45:00.000Z', end: '2026-11-23T16:45:00.000Z' },
    ]);
  });

  it('goes around what is booked and around lunch', () => {
    // Booked 08:30–11:15; a 60-minute slot from 11:15 would cross lunch, so the next is 13:00.
    const busy = [{ start: '2026-11-23T15:30:00Z', end: '2026-11-23T18:15:00Z' }];
    expect(freeSlots({ ...base, busy, from: '2026-11-23', count: 1 })).toEqual([
      { start: '2026-11-23T20:00:00.000Z', end: '2026-11-23T21:00:00.000Z' },
    ]);
  });

  it('skips weekends and holidays, and stops at the deadline', () => {
    const fullFriday = [{ start: '2026-11-27T15:00:00Z', end: '2026-11-28T00:00:00Z' }];
    const closed = new Set(['2026-11-30']);
    const slots = freeSlots({ ...base, closedDays: closed, busy: fullFriday, from: '2026-11-27', count: 1 });
    expect(slots[0]!.start).toBe('2026-12-01T15:30:00.000Z');
    expect(
      freeSlots({
        ...base,
        closedDays: closed,
        busy: fullFriday,
        from: '2026-11-27',
        until: '2026-11-30',
        count: 1,
      }),
    ).toEqual([]);
  });

  it('returns nothing for a hearing longer than the court day', () => {
    expect(freeSlots({ ...base, durationMinutes: 600, busy: [], from: '2026-11-23', count: 1 })).toEqual([]);
  });

  it('never offers a slot that overlaps what is busy, or falls outside the court’s hours and days', () => {
    const day0 = Date.parse('2026-11-23T14:00:00Z');
    const busyArb = fc.array(
      fc.record({ startQ: fc.integer({ min: 0, max: 14 * 96 }), lengthQ: fc.integer({ min: 1, max: 24 }) }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(
        busyArb,
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 12 }),
        (raw, quarters, count) => {
          const busy: Interval[] = raw.map(({ startQ, lengthQ }) => ({
            start: iso(day0 + startQ * 900_000),
            end: iso(day0 + (startQ + lengthQ) * 900_000),
          }));
          const slots = freeSlots({
            ...base,
            durationMinutes: quarters * 15,
            busy,
            from: '2026-11-23',
            count,
          });
          expect(slots.length).toBeLessThanOrEqual(count);
          let previous = '';
          for (const s of slots) {
            const [start, end] = [Date.parse(s.start), Date.parse(s.end)];
            expect(end - start).toBe(quarters * 15 * 60_000);
            expect(s.start > previous).toBe(true);
            previous = s.start;
            for (const b of busy) expect(start < Date.parse(b.end) && Date.parse(b.start) < end).toBe(false);
            const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Denver' }).format(start);
            expect(isCourtDay(day, none)).toBe(true);
            const open = localTimeToUtcMs(day, 8 * 60 + 30, 'America/Denver');
            const close = localTimeToUtcMs(day, 17 * 60, 'America/Denver');
            const [lunchStart, lunchEnd] = [12 * 60, 13 * 60].map((m) =>
              localTimeToUtcMs(day, m, 'America/Denver'),
            );
            expect(start >= open && end <= close).toBe(true);
            expect(start < lunchEnd! && lunchStart! < end).toBe(false);
          }
          // Within a fortnight there is always room for the number asked (at most 12).
          if (raw.length === 0) expect(slots.length).toBe(count);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('takes the first free step after a run of bookings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), (booked) => {
        const busy = Array.from({ length: booked }, (_, i) => ({
          start: iso(Date.parse('2026-11-23T15:30:00Z') + i * 3_600_000),
          end: iso(Date.parse('2026-11-23T15:30:00Z') + i * 3_600_000 + 1_800_000),
        }));
        const [first] = freeSlots({ ...base, durationMinutes: 30, busy, from: '2026-11-23', count: 1 });
        expect(first).toBeDefined();
        // With every other half hour booked from 08:30, the first free half hour is 09:00.
        expect(first!.start).toBe(booked === 0 ? '2026-11-23T15:30:00.000Z' : '2026-11-23T16:00:00.000Z');
      }),
    );
  });
});
