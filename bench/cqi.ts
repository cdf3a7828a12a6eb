import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { ensureCqiFolder, type GeneratedFolder } from './cqi-generate.ts';

/**
 * `hearth cqi` at national scale (`npm run bench`, or `node --import tsx bench/cqi.ts`): generates
 * interchange folders of 50,000 and 1,000,000 children (bench/cqi-generate.ts, kept in the temporary folder
 * and reused while the seed and size are the same), runs the real command over each as a child process,
 * once with the default workers (the available cores) and once with `--workers 1` as the baseline, and
 * records wall seconds and peak resident memory of the whole process, worker threads included (GNU time's
 * maximum resident set size; without /usr/bin/time, the process's own resourceUsage().maxRSS). The two runs
 * must print the same JSON. Aim (issue 5): 1,000,000 children in under 15 s and 1 GB on 2 cores.
 *
 * HEARTH_BENCH_CQI_SIZES=50000,1000000 and HEARTH_BENCH_CQI_SEED=1 change the folders;
 * HEARTH_BENCH_CQI_DIR where they are kept.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/hearth.js');
const SIZES = (process.env.HEARTH_BENCH_CQI_SIZES ?? '50000,1000000').split(',').map(Number);
const SEED = Number(process.env.HEARTH_BENCH_CQI_SEED ?? 1);
const DATA_DIR = process.env.HEARTH_BENCH_CQI_DIR ?? path.join(tmpdir(), 'hearth-cqi-bench');
/** FFY 2025: its follow-ups end inside the generated history (to 2026-10-31), except re-entry's. */
const PERIOD_START = '2024-10-01';
const GNU_TIME = '/usr/bin/time';

type Run = { workers: number; seconds: number; peakMb: number; exitCode: number };
type SizeResult = {
  children: number;
  rows: Record<string, number>;
  totalRows: number;
  megabytes: number;
  generateSeconds: number | null;
  runs: Run[];
  /** Baseline (1 worker) seconds ÷ default-workers seconds. */
  speedup: number;
  sameJson: boolean;
};

/** An exit hook printing the process's peak RSS, for machines without GNU time. */
const RSS_HOOK = `data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => process.stderr.write('maxRSS-kb ' + process.resourceUsage().maxRSS + '\\n'));",
)}`;

function runCqi(dir: string, workers: number): Promise<Run & { stdout: string }> {
  const cqiArgs = [
    BIN,
    'cqi',
    '--data',
    dir,
    '--period-start',
    PERIOD_START,
    '--format',
    'json',
    '--workers',
    String(workers),
  ];
  const gnu = existsSync(GNU_TIME);
  const [cmd, args] = gnu
    ? [GNU_TIME, ['-v', process.execPath, ...cqiArgs]]
    : [process.execPath, ['--import', RSS_HOOK, ...cqiArgs]];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const kb = Number(
        (gnu ? /Maximum resident set size \(kbytes\): (\d+)/ : /maxRSS-kb (\d+)/).exec(err)?.[1] ?? NaN,
      );
      if (code !== 0) process.stderr.write(err.slice(0, 2000));
      resolve({
        workers,
        seconds,
        peakMb: kb / 1024,
        exitCode: code ?? -1,
        stdout: Buffer.concat(out).toString(),
      });
    });
  });
}

async function benchSize(children: number, workers: number): Promise<SizeResult> {
  const dir = path.join(DATA_DIR, `children-${children}-seed-${SEED}`);
  const started = Date.now();
  const folder: GeneratedFolder & { reused: boolean } = ensureCqiFolder(dir, { children, seed: SEED });
  const generateSeconds = folder.reused ? null : (Date.now() - started) / 1000;
  console.log(
    `${children.toLocaleString('en-US')} children: ${(folder.bytes / 1e6).toFixed(0)} MB ${folder.reused ? '(reused)' : `generated in ${generateSeconds!.toFixed(1)} s`}`,
  );
  const parallel = await runCqi(dir, workers);
  console.log(
    `  --workers ${workers}: ${parallel.seconds.toFixed(2)} s, ${parallel.peakMb.toFixed(0)} MB peak`,
  );
  const baseline = await runCqi(dir, 1);
  console.log(`  --workers 1: ${baseline.seconds.toFixed(2)} s, ${baseline.peakMb.toFixed(0)} MB peak`);
  const strip = ({ stdout: _, ...run }: Run & { stdout: string }): Run => run;
  return {
    children,
    rows: folder.rows,
    totalRows: Object.values(folder.rows).reduce((a, b) => a + b, 0),
    megabytes: folder.bytes / 1e6,
    generateSeconds,
    runs: [strip(parallel), strip(baseline)],
    speedup: baseline.seconds / parallel.seconds,
    sameJson: parallel.exitCode === 0 && parallel.stdout === baseline.stdout,
  };
}

function machine(): Record<string, unknown> {
  const sh = (cmd: string, args: string[]): string | null => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  };
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    nproc: sh('nproc', []) ?? String(availableParallelism()),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    freeG: sh('free', ['-g']),
    node: process.version,
    loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
    date: new Date().toISOString(),
  };
}

function markdown(m: Record<string, unknown>, results: SizeResult[]): string {
  const rows = results.flatMap((r) =>
    r.runs.map(
      (run) =>
        `| ${r.children.toLocaleString('en-US')} | ${r.totalRows.toLocaleString('en-US')} | ${r.megabytes.toFixed(0)} | ${run.workers} | ${run.seconds.toFixed(2)} | ${run.peakMb.toFixed(0)} | ${run.workers === 1 ? '1.00' : r.speedup.toFixed(2)} | ${r.sameJson ? 'yes' : 'NO'} |`,
    ),
  );
  return [
    `Machine: ${String(m.cpu)}, nproc ${String(m.nproc)}, ${String(m.memoryGiB)} GiB, Node ${String(m.node)}; load average at start ${JSON.stringify(m.loadAverageAtStart)}.`,
    `Command: \`node bin/hearth.js cqi --data DIR --period-start ${PERIOD_START} --format json --workers N\`.`,
    '',
    '| children | rows | MB | workers | wall s | peak MB | speed-up vs 1 worker | same JSON |',
    '|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const m = machine();
  const workers = Number(m.nproc) || availableParallelism();
  const results: SizeResult[] = [];
  for (const children of SIZES) results.push(await benchSize(children, workers));
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    path.join(ROOT, 'bench/results/cqi.json'),
    `${JSON.stringify({ machine: m, periodStart: PERIOD_START, results }, null, 2)}\n`,
  );
  const md = markdown(m, results);
  writeFileSync(path.join(ROOT, 'bench/results/cqi.md'), md);
  console.log(`\n${md}`);
  if (results.some((r) => !r.sameJson || r.runs.some((run) => run.exitCode !== 0))) process.exitCode = 1;
}

await main();
