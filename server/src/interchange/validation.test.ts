import { afterAll, describe, expect, it } from 'vitest';
import { formatError, formatSkipped } from './issues.ts';
import { runCqiFolder, type CqiRun } from './run-cqi.ts';
import {
  removeTestFolder,
  VALID_FOLDER,
  withLine,
  writeTestFolder,
  type FolderLines,
} from './test-folder.ts';

const P = '2023-10-01';
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeTestFolder));

async function run(
  files: FolderLines | Record<string, string>,
  skipInvalid = false,
  workers = 1,
): Promise<CqiRun> {
  const dir = writeTestFolder(files);
  dirs.push(dir);
  return runCqiFolder(dir, { periodStart: P, skipInvalid, workers });
}
const errorsOf = async (files: FolderLines, workers = 1): Promise<string[]> => {
  const out = await run(files, false, workers);
  if (out.errors.length > 0) expect(out.result).toBeNull();
  return out.errors.map(formatError);
};
const SETTINGS =
  'foster_family_relative, foster_family_nonrelative, pre_adoptive, group_home, institution, qrtp, ' +
  'supervised_independent_living, trial_home_visit, runaway, respite, juvenile_justice, medical, other';

describe('hearth cqi validation: one exact line per error', () => {
  it('the base folder is valid and computed', async () => {
    const out = await run(VALID_FOLDER);
    expect(out.errors).toEqual([]);
    expect(out.result?.indicators.permanency_12m_entries.denominator).toBe(2);
  });

  const cases: [string, FolderLines, string][] = [
    [
      'unknown code',
      withLine('placements.csv', 3, 'C1,R1,2023-11-01,,Group_home,P2'),
      `error: placements.csv line 3, column setting: unknown setting "Group_home" (one of: ${SETTINGS})`,
    ],
    [
      'unknown face_to_face',
      withLine('visits.csv', 2, 'C2,2023-12-05,residence,yes'),
      'error: visits.csv line 2, column face_to_face: unknown face_to_face "yes" (one of: true, false, or empty)',
    ],
    [
      'malformed date',
      withLine('children.csv', 3, 'C2,2012-02-30,male,,Doña Ana'),
      'error: children.csv line 3, column birth_date: "2012-02-30" is not a date (YYYY-MM-DD)',
    ],
    [
      'discharge before removal',
      withLine('removals.csv', 2, 'C1,R1,2023-10-01,2023-09-30,reunification,'),
      'error: removals.csv line 2, column discharge_date: discharge_date 2023-09-30 is before removal_date 2023-10-01',
    ],
    [
      'overlapping episodes (reported on the later removal, whatever the file order)',
      withLine('removals.csv', 5, 'C1,R0,2023-09-01,2023-12-01,,'),
      'error: removals.csv line 2, column removal_date: episode from 2023-10-01 overlaps an earlier episode of the child (line 5: 2023-09-01 to 2023-12-01)',
    ],
    [
      'a removal during an open episode',
      withLine('removals.csv', 5, 'C2,R2,2024-05-01,2024-06-01,reunification,'),
      'error: removals.csv line 5, column removal_date: episode from 2024-05-01 overlaps an earlier episode of the child (line 3: from 2023-11-01, still open)',
    ],
    [
      'placement starting outside its episode',
      withLine('placements.csv', 2, 'C1,R1,2024-01-01,,foster_family_nonrelative,P1'),
      'error: placements.csv line 2, column start_date: placement start_date 2024-01-01 is outside its episode (removals.csv line 2: 2023-10-01 to 2024-01-01)',
    ],
    [
      'placement ending after its episode',
      withLine('placements.csv', 3, 'C1,R1,2023-11-01,2024-01-02,group_home,P2'),
      "error: placements.csv line 3, column end_date: placement end_date 2024-01-02 is after its episode's discharge_date 2024-01-01 (removals.csv line 2)",
    ],
    [
      'child_id missing from children.csv',
      withLine('visits.csv', 4, 'C9,2024-01-09,other,'),
      'error: visits.csv line 4, column child_id: child_id "C9" is not in children.csv',
    ],
    [
      'repeated child_id in children.csv',
      withLine('children.csv', 5, 'C1,2011-01-01,,,'),
      'error: children.csv line 5, column child_id: child_id "C1" is repeated (first on line 2)',
    ],
    [
      'repeated (child_id, removal_id)',
      withLine('removals.csv', 5, 'C1,R1,2024-03-01,,,'),
      'error: removals.csv line 5, column removal_id: removal_id "R1" is repeated for child_id "C1" (first on line 2)',
    ],
    [
      'placement with no matching removal',
      withLine('placements.csv', 6, 'C2,R9,2023-12-01,,group_home,'),
      'error: placements.csv line 6, column removal_id: no removal "R9" of child_id "C2" in removals.csv',
    ],
    [
      'placement ending before it starts',
      withLine('placements.csv', 4, 'C2,R1,2023-11-01,2023-10-31,foster_family_relative,P3'),
      'error: placements.csv line 4, column end_date: end_date 2023-10-31 is before start_date 2023-11-01',
    ],
    [
      'missing required column',
      { ...VALID_FOLDER, 'visits.csv': ['child_id,location,face_to_face', 'C2,residence,true'] },
      'error: visits.csv line 1, column visit_date: missing required column visit_date',
    ],
    [
      'missing required cell',
      withLine('maltreatment.csv', 2, 'C2,,2024-02-01,,substantiated'),
      'error: maltreatment.csv line 2, column report_id: required value is missing',
    ],
    [
      'missing required file',
      Object.fromEntries(Object.entries(VALID_FOLDER).filter(([f]) => f !== 'removals.csv')),
      'error: removals.csv: required file is missing',
    ],
  ];

  it.each(cases)('%s', async (_, files, line) => {
    expect(await errorsOf(files)).toEqual([line]);
    expect(await errorsOf(files, 3)).toEqual([line]);
  });

  it('a row with several errors has one line per error, in column order', async () => {
    const files = withLine('placements.csv', 2, 'C9,,2023-13-01,,kinship,P1');
    expect(await errorsOf(files)).toEqual([
      'error: placements.csv line 2, column child_id: child_id "C9" is not in children.csv',
      'error: placements.csv line 2, column removal_id: required value is missing',
      'error: placements.csv line 2, column start_date: "2023-13-01" is not a date (YYYY-MM-DD)',
      expect.stringMatching(/^error: placements.csv line 2, column setting: unknown setting "kinship"/),
    ]);
  });

  it('valid: a removal on the day of the previous discharge, and an episode discharged on its removal date', async () => {
    let files = withLine('removals.csv', 5, 'C1,R2,2024-01-01,2024-01-01,reunification,');
    files = withLine('removals.csv', 6, 'C1,R3,2024-01-01,,,', files);
    files = withLine('placements.csv', 6, 'C1,R3,2024-01-01,,group_home,P2', files);
    expect(await errorsOf(files)).toEqual([]);
  });

  it('a discharge_reason on an open episode is ignored, even an unknown one; absent optional files are empty', async () => {
    const files = withLine('removals.csv', 3, 'C2,R1,2023-11-01,,Adopted,');
    delete (files as Record<string, unknown>)['visits.csv'];
    delete (files as Record<string, unknown>)['maltreatment.csv'];
    expect(await errorsOf(files)).toEqual([]);
  });

  it('reports errors by file order, then line, whichever shard found them', async () => {
    let files = withLine('visits.csv', 2, 'C2,2023-12-05,home,true');
    files = withLine('children.csv', 4, 'C3,2015-07-32,,white,Santa Fe', files);
    files = withLine('placements.csv', 3, 'C1,R1,2023-11-01,,Group_home,P2', files);
    files = withLine('removals.csv', 3, 'C2,R1,2023-11-01,2023-10-01,,', files);
    files = withLine('children.csv', 2, 'C1,1/1/2010,female,hispanic,Bernalillo', files);
    const expected = [
      'children.csv line 2, column birth_date',
      'children.csv line 4, column birth_date',
      'removals.csv line 3, column discharge_date',
      'placements.csv line 3, column setting',
      'visits.csv line 2, column location',
    ];
    for (const workers of [1, 2, 3]) {
      const lines = await errorsOf(files, workers);
      expect(lines.map((l) => l.slice('error: '.length, l.indexOf(':', l.indexOf('column'))))).toEqual(
        expected,
      );
    }
  });

  it('reports at most 50 errors: the first 50 by file and line', async () => {
    const children = ['child_id,birth_date', ...Array.from({ length: 80 }, (_, i) => `K${i},2010-02-30`)];
    const visits = ['child_id,visit_date,location', 'K1,2024-01-01,nowhere'];
    for (const workers of [1, 3]) {
      const out = await run(
        {
          'children.csv': children,
          'removals.csv': VALID_FOLDER['removals.csv'].slice(0, 1),
          'visits.csv': visits,
        },
        false,
        workers,
      );
      expect(out.result).toBeNull();
      expect(out.errors).toHaveLength(50);
      expect(out.errors.map((e) => e.line)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
      expect(out.errors.every((e) => e.file === 'children.csv' && e.column === 'birth_date')).toBe(true);
    }
  });
});

describe('runCqiFolder arguments', () => {
  it.each(['2023-02-30', '2023-1-01', '', '2024-02-29'])(
    'rejects periodStart %j with a RangeError',
    async (p) => {
      const dir = writeTestFolder(VALID_FOLDER);
      dirs.push(dir);
      await expect(runCqiFolder(dir, { periodStart: p })).rejects.toThrow(RangeError);
    },
  );

  it('rejects a folder that does not exist', async () => {
    await expect(runCqiFolder('/nonexistent/hearth-cqi', { periodStart: P })).rejects.toThrow(/no folder/);
  });
});

describe('--skip-invalid', () => {
  it('lists each skipped row with its reason and computes the rest as if it were absent', async () => {
    const bad = withLine('maltreatment.csv', 3, 'C2,M2,2024-03-01,,Indicated');
    const out = await run(bad, true);
    expect(out.errors).toEqual([]);
    expect(out.skipped.map(formatSkipped)).toEqual([
      expect.stringMatching(
        /^skipped: maltreatment.csv line 3, column disposition: unknown disposition "Indicated"/,
      ),
    ]);
    expect(out.result).toEqual((await run(VALID_FOLDER)).result);
  });

  it('a skipped removal takes its placements with it, and a skipped child all its rows, each listed', async () => {
    let files = withLine('removals.csv', 2, 'C1,R1,2023-10-01,2024-01-01,reunified,2023-11-15');
    files = withLine('children.csv', 3, 'C2,2012-05-05,male,,Doña Ana', files);
    files = withLine('children.csv', 5, 'C2,2013-01-01,,,', files); // repeated: skipped, C2 itself stays
    files = withLine('children.csv', 4, 'C3,,,white,Santa Fe', files);
    const out = await run(files, true);
    expect(out.errors).toEqual([]);
    expect(out.skipped.map(formatSkipped)).toEqual([
      'skipped: children.csv line 4, column birth_date: required value is missing',
      'skipped: children.csv line 5, column child_id: child_id "C2" is repeated (first on line 3)',
      expect.stringMatching(
        /^skipped: removals.csv line 2, column discharge_reason: unknown discharge_reason "reunified"/,
      ),
      'skipped: removals.csv line 4, column child_id: its child (children.csv line 4) was skipped',
      'skipped: placements.csv line 2, column removal_id: its removal (removals.csv line 2) was skipped',
      'skipped: placements.csv line 3, column removal_id: its removal (removals.csv line 2) was skipped',
      'skipped: placements.csv line 5, column child_id: its child (children.csv line 4) was skipped',
    ]);
    // Left: C2 alone (open since 2023-11-01, with its report and visits).
    const only = await run({
      'children.csv': VALID_FOLDER['children.csv'].filter((l) => !/^C[13],/.test(l)),
      'removals.csv': VALID_FOLDER['removals.csv'].filter((l) => !/^C[13],/.test(l)),
      'placements.csv': VALID_FOLDER['placements.csv'].filter((l) => !/^C[13],/.test(l)),
      'maltreatment.csv': VALID_FOLDER['maltreatment.csv'],
      'visits.csv': VALID_FOLDER['visits.csv'],
    });
    expect(out.result).toEqual(only.result);
  });

  it('an overlapping episode is skipped with its placements; the earlier one stays', async () => {
    let files = withLine('removals.csv', 5, 'C2,R2,2024-05-01,2024-06-01,reunification,');
    files = withLine('placements.csv', 6, 'C2,R2,2024-05-01,,group_home,P9', files);
    const out = await run(files, true, 2);
    expect(out.skipped.map(formatSkipped)).toEqual([
      'skipped: removals.csv line 5, column removal_date: episode from 2024-05-01 overlaps an earlier episode of the child (line 3: from 2023-11-01, still open)',
      'skipped: placements.csv line 6, column removal_id: its removal (removals.csv line 5) was skipped',
    ]);
    expect(out.result).toEqual((await run(VALID_FOLDER)).result);
  });

  it('a missing required column still fails: it is not a row to skip', async () => {
    const out = await run(
      { ...VALID_FOLDER, 'placements.csv': ['child_id,removal_id,start_date', 'C1,R1,2023-10-01'] },
      true,
    );
    expect(out.result).toBeNull();
    expect(out.errors.map(formatError)).toEqual([
      'error: placements.csv line 1, column setting: missing required column setting',
    ]);
  });
});
