import { INDICATOR_KEYS, type CqiResult, type IndicatorFigure, type IndicatorKey } from '@hearth/core';
import { formatCsvRow } from '../export/csv.ts';

/**
 * How `hearth cqi` prints a result. `json` is the contract's object (cqi-interchange.md, "Output");
 * `table` is for people, `csv` for spreadsheets: one row per indicator.
 */

export const CQI_FORMATS = ['table', 'json', 'csv'] as const;
export type CqiFormat = (typeof CQI_FORMATS)[number];

/** Each indicator in words, with the unit of its value (domain-rules.md §1). */
export const INDICATOR_WORDS: Record<IndicatorKey, { name: string; unit: string }> = {
  permanency_12m_entries: { name: 'Permanency in 12 months, children entering care', unit: '%' },
  permanency_12m_12_23: { name: 'Permanency in 12 months, children in care 12–23 months', unit: '%' },
  permanency_12m_24_plus: { name: 'Permanency in 12 months, children in care 24 months or more', unit: '%' },
  reentry_12m: { name: 'Re-entry to care within 12 months', unit: '%' },
  placement_stability: { name: 'Placement stability', unit: 'moves per 1,000 days' },
  maltreatment_in_care: { name: 'Maltreatment in care', unit: 'reports per 100,000 days' },
  recurrence_12m: { name: 'Recurrence of maltreatment within 12 months', unit: '%' },
  caseworker_visits: { name: 'Monthly caseworker visits', unit: '% of months' },
};
const RESIDENCE = { name: '  of which in the residence', unit: '% of months visited' };

export function formatCqi(result: CqiResult, format: CqiFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(result, null, 2)}\n`;
    case 'csv':
      return formatCsv(result);
    case 'table':
      return formatTable(result);
  }
}

const count = (n: number): string => n.toLocaleString('en-US');
const valueText = (value: number | null, unit: string): string =>
  value === null ? '—' : `${value.toFixed(2)} ${unit}`;

function formatTable(result: CqiResult): string {
  const rows: string[][] = [['Indicator', 'Numerator', 'Denominator', 'Value', 'Complete']];
  for (const key of INDICATOR_KEYS) {
    const f: IndicatorFigure = result.indicators[key];
    const words = INDICATOR_WORDS[key];
    const complete = f.complete ? 'yes' : 'no';
    rows.push([
      words.name,
      count(f.numerator),
      count(f.denominator),
      valueText(f.value, words.unit),
      complete,
    ]);
    if (f.residence) {
      const r = f.residence;
      rows.push([
        RESIDENCE.name,
        count(r.numerator),
        count(r.denominator),
        valueText(r.value, RESIDENCE.unit),
        complete,
      ]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string =>
    r.map((cell, i) => (i === 0 || i === 3 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const out = [
    `CQI indicators, ${result.period.start} to ${result.period.end}`,
    '',
    line(rows[0]!).trimEnd(),
    ...rows.slice(1).map((r) => line(r).trimEnd()),
    '',
    'Exclusions',
  ];
  const counts = new Map<string, number>();
  for (const e of result.exclusions) {
    const k = `${INDICATOR_WORDS[e.indicator].name}: ${e.reason}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  if (counts.size === 0) out.push('  none');
  const width = Math.max(0, ...[...counts.keys()].map((k) => k.length));
  for (const [k, n] of counts) out.push(`  ${k.padEnd(width)}  ${count(n).padStart(9)}`);
  if (counts.size > 0) out.push('  (each child is listed in --format json)');
  return `${out.join('\n')}\n`;
}

function formatCsv(result: CqiResult): string {
  const header = [
    'indicator',
    'name',
    'period_start',
    'period_end',
    'numerator',
    'denominator',
    'value',
    'unit',
    'complete',
    'residence_numerator',
    'residence_denominator',
    'residence_value',
  ];
  const rows = INDICATOR_KEYS.map((key) => {
    const f = result.indicators[key];
    const r = f.residence;
    return [
      key,
      INDICATOR_WORDS[key].name,
      result.period.start,
      result.period.end,
      String(f.numerator),
      String(f.denominator),
      f.value === null ? '' : String(f.value),
      INDICATOR_WORDS[key].unit,
      f.complete ? 'true' : 'false',
      r ? String(r.numerator) : '',
      r ? String(r.denominator) : '',
      r && r.value !== null ? String(r.value) : '',
    ];
  });
  return [header, ...rows].map(formatCsvRow).join('');
}
