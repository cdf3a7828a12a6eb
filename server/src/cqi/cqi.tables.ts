import { NOT_RECORDED, suppressFigure, type IndicatorKey } from '@hearth/core';
import type { ExportCell, ExportTable } from '../platform/table-export.ts';
import type { ChildrenDto, EquityDto, IndicatorsDto, TrendDto } from './cqi.dto.ts';

/**
 * The dashboard's tables as files (CSV and XLSX through renderTable), in English. A file leaves Hearth, so
 * every count in it is suppressed from 1 to 9 (with the value worked from it), the jurisdiction's own
 * figures included; the list of children behind a figure is a list of records, read under access and
 * audited, not a count, and is not suppressed.
 */

export const INDICATOR_NAMES: Record<IndicatorKey, string> = {
  permanency_12m_entries: 'Permanency in 12 months for children entering care',
  permanency_12m_12_23: 'Permanency in 12 months for children in care 12 to 23 months',
  permanency_12m_24_plus: 'Permanency in 12 months for children in care 24 months or more',
  reentry_12m: 'Re-entry to foster care in 12 months',
  placement_stability: 'Placement moves per 1,000 days in care',
  maltreatment_in_care: 'Maltreatment in foster care per 100,000 days',
  recurrence_12m: 'Recurrence of maltreatment in 12 months',
  caseworker_visits: 'Children in care visited each month',
};

const GROUP_NAMES: Record<string, string> = {
  american_indian_alaska_native: 'American Indian or Alaska Native',
  asian: 'Asian',
  black: 'Black or African American',
  hispanic: 'Hispanic or Latino',
  native_hawaiian_pacific_islander: 'Native Hawaiian or Other Pacific Islander',
  white: 'White',
  two_or_more: 'Two or more races',
  female: 'Female',
  male: 'Male',
  under_1: 'Under 1 year',
  '1_5': '1 to 5 years',
  '6_12': '6 to 12 years',
  '13_17': '13 to 17 years',
  '18_plus': '18 years or older',
  [NOT_RECORDED]: 'Not recorded',
};

export const groupName = (g: string): string => GROUP_NAMES[g] ?? g;

const DIMENSION_NAMES = {
  race_ethnicity: 'race and ethnicity',
  age_group: 'age group',
  sex: 'sex',
  county: 'county',
} as const;

const periodLabel = (p: { start: string; end: string; fiscalYear: number | null }): string =>
  p.fiscalYear ? `FFY ${p.fiscalYear}` : `${p.start} to ${p.end}`;

const yesNo = (b: boolean | null): ExportCell => (b === null ? null : b ? 'yes' : 'no');

const FIGURE_COLUMNS = [
  { key: 'numerator', label: 'Numerator' },
  { key: 'denominator', label: 'Denominator' },
  { key: 'value', label: 'Value' },
  { key: 'suppressed', label: 'Suppressed (a count from 1 to 9)' },
] as const;

function figureCells(
  f: { numerator: number; denominator: number; value: number | null },
  threshold: number,
): Record<string, ExportCell> {
  const s = suppressFigure(f, threshold);
  return {
    numerator: s.numerator,
    denominator: s.denominator,
    value: s.value,
    suppressed: yesNo(s.suppressed),
  };
}

export function indicatorsTable(dto: IndicatorsDto, threshold: number): ExportTable {
  return {
    title: `Outcome indicators, ${periodLabel(dto.period)}`,
    columns: [
      { key: 'indicator', label: 'Indicator' },
      { key: 'periodStart', label: 'Period start' },
      { key: 'periodEnd', label: 'Period end' },
      ...FIGURE_COLUMNS,
      { key: 'complete', label: 'Follow-up complete' },
      { key: 'better', label: 'Better when' },
      { key: 'reference', label: 'Reference value' },
      { key: 'referenceMeasure', label: 'Reference' },
      { key: 'referenceStatus', label: 'Reference status' },
      { key: 'onBetterSide', label: 'On the better side of the reference' },
    ],
    rows: dto.indicators.map((c) => {
      const cells = figureCells(c, threshold);
      return {
        indicator: INDICATOR_NAMES[c.key],
        periodStart: dto.period.start,
        periodEnd: dto.period.end,
        ...cells,
        complete: yesNo(c.complete),
        better: c.better,
        reference: c.reference?.value ?? null,
        referenceMeasure: c.reference?.measure ?? null,
        referenceStatus: c.reference?.status ?? null,
        onBetterSide: cells.value === null ? null : yesNo(c.onBetterSide),
      };
    }),
  };
}

export function trendTable(dto: TrendDto, threshold: number): ExportTable {
  const first = dto.periods[0]?.period;
  const last = dto.periods.at(-1)?.period;
  return {
    title: `Outcome indicators trend${first && last ? `, ${periodLabel(first)} to ${periodLabel(last)}` : ''}`,
    columns: [
      { key: 'indicator', label: 'Indicator' },
      { key: 'period', label: 'Period' },
      { key: 'periodStart', label: 'Period start' },
      { key: 'periodEnd', label: 'Period end' },
      ...FIGURE_COLUMNS,
      { key: 'complete', label: 'Follow-up complete' },
    ],
    rows: dto.periods.flatMap((p) =>
      p.indicators.map((f) => ({
        indicator: INDICATOR_NAMES[f.key],
        period: periodLabel(p.period),
        periodStart: p.period.start,
        periodEnd: p.period.end,
        ...figureCells(f, threshold),
        complete: yesNo(f.complete),
      })),
    ),
  };
}

/** The equity answer is suppressed already (on the server, before it is sent or written). */
export function equityTable(dto: EquityDto): ExportTable {
  return {
    title: `Outcome indicators by ${DIMENSION_NAMES[dto.by]}, ${periodLabel(dto.period)}`,
    columns: [
      { key: 'indicator', label: 'Indicator' },
      { key: 'group', label: 'Group' },
      ...FIGURE_COLUMNS,
      { key: 'disparity', label: "Disparity (group's value ÷ jurisdiction's)" },
      { key: 'worse', label: 'Worse than the jurisdiction' },
    ],
    rows: dto.indicators.flatMap((ind) => [
      {
        indicator: INDICATOR_NAMES[ind.key],
        group: 'Whole jurisdiction',
        numerator: ind.whole.numerator,
        denominator: ind.whole.denominator,
        value: ind.whole.value,
        suppressed: yesNo(ind.whole.suppressed),
        disparity: null,
        worse: null,
      },
      ...ind.groups.map((g) => ({
        indicator: INDICATOR_NAMES[ind.key],
        group: groupName(g.group),
        numerator: g.figure.numerator,
        denominator: g.figure.denominator,
        value: g.figure.value,
        suppressed: yesNo(g.figure.suppressed),
        disparity: g.disparity,
        worse: yesNo(g.worse),
      })),
    ]),
  };
}

const PART_NAMES = { numerator: 'numerator', denominator: 'population', excluded: 'excluded' } as const;

export function childrenTable(dto: ChildrenDto): ExportTable {
  const group = dto.group ? `, ${groupName(dto.group.value)}` : '';
  return {
    title: `${INDICATOR_NAMES[dto.indicator]}, ${PART_NAMES[dto.part]}${group}, ${periodLabel(dto.period)}`,
    columns: [
      { key: 'afcarsId', label: 'AFCARS record number' },
      { key: 'familyName', label: 'Family name' },
      { key: 'givenName', label: 'Given name' },
      { key: 'age', label: 'Age' },
      { key: 'figure', label: 'Figure' },
      { key: 'residence', label: 'Months visited at the residence' },
      { key: 'excluded', label: 'Excluded because' },
    ],
    rows: dto.items.map((c) => ({
      afcarsId: c.afcarsId,
      familyName: c.familyName,
      givenName: c.givenName,
      age: c.age,
      figure: dto.part === 'excluded' ? null : c.figure,
      residence: c.residence ?? null,
      excluded: c.excluded ?? null,
    })),
  };
}
