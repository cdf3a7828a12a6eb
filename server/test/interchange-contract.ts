import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DISCHARGE_REASONS, isIsoDate, PLACEMENT_SETTINGS, VISIT_LOCATIONS } from '@hearth/core';

/**
 * The validation rules of the CQI interchange contract (shared/reference/cqi-interchange.md, "Validation"
 * and "Clarifications"), checked over a folder by a test: what `hearth cqi` refuses, listed as
 * `FILE line N, column COL: message`. Written from the contract, for tests of writers of the format.
 */

/** RFC 4180 as the writers write it (LF line ends, quotes doubled). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === '\n') {
      record.push(field);
      field = '';
      if (ch === '\n') {
        records.push(record);
        record = [];
      }
    } else field += ch;
  }
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with a line feed');
  return records;
}

export type CsvTable = { header: string[]; rows: Record<string, string>[] };

export function readCsvTable(path: string): CsvTable {
  const [header = [], ...rows] = parseCsv(readFileSync(path, 'utf8'));
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

const REQUIRED: Record<string, string[]> = {
  'children.csv': ['child_id', 'birth_date'],
  'removals.csv': ['child_id', 'removal_id', 'removal_date'],
  'placements.csv': ['child_id', 'removal_id', 'start_date', 'setting'],
  'maltreatment.csv': ['child_id', 'report_id', 'report_date', 'disposition'],
  'visits.csv': ['child_id', 'visit_date', 'location'],
};
const DATES = [
  'birth_date',
  'removal_date',
  'discharge_date',
  'adjudication_date',
  'start_date',
  'end_date',
  'visit_date',
];

/** Every breach of the contract in the folder; an empty list means `hearth cqi` would accept it. */
export function interchangeContractErrors(dir: string): string[] {
  const errors: string[] = [];
  const tables: Record<string, CsvTable> = {};
  for (const file of Object.keys(REQUIRED)) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      if (file === 'children.csv' || file === 'removals.csv') errors.push(`${file}: missing`);
      continue;
    }
    const t = readCsvTable(path);
    tables[file] = t;
    for (const col of REQUIRED[file]!) if (!t.header.includes(col)) errors.push(`${file}: no column ${col}`);
    t.rows.forEach((row, i) => {
      const at = (col: string) => `${file} line ${i + 2}, column ${col}`;
      for (const col of REQUIRED[file]!) if (!row[col]) errors.push(`${at(col)}: empty`);
      for (const col of DATES) if (row[col] && !isIsoDate(row[col]!)) errors.push(`${at(col)}: not a date`);
      if (row.discharge_reason && !(DISCHARGE_REASONS as readonly string[]).includes(row.discharge_reason))
        errors.push(`${at('discharge_reason')}: unknown code`);
      if (file === 'placements.csv' && !(PLACEMENT_SETTINGS as readonly string[]).includes(row.setting ?? ''))
        errors.push(`${at('setting')}: unknown code`);
      if (file === 'visits.csv' && !(VISIT_LOCATIONS as readonly string[]).includes(row.location ?? ''))
        errors.push(`${at('location')}: unknown code`);
      if (row.face_to_face && row.face_to_face !== 'true' && row.face_to_face !== 'false')
        errors.push(`${at('face_to_face')}: unknown code`);
    });
  }
  const children = new Set<string>();
  tables['children.csv']?.rows.forEach((r, i) => {
    if (children.has(r.child_id!)) errors.push(`children.csv line ${i + 2}: repeated child_id ${r.child_id}`);
    children.add(r.child_id!);
  });
  for (const [file, t] of Object.entries(tables))
    t.rows.forEach((r, i) => {
      if (!children.has(r.child_id!))
        errors.push(`${file} line ${i + 2}: child_id ${r.child_id} not in children.csv`);
    });

  type Episode = { removal: string; discharge: string; line: number };
  const episodes = new Map<string, Episode>();
  const byChild = new Map<string, Episode[]>();
  tables['removals.csv']?.rows.forEach((r, i) => {
    const key = `${r.child_id}|${r.removal_id}`;
    const e = { removal: r.removal_date!, discharge: r.discharge_date ?? '', line: i + 2 };
    if (episodes.has(key)) errors.push(`removals.csv line ${e.line}: repeated (child_id, removal_id) ${key}`);
    episodes.set(key, e);
    if (e.discharge && e.discharge < e.removal)
      errors.push(`removals.csv line ${e.line}: discharge before removal`);
    byChild.set(r.child_id!, [...(byChild.get(r.child_id!) ?? []), e]);
  });
  for (const [child, list] of byChild) {
    const sorted = [...list].sort((a, b) => (a.removal < b.removal ? -1 : 1));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      if (!prev.discharge || prev.discharge > sorted[i]!.removal)
        errors.push(`removals.csv line ${sorted[i]!.line}: episodes of ${child} overlap`);
    }
  }
  tables['placements.csv']?.rows.forEach((r, i) => {
    const e = episodes.get(`${r.child_id}|${r.removal_id}`);
    const line = `placements.csv line ${i + 2}`;
    if (!e) return void errors.push(`${line}: no matching removal`);
    if (r.end_date && r.end_date < r.start_date!) errors.push(`${line}: ends before it starts`);
    const inside =
      e.removal <= r.start_date! &&
      (!e.discharge || r.start_date! < e.discharge) &&
      (!r.end_date || !e.discharge || r.end_date <= e.discharge);
    if (!inside) errors.push(`${line}: outside its episode`);
  });
  return errors;
}
