import { describe, expect, it } from 'vitest';
import {
  ageGroupOf,
  contributionsFor,
  dayOfIso,
  defaultPeriodStart,
  disparityOf,
  drillDown,
  equityBreakdown,
  fiscalYearOf,
  isOnBetterSide,
  isoOfDay,
  periodDates,
  referenceDay,
  suppressFigure,
  trendStarts,
} from './dashboard.ts';
import { computeIndicators, cqiPeriod } from './indicators.ts';
import { INDICATOR_KEYS, type CqiChild, type IndicatorKey } from './model.ts';

const d = dayOfIso;
const BETTER = Object.fromEntries(
  INDICATOR_KEYS.map((k) => [
    k,
    k.startsWith('permanency') || k === 'caseworker_visits' ? 'higher' : 'lower',
  ]),
) as Record<IndicatorKey, 'higher' | 'lower'>;

/** A child removed on `removal` (home to its parents on `discharge`), one placement, nothing else. */
function child(
  id: string,
  birth: string,
  removal: string,
  discharge: string | null,
  race: string | null,
): CqiChild {
  return {
    childId: id,
    birth: d(birth),
    sex: 'female',
    raceEthnicity: race,
    county: 'Bernalillo',
    episodes: [
      {
        removalId: `${id}-r`,
        removal: d(removal),
        discharge: discharge ? d(discharge) : null,
        reason: discharge ? 'reunification' : null,
        adjudication: null,
        placements: [{ start: d(removal), end: null, setting: 'foster_family_relative', providerId: null }],
      },
    ],
    reports: [],
    visits: [],
  };
}

describe('periods', () => {
  it('converts dates and day numbers both ways', () => {
    expect(dayOfIso('1970-01-01')).toBe(0);
    expect(isoOfDay(dayOfIso('2024-02-29'))).toBe('2024-02-29');
    expect(isoOfDay(-1)).toBe('1969-12-31');
  });

  it('names federal fiscal years and periods', () => {
    expect(fiscalYearOf('2024-10-01')).toBe(2025);
    expect(fiscalYearOf('2024-03-01')).toBeNull();
    expect(periodDates('2024-10-01')).toEqual({ start: '2024-10-01', end: '2025-09-30' });
    expect(trendStarts('2024-10-01', 3)).toEqual(['2022-10-01', '2023-10-01', '2024-10-01']);
  });

  it('opens on the latest fiscal year whose 12-month follow-up has ended on the latest date', () => {
    // FFY 2025 (E = 2025-09-30) is followed to 2026-09-30.
    expect(defaultPeriodStart('2026-11-23', '2026-11-23')).toBe('2024-10-01');
    expect(defaultPeriodStart('2026-09-30', '2026-11-23')).toBe('2024-10-01');
    expect(defaultPeriodStart('2026-09-29', '2026-11-23')).toBe('2023-10-01');
    expect(defaultPeriodStart(null, '2025-06-02')).toBe('2022-10-01');
  });
});

describe('groups', () => {
  it('bands ages: under 1, 1–5, 6–12, 13–17, 18 or older', () => {
    expect([0, 1, 5, 6, 12, 13, 17, 18, 20].map(ageGroupOf)).toEqual([
      'under_1',
      '1_5',
      '1_5',
      '6_12',
      '6_12',
      '13_17',
      '13_17',
      '18_plus',
      '18_plus',
    ]);
  });

  it('takes each indicator’s own date for age', () => {
    const period = cqiPeriod('2023-10-01');
    const c = child('a', '2020-01-01', '2023-12-01', null, null);
    c.reports.push({ reportId: 'r', date: d('2024-02-01'), incident: null, disposition: 'indicated' });
    expect(isoOfDay(referenceDay(c, 'permanency_12m_entries', period))).toBe('2023-12-01');
    expect(isoOfDay(referenceDay(c, 'permanency_12m_24_plus', period))).toBe('2023-10-01');
    expect(isoOfDay(referenceDay(c, 'maltreatment_in_care', period))).toBe('2023-12-01');
    expect(isoOfDay(referenceDay(c, 'recurrence_12m', period))).toBe('2024-02-01');
  });
});

describe('suppression and disparity', () => {
  it('withholds a figure whose numerator or denominator is 1 to 9, with its value', () => {
    expect(suppressFigure({ numerator: 3, denominator: 40, value: 7.5 })).toEqual({
      numerator: null,
      denominator: null,
      value: null,
      suppressed: true,
    });
    expect(suppressFigure({ numerator: 0, denominator: 40, value: 0 })).toMatchObject({
      numerator: 0,
      suppressed: false,
    });
    expect(suppressFigure({ numerator: 0, denominator: 0, value: null })).toMatchObject({
      suppressed: false,
    });
    expect(
      suppressFigure({
        numerator: 30,
        denominator: 40,
        value: 75,
        residence: { numerator: 4, denominator: 30, value: 13.33 },
      }),
    ).toMatchObject({ numerator: 30, residence: { numerator: null, denominator: null, value: null } });
  });

  it('reads the ratio to the whole against the indicator’s better side', () => {
    expect(disparityOf(30, 40, 'higher')).toEqual({ ratio: 0.75, worse: true });
    expect(disparityOf(30, 40, 'lower')).toEqual({ ratio: 0.75, worse: false });
    expect(disparityOf(40, 40, 'lower')).toEqual({ ratio: 1, worse: false });
    expect(disparityOf(5, 0, 'lower')).toEqual({ ratio: null, worse: null });
    expect(disparityOf(null, 40, 'higher')).toEqual({ ratio: null, worse: null });
    expect(isOnBetterSide(8.3, 8.3, 'lower')).toBe(true);
    expect(isOnBetterSide(41, 40.5, 'lower')).toBe(false);
  });
});

describe('breakdowns and lists are sums of the children', () => {
  // Twelve children enter in FFY 2024 and go home in a month; three more stay.
  const kids = [
    ...Array.from({ length: 12 }, (_, i) =>
      child(`w${i}`, '2015-05-05', '2023-11-01', '2023-12-01', 'white'),
    ),
    ...Array.from({ length: 3 }, (_, i) => child(`h${i}`, '2023-06-01', '2024-01-10', null, 'hispanic')),
  ];
  const period = cqiPeriod('2023-10-01');
  const rows = contributionsFor(kids, period);

  it('gives each group its figure, suppresses the small one, and sums to the whole', () => {
    const table = equityBreakdown(rows, period, 'race_ethnicity', BETTER, ['white', 'hispanic']);
    const p1 = table.find((t) => t.key === 'permanency_12m_entries')!;
    expect(p1.whole).toEqual({ numerator: 12, denominator: 15, value: 80, suppressed: false });
    expect(
      p1.groups.map((g) => [g.group, g.figure.numerator, g.figure.denominator, g.disparity, g.worse]),
    ).toEqual([
      // 12 of 12 would give the hidden group away as the whole (12 of 15) minus it: hidden too.
      ['white', null, null, null, null],
      ['hispanic', null, null, null, null],
    ]);
    const ages = equityBreakdown(rows, period, 'age_group', BETTER);
    expect(ages.find((t) => t.key === 'permanency_12m_entries')!.groups.map((g) => g.group)).toEqual([
      '6_12',
      'under_1',
    ]);
  });

  it('hides the smallest shown group too when one hidden group could be worked back from the whole', () => {
    const more = [
      ...kids,
      ...Array.from({ length: 11 }, (_, i) =>
        child(`b${i}`, '2015-05-05', '2023-11-01', '2023-12-01', 'black'),
      ),
    ];
    const table = equityBreakdown(contributionsFor(more, period), period, 'race_ethnicity', BETTER, [
      'white',
      'black',
      'hispanic',
    ]);
    const p1 = table.find((t) => t.key === 'permanency_12m_entries')!;
    // Whole 23 of 26 shown; hispanic 0 of 3 hidden; black (11 < 12) hidden with it; white stays.
    expect(p1.groups.map((g) => [g.group, g.figure.numerator, g.figure.denominator])).toEqual([
      ['white', 12, 12],
      ['black', null, null],
      ['hispanic', null, null],
    ]);
  });

  it('lists the children of a part, their figures adding up to the engine’s', () => {
    const engine = computeIndicators(kids, period, d('2026-01-01'));
    for (const key of INDICATOR_KEYS)
      for (const part of ['numerator', 'denominator'] as const) {
        const sum = drillDown(rows, period, key, part).reduce((n, e) => n + e.figure, 0);
        expect(sum, `${key} ${part}`).toBe(engine.indicators[key][part]);
      }
    const hispanic = drillDown(rows, period, 'permanency_12m_entries', 'denominator', {
      dimension: 'race_ethnicity',
      value: 'hispanic',
    });
    expect(hispanic.map((e) => [e.childId, e.age])).toEqual([
      ['h0', 0],
      ['h1', 0],
      ['h2', 0],
    ]);
  });
});
