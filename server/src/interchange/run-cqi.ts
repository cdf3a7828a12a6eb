import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cqiPeriod, cqiResult, mergeTotals, type CqiResult } from '@hearth/core';
import { BAD_DATE, parseDayText } from './fields.ts';
import { compareIssues, type CqiIssue, MAX_ERRORS } from './issues.ts';
import { type CqiFileIndex, readLayout } from './schema.ts';
import { runShard, type ShardJob, type ShardResult } from './shard.ts';

export type CqiRunOptions = {
  /** P, `YYYY-MM-DD` (not 29 February). */
  periodStart: string;
  /** Skip invalid rows (each listed in `skipped`) instead of failing. */
  skipInvalid?: boolean;
  /** Threads reading the folder; unless given, one for a small folder and the available cores above ~100 MB. */
  workers?: number;
  /** Bytes read per chunk (tests use small chunks to cross record boundaries). */
  chunkSize?: number;
};

export type CqiRun = {
  /** null when the folder failed validation: nothing is computed from it. */
  result: CqiResult | null;
  /** At most 50, by file (children, removals, placements, maltreatment, visits), then line. */
  errors: CqiIssue[];
  /** With skipInvalid: every row left out, in the same order. */
  skipped: CqiIssue[];
};

/**
 * `hearth cqi`: reads and validates an interchange folder and computes the indicators
 * (shared/reference/cqi-interchange.md).
 *
 * Hash-sharded: shard s of W takes the children whose child_id hashes to s, and every check of the
 * contract is about one child's rows, so W shards give the same answer as one. Each shard scans every
 * file (finding line ends is native and cheap) and parses only its own rows. Shard 0 runs on this thread,
 * the others on worker threads; their totals, exclusions, errors and latest dates are merged here.
 */
export async function runCqiFolder(dir: string, options: CqiRunOptions): Promise<CqiRun> {
  if (parseDayText(options.periodStart) === BAD_DATE)
    throw new RangeError(`periodStart must be a date written YYYY-MM-DD (got "${options.periodStart}")`);
  const period = cqiPeriod(options.periodStart);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`no folder ${dir}`);
  const headers = ([0, 1, 2, 3, 4] as CqiFileIndex[]).map((f) => readLayout(dir, f));
  const fileErrors = headers.flatMap((h) => h.errors);
  if (fileErrors.length > 0) return { result: null, errors: fileErrors.slice(0, MAX_ERRORS), skipped: [] };

  const shards = Math.max(1, Math.floor(options.workers ?? defaultShards(headers.map((h) => h.layout.path))));
  const jobs: ShardJob[] = Array.from({ length: shards }, (_, shard) => ({
    layouts: headers.map((h) => h.layout),
    shard,
    shards,
    skipInvalid: options.skipInvalid ?? false,
    period,
    chunkSize: options.chunkSize,
  }));
  const others = jobs.slice(1).map(runShardInWorker);
  // Shard 0 here, while the workers run: one thread fewer to start, and the main thread is idle otherwise.
  let first: ShardResult;
  try {
    first = runShard(jobs[0]!);
  } catch (err) {
    await Promise.allSettled(others);
    throw err;
  }
  const results = [first, ...(await Promise.all(others))];
  return mergeShards(results, period);
}

/**
 * Every shard scans every file, and a worker thread takes 0.3–0.4 s to start: below ~100 MB one thread is
 * faster (50,000 children, 35 MB: 1.85 s alone against 2.45 s with two; BENCHMARKS.md), above it the cores
 * pay (1,000,000 children, 700 MB: 9.3 s against 7.6 s).
 */
const SHARDING_PAYS_FROM_BYTES = 100 * 1024 * 1024;

function defaultShards(paths: readonly (string | null)[]): number {
  const bytes = paths.reduce((sum, p) => sum + (p ? statSync(p).size : 0), 0);
  return bytes < SHARDING_PAYS_FROM_BYTES ? 1 : availableParallelism();
}

function mergeShards(results: ShardResult[], period: ReturnType<typeof cqiPeriod>): CqiRun {
  const errors = results
    .flatMap((r) => r.errors)
    .sort(compareIssues)
    .slice(0, MAX_ERRORS);
  const skipped = results.flatMap((r) => r.skipped).sort(compareIssues);
  if (errors.length > 0) return { result: null, errors, skipped };
  let totals = results[0]!.totals!;
  for (const r of results.slice(1)) totals = mergeTotals(totals, r.totals!);
  const latests = results.map((r) => r.latest).filter((d): d is number => d !== null);
  const latest = latests.length > 0 ? Math.max(...latests) : null;
  const exclusions = results.flatMap((r) => r.exclusions);
  return { result: cqiResult(totals, period, latest, exclusions), errors, skipped };
}

/**
 * Worker threads do not inherit the TypeScript loader the `hearth` command (or the test runner) set up, so
 * each worker registers tsx's loader first and then imports the shard worker.
 */
const TSX_API = pathToFileURL(
  join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
).href;
const WORKER = new URL('./shard-worker.ts', import.meta.url).href;
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); });`;

function runShardInWorker(job: ShardJob): Promise<ShardResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: job });
    let settled = false;
    worker.once('message', (result: ShardResult) => {
      settled = true;
      resolve(result);
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`shard ${job.shard} stopped with exit code ${code}`));
    });
  });
}
