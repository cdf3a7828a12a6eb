import { CONTINUANCE_REASONS, TIME_MEASURES, type TimeMeasureKey } from '@hearth/core';
import type { ExportCell, ExportTable } from '../platform/table-export.ts';
import type { MeasuresAnswer, ShownRatio } from './measures.dto.ts';

/** The court measures as one downloadable table (English headers; suppressed cells are empty). */

const TIME_LABEL: Record<TimeMeasureKey, string> = {
  adjudication: 'Adjudication',
  disposition: 'Disposition',
  first_permanency_hearing: 'First permanency hearing',
  tpr_order: 'TPR order',
  permanency: 'Permanency',
};

const percent = (rate: number | null): ExportCell => (rate === null ? null : Math.round(rate * 1000) / 10);
const oneDecimal = (n: number | null): ExportCell => (n === null ? null : Math.round(n * 10) / 10);

export function measuresTable(dto: MeasuresAnswer): ExportTable {
  const columns: { key: string; label: string }[] = [
    { key: 'group', label: dto.by === 'court' ? 'Court' : 'Judge' },
  ];
  for (const k of TIME_MEASURES) {
    const t = dto.targets[k];
    const target = `${t.amount} ${t.unit}${t.unconfirmed ? ', unconfirmed' : ''}`;
    columns.push(
      { key: `${k}.count`, label: `${TIME_LABEL[k]}: children` },
      { key: `${k}.median`, label: `${TIME_LABEL[k]}: median days` },
      { key: `${k}.p90`, label: `${TIME_LABEL[k]}: 90th percentile days` },
      { key: `${k}.within`, label: `${TIME_LABEL[k]}: % within ${target}` },
    );
  }
  const ratio = (key: string, of: string, what: string): void => {
    columns.push({ key: `${key}.d`, label: of }, { key: `${key}.r`, label: what });
  };
  ratio('onTime', 'Hearings held with a deadline', '% held by the deadline');
  ratio('continued', 'Hearings held or continued', '% continued');
  for (const r of CONTINUANCE_REASONS)
    columns.push({ key: `reason.${r}`, label: `Continued: ${r.replace(/_/g, ' ')}` });
  ratio('present', 'Parents recorded', '% parents present');
  columns.push({ key: 'represented.r', label: '% parents represented' });
  ratio('youth', `Youth ${dto.youthAge}+ recorded`, '% youth attending');
  columns.push({ key: 'youthRemote.r', label: '% youth joined remotely' });
  columns.push({ key: 'youthExcused.r', label: '% youth excused' });
  ratio('judges', 'Cases heard', '% heard by one judge');
  columns.push({ key: 'judges.mean', label: 'Judges per case (mean)' });

  const rows = dto.rows.map((row) => {
    const cells: Record<string, ExportCell> = { group: row.label };
    for (const k of TIME_MEASURES) {
      const t = row.time[k];
      cells[`${k}.count`] = t.count;
      cells[`${k}.median`] = oneDecimal(t.median);
      cells[`${k}.p90`] = t.p90;
      cells[`${k}.within`] = percent(t.withinRate);
    }
    const put = (key: string, r: ShownRatio): void => {
      cells[`${key}.d`] = r.denominator;
      cells[`${key}.r`] = percent(r.rate);
    };
    put('onTime', row.hearingsOnTime);
    put('continued', row.continuances);
    for (const r of CONTINUANCE_REASONS) cells[`reason.${r}`] = row.continuances.byReason[r];
    put('present', row.parentsPresent);
    cells['represented.r'] = percent(row.parentsRepresented.rate);
    put('youth', row.youthAttending);
    cells['youthRemote.r'] = percent(row.youthRemote.rate);
    cells['youthExcused.r'] = percent(row.youthExcused.rate);
    put('judges', row.judgesPerCase);
    cells['judges.mean'] = oneDecimal(row.judgesPerCase.mean);
    return cells;
  });
  return {
    title: `Court performance by ${dto.by}, ${dto.period.start} to ${dto.period.end}`,
    columns,
    rows,
  };
}
