import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { hashPassword } from '../server/src/auth/password.ts';
import { intFlag, parseFlags, progress } from '../server/src/cli/args.ts';
import type { Db } from '../server/src/platform/db.ts';
import { migrate } from '../server/src/platform/migrate.ts';
import { recordWellbeingChecklists } from '../server/src/seed/demo-wellbeing.ts';
import { loadActor } from '../server/src/access/actor.ts';
import { contactSummary } from '../server/src/contacts/contacts.bench.ts';
import { educationSummary } from '../server/src/education/education.bench.ts';
import { findHearing } from '../server/src/hearings/hearing.repo.ts';
import { transitionSummary } from '../server/src/transition/transition.bench.ts';
import { hearingVoices } from '../server/src/voice/voice.bench.ts';
import * as wellbeingRepo from '../server/src/wellbeing/wellbeing.repo.ts';
import { NEW_MEXICO_RULE_PACK } from '@hearth/core';
import { seedJurisdiction } from '../server/src/seed/synthetic.ts';
import { load, onThrowawayServer, PASSWORD, signIn } from './run.ts';

/**
 * The judge's bench view under load (issue 6): seeds N synthetic children (default 20,000, as `npm run
 * bench`), well-being checklists for every child in care at every hearing since the checklist's first
 * version (sent to the court) and drafts for a third of the coming ones, and, for the coming hearings of the
 * busiest judge's docket, a young person's statement, a caregiver's report and an attendance plan. Then
 * starts Hearth as its own process and drives `GET /api/v1/hearings/:id/bench-view` as that judge with
 * autocannon on loopback: the busiest coming hearing (the case with the most children) alone, then cycling
 * over the docket's next 200 hearings. PGlite, and a PostgreSQL server when HEARTH_BENCH_DATABASE_URL
 * names one (scripts/bench.sh starts one).
 * Run: node --import tsx bench/bench-view.ts [--children 20000] [--seconds 10] [--connections 10] [--only pglite|postgres]
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-11-23';

type Prepared = {
  seedSeconds: number;
  judgeAccountId: string;
  /** The cases of those hearings: the case page under the same load, for scale. */
  cases: string[];
  busiest: { id: string; children: number };
  hearings: string[];
  counts: Record<string, number>;
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
  await recordWellbeingChecklists(db, jurisdictionId, { today: TODAY, pastDays: 330, aheadDays: 60 });
  const [judge] = await db.query<{ id: string }>(
    `SELECT assigned_judge_id AS id FROM court_case WHERE jurisdiction_id = $1
      GROUP BY assigned_judge_id ORDER BY count(*) DESC LIMIT 1`,
    [jurisdictionId],
  );
  const hash = await hashPassword(PASSWORD);
  const [account] = await db.query<{ id: string }>(
    `INSERT INTO user_account (jurisdiction_id, email, password_hash, display_name, judge_id)
     VALUES ($1, 'bench.judge@bench.hearth', $2, 'Bench judge', $3) RETURNING id`,
    [jurisdictionId, hash, judge!.id],
  );
  await db.query(`INSERT INTO account_role (account_id, role) VALUES ($1, 'judge')`, [account!.id]);
  // The judge holds the health and substance-use grants, as the demo judge does: the heaviest view.
  await db.query(
    `INSERT INTO sensitive_grant (jurisdiction_id, account_id, field_class, reason)
     SELECT $1, $2, c, 'bench' FROM unnest(ARRAY['health', 'substance_use']) AS c`,
    [jurisdictionId, account!.id],
  );
  // The docket's coming hearings, the cases with the most children first.
  const upcoming = await db.query<{ id: string; case_id: string; children: number }>(
    `SELECT h.id, h.case_id, (SELECT count(*)::int FROM case_child cc WHERE cc.case_id = h.case_id) AS children
       FROM hearing h JOIN court_case c ON c.id = h.case_id
      WHERE c.assigned_judge_id = $1 AND h.status = 'scheduled' AND h.scheduled_start >= $2::date
      ORDER BY children DESC, h.scheduled_start, h.id LIMIT 200`,
    [judge!.id, TODAY],
  );
  await seedVoices(
    db,
    jurisdictionId,
    upcoming.map((h) => h.id),
  );
  await db.exec('ANALYZE');
  const counts: Record<string, number> = {};
  for (const table of [
    'child',
    'court_case',
    'hearing',
    'placement',
    'wellbeing_checklist',
    'youth_statement',
    'caregiver_report',
  ]) {
    const [exists] = await db.query<{ ok: boolean }>('SELECT to_regclass($1) IS NOT NULL AS ok', [table]);
    counts[table] = exists?.ok
      ? (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n
      : 0;
  }
  return {
    seedSeconds: (Date.now() - started) / 1000,
    judgeAccountId: account!.id,
    cases: [...new Set(upcoming.map((h) => h.case_id))],
    busiest: upcoming[0]!,
    hearings: upcoming.map((h) => h.id),
    counts,
  };
}

/**
 * What the young people and the caregivers sent for the docket's coming hearings (the voice slice's tables,
 * migration 20261123_1020): a statement from each youth of 14 or older, a report from each child's
 * caregiver household, an attendance plan for each youth. Skipped when the tables are not there.
 */
async function seedVoices(db: Db, jurisdictionId: string, hearingIds: string[]): Promise<void> {
  const [has] = await db.query<{ ok: boolean }>(
    `SELECT to_regclass('youth_statement') IS NOT NULL AND to_regclass('caregiver_report') IS NOT NULL
        AND to_regclass('youth_attendance_plan') IS NOT NULL AS ok`,
  );
  if (!has?.ok) return;
  const kids = `FROM hearing h JOIN case_child cc ON cc.case_id = h.case_id JOIN child ch ON ch.id = cc.child_id
                JOIN person p ON p.id = ch.person_id
               WHERE h.id = ANY($2::uuid[]) AND p.birth_date <= (h.scheduled_start::date - interval '14 years')`;
  await db.query(
    `INSERT INTO youth_statement (jurisdiction_id, hearing_id, child_id, body, status, sent_at, shared_with)
     SELECT $1, h.id, cc.child_id,
            'I want to stay at my school and see my little brother more. I like my foster home but I miss my mom.',
            'sent', now(), '{caseworker,casa}' ${kids}`,
    [jurisdictionId, hearingIds],
  );
  await db.query(
    `INSERT INTO youth_attendance_plan (jurisdiction_id, hearing_id, child_id, attendance, recorded_by_role)
     SELECT $1, h.id, cc.child_id, 'in_person', 'youth' ${kids}`,
    [jurisdictionId, hearingIds],
  );
  await db.query(
    `INSERT INTO caregiver_report (jurisdiction_id, hearing_id, child_id, provider_id, caregiver_kind, health, school,
       behaviour, family_time, needs, for_the_judge, status, submitted_at)
     SELECT $1, h.id, pl.child_id, pl.provider_id, 'foster_parent', 'Well; dentist next month.', 'Doing better in math.',
            'Some trouble sleeping after visits.', 'Visits with mom on Saturdays.', 'A bed for the younger sibling.',
            'She is doing well with us.', 'submitted', now()
       FROM hearing h JOIN case_child cc ON cc.case_id = h.case_id
       JOIN placement pl ON pl.child_id = cc.child_id AND pl.end_date IS NULL AND pl.provider_id IS NOT NULL
      WHERE h.id = ANY($2::uuid[])
     ON CONFLICT DO NOTHING`,
    [jurisdictionId, hearingIds],
  );
}

/**
 * Where a bench view's time goes: each of its reads called in this process, one hearing after another
 * (no load), over the docket's coming hearings; the median and the slowest, in milliseconds.
 */
async function sectionTimings(db: Db, p: Prepared): Promise<Record<string, { median: number; max: number }>> {
  const actor = (await loadActor(db, p.judgeAccountId))!;
  const times: Record<string, number[]> = {};
  const time = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const out = await f();
    (times[name] ??= []).push(performance.now() - start);
    return out;
  };
  for (const hearingId of p.hearings) {
    const h = (await time('hearing', () => findHearing(db, actor, 'docket.read', hearingId)))!;
    const kids = await time('children and checklists', () =>
      wellbeingRepo.benchChildren(db, actor, h.case_id, new Date()),
    );
    const ids = kids.map((k) => k.id);
    await time('voices', () => hearingVoices(db, actor, hearingId));
    await time('education', () =>
      educationSummary(db, actor, ids, { today: TODAY, rulePack: NEW_MEXICO_RULE_PACK }),
    );
    await time('contacts', () => contactSummary(db, actor, ids, TODAY));
    await time('transition', () => transitionSummary(db, actor, ids, TODAY));
  }
  return Object.fromEntries(
    Object.entries(times).map(([k, v]) => {
      const sorted = [...v].sort((a, b) => a - b);
      return [
        k,
        {
          median: Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10,
          max: Math.round(sorted[sorted.length - 1]! * 10) / 10,
        },
      ];
    }),
  );
}

type Figures = Awaited<ReturnType<typeof load>>;
type Result = {
  backend: string;
  prepared: Prepared;
  sections: Record<string, { median: number; max: number }>;
  busiest: Figures;
  docket: Figures;
  casePage: Figures;
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
    'bench-view',
    async (db) => {
      const prepared = await prepare(db, opts.children);
      return { prepared, sections: await sectionTimings(db, prepared) };
    },
    async (port, { prepared, sections }) => {
      const judge = await signIn(port, 'bench.judge@bench.hearth');
      const busiestPath = `/api/v1/hearings/${prepared.busiest.id}/bench-view`;
      const probe = await fetch(`http://127.0.0.1:${port}${busiestPath}`, { headers: { cookie: judge } });
      if (probe.status !== 200) throw new Error(`bench view answered ${probe.status}: ${await probe.text()}`);
      const bytes = (await probe.text()).length;
      console.error(
        `   loading: the busiest hearing (${prepared.busiest.children} children), then ${prepared.hearings.length} hearings of the docket`,
      );
      await load(
        port,
        prepared.hearings.slice(0, 20).map((id) => `/api/v1/hearings/${id}/bench-view`),
        judge,
        2,
        opts.connections,
      );
      const busiest = await load(port, [busiestPath], judge, opts.seconds, opts.connections);
      const docket = await load(
        port,
        prepared.hearings.map((id) => `/api/v1/hearings/${id}/bench-view`),
        judge,
        opts.seconds,
        opts.connections,
      );
      const casePage = await load(
        port,
        prepared.cases.map((id) => `/api/v1/cases/${id}`),
        judge,
        opts.seconds,
        opts.connections,
      );
      return { backend, prepared, sections, busiest, docket, casePage, bytes };
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
const lines = [
  `Machine: ${machine}. Data: ${opts.children.toLocaleString('en-US')} children. Load: autocannon, ${opts.connections} connections, ${opts.seconds} s per run, loopback.`,
  '',
  '| backend | workload | req/s | p50 ms | p99 ms | errors | non-2xx |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...results.flatMap((r) => [
    `| ${r.backend} | bench view of the busiest hearing (${r.prepared.busiest.children} children, ${(r.bytes / 1024).toFixed(1)} KB) | ${r.busiest.rps} | ${r.busiest.p50} | ${r.busiest.p99} | ${r.busiest.errors} | ${r.busiest.non2xx} |`,
    `| ${r.backend} | bench view, ${r.prepared.hearings.length} coming hearings of the docket | ${r.docket.rps} | ${r.docket.p50} | ${r.docket.p99} | ${r.docket.errors} | ${r.docket.non2xx} |`,
    `| ${r.backend} | for scale: case page GET /api/v1/cases/:id, the same ${r.prepared.cases.length} cases | ${r.casePage.rps} | ${r.casePage.p50} | ${r.casePage.p99} | ${r.casePage.errors} | ${r.casePage.non2xx} |`,
  ]),
  '',
  'Each read of a bench view alone, in process, over the same hearings (median / slowest ms):',
  '',
  `| backend | ${Object.keys(results[0]?.sections ?? {}).join(' | ')} |`,
  `|---|${Object.keys(results[0]?.sections ?? {})
    .map(() => '---:')
    .join('|')}|`,
  ...results.map(
    (r) =>
      `| ${r.backend} | ${Object.values(r.sections)
        .map((x) => `${x.median} / ${x.max}`)
        .join(' | ')} |`,
  ),
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
  path.join(ROOT, 'bench/results/bench-view.json'),
  JSON.stringify({ machine, opts: { ...opts, adminUrl: undefined }, results }, null, 2) + '\n',
);
await writeFile(path.join(ROOT, 'bench/results/bench-view.md'), lines.join('\n') + '\n');
console.log(lines.join('\n'));
