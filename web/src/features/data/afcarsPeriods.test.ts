import { describe, expect, it } from 'vitest';
import { afcarsPeriodOptions } from './afcarsPeriods.ts';

describe('the AFCARS download’s reporting periods', () => {
  it('offers the period that holds today, then the three before it', () => {
    expect(afcarsPeriodOptions('2026-11-23')).toEqual([
      { code: '202703', start: '2026-10-01', end: '2027-03-31' },
      { code: '202609', start: '2026-04-01', end: '2026-09-30' },
      { code: '202603', start: '2025-10-01', end: '2026-03-31' },
      { code: '202509', start: '2025-04-01', end: '2025-09-30' },
    ]);
  });

  it('offers none that ends before the 2020 rule took effect (2022-10-01)', () => {
    expect(afcarsPeriodOptions('2023-05-01').map((p) => p.code)).toEqual(['202309', '202303']);
    expect(afcarsPeriodOptions('2022-09-30')).toEqual([]);
  });
});
