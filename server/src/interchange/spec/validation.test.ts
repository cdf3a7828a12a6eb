// Acceptance tests for validation (cqi-interchange.md "Files" and "Clarifications: Validation"): each error
// names the file, the line (1 = the header) and the column (its header name); nothing is computed from a folder
// that fails; with skipInvalid each skipped row is listed with its reason and the rest is computed.
import { describe, expect, it } from 'vitest';
import { ERROR_LINE, SKIPPED_LINE, canonical, errAt, runDir, skipAt, writeFolder } from './harness.ts';

const P = '2023-10-01';
type Files = Record<string, string[]>;

// A small valid folder, written line by line so that every line number below can be read off it.
const BASE: Files = {
  'children.csv': [
    'child_id,birth_date,sex,race_ethnicity,county', // 1
    'C1,2010-01-01,F,,Bernalillo', // 2
    'C2,2012-05-05,M,,Bernalillo', // 3
  ],
  'removals.csv': [
    'child_id,removal_id,removal_date,discharge_date,discharge_reason,adjudication_date', // 1
    'C1,R1,2023-10-01,2024-01-01,reunification,2023-11-15', // 2
    'C2,R1,2023-11-01,,,', // 3
  ],
  'placements.csv': [
    'child_id,removal_id,start_date,end_date,setting,provider_id', // 1
    'C1,R1,2023-10-01,,foster_family_nonrelative,P1', // 2
    'C2,R1,2023-11-01,,group_home,P2', // 3
  ],
  'maltreatment.csv': [
    'child_id,report_id,report_date,incident_date,disposition', // 1
    'C2,M1,2024-02-01,,substantiated', // 2
  ],
  'visits.csv': [
    'child_id,visit_date,location,face_to_face', // 1
    'C2,2023-12-05,residence,true', // 2
  ],
};

/** BASE with line `line` (1-based) of `file` replaced, or appended when line is one past the end. */
function edit(file: string, line: number, text: string, files: Files = BASE): Files {
  const out: Files = Object.fromEntries(Object.entries(files).map(([f, l]) => [f, [...l]]));
  out[file]![line - 1] = text;
  return out;
}
const texts = (files: Files): Record<string, string> =>
  Object.fromEntries(Object.entries(files).map(([f, l]) => [f, l.join('\n') + '\n']));

async function run(files: Files, skipInvalid = false) {
  return runDir(await writeFolder(texts(files)), { periodStart: P, skipInvalid });
}

describe('validation', () => {
  it('the base folder is valid', async () => {
    const out = await run(BASE);
    expect(out.errors).toEqual([]);
    expect(out.result).toBeTruthy();
  });

  const cases: { name: string; files: Files; at: [string, number, string] }[] = [
    // Unknown codes (codes are exact and case-sensitive).
    {
      name: 'discharge_reason in the wrong case',
      files: edit('removals.csv', 2, 'C1,R1,2023-10-01,2024-01-01,Reunification,2023-11-15'),
      at: ['removals.csv', 2, 'discharge_reason'],
    },
    {
      name: 'discharge_reason with a leading space (codes are exact)',
      files: edit('removals.csv', 2, 'C1,R1,2023-10-01,2024-01-01, reunification,2023-11-15'),
      at: ['removals.csv', 2, 'discharge_reason'],
    },
    {
      name: 'an unknown setting',
      files: edit('placements.csv', 2, 'C1,R1,2023-10-01,,kinship,P1'),
      at: ['placements.csv', 2, 'setting'],
    },
    {
      name: 'a setting in the wrong case',
      files: edit('placements.csv', 3, 'C2,R1,2023-11-01,,Group_home,P2'),
      at: ['placements.csv', 3, 'setting'],
    },
    {
      name: 'an unknown disposition',
      files: edit('maltreatment.csv', 2, 'C2,M1,2024-02-01,,founded'),
      at: ['maltreatment.csv', 2, 'disposition'],
    },
    {
      name: 'an unknown location',
      files: edit('visits.csv', 2, 'C2,2023-12-05,home,true'),
      at: ['visits.csv', 2, 'location'],
    },
    {
      // READING: face_to_face is a code (`true`/`false`, empty = true); anything else is an unknown code.
      name: 'face_to_face "yes"',
      files: edit('visits.csv', 2, 'C2,2023-12-05,residence,yes'),
      at: ['visits.csv', 2, 'face_to_face'],
    },
    {
      name: 'face_to_face "TRUE" (case-sensitive)',
      files: edit('visits.csv', 2, 'C2,2023-12-05,residence,TRUE'),
      at: ['visits.csv', 2, 'face_to_face'],
    },
    // Malformed dates, in required and optional date columns of every file.
    {
      name: 'birth_date with month 13',
      files: edit('children.csv', 3, 'C2,2012-13-05,M,,Bernalillo'),
      at: ['children.csv', 3, 'birth_date'],
    },
    {
      name: 'report_date 30 February',
      files: edit('maltreatment.csv', 2, 'C2,M1,2024-02-30,,substantiated'),
      at: ['maltreatment.csv', 2, 'report_date'],
    },
    {
      name: 'visit_date as MM/DD/YYYY',
      files: edit('visits.csv', 2, 'C2,12/05/2023,residence,true'),
      at: ['visits.csv', 2, 'visit_date'],
    },
    {
      name: 'adjudication_date without zero padding',
      files: edit('removals.csv', 2, 'C1,R1,2023-10-01,2024-01-01,reunification,2023-11-5'),
      at: ['removals.csv', 2, 'adjudication_date'],
    },
    {
      name: 'incident_date as a word',
      files: edit('maltreatment.csv', 2, 'C2,M1,2024-02-01,yesterday,substantiated'),
      at: ['maltreatment.csv', 2, 'incident_date'],
    },
    {
      name: 'placement end_date with month 13',
      files: edit('placements.csv', 2, 'C1,R1,2023-10-01,2023-13-01,foster_family_nonrelative,P1'),
      at: ['placements.csv', 2, 'end_date'],
    },
    {
      name: 'discharge_date 31 June',
      files: edit('removals.csv', 2, 'C1,R1,2023-10-01,2024-06-31,reunification,2023-11-15'),
      at: ['removals.csv', 2, 'discharge_date'],
    },
    // Structure.
    {
      name: 'a discharge before its removal',
      files: edit('removals.csv', 2, 'C1,R1,2023-10-01,2023-09-30,reunification,'),
      at: ['removals.csv', 2, 'discharge_date'],
    },
    {
      // READING: the error is on the episode that begins inside another (the later one), at removal_date.
      name: 'overlapping episodes of one child (a removal inside a discharged episode)',
      files: edit('removals.csv', 4, 'C1,R2,2023-12-15,,,'),
      at: ['removals.csv', 4, 'removal_date'],
    },
    {
      name: 'overlapping episodes of one child (a removal during an open episode)',
      files: edit('removals.csv', 4, 'C2,R2,2024-05-01,2024-06-01,reunification,'),
      at: ['removals.csv', 4, 'removal_date'],
    },
    {
      name: 'a placement starting before its removal',
      files: edit('placements.csv', 2, 'C1,R1,2023-09-15,,foster_family_nonrelative,P1'),
      at: ['placements.csv', 2, 'start_date'],
    },
    {
      name: 'a placement starting on the discharge date',
      files: edit('placements.csv', 4, 'C1,R1,2024-01-01,,group_home,P3'),
      at: ['placements.csv', 4, 'start_date'],
    },
    {
      name: 'a placement ending after the discharge',
      files: edit('placements.csv', 2, 'C1,R1,2023-10-01,2024-01-05,foster_family_nonrelative,P1'),
      at: ['placements.csv', 2, 'end_date'],
    },
    {
      name: 'a placement ending before it starts',
      files: edit('placements.csv', 3, 'C2,R1,2023-11-01,2023-10-31,group_home,P2'),
      at: ['placements.csv', 3, 'end_date'],
    },
    {
      name: 'a placement with no matching removal',
      files: edit('placements.csv', 4, 'C1,R9,2023-10-05,,group_home,'),
      at: ['placements.csv', 4, 'removal_id'],
    },
    {
      name: 'a removal of a child that children.csv lacks',
      files: edit('removals.csv', 4, 'C9,R1,2023-10-01,,,'),
      at: ['removals.csv', 4, 'child_id'],
    },
    {
      name: 'a report of a child that children.csv lacks',
      files: edit('maltreatment.csv', 3, 'C9,M1,2024-02-01,,substantiated'),
      at: ['maltreatment.csv', 3, 'child_id'],
    },
    {
      name: 'a visit to a child that children.csv lacks',
      files: edit('visits.csv', 3, 'C9,2023-12-05,residence,'),
      at: ['visits.csv', 3, 'child_id'],
    },
    {
      name: 'a repeated child_id in children.csv (the second one)',
      files: edit('children.csv', 4, 'C1,2011-01-01,,,'),
      at: ['children.csv', 4, 'child_id'],
    },
    {
      name: 'a repeated (child_id, removal_id) (the second one)',
      files: edit('removals.csv', 4, 'C1,R1,2024-03-01,,,'),
      at: ['removals.csv', 4, 'removal_id'],
    },
    // Missing required columns (line 1, the header) and cells.
    {
      name: 'removals.csv without a removal_date column',
      files: {
        ...BASE,
        'removals.csv': [
          'child_id,removal_id,discharge_date,discharge_reason,adjudication_date',
          'C1,R1,2024-01-01,reunification,2023-11-15',
          'C2,R1,,,',
        ],
      },
      at: ['removals.csv', 1, 'removal_date'],
    },
    {
      name: 'visits.csv without a location column',
      files: { ...BASE, 'visits.csv': ['child_id,visit_date,face_to_face', 'C2,2023-12-05,true'] },
      at: ['visits.csv', 1, 'location'],
    },
    {
      name: 'an empty birth_date',
      files: edit('children.csv', 3, 'C2,,M,,Bernalillo'),
      at: ['children.csv', 3, 'birth_date'],
    },
    {
      name: 'an empty removal_date',
      files: edit('removals.csv', 3, 'C2,R1,,,,'),
      at: ['removals.csv', 3, 'removal_date'],
    },
    {
      name: 'an empty setting',
      files: edit('placements.csv', 2, 'C1,R1,2023-10-01,,,P1'),
      at: ['placements.csv', 2, 'setting'],
    },
    {
      name: 'an empty report_id',
      files: edit('maltreatment.csv', 2, 'C2,,2024-02-01,,substantiated'),
      at: ['maltreatment.csv', 2, 'report_id'],
    },
    {
      name: 'an empty location',
      files: edit('visits.csv', 2, 'C2,2023-12-05,,true'),
      at: ['visits.csv', 2, 'location'],
    },
  ];

  it.each(cases)('$name → $at', async ({ files, at }) => {
    const out = await run(files);
    // Nothing is computed from a folder that fails validation.
    expect(out.result ?? null).toBeNull();
    const prefix = errAt(...at);
    expect(
      out.errors.some((e) => e.startsWith(prefix + ' ')),
      `expected a line starting "${prefix}", got:\n${out.errors.join('\n')}`,
    ).toBe(true);
    for (const e of out.errors) expect(e).toMatch(ERROR_LINE);
  });

  it.each([['children.csv'], ['removals.csv']])('a missing %s is an error', async (file) => {
    const files = texts(BASE);
    delete files[file];
    // These two would be dangling without removals.csv; the error about the missing file is what is checked.
    const out = await runDir(await writeFolder(files), { periodStart: P });
    expect(out.result ?? null).toBeNull();
    expect(out.errors.join('\n')).toContain(file);
  });

  it.each([['2024-02-29'], ['2023-10-1'], ['2023-02-30']])(
    'a period start %s is an error (thrown or reported), and nothing is computed',
    async (start) => {
      const dir = await writeFolder(texts(BASE));
      let outcome: { result: unknown; errors: string[] } | 'threw';
      try {
        outcome = await runDir(dir, { periodStart: start });
      } catch {
        outcome = 'threw';
      }
      if (outcome !== 'threw') {
        expect(outcome.result ?? null).toBeNull();
        expect(outcome.errors.length).toBeGreaterThan(0);
      }
    },
  );

  const valid: { name: string; files: Files }[] = [
    {
      name: 'a discharge_reason on an open episode is ignored',
      files: edit('removals.csv', 3, 'C2,R1,2023-11-01,,adoption,'),
    },
    { name: 'a discharge with no reason', files: edit('removals.csv', 2, 'C1,R1,2023-10-01,2024-01-01,,') },
    {
      name: 'an episode discharged on its removal date (length 0), without placements',
      files: edit('removals.csv', 4, 'C1,R2,2024-02-01,2024-02-01,reunification,'),
    },
    {
      name: 'a removal on the day of the previous discharge',
      files: edit('removals.csv', 4, 'C1,R2,2024-01-01,,,'),
    },
    {
      name: 'a placement ending on the discharge date',
      files: edit('placements.csv', 2, 'C1,R1,2023-10-01,2024-01-01,foster_family_nonrelative,P1'),
    },
    {
      name: 'a placement with end_date on start_date',
      files: edit('placements.csv', 2, 'C1,R1,2023-10-01,2023-10-01,foster_family_nonrelative,P1'),
    },
    { name: 'face_to_face false', files: edit('visits.csv', 2, 'C2,2023-12-05,other,false') },
    {
      name: 'a report outside any episode, and an incident after the report',
      files: edit('maltreatment.csv', 2, 'C1,M1,2024-06-01,2024-07-01,other'),
    },
  ];
  it.each(valid)('valid: $name', async ({ files }) => {
    const out = await run(files);
    expect(out.errors).toEqual([]);
    expect(out.result).toBeTruthy();
  });

  it('a discharge_reason on an open episode is not permanency; a discharge with no reason is not either', async () => {
    // C1 2023-10-01 … 2024-01-01 with no reason (92 days), C2 open with "adoption": neither counts → 0/2.
    const files = edit(
      'removals.csv',
      3,
      'C2,R1,2023-11-01,,adoption,',
      edit('removals.csv', 2, 'C1,R1,2023-10-01,2024-01-01,,'),
    );
    const out = await run(files);
    expect(out.result!.indicators.permanency_12m_entries).toMatchObject({
      numerator: 0,
      denominator: 2,
      value: 0,
    });
  });
});

describe('--skip-invalid (skipInvalid)', () => {
  it.each([
    {
      name: 'an unknown disposition',
      bad: edit('maltreatment.csv', 3, 'C2,M2,2024-03-01,,Substantiated'),
      at: ['maltreatment.csv', 3, 'disposition'] as [string, number, string],
    },
    {
      name: 'a malformed visit date',
      bad: edit('visits.csv', 3, 'C2,2024-02-30,residence,'),
      at: ['visits.csv', 3, 'visit_date'] as [string, number, string],
    },
    {
      name: 'a malformed removal date of an episode without placements',
      bad: edit('removals.csv', 4, 'C1,R2,2024-13-01,,,'),
      at: ['removals.csv', 4, 'removal_date'] as [string, number, string],
    },
  ])('$name: the row is listed and the rest is computed as if it were absent', async ({ bad, at }) => {
    const strict = await run(bad);
    expect(strict.result ?? null).toBeNull();
    const out = await run(bad, true);
    expect(out.errors).toEqual([]);
    expect(out.skipped.length).toBe(1);
    expect(out.skipped[0]!.startsWith(skipAt(...at) + ' ')).toBe(true);
    expect(out.skipped[0]).toMatch(SKIPPED_LINE);
    const without = await run(BASE);
    expect(canonical(out.result!)).toEqual(canonical(without.result!));
  });

  it('a valid folder skips nothing', async () => {
    const out = await run(BASE, true);
    expect(out.skipped).toEqual([]);
  });
});
