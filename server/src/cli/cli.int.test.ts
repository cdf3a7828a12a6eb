import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../platform/db.ts';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../../bin/hearth.js');
let dataDir: string;
let outDir: string;

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
  dataDir = await mkdtemp(path.join(tmpdir(), 'hearth-cli-'));
  outDir = await mkdtemp(path.join(tmpdir(), 'hearth-export-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

describe('the hearth command', { timeout: 240_000 }, () => {
  it('names the bad flag and exits 2 on a usage error', async () => {
    const r = await hearth('seed', '--children', 'lots');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--children must be a whole number/);
    const unknown = await hearth('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('migrates, seeds deterministically with progress, creates a user, verifies the audit chain and exports', async () => {
    expect((await hearth('migrate')).stdout).toMatch(/Migrations applied/);
    const seeded = await hearth(
      'seed',
      '--children',
      '40',
      '--seed',
      '5',
      '--code',
      'CLI-TEST',
      '--today',
      '2026-06-01',
    );
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stderr).toMatch(/children seeded: 40 of 40 \(100%\)/);
    expect(seeded.stdout).toMatch(/Seeded CLI-TEST/);

    const badRole = await hearth(
      'users',
      'create',
      '--email',
      'x@cli.test',
      '--name',
      'X',
      '--role',
      'wizard',
      '--jurisdiction',
      'CLI-TEST',
    );
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toMatch(/--role "wizard" is not one of/);
    const createClerk = [
      'users',
      'create',
      '--email',
      'clerk@cli.test',
      '--name',
      'Casey Clerk',
      '--role',
      'court_clerk',
      '--jurisdiction',
      'CLI-TEST',
    ];
    const created = await hearth(...createClerk);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/Its password is: \S{12,}/);
    const dup = await hearth(...createClerk);
    expect(dup.code).toBe(2);
    expect(dup.stderr).toMatch(/email: is already used/);

    const verified = await hearth('audit', 'verify');
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/The audit chain is intact: \d+ events checked/);

    const exported = await hearth(
      'export',
      '--format',
      'interchange',
      '--out',
      outDir,
      '--jurisdiction',
      'CLI-TEST',
    );
    expect(exported.code, exported.stderr).toBe(0);
    expect((await readdir(outDir)).sort()).toEqual([
      'children.csv',
      'maltreatment.csv',
      'placements.csv',
      'removals.csv',
      'visits.csv',
    ]);
    const children = (await readFile(path.join(outDir, 'children.csv'), 'utf8')).trim().split('\n');
    expect(children[0]).toBe('child_id,birth_date,sex,race_ethnicity,county');
    expect(children).toHaveLength(41);
  });

  it('names the first broken link when the chain has been tampered with', async () => {
    const db = await openPglite(dataDir);
    await db.exec(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update;
      UPDATE audit_event SET action = 'case.viewed' WHERE chain_pos = 2;
      ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update;`);
    await db.close();
    const r = await hearth('audit', 'verify');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken at event 2: its contents do not match its hash/);
  });
});
