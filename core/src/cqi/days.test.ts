import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthdayOn } from '../time/dates.ts';
import { birthdayOf, completedMonths } from './age.ts';
import { civilFromDay, dayFromCivil, dayFromIso, isoFromDay, parseIsoDay } from './days.ts';

describe('day numbers (days since 1970-01-01 UTC)', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    // 30 years of 365 days + 7 leap days (72, 76, 80, 84, 88, 92, 96) = 10 957.
    ['2000-01-01', 10_957],
    // 2000-01-01 + 366 (2000 is a leap year: divisible by 400) = 11 323.
    ['2001-01-01', 11_323],
    // 10 957 + 31 + 28 (Jan, Feb of 2000 up to the 29th: 31 + 28 = 59 days) = 11 016.
    ['2000-02-29', 11_016],
  ])('%s is day %i', (iso, day) => {
    expect(dayFromIso(iso)).toBe(day);
    expect(isoFromDay(day)).toBe(iso);
  });

  it.each([
    '2023-02-29',
    '2023-02-30',
    '2100-02-29',
    '2023-13-01',
    '2023-00-10',
    '2023-1-01',
    '2023-01-1',
    '20230101',
    '2023-01-01T00:00',
    'abcd-ef-gh',
    '',
  ])('rejects %j', (iso) => {
    expect(parseIsoDay(iso)).toBeNull();
    expect(() => dayFromIso(iso)).toThrow(RangeError);
  });

  it('accepts 29 February of leap years (2000, 2024) only', () => {
    expect(parseIsoDay('2000-02-29')).not.toBeNull();
    expect(parseIsoDay('2024-02-29')).not.toBeNull();
    expect(parseIsoDay('1900-02-29')).toBeNull();
  });

  it('agrees with Date.UTC over 1800–2200 (property)', () => {
    const first = Date.UTC(1800, 0, 1) / 86_400_000;
    const last = Date.UTC(2200, 11, 31) / 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(isoFromDay(day)).toBe(iso);
        expect(dayFromIso(iso)).toBe(day);
        const packed = civilFromDay(day);
        expect(dayFromCivil(Math.floor(packed / 10_000), Math.floor(packed / 100) % 100, packed % 100)).toBe(
          day,
        );
      }),
    );
  });
});

describe('birthdays (Clarifications, "Dates")', () => {
  it.each([
    ['2004-02-29', 18, '2022-03-01'], // 2022 is not a leap year: 1 March
    ['2006-02-28', 18, '2024-02-28'],
    ['2008-02-29', 16, '2024-02-29'], // 2024 is a leap year: 29 February itself
    ['2005-12-31', 18, '2023-12-31'],
  ])('born %s: birthday %i is %s', (birth, years, expected) => {
    expect(isoFromDay(birthdayOf(dayFromIso(birth), years))).toBe(expected);
  });

  it('matches time/dates.ts birthdayOn, an independent string implementation (property)', () => {
    const first = Date.UTC(1990, 0, 1) / 86_400_000;
    const last = Date.UTC(2025, 11, 31) / 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: 0, max: 25 }), (birth, years) => {
        expect(isoFromDay(birthdayOf(birth, years))).toBe(birthdayOn(isoFromDay(birth), years));
      }),
    );
  });
});

describe('completed months: whole months, comparing the day of the month (Clarifications, "Dates")', () => {
  it.each([
    ['2022-10-01', '2023-10-01', 12],
    ['2022-10-02', '2023-10-01', 11], // day 1 < day 2: the 12th month is not completed
    ['2021-10-01', '2023-10-01', 24],
    ['2021-10-02', '2023-10-01', 23],
    ['2023-01-31', '2023-02-28', 0], // 28 < 31
    ['2023-01-31', '2023-03-01', 1], // (3 − 1) = 2 months, day 1 < 31 → 1
    ['2020-02-29', '2021-02-28', 11],
    ['2020-02-29', '2021-03-01', 12],
    ['2023-05-15', '2023-05-15', 0],
  ])('from %s to %s: %i', (from, to, months) => {
    expect(completedMonths(dayFromIso(from), dayFromIso(to))).toBe(months);
  });
});
