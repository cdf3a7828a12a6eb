import { computeIndicators, contributionsFor, cqiPeriod, equityBreakdown, trendStarts } from '@hearth/core';
import { openPglite, openPostgres, type Db } from '../server/src/platform/db.ts';
import { migrate } from '../server/src/platform/migrate.ts';
import { seedJurisdiction } from '../server/src/seed/synthetic.ts';
import { loadChildren } from '../server/src/cqi/cqi.repo.ts';

/**
 * The outcome-indicator dashboard's read (issue 5): seeds N synthetic children (default 20,000, the demo
 * scale of `npm run bench`) and times what each dashboard request does: the set-based reads of
 * loadChildren in one REPEATABLE READ, READ ONLY transaction (for one federal fiscal year, for the five of
 * the trend, and for the whole history), then the engine for one period, for a five-year trend and for one
 * equity breakdown. PGlite, or PostgreSQL when HEARTH_BENCH_DATABASE_URL is set.
 * Run: node --import tsx bench/cqi-dashboard.ts [children]
 */
const children = Number(process.argv[2] ?? 20_000);
const url = process.env.HEARTH_BENCH_DATABASE_URL;
const db: Db = url ? await openPostgres(url, 2) : await openPglite();
await migrate(db);
let t = Date.now();
const seeded = await seedJurisdiction(db, {
  code: 'CQI-BENCH',
  name: 'CQI benchmark district',
  district: 'Bench',
  counties: ['Bernalillo', 'Sandoval', 'Valencia'],
  children,
  seed: 7,
  today: '2026-11-23',
});
console.log(
  `seeded ${children} children in ${((Date.now() - t) / 1000).toFixed(1)} s (${url ? 'PostgreSQL' : 'PGlite'})`,
);

const ms = (from: number): string => `${Date.now() - from} ms`;
for (let run = 1; run <= 3; run++) {
  const read = (from: string | null) =>
    db.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      return loadChildren(tx, seeded.jurisdictionId, from);
    });
  t = Date.now();
  await read(null);
  const whole = ms(t);
  t = Date.now();
  await read('2020-10-01');
  const fiveYears = ms(t);
  t = Date.now();
  const loaded = await read('2024-10-01');
  const load = ms(t);
  t = Date.now();
  computeIndicators(loaded.children, cqiPeriod('2024-10-01'), loaded.latestDate);
  const one = ms(t);
  t = Date.now();
  for (const start of trendStarts('2024-10-01', 5))
    computeIndicators(loaded.children, cqiPeriod(start), loaded.latestDate);
  const trend = ms(t);
  t = Date.now();
  const period = cqiPeriod('2024-10-01');
  equityBreakdown(contributionsFor(loaded.children, period), period, 'age_group', {
    permanency_12m_entries: 'higher',
    permanency_12m_12_23: 'higher',
    permanency_12m_24_plus: 'higher',
    reentry_12m: 'lower',
    placement_stability: 'lower',
    maltreatment_in_care: 'lower',
    recurrence_12m: 'lower',
    caseworker_visits: 'higher',
  });
  const equity = ms(t);
  const rows = loaded.children.reduce(
    (n, c) =>
      n +
      1 +
      c.episodes.reduce((k, e) => k + 1 + e.placements.length, 0) +
      c.reports.length +
      c.visits.length,
    0,
  );
  console.log(
    `run ${run}: read for FFY 2025 ${load} (${loaded.children.length} children, ${rows} rows), for FFY 2021–2025 ${fiveYears}, everything ${whole}; engine: one period ${one}, 5-year trend ${trend}, equity by age ${equity}`,
  );
}
await db.close();
