import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { openPglite, openPostgres, type Db } from '../server/src/platform/db.ts';
import { migrate } from '../server/src/platform/migrate.ts';
import { hashPassword } from '../server/src/auth/password.ts';
import { seedJurisdiction } from '../server/src/seed/synthetic.ts';
import { parseFlags, intFlag, progress, UsageError } from '../server/src/cli/args.ts';
import { measurePageLoads, type PageLoad } from './web-load.ts';

/**
 * `npm run bench`: seeds N children (default 20,000) into a fresh database, starts Hearth as its own process,
 * and loads it from this process with autocannon on loopback: a baseline (GET /api/health, the framework's
 * floor), a judge reading case pages off their docket, and a caseworker's caseload list. Runs on PGlite, and
 * on a PostgreSQL server when HEARTH_BENCH_DATABASE_URL names one (scripts/bench.sh starts one).
 */
export const PASSWORD = 'bench-password-not-secret';
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ROOT = path.resolve(import.meta.dirname, '..');

type Figures = { requests: number; rps: number; p50: number; p99: number; errors: number; non2xx: number };
type BackendResult = {
  backend: string;
  seedSeconds: number;
  cases: number;
  baseline: Figures;
  caseRead: Figures;
  caseload: Figures;
  pageLoads: PageLoad[];
};

async function prepare(
  db: Db,
  children: number,
): Promise<{ seedSeconds: number; caseIds: string[]; cases: number; busiestCase: string }> {
  await migrate(db);
  const started = Date.now();
  await seedJurisdiction(db, {
    code: 'BENCH',
    name: 'Benchmark district',
    district: 'Bench',
    counties: ['Bernalillo', 'Sandoval', 'Valencia'],
    children,
    seed: 7,
    today: '2026-11-01',
    onProgress: progress('children seeded'),
  });
  const seedSeconds = (Date.now() - started) / 1000;
  const [j] = await db.query<{ id: string; court_id: string }>(
    "SELECT j.id, (SELECT id FROM court WHERE jurisdiction_id = j.id LIMIT 1) AS court_id FROM jurisdiction j WHERE code = 'BENCH'",
  );
  // The judge with the fullest docket, and a caseworker assigned to 15 open cases.
  const [judge] = await db.query<{ id: string }>(
    `SELECT assigned_judge_id AS id FROM court_case WHERE jurisdiction_id = $1 GROUP BY assigned_judge_id ORDER BY count(*) DESC LIMIT 1`,
    [j!.id],
  );
  const hash = await hashPassword(PASSWORD);
  const [unit] = await db.query<{ id: string }>(
    'SELECT id FROM agency_unit WHERE jurisdiction_id = $1 LIMIT 1',
    [j!.id],
  );
  const [person] = await db.query<{ id: string }>(
    "INSERT INTO person (jurisdiction_id, given_name, family_name) VALUES ($1, 'Bench', 'Worker') RETURNING id",
    [j!.id],
  );
  const account = async (email: string, role: string, extra: [string, string | null][]): Promise<string> => {
    const cols = extra.map(([c]) => `, ${c}`).join('');
    const vals = extra.map((_, i) => `, $${i + 4}`).join('');
    const [row] = await db.query<{ id: string }>(
      `INSERT INTO user_account (jurisdiction_id, email, password_hash, display_name${cols}) VALUES ($1,$2,$3,'Bench'${vals}) RETURNING id`,
      [j!.id, email, hash, ...extra.map(([, v]) => v)],
    );
    await db.query('INSERT INTO account_role (account_id, role) VALUES ($1,$2)', [row!.id, role]);
    return row!.id;
  };
  await account('bench.judge@bench.hearth', 'judge', [['judge_id', judge!.id]]);
  const worker = await account('bench.caseworker@bench.hearth', 'caseworker', [
    ['unit_id', unit?.id ?? null],
    ['person_id', person!.id],
  ]);
  await db.query(
    `INSERT INTO case_participant (jurisdiction_id, case_id, person_id, account_id, case_role, start_date)
     SELECT $1, id, $2, $3, 'caseworker', filing_date FROM court_case
      WHERE jurisdiction_id = $1 AND status = 'open' ORDER BY petition_number LIMIT 15`,
    [j!.id, person!.id, worker],
  );
  const caseIds = (
    await db.query<{ id: string }>(
      'SELECT id FROM court_case WHERE assigned_judge_id = $1 ORDER BY id LIMIT 500',
      [judge!.id],
    )
  ).map((r) => r.id);
  const [{ n } = { n: 0 }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM court_case');
  // The page-load benchmark opens the docket's case with the most hearings: the heaviest page a judge reads.
  const [busiest] = await db.query<{ id: string }>(
    `SELECT h.case_id AS id FROM hearing h JOIN court_case c ON c.id = h.case_id
      WHERE c.assigned_judge_id = $1 GROUP BY h.case_id ORDER BY count(*) DESC, h.case_id LIMIT 1`,
    [judge!.id],
  );
  return { seedSeconds, caseIds, cases: n, busiestCase: busiest?.id ?? caseIds[0]! };
}

export async function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/hearth.js'), 'start'], {
    env: { ...process.env, ...env, PORT: String(port), HEARTH_DEMO: 'false', HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error('the server did not start in 150 s');
}

export async function signIn(port: number, email: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 201) throw new Error(`bench sign-in failed: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

export async function load(
  port: number,
  paths: string[],
  cookie: string | null,
  seconds: number,
  connections: number,
): Promise<Figures> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    headers: cookie ? { cookie } : {},
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/**
 * One benchmark backend from start to end: a throw-away database (a PGlite folder, or a database created on
 * the PostgreSQL server at `adminUrl`), `prepare` run on it and the database closed, Hearth started on it as
 * its own process, `run` given the port, then the server stopped and the database removed.
 */
export async function onThrowawayServer<P, R>(
  backend: 'pglite' | 'postgres',
  adminUrl: string | undefined,
  label: string,
  prepare: (db: Db) => Promise<P>,
  run: (port: number, prepared: P) => Promise<R>,
): Promise<R> {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let prepared: P;
  if (backend === 'pglite') {
    const dir = await mkdtemp(path.join(tmpdir(), `hearth-${label}-`));
    const db = await openPglite(dir);
    prepared = await prepare(db);
    await db.close();
    env = { HEARTH_DATA_DIR: dir };
    cleanup = () => rm(dir, { recursive: true, force: true });
  } else {
    const name = `hearth_${label.replaceAll('-', '_')}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    const db = await openPostgres(url.toString());
    prepared = await prepare(db);
    await db.close();
    env = { DATABASE_URL: url.toString() };
    cleanup = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const port = 39000 + Math.floor(Math.random() * 1000);
  const server = await startServer(env, port);
  try {
    return await run(port, prepared);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await cleanup();
  }
}

async function runBackend(
  backend: 'pglite' | 'postgres',
  opts: { children: number; seconds: number; connections: number; webRuns: number; adminUrl?: string },
): Promise<BackendResult> {
  console.error(`\n== ${backend}: seeding ${opts.children.toLocaleString('en-US')} children`);
  return onThrowawayServer(
    backend,
    opts.adminUrl,
    'bench',
    (db) => prepare(db, opts.children),
    async (port, prepared) => {
      const judge = await signIn(port, 'bench.judge@bench.hearth');
      const worker = await signIn(port, 'bench.caseworker@bench.hearth');
      console.error(
        `   loading: baseline, case page (${prepared.caseIds.length} cases on the docket), caseload list`,
      );
      // A short warm-up so the first figures do not include compiling and cold caches.
      await load(
        port,
        prepared.caseIds.slice(0, 20).map((id) => `/api/v1/cases/${id}`),
        judge,
        2,
        opts.connections,
      );
      const baseline = await load(port, ['/api/health'], null, opts.seconds, opts.connections);
      const caseRead = await load(
        port,
        prepared.caseIds.map((id) => `/api/v1/cases/${id}`),
        judge,
        opts.seconds,
        opts.connections,
      );
      const caseload = await load(port, ['/api/v1/cases?limit=50'], worker, opts.seconds, opts.connections);
      console.error(
        `   page loads in Chromium: judge's docket and a case page, ${opts.webRuns} cold loads each`,
      );
      const pageLoads = await measurePageLoads({
        url: `http://127.0.0.1:${port}`,
        email: 'bench.judge@bench.hearth',
        password: PASSWORD,
        runs: opts.webRuns,
        pages: [
          { name: "judge's docket /", path: '/', visible: 'main a[href^="/cases/"]' },
          { name: 'case page /cases/:id', path: `/cases/${prepared.busiestCase}`, visible: 'main h2' },
        ],
      });
      return {
        backend,
        seedSeconds: prepared.seedSeconds,
        cases: prepared.cases,
        baseline,
        caseRead,
        caseload,
        pageLoads,
      };
    },
  );
}

export async function runBench(argv: string[]): Promise<void> {
  const { values } = parseFlags(argv, {
    children: { type: 'string' },
    seconds: { type: 'string' },
    connections: { type: 'string' },
    only: { type: 'string' },
    'web-runs': { type: 'string' },
  });
  if (values.only && !['pglite', 'postgres'].includes(values.only))
    throw new UsageError('--only must be pglite or postgres');
  const opts = {
    children: intFlag('children', values.children, 20_000, 100, 1_000_000),
    seconds: intFlag('seconds', values.seconds, 10, 1, 600),
    connections: intFlag('connections', values.connections, 10, 1, 500),
    webRuns: intFlag('web-runs', values['web-runs'], 5, 1, 50),
    adminUrl: process.env.HEARTH_BENCH_DATABASE_URL,
  };
  const results: BackendResult[] = [];
  if (values.only !== 'postgres') results.push(await runBackend('pglite', opts));
  if (opts.adminUrl && values.only !== 'pglite') results.push(await runBackend('postgres', opts));
  else if (!opts.adminUrl)
    console.error(
      '\nHEARTH_BENCH_DATABASE_URL is not set: the PostgreSQL server run is skipped (scripts/bench.sh starts one).',
    );

  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const lines = [
    `Machine: ${machine}. Data: ${opts.children.toLocaleString('en-US')} children. Load: autocannon, ${opts.connections} connections, ${opts.seconds} s per run, loopback.`,
    '',
    '| backend | workload | req/s | p50 ms | p99 ms | errors | non-2xx | vs baseline |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results)
    for (const [name, f] of [
      ['baseline GET /api/health', r.baseline],
      ['case page GET /api/v1/cases/:id', r.caseRead],
      ['caseload GET /api/v1/cases?limit=50', r.caseload],
    ] as const)
      lines.push(
        `| ${r.backend} | ${name} | ${f.rps} | ${f.p50} | ${f.p99} | ${f.errors} | ${f.non2xx} | ${(f.rps / r.baseline.rps).toFixed(3)} |`,
      );
  lines.push(
    '',
    `Page loads in Chromium (cold: a fresh browser context per load; ${opts.webRuns} loads after one warm-up; time from navigation start to the content being visible):`,
    '',
    '| backend | page | median ms | max ms | DOMContentLoaded ms | JS sent (compressed) | JS uncompressed | CSS sent |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...results.flatMap((r) =>
      r.pageLoads.map(
        (p) =>
          `| ${r.backend} | ${p.page} | ${p.medianMs} | ${p.maxMs} | ${p.domContentLoadedMs} | ${kb(p.scriptBytesSent)} | ${kb(p.scriptBytesDecoded)} | ${kb(p.cssBytesSent)} |`,
      ),
    ),
    '',
    ...results.map(
      (r) =>
        `Seeding on ${r.backend}: ${r.seedSeconds.toFixed(1)} s (${r.cases.toLocaleString('en-US')} cases).`,
    ),
  );
  await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
  await writeFile(
    path.join(ROOT, 'bench/results/platform.json'),
    JSON.stringify({ machine, opts: { ...opts, adminUrl: undefined }, results }, null, 2) + '\n',
  );
  await writeFile(path.join(ROOT, 'bench/results/platform.md'), lines.join('\n') + '\n');
  console.log(lines.join('\n'));
}
