// Acceptance tests of the real command, `node bin/hearth.js cqi` (cqi-interchange.md "Output" and
// "Clarifications: Validation"): the JSON printed is the contract, parsed and compared whole.
import { describe, expect, it } from 'vitest';
import {
  ERROR_LINE,
  child,
  cqiOk,
  errAt,
  folderFiles,
  hearthCli,
  placement,
  removal,
  report,
  skipAt,
  visit,
  writeFolder,
  type CqiJson,
  type FolderSpec,
} from './harness.ts';

const P = '2023-10-01';
const FF = 'foster_family_nonrelative';

// A folder exercising every indicator; horizon off: its latest date is the visit of 2025-09-30 (E + 365).
export const FOLDER: FolderSpec = {
  horizon: false,
  children: [
    child('C1', '2010-01-01'),
    child('C2', '2011-06-15'),
    child('C3', '2005-10-01'),
    child('C4', '2015-03-03'),
  ],
  removals: [
    removal('C1', 'R1', '2023-10-01', '2023-11-10', 'reunification'),
    removal('C1', 'R2', '2024-01-09'),
    removal('C2', 'R1', '2022-03-10', '2024-05-01', 'guardianship'),
    removal('C3', 'R1', '2023-11-01', '2023-12-15', 'reunification'),
    removal('C4', 'R1', '2020-01-15'),
  ],
  placements: [
    placement('C1', 'R1', '2023-10-01', FF, 'A'),
    placement('C1', 'R1', '2023-10-15', 'group_home', 'B'),
    placement('C1', 'R2', '2024-01-09', 'foster_family_relative', 'C'),
    placement('C1', 'R2', '2024-05-01', 'trial_home_visit'),
    placement('C1', 'R2', '2024-06-01', 'foster_family_relative', 'C'),
    placement('C2', 'R1', '2022-03-10', FF, 'D'),
  ],
  maltreatment: [
    report('C2', 'M1', '2023-12-01'), // line 2
    report('C2', 'M1', '2023-12-01'), // line 3, the same report again
    report('C2', 'M2', '2024-01-10', 'indicated'), // line 4
    report('C4', 'M3', '2024-03-01', 'substantiated', '2020-01-01'), // line 5
  ],
  visits: [
    visit('C1', '2023-10-05', 'residence', 'true'),
    visit('C2', '2023-12-10', 'other', ''),
    visit('C2', '2024-02-02', 'residence', 'false'),
    visit('C4', '2024-01-15', 'residence', ''),
    visit('C4', '2024-01-20', 'other', ''),
    visit('C4', '2025-09-30', 'residence', ''), // line 7
  ],
};

// Worked by hand; P = 2023-10-01, E = 2024-09-30; latest date 2025-09-30 = E + 365.
export const EXPECTED: CqiJson = {
  period: { start: '2023-10-01', end: '2024-09-30' },
  indicators: {
    // Cohort: C1 (removed on P, reunified after days(10-01, 11-10) = 40) counts; C3, born 2005-10-01, is 18 at
    // removal → excluded. 1/1. Follow-up to E + 365 = latest → complete.
    permanency_12m_entries: { numerator: 1, denominator: 1, value: 100, complete: true },
    // C2 in care on P since 2022-03-10: 18 completed months (19 less one: day 1 < 10) → 12–23; guardianship
    // 2024-05-01 ≤ E at 12 → 1/1.
    permanency_12m_12_23: { numerator: 1, denominator: 1, value: 100, complete: true },
    // C4 since 2020-01-15: 44 completed months → 24+; still in care → 0/1.
    permanency_12m_24_plus: { numerator: 0, denominator: 1, value: 0, complete: true },
    // C1 reunified on day 40 at 13 → in the population; removed again 2024-01-09, 60 days after → 1/1.
    // Follow-up E + 730 = 2026-09-30 > 2025-09-30 → incomplete.
    reentry_12m: { numerator: 1, denominator: 1, value: 100, complete: false },
    // C1: 40 days + days(2024-01-09, 2024-10-01) = 266 → 306. Moves: A → B (1); in R2, C is the first
    // placement, the THV is dropped and C follows C (same provider) → 1. 1/306 × 1,000 = 3.2679… → 3.27.
    placement_stability: { numerator: 1, denominator: 306, value: 3.27, complete: true },
    // Days: C1 306 + C2 days(2023-10-01, 2024-05-01) = 213 + C3 0 (18 throughout) + C4 366 = 885. Reports:
    // C2 M1 (two rows, once) and M2; C4 M3's incident predates the removal → 2. 2/885 × 100,000 =
    // 225.988… → 225.99.
    maltreatment_in_care: { numerator: 2, denominator: 885, value: 225.99, complete: true },
    // C2: initial M1 2023-12-01, M2 40 days later → recurrence. C4: M3 only. 1/2 = 50.
    recurrence_12m: { numerator: 1, denominator: 2, value: 50, complete: true },
    // Months: C1 Oct + Feb … Sep = 9 (out 2023-11-10, back 2024-01-09); C2 Oct … Apr = 7; C3 none (18);
    // C4 12 → 28. Visited: C1 Oct (residence), C2 Dec (other; Feb's visit was not face to face), C4 Jan
    // (residence) → 3/28 = 10.714… → 10.71; residence 2/3 = 66.666… → 66.67.
    caseworker_visits: {
      numerator: 3,
      denominator: 28,
      value: 10.71,
      residence: { numerator: 2, denominator: 3, value: 66.67 },
      complete: true,
    },
  },
  exclusions: [{ indicator: 'permanency_12m_entries', child_id: 'C3', reason: 'age 18 or more at removal' }],
};

const cqiArgs = (dir: string, ...more: string[]): string[] => [
  'cqi',
  '--data',
  dir,
  '--period-start',
  P,
  ...more,
];

describe('hearth cqi (the command)', () => {
  it('runCqiFolder gives the whole expected object, with 1, 2 and 5 workers', async () => {
    expect(await cqiOk(FOLDER, P, { workers: 1 })).toEqual(EXPECTED);
    expect(await cqiOk(FOLDER, P, { workers: 2 })).toEqual(EXPECTED);
    // More workers than children.
    expect(await cqiOk(FOLDER, P, { workers: 5 })).toEqual(EXPECTED);
  });

  it('--format json prints the whole expected object', async () => {
    const out = await hearthCli(cqiArgs(await writeFolder(FOLDER), '--format', 'json'));
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(EXPECTED);
  });

  it('--workers 2 prints the same object', async () => {
    const out = await hearthCli(cqiArgs(await writeFolder(FOLDER), '--format', 'json', '--workers', '2'));
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(EXPECTED);
  });

  it('--format table is readable: one line per indicator with its figures', async () => {
    const out = await hearthCli(cqiArgs(await writeFolder(FOLDER), '--format', 'table'));
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const lines = out.stdout.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThanOrEqual(8);
    // The figures a reader looks for: stability 1 / 306 = 3.27, maltreatment 2 / 885 = 225.99, visits 10.71.
    for (const figure of ['306', '3.27', '885', '225.99', '10.71', '66.67'])
      expect(out.stdout).toContain(figure);
    expect(() => JSON.parse(out.stdout)).toThrow();
  });

  it('bad input: exit status 2, one exact line per error on standard error, nothing on standard output', async () => {
    const files = folderFiles(FOLDER);
    // children.csv line 3 is C2: 31 June does not exist. visits.csv line 2 is C1's first visit: "home" is
    // not a location.
    files['children.csv'] = files['children.csv']!.replace('C2,2011-06-15', 'C2,2011-06-31');
    files['visits.csv'] = files['visits.csv']!.replace('C1,2023-10-05,residence', 'C1,2023-10-05,home');
    const out = await hearthCli(cqiArgs(await writeFolder(files)));
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    const lines = out.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l).toMatch(ERROR_LINE);
    const prefixes = lines.map((l) => l.slice(0, l.indexOf(':', l.indexOf('column')) + 1)).sort();
    expect(prefixes).toEqual(
      [errAt('children.csv', 3, 'birth_date'), errAt('visits.csv', 2, 'location')].sort(),
    );
  });

  it('up to 50 errors are reported', async () => {
    // 60 children with a malformed birth date → 60 errors, 50 reported.
    const children = Array.from({ length: 60 }, (_, i) => child(`K${i}`, '2010-02-30'));
    const out = await hearthCli(cqiArgs(await writeFolder({ children, horizon: false })));
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    const errors = out.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors).toHaveLength(50);
    expect(errors[0]).toMatch(ERROR_LINE);
  });

  it('--skip-invalid lists each skipped row and computes the rest', async () => {
    const files = folderFiles(FOLDER);
    // maltreatment.csv line 6: a wrongly cased code; visits.csv line 8: 30 February. Both skipped; the
    // result is that of FOLDER (had M9 counted, maltreatment would be 3 / 885).
    files['maltreatment.csv'] += 'C4,M9,2024-04-01,,Substantiated\n';
    files['visits.csv'] += 'C4,2024-02-30,residence,\n';
    const out = await hearthCli(cqiArgs(await writeFolder(files), '--format', 'json', '--skip-invalid'));
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(EXPECTED);
    const lines = out.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(2);
    const sorted = [...lines].sort();
    expect(sorted[0]!.startsWith(skipAt('maltreatment.csv', 6, 'disposition') + ' ')).toBe(true);
    expect(sorted[1]!.startsWith(skipAt('visits.csv', 8, 'visit_date') + ' ')).toBe(true);
  });

  it('--period-start on 29 February is an error', async () => {
    const dir = await writeFolder(FOLDER);
    const out = await hearthCli(['cqi', '--data', dir, '--period-start', '2024-02-29']);
    expect(out.code).not.toBe(0);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/error/i);
  });

  it('a folder without children.csv: exit status 2', async () => {
    const files = folderFiles(FOLDER);
    delete files['children.csv'];
    const out = await hearthCli(cqiArgs(await writeFolder(files)));
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('children.csv');
  });
});
