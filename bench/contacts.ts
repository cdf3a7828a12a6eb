import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { rulePackById } from '@hearth/core';
import { loadActor } from '../server/src/access/actor.ts';
import { hashPassword } from '../server/src/auth/password.ts';
import { invalidateCompliance } from '../server/src/contacts/compliance-cache.ts';
import { contactComplianceFor } from '../server/src/contacts/contacts.service.ts';
import { auditContextFor } from '../server/src/platform/context.ts';
import { intFlag, parseFlags, progress } from '../server/src/cli/args.ts';
import type { Db } from '../server/src/platform/db.ts';
import { migrate } from '../server/src/platform/migrate.ts';
import { seedJurisdiction } from '../server/src/seed/synthetic.ts';
import { load, onThrowawayServer, PASSWORD, signIn } from './run.ts';

/**
 * A unit's monthly caseworker-visit compliance under load (issue 6): seeds N synthetic children (default
 * 20,000, as `npm run bench`) with their visits, puts every open case's caseworker into one unit of 40
 * caseworker accounts with one supervisor, so the supervisor's unit holds every child of the district, and
 * drives `GET /api/v1/me/contact-compliance` with autocannon on loopback: the supervisor for this month,
 * the supervisor cycling over the last six months (each with its own fiscal year to date), and one
 * caseworker's own children. PGlite, and a PostgreSQL server when HEARTH_BENCH_DATABASE_URL names one
 * (scripts/bench.sh starts one).
 * Run: node --import tsx bench/contacts.ts [--children 20000] [--seconds 10] [--connections 10] [--only pglite|postgres]
 * (`HEARTH_COMPLIANCE_CACHE=off` in the environment: every answer computed afresh, no kept answers).
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-11-23';
const WORKERS = 40;
const MONTHS = ['2026-11', '2026-10', '2026-09', '2026-08', '2026-07', '2026-06'];

type Prepared = {
  seedSeconds: number;
  counts: Record<string, number>;
  /** Children the supervisor's compliance covers (in care in the fiscal year to date). */
  unitChildren: number;
  workerChildren: number;
  /** The unit's answer computed afresh in-process (no cache, no HTTP): each run's milliseconds. */
  coldMs: number[];
};

async function prepare(db: Db, children: number): Promise<Prepared> {
  await migrate(db);
  const started = Date.now();
  const { jurisdictionId } = await seedJurisdiction(db, {
    code: 'BENCH',
    name: 'Benchmark district',
    district: 'Bench',
    counties: ['Bernalillo', 'Sandoval', 'Valencia'],
    children,
    seed: 7,
    today: TODAY,
    onProgress: progress('children seeded'),
  });
  const seedSeconds = (Date.now() - started) / 1000;
  const hash = await hashPassword(PASSWORD);
  const [unit] = await db.query<{ id: string }>(
    `INSERT INTO agency_unit (jurisdiction_id, name, county) VALUES ($1, 'Bench unit', 'Bernalillo') RETURNING id`,
    [jurisdictionId],
  );
  const account = async (email: string, role: string): Promise<string> => {
    const [person] = await db.query<{ id: string }>(
      `INSERT INTO person (jurisdiction_id, given_name, family_name) VALUES ($1, 'Bench', $2) RETURNING id`,
      [jurisdictionId, email],
    );
    const [row] = await db.query<{ id: string }>(
      `INSERT INTO user_account (jurisdiction_id, email, password_hash, display_name, person_id, unit_id)
       VALUES ($1, $2, $3, $2, $4, $5) RETURNING id`,
      [jurisdictionId, email, hash, person!.id, unit!.id],
    );
    await db.query('INSERT INTO account_role (account_id, role) VALUES ($1, $2)', [row!.id, role]);
    return row!.id;
  };
  const workers: string[] = [];
  for (let i = 0; i < WORKERS; i++)
    workers.push(await account(`bench.worker${i}@bench.hearth`, 'caseworker'));
  await account('bench.supervisor@bench.hearth', 'supervisor');
  // Every active caseworker of an open case becomes one of the unit's workers, round robin.
  await db.query(
    `UPDATE case_participant cp SET account_id = ($2::uuid[])[1 + (x.n % $3)]
       FROM (SELECT id, row_number() OVER (ORDER BY case_id, id) AS n FROM case_participant
              WHERE jurisdiction_id = $1 AND case_role = 'caseworker' AND end_date IS NULL) x
      WHERE cp.id = x.id`,
    [jurisdictionId, workers, WORKERS],
  );
  await db.exec('ANALYZE');
  const counts: Record<string, number> = {};
  for (const table of ['child', 'court_case', 'removal_episode', 'caseworker_visit'])
    counts[table] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
  const inCare = `SELECT count(DISTINCT r.child_id)::int AS n FROM removal_episode r
     WHERE r.removal_date <= '2026-11-30' AND (r.discharge_date IS NULL OR r.discharge_date > '2026-10-01')`;
  const [unitChildren] = await db.query<{ n: number }>(
    `${inCare} AND EXISTS (SELECT 1 FROM case_child cc JOIN case_participant cp ON cp.case_id = cc.case_id
        JOIN user_account ua ON ua.id = cp.account_id
       WHERE cc.child_id = r.child_id AND cp.case_role = 'caseworker' AND cp.end_date IS NULL AND ua.unit_id = $1)`,
    [unit!.id],
  );
  const [workerChildren] = await db.query<{ n: number }>(
    `${inCare} AND EXISTS (SELECT 1 FROM case_child cc JOIN case_participant cp ON cp.case_id = cc.case_id
       WHERE cc.child_id = r.child_id AND cp.account_id = $1 AND cp.end_date IS NULL)`,
    [workers[0]],
  );
  return {
    seedSeconds,
    counts,
    unitChildren: unitChildren!.n,
    workerChildren: workerChildren!.n,
    coldMs: await timeCold(db, jurisdictionId),
  };
}

/**
 * What one uncached answer costs: the supervisor's compliance for November, computed 7 times in-process
 * with the kept answers dropped before each (the first run warms the caches of the database and the JIT).
 */
async function timeCold(db: Db, jurisdictionId: string): Promise<number[]> {
  const [row] = await db.query<{ id: string; rule_pack_id: string; time_zone: string }>(
    `SELECT a.id, j.rule_pack_id, j.time_zone FROM user_account a JOIN jurisdiction j ON j.id = a.jurisdiction_id
      WHERE a.email = 'bench.supervisor@bench.hearth' AND j.id = $1`,
    [jurisdictionId],
  );
  const actor = (await loadActor(db, row!.id))!;
  const clock = { now: () => new Date(`${TODAY}T18:00:00Z`) };
  const ctx = {
    db,
    actor,
    clock,
    rulePack: rulePackById(row!.rule_pack_id),
    timeZone: row!.time_zone,
    audit: auditContextFor(actor, clock, null, null),
  };
  const out: number[] = [];
  for (let i = 0; i < 7; i++) {
    invalidateCompliance();
    const started = performance.now();
    await contactComplianceFor(ctx, '2026-11');
    out.push(Math.round(performance.now() - started));
  }
  return out.slice(1);
}

type Figures = Awaited<ReturnType<typeof load>>;
type Result = {
  backend: string;
  prepared: Prepared;
  unitMonth: Figures;
  unitMonths: Figures;
  worker: Figures;
  bytes: number;
};

async function runBackend(
  backend: 'pglite' | 'postgres',
  opts: { children: number; seconds: number; connections: number; adminUrl?: string },
): Promise<Result> {
  console.error(`\n== ${backend}: seeding ${opts.children.toLocaleString('en-US')} children`);
  return onThrowawayServer(
    backend,
    opts.adminUrl,
    'bench-contacts',
    (db) => prepare(db, opts.children),
    async (port, prepared) => {
      const supervisor = await signIn(port, 'bench.supervisor@bench.hearth');
      const worker = await signIn(port, 'bench.worker0@bench.hearth');
      const monthPath = (m: string) => `/api/v1/me/contact-compliance?month=${m}`;
      const probe = await fetch(`http://127.0.0.1:${port}${monthPath(MONTHS[0]!)}`, {
        headers: { cookie: supervisor },
      });
      if (probe.status !== 200) throw new Error(`compliance answered ${probe.status}: ${await probe.text()}`);
      const body = await probe.text();
      const unitDue = (
        JSON.parse(body) as { fiscalYearToDate: { workers: { children: number }[] } }
      ).fiscalYearToDate.workers.reduce((n, w) => n + w.children, 0);
      if (unitDue !== prepared.unitChildren)
        throw new Error(
          `the unit's answer covers ${unitDue} children, the database ${prepared.unitChildren}`,
        );
      console.error(
        `   loading: the unit (${prepared.unitChildren.toLocaleString('en-US')} children) this month and over six months, one worker (${prepared.workerChildren})`,
      );
      await load(port, [monthPath(MONTHS[0]!)], supervisor, 2, opts.connections);
      const unitMonth = await load(port, [monthPath(MONTHS[0]!)], supervisor, opts.seconds, opts.connections);
      const unitMonths = await load(port, MONTHS.map(monthPath), supervisor, opts.seconds, opts.connections);
      const own = await load(port, [monthPath(MONTHS[0]!)], worker, opts.seconds, opts.connections);
      return { backend, prepared, unitMonth, unitMonths, worker: own, bytes: body.length };
    },
  );
}

const { values } = parseFlags(process.argv.slice(2), {
  children: { type: 'string' },
  seconds: { type: 'string' },
  connections: { type: 'string' },
  only: { type: 'string' },
});
const opts = {
  children: intFlag('children', values.children, 20_000, 100, 1_000_000),
  seconds: intFlag('seconds', values.seconds, 10, 1, 600),
  connections: intFlag('connections', values.connections, 10, 1, 500),
  adminUrl: process.env.HEARTH_BENCH_DATABASE_URL,
};
const results: Result[] = [];
if (values.only !== 'postgres') results.push(await runBackend('pglite', opts));
if (opts.adminUrl && values.only !== 'pglite') results.push(await runBackend('postgres', opts));

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const row = (backend: string, name: string, f: Figures) =>
  `| ${backend} | ${name} | ${f.rps} | ${f.p50} | ${f.p99} | ${f.errors} | ${f.non2xx} |`;
const lines = [
  `Machine: ${machine}. Data: ${opts.children.toLocaleString('en-US')} children. Load: autocannon, ${opts.connections} connections, ${opts.seconds} s per run, loopback.`,
  '',
  '| backend | workload | req/s | p50 ms | p99 ms | errors | non-2xx |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...results.flatMap((r) => [
    row(
      r.backend,
      `supervisor, unit of ${r.prepared.unitChildren.toLocaleString('en-US')} children, November (${(r.bytes / 1024).toFixed(1)} KB)`,
      r.unitMonth,
    ),
    row(r.backend, 'supervisor, the same unit cycling over June–November', r.unitMonths),
    row(r.backend, `caseworker, own ${r.prepared.workerChildren} children, November`, r.worker),
  ]),
  '',
  ...results.map((r) => {
    const sorted = [...r.prepared.coldMs].sort((a, b) => a - b);
    return `Uncached answer for the unit on ${r.backend} (in-process, no HTTP; ${sorted.length} runs after one warm-up): median ${sorted[Math.floor(sorted.length / 2)]} ms, max ${sorted[sorted.length - 1]} ms.`;
  }),
  '',
  ...results.map(
    (r) =>
      `Data on ${r.backend}: ${Object.entries(r.prepared.counts)
        .map(([t, n]) => `${n.toLocaleString('en-US')} ${t}`)
        .join(', ')}; seeded in ${r.prepared.seedSeconds.toFixed(1)} s.`,
  ),
];
await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
await writeFile(
  path.join(ROOT, 'bench/results/contacts.json'),
  JSON.stringify({ machine, opts: { ...opts, adminUrl: undefined }, results }, null, 2) + '\n',
);
await writeFile(path.join(ROOT, 'bench/results/contacts.md'), lines.join('\n') + '\n');
console.log(lines.join('\n'));
