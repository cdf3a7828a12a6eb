import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  ageOn,
  birthdayOn,
  daysBetween,
  earlierOf,
  isIsoDate,
  todayOf,
} from './dates.ts';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13-01', false],
    ['2023-04-31', false],
    ['2023-1-01', false],
    ['2023-12-31', true],
  ])('isIsoDate(%s) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['2023-01-01', '2023-01-01', 0],
    ['2023-01-01', '2024-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
    ['2023-03-11', '2023-03-13', 2], // across a U.S. daylight-saving change: still whole days
  ])('daysBetween(%s, %s) = %i', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });

  it.each([
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-08-15', 6, '2024-02-15'],
    ['2023-11-30', -12, '2022-11-30'],
  ])('addMonths(%s, %i) = %s', (d, m, expected) => {
    expect(addMonths(d, m)).toBe(expected);
  });

  it('counts a leap-day birthday on 1 March in common years (CQI interchange, Dates)', () => {
    expect(birthdayOn('2008-02-29', 18)).toBe('2026-03-01');
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
  });

  it('earlierOf ignores a missing date', () => {
    expect(earlierOf(null, '2023-01-01')).toBe('2023-01-01');
    expect(earlierOf('2023-01-01', '2022-12-31')).toBe('2022-12-31');
    expect(earlierOf(undefined, undefined)).toBeNull();
  });

  const isoDate = fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2060-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it('addDays and daysBetween are inverse (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });

  it('age never decreases as time passes (property)', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: 0, max: 8000 }),
        fc.integer({ min: 0, max: 400 }),
        (b, a, step) => {
          const d1 = addDays(b, a);
          expect(ageOn(b, addDays(d1, step))).toBeGreaterThanOrEqual(ageOn(b, d1));
        },
      ),
    );
  });
});

describe("todayOf: the court's own calendar date", () => {
  const at = (iso: string) => ({ now: () => new Date(iso) });
  it.each([
    // 6 p.m. in Albuquerque on 23 November (standard time, UTC−7) is already the 24th in UTC.
    ['2026-11-24T01:00:00Z', 'America/Denver', '2026-11-23'],
    ['2026-11-24T01:00:00Z', 'UTC', '2026-11-24'],
    ['2026-11-24T07:00:00Z', 'America/Denver', '2026-11-24'],
    // Daylight time (UTC−6): 11:59 p.m. on 30 June is 05:59 on 1 July in UTC.
    ['2026-07-01T05:59:00Z', 'America/Denver', '2026-06-30'],
    ['2026-07-01T06:00:00Z', 'America/Denver', '2026-07-01'],
  ])('at %s in %s it is %s', (instant, zone, day) => {
    expect(todayOf(at(instant), zone)).toBe(day);
  });
});
