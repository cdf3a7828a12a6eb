import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CsvScanner, fileSource } from './csv-reader.ts';
import { type CqiIssue, issue } from './issues.ts';

/**
 * The interchange files and their columns (shared/reference/cqi-interchange.md, "Files"), in the order
 * errors are reported: children, removals, placements, maltreatment, visits.
 */
export const CQI_FILES = [
  {
    name: 'children.csv',
    required: true,
    columns: ['child_id', 'birth_date', 'sex', 'race_ethnicity', 'county'],
    requiredColumns: ['child_id', 'birth_date'],
  },
  {
    name: 'removals.csv',
    required: true,
    columns: [
      'child_id',
      'removal_id',
      'removal_date',
      'discharge_date',
      'discharge_reason',
      'adjudication_date',
    ],
    requiredColumns: ['child_id', 'removal_id', 'removal_date'],
  },
  {
    name: 'placements.csv',
    required: false,
    columns: ['child_id', 'removal_id', 'start_date', 'end_date', 'setting', 'provider_id'],
    requiredColumns: ['child_id', 'removal_id', 'start_date', 'setting'],
  },
  {
    name: 'maltreatment.csv',
    required: false,
    columns: ['child_id', 'report_id', 'report_date', 'incident_date', 'disposition'],
    requiredColumns: ['child_id', 'report_id', 'report_date', 'disposition'],
  },
  {
    name: 'visits.csv',
    required: false,
    columns: ['child_id', 'visit_date', 'location', 'face_to_face'],
    requiredColumns: ['child_id', 'visit_date', 'location'],
  },
] as const;

export type CqiFileIndex = 0 | 1 | 2 | 3 | 4;
export const CHILDREN = 0;
export const REMOVALS = 1;
export const PLACEMENTS = 2;
export const MALTREATMENT = 3;
export const VISITS = 4;

/** Where each of a file's known columns sits in its header (−1 when absent); unknown columns are ignored. */
export type ColumnMap = Record<string, number>;

export type FileLayout = {
  file: CqiFileIndex;
  path: string | null;
  columns: ColumnMap;
  /** Fields a record must be split into to reach every known column. */
  width: number;
};

/** The header of one file: its column map and the errors of a required file or column that is missing. */
export function readLayout(dir: string, file: CqiFileIndex): { layout: FileLayout; errors: CqiIssue[] } {
  const spec = CQI_FILES[file];
  const path = join(dir, spec.name);
  const columns: ColumnMap = Object.fromEntries(spec.columns.map((c) => [c, -1]));
  if (!existsSync(path)) {
    const errors = spec.required ? [issue(file, 0, '', 'required file is missing')] : [];
    return { layout: { file, path: null, columns, width: 0 }, errors };
  }
  const scanner = new CsvScanner(fileSource(path), 64 * 1024);
  let header: string[] = [];
  try {
    if (scanner.nextRecord()) header = scanner.texts();
  } finally {
    scanner.close();
  }
  const empty = header.length === 0;
  header.forEach((name, i) => {
    if (columns[name] === -1) columns[name] = i;
  });
  // An optional file with nothing in it, not even a header, is an empty file.
  const errors =
    empty && !spec.required
      ? []
      : spec.requiredColumns
          .filter((c) => columns[c] === -1)
          .map((c) => issue(file, 1, c, `missing required column ${c}`));
  const width = Math.max(0, ...Object.values(columns)) + 1;
  return { layout: { file, path: empty ? null : path, columns, width }, errors };
}
