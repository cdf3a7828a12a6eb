import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../../bin/hearth.js');
const FIXTURES = path.resolve(import.meta.dirname, '../../../../shared/fixtures/afcars2020');
let dataDir: string;
let work: string;

/** Runs the real `hearth` command on an embedded database in a folder of its own. */
async function hearth(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, HEARTH_DATA_DIR: dataDir, DATABASE_URL: '' },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'hearth-afcars-cli-'));
  work = await mkdtemp(path.join(tmpdir(), 'hearth-afcars-cli-out-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

describe('hearth afcars', { timeout: 240_000 }, () => {
  it('imports the AXE test files into an interchange folder', async () => {
    const out = path.join(work, 'fixtures');
    const r = await hearth('afcars', 'import', '--in', FIXTURES, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `Imported 2 records from 2 files into ${out}: children.csv 2, removals.csv 4, placements.csv 2, visits.csv 8\n`,
    );
    expect((await readdir(out)).sort()).toEqual([
      'children.csv',
      'placements.csv',
      'removals.csv',
      'visits.csv',
    ]);
  });

  it('prints each error on its own line, writes nothing and exits 2; --skip-invalid lists and goes on', async () => {
    const source = await readFile(
      path.join(FIXTURES, 'Test_Cases_Revised_v5_Person_03_-_Adopt_-_Safe_Haven_OOH.xml'),
      'utf8',
    );
    const bad = path.join(work, 'p03.xml');
    await writeFile(
      bad,
      source.replace(
        '<E153_exit_date>20230130</E153_exit_date>',
        '<E153_exit_date>20220930</E153_exit_date>',
      ),
    );
    const out = path.join(work, 'bad');
    const r = await hearth('afcars', 'import', '--in', bad, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toEqual([
      `error: ${bad} line 186, E151 (record TEST00000003): the caseworker visit date 2022-11-16 is after the exit date 2022-09-30`,
      `error: ${bad} line 190, E153 (record TEST00000003): the exit date 2022-09-30 is before 2022-10-01, when the 2020 rule took effect; an earlier exit is reported as a removal_1993`,
      `hearth: nothing was written to ${out}; fix the errors above, or use --skip-invalid`,
      '',
    ]);
    expect(await readdir(out)).toEqual([]);

    const skipped = await hearth(
      'afcars',
      'import',
      '--in',
      bad,
      '--in',
      FIXTURES,
      '--out',
      out,
      '--skip-invalid',
    );
    expect(skipped.code).toBe(0);
    expect(skipped.stderr.split('\n').filter((l) => l.startsWith('skipped: '))).toHaveLength(2);
    expect(skipped.stdout).toMatch(/^Imported 2 records from 3 files into .*\(1 records skipped\)\n$/);
    const usage = await hearth('afcars', 'import', '--out', out);
    expect([usage.code, usage.stderr.split('\n')[0]]).toEqual([2, 'hearth: --in FILE_OR_DIR is required']);
  });

  it('exports a seeded district to XML that imports again', async () => {
    const seeded = await hearth(
      'seed',
      '--children',
      '30',
      '--seed',
      '4',
      '--code',
      'AFC-CLI',
      '--today',
      '2026-11-23',
    );
    expect(seeded.code, seeded.stderr).toBe(0);
    const file = path.join(work, 'afcars.xml');
    const r = await hearth(
      'afcars',
      'export',
      '--out',
      file,
      '--jurisdiction',
      'AFC-CLI',
      '--report-period',
      '202703',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      `Wrote 30 records of AFC-CLI for the reporting period 202703 to ${file}`,
    );
    expect(await readFile(file, 'utf8')).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<!-- Written by Hearth/,
    );
    const back = await hearth('afcars', 'import', '--in', file, '--out', path.join(work, 'back'));
    expect(back.code, back.stderr).toBe(0);
    expect(back.stdout).toMatch(/^Imported 30 records from 1 files/);
    const early = await hearth('afcars', 'export', '--out', file, '--report-period', '202209');
    expect([early.code, early.stderr.split('\n')[0]]).toEqual([
      2,
      'hearth: --report-period 202209 ends before 2022-10-01, when the 2020 rule took effect',
    ]);
  });
});
