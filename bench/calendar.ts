import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { addDays, NEW_MEXICO_RULE_PACK, type Clock } from '@hearth/core';
import type { Actor } from '../server/src/access/actor.ts';
import type { AuditContext } from '../server/src/audit/audit-log.ts';
import { advanceCalendarBatch, type BatchPetition } from '../server/src/calendar/batch-calendar.ts';
import { openCase } from '../server/src/cases/case.service.ts';
import { openPglite, openPostgres, type Db } from '../server/src/platform/db.ts';
import { migrate } from '../server/src/platform/migrate.ts';
import { TableBuffer } from '../server/src/seed/seed-bulk-insert.ts';
import { seedJurisdiction } from '../server/src/seed/synthetic.ts';

/**
 * Advance calendaring of 5,000 new petitions in a district of 6 judges with realistic dockets
 * (`npm run bench`, or `node --import tsx bench/calendar.ts`): seeds a district with the demo seeder
 * (3,600 children: 6 judges and their existing hearings), opens 5,000 petitions filed over the next
 * year (a tenth of them naming a child already before a judge, one in twenty on the family treatment
 * court's docket), calendars them through the batch path, and checks the result by SQL: hearings placed,
 * deadlines missed, double-bookings of a judge or a courtroom (must be zero). Then 20 more petitions go
 * through the per-request open-case use case, for its cost per petition.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const PETITIONS = Number(process.env.HEARTH_BENCH_PETITIONS ?? 5000);
/** Over how many days the petitions are filed (a year by default). */
const SPREAD_DAYS = Number(process.env.HEARTH_BENCH_SPREAD_DAYS ?? 365);
const TODAY = '2026-11-23';
const TZ = 'America/Denver';

type Result = {
  backend: string;
  seedSeconds: number;
  judges: number;
  existingHearings: number;
  openSeconds: number;
  batch: Awaited<ReturnType<typeof advanceCalendarBatch>> & { seconds: number };
  placed: number;
  missed: number;
  doubleBookings: number;
  familyJudgeKept: number;
  perRequestMs: number;
};

async function openPetitions(db: Db, jurisdictionId: string): Promise<BatchPetition[]> {
  // Each court gets petitions in proportion to its judges, as caseloads are.
  const courts = await db.query<{ id: string }>(
    'SELECT court_id AS id FROM judge WHERE jurisdiction_id = $1 AND active ORDER BY id',
    [jurisdictionId],
  );
  const existing = await db.query<{ id: string }>(
    `SELECT cc.child_id AS id FROM case_child cc JOIN court_case c ON c.id = cc.case_id
      WHERE c.jurisdiction_id = $1 AND c.status = 'open' ORDER BY cc.child_id LIMIT $2`,
    [jurisdictionId, Math.ceil(PETITIONS / 10)],
  );
  const person = new TableBuffer('person', [
    ['id', 'uuid'],
    ['jurisdiction_id', 'uuid'],
    ['given_name', 'text'],
    ['family_name', 'text'],
    ['birth_date', 'date'],
  ]);
  const child = new TableBuffer('child', [
    ['id', 'uuid'],
    ['jurisdiction_id', 'uuid'],
    ['person_id', 'uuid'],
    ['afcars_id', 'text'],
  ]);
  const kase = new TableBuffer('court_case', [
    ['id', 'uuid'],
    ['jurisdiction_id', 'uuid'],
    ['court_id', 'uuid'],
    ['petition_number', 'text'],
    ['filing_date', 'date'],
    ['allegations', 'text[]'],
    ['docket', 'text'],
  ]);
  const link = new TableBuffer('case_child', [
    ['case_id', 'uuid'],
    ['child_id', 'uuid'],
    ['jurisdiction_id', 'uuid'],
  ]);
  const petitions: BatchPetition[] = [];
  for (let i = 0; i < PETITIONS; i += 1) {
    const caseId = crypto.randomUUID();
    const filing = addDays(TODAY, Math.floor((i * SPREAD_DAYS) / PETITIONS));
    const sibling = i % 10 === 0 ? existing[i / 10]?.id : undefined;
    const childId = sibling ?? crypto.randomUUID();
    if (!sibling) {
      const personId = crypto.randomUUID();
      person.add(personId, jurisdictionId, 'Bench', `Petition${i}`, '2019-05-01');
      child.add(childId, jurisdictionId, personId, `BENCH-CAL-${i}`);
    }
    const docket = i % 20 === 7 ? 'family_treatment_court' : 'general';
    const courtId = courts[i % courts.length]!.id;
    kase.add(caseId, jurisdictionId, courtId, `D-BENCH-CAL-${i}`, filing, '{neglect}', docket);
    link.add(caseId, childId, jurisdictionId);
    petitions.push({ caseId, courtId, filingDate: filing, judgeId: null, childIds: [childId], docket });
  }
  await db.transaction(async (tx) => {
    for (const b of [person, child, kase, link]) await b.flush(tx);
  });
  return petitions;
}

/**
 * Hearings that start before an earlier hearing of the same judge (or the same courtroom) has ended: a
 * window over each calendar in start order, so the check reads each hearing once. A hearing placed on a
 * free slot adds nothing to it; any double-booking adds at least one.
 */
async function overlapping(db: Db, jurisdictionId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT (SELECT count(*)::int FROM (
               SELECT scheduled_start, max(scheduled_end) OVER (PARTITION BY judge_id ORDER BY scheduled_start, id
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before_end
                 FROM hearing WHERE jurisdiction_id = $1 AND status = 'scheduled' AND judge_id IS NOT NULL) j
             WHERE scheduled_start < before_end)
          + (SELECT count(*)::int FROM (
               SELECT scheduled_start, max(scheduled_end) OVER (PARTITION BY courtroom_id ORDER BY scheduled_start, id
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before_end
                 FROM hearing WHERE jurisdiction_id = $1 AND status = 'scheduled' AND courtroom_id IS NOT NULL) r
             WHERE scheduled_start < before_end) AS n`,
    [jurisdictionId],
  );
  return row!.n;
}

async function check(db: Db, jurisdictionId: string, overlapsBefore: number) {
  const [row] = await db.query<{ placed: number; missed: number }>(
    `SELECT count(*)::int AS placed,
            count(*) FILTER (WHERE (h.scheduled_start AT TIME ZONE $2)::date > h.deadline_date)::int AS missed
       FROM hearing h JOIN court_case c ON c.id = h.case_id
      WHERE c.jurisdiction_id = $1 AND c.petition_number LIKE 'D-BENCH-CAL-%' AND h.proposed`,
    [jurisdictionId, TZ],
  );
  const [fam] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM court_case c JOIN case_child cc ON cc.case_id = c.id
       JOIN case_child oc ON oc.child_id = cc.child_id AND oc.case_id <> c.id
       JOIN court_case o ON o.id = oc.case_id AND o.assigned_judge_id = c.assigned_judge_id
      WHERE c.petition_number LIKE 'D-BENCH-CAL-%' AND c.jurisdiction_id = $1`,
    [jurisdictionId],
  );
  return {
    placed: row!.placed,
    missed: row!.missed,
    doubleBookings: (await overlapping(db, jurisdictionId)) - overlapsBefore,
    familyJudgeKept: fam!.n,
  };
}

/** 20 petitions through the per-request use case (POST /api/v1/cases does the same), for its cost. */
async function perRequest(db: Db, jurisdictionId: string): Promise<number> {
  const [court] = await db.query<{ id: string }>('SELECT id FROM court WHERE jurisdiction_id = $1 LIMIT 1', [
    jurisdictionId,
  ]);
  const clock: Clock = { now: () => new Date(`${TODAY}T17:00:00Z`) };
  const actor: Actor = {
    accountId: 'bench',
    jurisdictionId,
    label: 'Bench clerk',
    email: 'bench@bench.hearth',
    roles: ['court_clerk'],
    personId: null,
    judgeId: null,
    courtId: court!.id,
    unitId: null,
    preferredLanguage: 'en',
  };
  const audit: AuditContext = {
    actorId: 'bench',
    actorLabel: 'Bench clerk',
    jurisdictionId,
    requestId: null,
    ip: null,
    now: () => clock.now(),
  };
  const ctx = { db, actor, clock, rulePack: NEW_MEXICO_RULE_PACK, timeZone: TZ, audit };
  const n = 20;
  const started = performance.now();
  for (let i = 0; i < n; i += 1)
    await openCase(ctx, {
      petitionNumber: `D-BENCH-REQ-${i}`,
      courtId: court!.id,
      filingDate: TODAY,
      allegations: ['neglect'],
      children: [
        {
          givenName: 'Bench',
          familyName: `Request${i}`,
          birthDate: '2019-05-01',
          sex: 'unknown',
          raceEthnicity: [],
          primaryLanguage: 'en',
        },
      ],
      existingChildIds: [],
    });
  return (performance.now() - started) / n;
}

async function runOn(backend: string, db: Db): Promise<Result> {
  await migrate(db);
  console.error(`\n== ${backend}: seeding a district of 6 judges (3,600 children)`);
  let t = performance.now();
  const seeded = await seedJurisdiction(db, {
    code: 'CALBENCH',
    name: 'Calendar benchmark district',
    district: '2nd',
    counties: ['Bernalillo', 'Sandoval', 'Valencia'],
    children: 3600,
    seed: 11,
    today: TODAY,
  });
  await db.query(`UPDATE jurisdiction SET time_zone = $2 WHERE id = $1`, [seeded.jurisdictionId, TZ]);
  await db.exec('ANALYZE');
  const seedSeconds = (performance.now() - t) / 1000;
  const [{ n: existingHearings } = { n: 0 }] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM hearing WHERE jurisdiction_id = $1 AND status = 'scheduled'`,
    [seeded.jurisdictionId],
  );
  const overlapsBefore = await overlapping(db, seeded.jurisdictionId);
  console.error(
    `   seeded in ${seedSeconds.toFixed(1)} s; opening ${PETITIONS.toLocaleString('en-US')} petitions`,
  );
  t = performance.now();
  const petitions = await openPetitions(db, seeded.jurisdictionId);
  const openSeconds = (performance.now() - t) / 1000;
  console.error('   advance calendaring (batch path)');
  t = performance.now();
  const batch = await db.transaction((tx) =>
    advanceCalendarBatch(tx, {
      jurisdictionId: seeded.jurisdictionId,
      rulePack: NEW_MEXICO_RULE_PACK,
      timeZone: TZ,
      audit: {
        actorId: 'system',
        actorLabel: 'calendar benchmark',
        jurisdictionId: seeded.jurisdictionId,
        requestId: null,
        ip: null,
        now: () => new Date(),
      },
      petitions,
    }),
  );
  const seconds = (performance.now() - t) / 1000;
  console.error(`   calendared in ${seconds.toFixed(2)} s; checking by SQL`);
  const checked = await check(db, seeded.jurisdictionId, overlapsBefore);
  console.error('   20 petitions through the per-request use case');
  const perRequestMs = await perRequest(db, seeded.jurisdictionId);
  return {
    backend,
    seedSeconds,
    judges: seeded.judges,
    existingHearings,
    openSeconds,
    batch: { ...batch, seconds },
    ...checked,
    perRequestMs,
  };
}

async function main(): Promise<void> {
  const results: Result[] = [];
  const lite = await openPglite();
  try {
    results.push(await runOn('PGlite (embedded)', lite));
  } finally {
    await lite.close();
  }
  const adminUrl = process.env.HEARTH_BENCH_DATABASE_URL;
  if (adminUrl) {
    const name = `hearth_calbench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const db = await openPostgres(url.toString());
    try {
      results.push(await runOn('PostgreSQL server', db));
    } finally {
      await db.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const lines = [
    `Machine: ${machine}. ${PETITIONS.toLocaleString('en-US')} petitions filed over ${SPREAD_DAYS} days (from ${TODAY}), district of 6 judges.`,
    '',
    '| backend | judges | scheduled hearings before | calendaring s (read / compute / write ms) | hearings placed | deadlines missed | double-bookings | family judge kept | per-request ms / petition |',
    '|---|---:|---:|---|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.backend} | ${r.judges} | ${r.existingHearings.toLocaleString('en-US')} | ${r.batch.seconds.toFixed(2)} (${Math.round(r.batch.readMs)} / ${Math.round(r.batch.computeMs)} / ${Math.round(r.batch.writeMs)}) | ${r.placed.toLocaleString('en-US')} | ${r.missed} | ${r.doubleBookings} | ${r.familyJudgeKept} | ${r.perRequestMs.toFixed(1)} |`,
    ),
    '',
    ...results.map(
      (r) =>
        `${r.backend}: seeding ${r.seedSeconds.toFixed(1)} s; opening the ${PETITIONS.toLocaleString('en-US')} petitions (bulk insert) ${r.openSeconds.toFixed(2)} s.`,
    ),
  ];
  await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
  await writeFile(
    path.join(ROOT, 'bench/results/calendar.json'),
    JSON.stringify({ machine, results }, null, 2) + '\n',
  );
  await writeFile(path.join(ROOT, 'bench/results/calendar.md'), lines.join('\n') + '\n');
  console.log(lines.join('\n'));
  if (results.some((r) => r.doubleBookings > 0)) process.exitCode = 1;
}

await main();
