import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Test helper: an interchange folder in a temporary directory, one text per file (a line per array item). */
export function writeTestFolder(files: Record<string, string | readonly string[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-cqi-test-'));
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(dir, name), typeof text === 'string' ? text : `${text.join('\n')}\n`);
  return dir;
}

export function removeTestFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A small valid folder, line by line, so that tests can name the lines they change. */
export const VALID_FOLDER = {
  'children.csv': [
    'child_id,birth_date,sex,race_ethnicity,county', // 1
    'C1,2010-01-01,female,hispanic,Bernalillo', // 2
    'C2,2012-05-05,male,,Doña Ana', // 3
    'C3,2015-07-07,,white,Santa Fe', // 4
  ],
  'removals.csv': [
    'child_id,removal_id,removal_date,discharge_date,discharge_reason,adjudication_date', // 1
    'C1,R1,2023-10-01,2024-01-01,reunification,2023-11-15', // 2
    'C2,R1,2023-11-01,,,', // 3
    'C3,R7,2022-01-10,2023-12-20,adoption,2022-03-01', // 4
  ],
  'placements.csv': [
    'child_id,removal_id,start_date,end_date,setting,provider_id', // 1
    'C1,R1,2023-10-01,2023-11-01,foster_family_nonrelative,P1', // 2
    'C1,R1,2023-11-01,,group_home,P2', // 3
    'C2,R1,2023-11-01,,foster_family_relative,P3', // 4
    'C3,R7,2022-01-10,2023-12-20,pre_adoptive,P4', // 5
  ],
  'maltreatment.csv': [
    'child_id,report_id,report_date,incident_date,disposition', // 1
    'C2,M1,2024-02-01,,substantiated', // 2
  ],
  'visits.csv': [
    'child_id,visit_date,location,face_to_face', // 1
    'C2,2023-12-05,residence,true', // 2
    'C2,2024-01-09,other,', // 3
  ],
} as const;

export type FolderLines = Record<string, readonly string[]>;

/** The folder with line `line` (1 = the header) of `file` replaced, or appended one past the end. */
export function withLine(
  file: string,
  line: number,
  text: string,
  base: FolderLines = VALID_FOLDER,
): FolderLines {
  const out: Record<string, string[]> = Object.fromEntries(Object.entries(base).map(([f, l]) => [f, [...l]]));
  out[file]![line - 1] = text;
  return out;
}
