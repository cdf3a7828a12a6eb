// Acceptance-test harness for `hearth cqi` (issue 5). It knows only the contract,
// /work/shared/reference/cqi-interchange.md: it writes an interchange folder (one CSV string per file) into a
// temporary directory and runs it through runCqiFolder or the real `hearth` command. It deliberately does not
// import anything else from the engine, so the tests judge the implementation from the outside.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll } from 'vitest';

export type Row = Record<string, string | undefined>;

/** The contract's files and their columns, in the contract's order. */
export const COLUMNS = {
  'children.csv': ['child_id', 'birth_date', 'sex', 'race_ethnicity', 'county'],
  'removals.csv': [
    'child_id',
    'removal_id',
    'removal_date',
    'discharge_date',
    'discharge_reason',
    'adjudication_date',
  ],
  'placements.csv': ['child_id', 'removal_id', 'start_date', 'end_date', 'setting', 'provider_id'],
  'maltreatment.csv': ['child_id', 'report_id', 'report_date', 'incident_date', 'disposition'],
  'visits.csv': ['child_id', 'visit_date', 'location', 'face_to_face'],
} as const;
export type FileName = keyof typeof COLUMNS;

export const INDICATORS = [
  'permanency_12m_entries',
  'permanency_12m_12_23',
  'permanency_12m_24_plus',
  'reentry_12m',
  'placement_stability',
  'maltreatment_in_care',
  'recurrence_12m',
  'caseworker_visits',
] as const;
export type IndicatorKey = (typeof INDICATORS)[number];

export interface Figure {
  numerator: number;
  denominator: number;
  value: number | null;
}
export interface Indicator extends Figure {
  complete: boolean;
  residence?: Figure;
}
export interface Exclusion {
  indicator: string;
  child_id: string;
  reason: string;
}
export interface CqiJson {
  period: { start: string; end: string };
  indicators: Record<IndicatorKey, Indicator>;
  exclusions: Exclusion[];
}

// ---- row builders (the contract's column names) ----

export const child = (child_id: string, birth_date: string, extra: Row = {}): Row => ({
  child_id,
  birth_date,
  ...extra,
});
export const removal = (
  child_id: string,
  removal_id: string,
  removal_date: string,
  discharge_date = '',
  discharge_reason = '',
  extra: Row = {},
): Row => ({ child_id, removal_id, removal_date, discharge_date, discharge_reason, ...extra });
export const placement = (
  child_id: string,
  removal_id: string,
  start_date: string,
  setting: string,
  provider_id = '',
  end_date = '',
): Row => ({ child_id, removal_id, start_date, end_date, setting, provider_id });
export const report = (
  child_id: string,
  report_id: string,
  report_date: string,
  disposition = 'substantiated',
  incident_date = '',
): Row => ({ child_id, report_id, report_date, incident_date, disposition });
export const visit = (
  child_id: string,
  visit_date: string,
  location = 'residence',
  face_to_face = '',
): Row => ({
  child_id,
  visit_date,
  location,
  face_to_face,
});

export interface FolderSpec {
  children?: Row[];
  removals?: Row[];
  placements?: Row[];
  maltreatment?: Row[];
  visits?: Row[];
  /** Raw file text, written as is (overrides the rows of that file); `null` leaves the file out. */
  raw?: Partial<Record<string, string | null>>;
  /**
   * The horizon: a child ZZ born 1990-01-01, never in care, with one visit on 2030-01-01, so that the latest
   * date in the data lies past every follow-up end and every indicator is complete. Default true; the
   * completeness tests turn it off. ZZ is 33+ and never removed, so it is in no population.
   */
  horizon?: boolean;
}

export const HORIZON_CHILD = child('ZZ', '1990-01-01');
export const HORIZON_VISIT = visit('ZZ', '2030-01-01', 'other', 'true');

/** RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes inside. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
export function toCsv(columns: readonly string[], rows: Row[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvField(r[c] ?? '')).join(','));
  return lines.join('\n') + '\n';
}

/** The CSV text of each file of a spec (file name → text). */
export function folderFiles(spec: FolderSpec): Record<string, string> {
  const horizon = spec.horizon ?? true;
  const rows: Record<FileName, Row[] | undefined> = {
    'children.csv': [...(spec.children ?? []), ...(horizon ? [HORIZON_CHILD] : [])],
    'removals.csv': spec.removals ?? [],
    'placements.csv': spec.placements,
    'maltreatment.csv': spec.maltreatment,
    'visits.csv':
      spec.visits || horizon ? [...(spec.visits ?? []), ...(horizon ? [HORIZON_VISIT] : [])] : undefined,
  };
  const out: Record<string, string> = {};
  for (const [file, list] of Object.entries(rows) as [FileName, Row[] | undefined][])
    if (list) out[file] = toCsv(COLUMNS[file], list);
  for (const [file, text] of Object.entries(spec.raw ?? {})) {
    if (text === null || text === undefined) delete out[file];
    else out[file] = text;
  }
  return out;
}

const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tempDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** Writes the folder into a fresh temporary directory and returns its path. */
export async function writeFolder(spec: FolderSpec | Record<string, string>): Promise<string> {
  const files = isSpec(spec) ? folderFiles(spec) : spec;
  const dir = await mkdtemp(path.join(tmpdir(), 'hearth-cqi-spec-'));
  tempDirs.push(dir);
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text, 'utf8');
  return dir;
}
function isSpec(x: FolderSpec | Record<string, string>): x is FolderSpec {
  return !Object.keys(x).some((k) => k.endsWith('.csv'));
}

// ---- runCqiFolder, found by its export (the file name is the implementers' choice) ----

export interface RunOptions {
  periodStart: string;
  skipInvalid?: boolean;
  workers?: number;
}
export interface RunOutcome {
  result: CqiJson | null | undefined;
  /** Each error as its standard-error line, `error: FILE line N, column COL: message`. */
  errors: string[];
  /** Each skipped row as its standard-error line, `skipped: FILE line N, column COL: reason`. */
  skipped: string[];
}
type RunCqiFolder = (
  dir: string,
  opts: { periodStart: string; skipInvalid?: boolean; workers?: number },
) => unknown;

let runner: Promise<RunCqiFolder> | undefined;
async function findRunner(): Promise<RunCqiFolder> {
  const dir = path.resolve(import.meta.dirname, '..');
  const names = await readdir(dir).catch(() => [] as string[]);
  const exporting =
    /export\s+(async\s+)?function\s+runCqiFolder\b|export\s+const\s+runCqiFolder\b|export\s*\{[^}]*\brunCqiFolder\b/;
  for (const name of names.sort()) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    const text = await readFile(path.join(dir, name), 'utf8');
    if (!exporting.test(text)) continue;
    const mod = (await import(pathToFileURL(path.join(dir, name)).href)) as { runCqiFolder?: RunCqiFolder };
    if (typeof mod.runCqiFolder === 'function') return mod.runCqiFolder;
  }
  throw new Error('not implemented: no module in server/src/interchange exports runCqiFolder yet');
}

/** A contract line from whatever the implementation returns for an error or a skipped row. */
export function asLine(kind: 'error' | 'skipped', e: unknown): string {
  if (typeof e === 'string') {
    const s = e.trim();
    return s.startsWith(`${kind}: `) ? s : `${kind}: ${s}`;
  }
  if (e && typeof e === 'object') {
    const o = e as Record<string, unknown>;
    const msg = o.message ?? o.reason ?? '';
    if ('file' in o && 'line' in o && 'column' in o)
      return `${kind}: ${String(o.file)} line ${String(o.line)}, column ${String(o.column)}: ${String(msg)}`;
    if (typeof o.text === 'string') return asLine(kind, o.text);
    if (e instanceof Error) return asLine(kind, e.message);
  }
  return `${kind}: ${JSON.stringify(e)}`;
}

export async function runDir(dir: string, opts: RunOptions): Promise<RunOutcome> {
  runner ??= findRunner();
  const run = await runner;
  const out = (await run(dir, {
    periodStart: opts.periodStart,
    skipInvalid: opts.skipInvalid ?? false,
    workers: opts.workers ?? 1,
  })) as { result?: CqiJson | null; errors?: unknown[]; skipped?: unknown[] };
  return {
    result: out.result,
    errors: (out.errors ?? []).map((e) => asLine('error', e)),
    skipped: (out.skipped ?? []).map((e) => asLine('skipped', e)),
  };
}

/** Writes the folder and runs it. */
export async function cqi(
  spec: FolderSpec,
  periodStart: string,
  opts: Partial<RunOptions> = {},
): Promise<RunOutcome> {
  return runDir(await writeFolder(spec), { ...opts, periodStart });
}

/** Runs a folder that must be valid and returns its JSON result. */
export async function cqiOk(
  spec: FolderSpec,
  periodStart: string,
  opts: Partial<RunOptions> = {},
): Promise<CqiJson> {
  const out = await cqi(spec, periodStart, opts);
  if (out.errors.length > 0) throw new Error(`the folder should be valid, but:\n${out.errors.join('\n')}`);
  if (!out.result) throw new Error('no result for a valid folder');
  return out.result;
}

/** One indicator's figures, reduced to what a table row states. */
export function figures(res: CqiJson, key: IndicatorKey): Indicator {
  const i = res.indicators[key];
  const out: Indicator = {
    numerator: i.numerator,
    denominator: i.denominator,
    value: i.value,
    complete: i.complete,
  };
  if (key === 'caseworker_visits' && i.residence)
    out.residence = {
      numerator: i.residence.numerator,
      denominator: i.residence.denominator,
      value: i.residence.value,
    };
  return out;
}

/** The exclusions of one indicator as sorted `child_id: reason` strings (the contract gives them no order). */
export function exclusionsOf(res: CqiJson, key: IndicatorKey): string[] {
  return res.exclusions
    .filter((e) => e.indicator === key)
    .map((e) => `${e.child_id}: ${e.reason}`)
    .sort();
}

/** The JSON with its exclusions sorted: the contract fixes no order for them. */
export function canonical(res: CqiJson): CqiJson {
  const key = (e: Exclusion): string => `${e.indicator}\u0000${e.child_id}\u0000${e.reason}`;
  return {
    ...res,
    exclusions: [...res.exclusions].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)),
  };
}

/** Expected figures of a table row: n/d/v and completeness (true unless the row says otherwise). */
export function expected(n: number, d: number, v: number | null, complete = true): Indicator {
  return { numerator: n, denominator: d, value: v, complete };
}

// ---- the real command ----

const REPO = path.resolve(import.meta.dirname, '../../../..');
const BIN = path.join(REPO, 'bin/hearth.js');

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}
export function hearthCli(args: string[]): Promise<CliOutcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: REPO, env: { ...process.env, TZ: 'UTC' }, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** The contract's error prefix for a file, line and column. */
export const errAt = (file: string, line: number, column: string): string =>
  `error: ${file} line ${line}, column ${column}:`;
export const skipAt = (file: string, line: number, column: string): string =>
  `skipped: ${file} line ${line}, column ${column}:`;
export const ERROR_LINE = /^error: [^ ]+\.csv line \d+, column [a-z_]+: \S.*$/;
export const SKIPPED_LINE = /^skipped: [^ ]+\.csv line \d+, column [a-z_]+: \S.*$/;
