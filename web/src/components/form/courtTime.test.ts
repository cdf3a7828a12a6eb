import { describe, expect, it } from 'vitest';
import { courtInstant, minutesAfter } from './courtTime.ts';

describe('courtInstant (a hearing set in Mountain Time)', () => {
  it('gives the offset of that very day: MST in winter, MDT in summer', () => {
    expect(courtInstant('2026-11-23', '09:30')).toBe('2026-11-23T09:30:00-07:00');
    expect(courtInstant('2026-07-01', '13:15')).toBe('2026-07-01T13:15:00-06:00');
  });

  it('falls right on both sides of a daylight-saving change', () => {
    // 2026: daylight time starts on March 8 and ends on November 1 (2:00 a.m. local).
    expect(courtInstant('2026-03-07', '09:00')).toBe('2026-03-07T09:00:00-07:00');
    expect(courtInstant('2026-03-08', '09:00')).toBe('2026-03-08T09:00:00-06:00');
    expect(courtInstant('2026-10-31', '23:30')).toBe('2026-10-31T23:30:00-06:00');
    expect(courtInstant('2026-11-01', '09:00')).toBe('2026-11-01T09:00:00-07:00');
  });

  it('is the same instant the docket shows, and refuses what is not a date and a time', () => {
    expect(new Date(courtInstant('2026-11-23', '09:30')!).toISOString()).toBe('2026-11-23T16:30:00.000Z');
    expect(minutesAfter('2026-11-23T09:30:00-07:00', 45)).toBe('2026-11-23T17:15:00.000Z');
    expect(courtInstant('2026-02-30', '09:00')).toBeNull();
    expect(courtInstant('2026-11-23', '9:30')).toBeNull();
    expect(courtInstant('2026-11-23', '24:00')).toBeNull();
  });
});
