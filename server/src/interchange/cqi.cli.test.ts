import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCqiFolder } from './run-cqi.ts';
import {
  removeTestFolder,
  VALID_FOLDER,
  withLine,
  writeTestFolder,
  type FolderLines,
} from './test-folder.ts';

const BIN = path.resolve(import.meta.dirname, '../../../bin/hearth.js');
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeTestFolder));

function folder(files: FolderLines): string {
  const dir = writeTestFolder(files);
  dirs.push(dir);
  return dir;
}

/** Runs the real `hearth` command. */
function hearth(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
    });
  });
}
const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

describe('hearth cqi (the command)', { timeout: 180_000 }, () => {
  it('--format json prints the contract object that runCqiFolder returns; exit 0, nothing on stderr', async () => {
    const dir = folder(VALID_FOLDER);
    const out = await hearth(
      'cqi',
      '--data',
      dir,
      '--period-start',
      '2023-10-01',
      '--format',
      'json',
      '--workers',
      '2',
    );
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const { result } = await runCqiFolder(dir, { periodStart: '2023-10-01', workers: 1 });
    expect(JSON.parse(out.stdout)).toEqual(result);
    expect(Object.keys(JSON.parse(out.stdout))).toEqual(['period', 'indicators', 'exclusions']);
  });

  it('prints all of a large JSON through a pipe (exits only once the output is written)', async () => {
    const ids = Array.from({ length: 1500 }, (_, i) => `S${String(i).padStart(4, '0')}`);
    const dir = folder({
      'children.csv': ['child_id,birth_date', ...ids.map((id) => `${id},2015-01-01`)],
      'removals.csv': [
        'child_id,removal_id,removal_date,discharge_date,discharge_reason',
        ...ids.map((id) => `${id},R1,2023-10-05,2023-10-07,reunification`),
      ],
    });
    // A slow reader at the other end of the pipe, as `hearth cqi … | jq` can be.
    const command = `"${process.execPath}" "${BIN}" cqi --data "${dir}" --period-start 2023-10-01 --format json`;
    const out = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile('sh', ['-c', `${command} | (sleep 1; cat)`], { maxBuffer: 1 << 24 }, (err, stdout) =>
        resolve({ code: err ? Number(err.code ?? 1) : 0, stdout }),
      );
    });
    expect(out.code).toBe(0);
    expect(out.stdout.length).toBeGreaterThan(200_000);
    const result = JSON.parse(out.stdout) as { exclusions: { child_id: string; reason: string }[] };
    expect(result.exclusions).toHaveLength(3000); // entries and maltreatment in care: in care less than 8 days
    expect(result.exclusions.at(-1)).toMatchObject({ child_id: 'S1499', reason: 'in care less than 8 days' });
  });

  it('prints a table by default and one csv row per indicator', async () => {
    const dir = folder(VALID_FOLDER);
    const table = await hearth('cqi', '--data', dir, '--period-start', '2023-10-01');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Permanency in 12 months, children entering care +1 +2 +50\.00 % +no$/m);
    expect(table.stdout).toMatch(/^Exclusions\n {2}none$/m);
    const csv = await hearth('cqi', '--data', dir, '--period-start', '2023-10-01', '--format', 'csv');
    expect(csv.code).toBe(0);
    const rows = lines(csv.stdout);
    expect(rows).toHaveLength(9);
    expect(rows[1]).toBe(
      'permanency_12m_entries,"Permanency in 12 months, children entering care",2023-10-01,2024-09-30,1,2,50,%,false,,,',
    );
  });

  it('bad input: exit 2, the exact error lines on stderr, nothing on stdout', async () => {
    let files = withLine('visits.csv', 3, 'C2,2024-01-09,home,');
    files = withLine('children.csv', 4, 'C3,2015-02-29,,white,Santa Fe', files);
    const out = await hearth(
      'cqi',
      '--data',
      folder(files),
      '--period-start',
      '2023-10-01',
      '--format',
      'json',
    );
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(lines(out.stderr)).toEqual([
      'error: children.csv line 4, column birth_date: "2015-02-29" is not a date (YYYY-MM-DD)',
      'error: visits.csv line 3, column location: unknown location "home" (one of: residence, other)',
    ]);
  });

  it('--skip-invalid lists the skipped rows on stderr and prints the rest; exit 0', async () => {
    const files = withLine('visits.csv', 3, 'C2,2024-01-09,home,');
    const out = await hearth(
      'cqi',
      '--data',
      folder(files),
      '--period-start',
      '2023-10-01',
      '--format',
      'json',
      '--skip-invalid',
    );
    expect(out.code).toBe(0);
    expect(lines(out.stderr)).toEqual([
      'skipped: visits.csv line 3, column location: unknown location "home" (one of: residence, other)',
    ]);
    expect(JSON.parse(out.stdout).indicators.caseworker_visits.numerator).toBeGreaterThan(0);
  });

  it.each([
    [
      ['--period-start', '2024-02-29'],
      /--period-start 2024-02-29 is an error: a period cannot start on 29 February/,
    ],
    [['--period-start', '2023-10-1'], /--period-start must be a date written YYYY-MM-DD \(got "2023-10-1"\)/],
    [[], /--period-start YYYY-MM-DD is required/],
    [['--period-start', '2023-10-01', '--format', 'xml'], /--format must be one of table, json, csv/],
    [['--period-start', '2023-10-01', '--workers', '0'], /--workers must be a whole number from 1 to 64/],
  ])('usage error %j: exit 2, names the flag', async (args, message) => {
    const out = await hearth('cqi', '--data', folder(VALID_FOLDER), ...args);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
  });
});
