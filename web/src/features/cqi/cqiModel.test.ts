import { describe, expect, it } from 'vitest';
import {
  barPercent,
  canDownloadIndicators,
  canSeeIndicators,
  childrenHref,
  dashboardHref,
  equityHref,
  fiscalYearChoices,
  fiscalYearOfDate,
  fiscalYearStart,
  formatRatio,
  formatValue,
  isBetter,
  niceCeiling,
  parseChildrenQuery,
  parseDashboardQuery,
  parseEquityQuery,
  sentenceSegments,
  trendPaths,
  trendScale,
} from './cqiModel.ts';
import { cqiEn } from '../../i18n/cqi.en.ts';
import { cqiEs } from '../../i18n/cqi.es.ts';

describe('who sees the outcome indicators', () => {
  it('shows them to cqi.read holders and the downloads to those who may also export', () => {
    expect(canSeeIndicators(['cqi_analyst'])).toBe(true);
    expect(canSeeIndicators(['judge'])).toBe(true);
    expect(canSeeIndicators(['caseworker'])).toBe(false);
    expect(canDownloadIndicators(['cqi_analyst'])).toBe(true);
    expect(canDownloadIndicators(['judge'])).toBe(false);
    expect(canDownloadIndicators(['administrator'])).toBe(false); // exports, but does not read indicators
  });
});

describe('addresses', () => {
  it('round-trips the period, the grouping and the part through the address', () => {
    expect(dashboardHref(null)).toBe('/cqi');
    expect(dashboardHref('2024-10-01')).toBe('/cqi?periodStart=2024-10-01');
    expect(parseDashboardQuery('?periodStart=2024-10-01')).toEqual({ periodStart: '2024-10-01' });
    expect(parseDashboardQuery('?periodStart=2024-13-01')).toEqual({ periodStart: null });
    expect(parseEquityQuery(equityHref('2023-10-01', 'age_group').split('?')[1]!)).toEqual({
      periodStart: '2023-10-01',
      by: 'age_group',
    });
    expect(parseEquityQuery('?by=shoe_size')).toEqual({ periodStart: null, by: 'race_ethnicity' });
    const href = childrenHref('reentry_12m', {
      periodStart: '2023-10-01',
      part: 'denominator',
      group: 'race_ethnicity',
      value: 'two_or_more',
      offset: 100,
    });
    expect(href).toBe(
      '/cqi/indicators/reentry_12m/children?periodStart=2023-10-01&part=denominator&group=race_ethnicity&value=two_or_more&offset=100',
    );
    expect(parseChildrenQuery(href.split('?')[1]!)).toEqual({
      periodStart: '2023-10-01',
      part: 'denominator',
      group: 'race_ethnicity',
      value: 'two_or_more',
      offset: 100,
    });
    // A group without a value (or an unknown part) is not half-applied.
    expect(parseChildrenQuery('?part=nope&group=sex')).toEqual({
      periodStart: null,
      part: 'numerator',
      group: null,
      value: null,
      offset: 0,
    });
  });
});

describe('federal fiscal years', () => {
  it('starts FFY 2025 on 1 October 2024 and offers the year of the latest date and the seven before', () => {
    expect(fiscalYearStart(2025)).toBe('2024-10-01');
    expect(fiscalYearOfDate('2024-09-30')).toBe(2024);
    expect(fiscalYearOfDate('2024-10-01')).toBe(2025);
    expect(fiscalYearChoices('2026-11-23')).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020]);
    expect(fiscalYearChoices('2026-05-01', 3)).toEqual([2026, 2025, 2024]);
  });
});

describe('values in words', () => {
  it('writes shares as percentages and rates with two decimals, in the reader’s language', () => {
    expect(formatValue('permanency_12m_entries', 92.86, 'en-US')).toBe('92.9%');
    expect(formatValue('placement_stability', 2.47, 'en-US')).toBe('2.47');
    expect(formatValue('maltreatment_in_care', 1069.1, 'en-US')).toBe('1,069.10');
    expect(formatValue('reentry_12m', null, 'en-US')).toBe('—');
    expect(formatValue('permanency_12m_entries', 40.5, 'es-US')).toMatch(/^40[.,]5\s?%$/);
    expect(formatRatio(1.08, 'en-US')).toBe('1.08×');
  });

  it('puts the better side where the indicator says, equal counting as better', () => {
    expect(isBetter(41, 40.5, 'higher')).toBe(true);
    expect(isBetter(40.5, 40.5, 'higher')).toBe(true);
    expect(isBetter(9.1, 8.3, 'lower')).toBe(false);
    expect(isBetter(null, 8.3, 'lower')).toBeNull();
  });

  it('cuts each sentence into words and its two numbers, in both languages', () => {
    for (const dict of [cqiEn, cqiEs])
      for (const sentence of Object.values(dict.sentences)) {
        const slots = sentenceSegments(sentence('FFY 2025')).filter((s) => 'slot' in s);
        expect(slots.map((s) => ('slot' in s ? s.slot : '')).sort()).toEqual(['d', 'n']);
      }
    expect(sentenceSegments('Of {d} children, {n} went home.')).toEqual([
      { text: 'Of ' },
      { slot: 'd' },
      { text: ' children, ' },
      { slot: 'n' },
      { text: ' went home.' },
    ]);
  });
});

describe('the trend chart', () => {
  const points = [
    { label: '2021', value: 30, complete: true },
    { label: '2022', value: null, complete: true },
    { label: '2023', value: 45, complete: true },
    { label: '2024', value: 41, complete: false },
  ];

  it('fits the values and the reference line under a tidy top', () => {
    expect(niceCeiling(47.25)).toBe(50);
    expect(niceCeiling(0.9)).toBe(1);
    expect(niceCeiling(0)).toBe(1);
    const s = trendScale(points, 40.5);
    expect(s.ticks).toEqual([0, 25, 50]);
    expect(s.y(0)).toBe(s.bottom);
    expect(s.y(50)).toBeCloseTo(10);
    expect(s.x(0)).toBe(s.left);
    expect(s.x(3)).toBe(s.width - 12);
    // A reference above every value still fits.
    expect(trendScale(points, 95).ticks.at(-1)).toBe(100);
  });

  it('draws a line through the periods with a value, with a gap where one has none', () => {
    const s = trendScale(points, null);
    const paths = trendPaths(points, s);
    expect(paths).toHaveLength(2);
    expect(paths[0]).toMatch(/^M [\d.]+ [\d.]+$/);
    expect(paths[1]).toMatch(/^M [\d.]+ [\d.]+ L [\d.]+ [\d.]+$/);
  });

  it('sizes a bar against the largest value shown', () => {
    expect(barPercent(50, 100)).toBe(50);
    expect(barPercent(null, 100)).toBe(0);
    expect(barPercent(120, 100)).toBe(100);
    expect(barPercent(5, 0)).toBe(0);
  });
});
