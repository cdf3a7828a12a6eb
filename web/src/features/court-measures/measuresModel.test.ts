import { describe, expect, it } from 'vitest';
import {
  barWidth,
  canDownloadMeasures,
  canSeeMeasures,
  defaultPeriodStart,
  scaleMax,
  targetDays,
} from './measuresModel.ts';

describe('the court performance page model', () => {
  it('is offered to cqi.read holders, its downloads to those who also export', () => {
    expect(canSeeMeasures(['cqi_analyst'])).toBe(true);
    expect(canSeeMeasures(['judge'])).toBe(true);
    expect(canSeeMeasures(['court_clerk'])).toBe(false);
    expect(canDownloadMeasures(['cqi_analyst'])).toBe(true);
    expect(canDownloadMeasures(['judge'])).toBe(false);
    expect(canDownloadMeasures(['administrator'])).toBe(false);
  });

  it('draws days on a scale that holds the target', () => {
    expect(targetDays({ amount: 60, unit: 'days', citation: '', unconfirmed: true })).toBe(60);
    expect(targetDays({ amount: 12, unit: 'months', citation: '', unconfirmed: false })).toBe(365);
    expect(scaleMax([40, null, 70], 60)).toBe(70);
    expect(scaleMax([null], 60)).toBe(60);
    expect(barWidth(35, 70)).toBe(50);
    expect(barWidth(null, 70)).toBe(0);
    expect(barWidth(200, 70)).toBe(100);
  });

  it('defaults to the 12 full months before this month', () => {
    expect(defaultPeriodStart('2026-11-23')).toBe('2025-11-01');
    expect(defaultPeriodStart('2026-01-05')).toBe('2025-01-01');
  });
});
