import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { recordAudit, type AuditContext } from '../audit/audit-log.ts';
import type { Db, Queryable, Row } from '../platform/db.ts';
import { formatCsvRow, openCsvFile, type CsvField, type CsvFileWriter } from './csv.ts';
import { interchangeRaceEthnicity, interchangeSex } from './interchange-codes.ts';

/**
 * Writes the CQI interchange files (shared/reference/cqi-interchange.md) for one jurisdiction.
 *
 * Built to stream: every file is read in keyset-paginated batches and written through a write stream that
 * honours backpressure, so memory stays flat however many children there are. All reads run in one
 * REPEATABLE READ, READ ONLY transaction, so the five files describe the same moment (a child added half-way
 * through cannot appear in removals.csv but not in children.csv). Files are written as `name.csv.tmp`; only
 * when all five are complete is the export audited and are they renamed into place. A failure removes the
 * temporary files and leaves any earlier export in outDir untouched.
 */

export const INTERCHANGE_FILES = [
  'children.csv',
  'removals.csv',
  'placements.csv',
  'maltreatment.csv',
  'visits.csv',
] as const;
export type InterchangeFile = (typeof INTERCHANGE_FILES)[number];

export type ExportInterchangeOptions = {
  jurisdictionId: string;
  outDir: string;
  audit: AuditContext;
  /** Called after each batch with the file and the rows written to it so far. */
  onProgress?: (file: string, rows: number) => void;
  /** Rows read per query; 5,000 unless given. */
  batchSize?: number;
};

export type ExportInterchangeResult = {
  /** Data rows (header not counted) written per file. */
  files: Record<string, number>;
};

const DEFAULT_BATCH = 5000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TMP_SUFFIX = '.tmp';

/** One column of the ordering key: the SQL expression, its type (to cast the text value back) and alias. */
type KeyPart = { expr: string; type: 'text' | 'date' | 'uuid' };

type Source = {
  file: InterchangeFile;
  header: readonly string[];
  /** Selected columns; may use the aliases of `from`. */
  select: string;
  /** FROM … WHERE …, filtered to the jurisdiction `$1`. */
  from: string;
  /** The ordering key, unique per row; its first part is the child (afcars_id). */
  key: readonly KeyPart[];
  cells: (row: Row) => CsvField[];
};

const isoDate = (expr: string): string => `to_char(${expr}, 'YYYY-MM-DD')`;
const str = (v: unknown): CsvField => (v === null || v === undefined ? null : String(v));

const SOURCES: readonly Source[] = [
  {
    file: 'children.csv',
    header: ['child_id', 'birth_date', 'sex', 'race_ethnicity', 'county'],
    select: `c.afcars_id, ${isoDate('p.birth_date')} AS birth_date, p.sex, p.race_ethnicity, c.county`,
    from: `FROM child c JOIN person p ON p.id = c.person_id WHERE c.jurisdiction_id = $1`,
    key: [{ expr: 'c.afcars_id', type: 'text' }],
    cells: (r) => [
      str(r.afcars_id),
      str(r.birth_date),
      interchangeSex(r.sex),
      interchangeRaceEthnicity(r.race_ethnicity),
      str(r.county),
    ],
  },
  {
    file: 'removals.csv',
    header: [
      'child_id',
      'removal_id',
      'removal_date',
      'discharge_date',
      'discharge_reason',
      'adjudication_date',
    ],
    // The contract has no discharge reason on an open episode, so one recorded early is left out.
    select: `c.afcars_id, r.id::text AS removal_id, ${isoDate('r.removal_date')} AS removal_date,
      ${isoDate('r.discharge_date')} AS discharge_date,
      CASE WHEN r.discharge_date IS NULL THEN NULL ELSE r.discharge_reason END AS discharge_reason,
      ${isoDate('r.adjudication_date')} AS adjudication_date`,
    from: `FROM removal_episode r JOIN child c ON c.id = r.child_id
      WHERE c.jurisdiction_id = $1 AND r.jurisdiction_id = $1`,
    key: [
      { expr: 'c.afcars_id', type: 'text' },
      { expr: 'r.removal_date', type: 'date' },
      { expr: 'r.id', type: 'uuid' },
    ],
    cells: (r) => [
      str(r.afcars_id),
      str(r.removal_id),
      str(r.removal_date),
      str(r.discharge_date),
      str(r.discharge_reason),
      str(r.adjudication_date),
    ],
  },
  {
    file: 'placements.csv',
    header: ['child_id', 'removal_id', 'start_date', 'end_date', 'setting', 'provider_id'],
    // The child comes through the episode, so a placement always names its own removal's child.
    select: `c.afcars_id, p.removal_id::text AS removal_id, ${isoDate('p.start_date')} AS start_date,
      ${isoDate('p.end_date')} AS end_date, p.setting, p.provider_id::text AS provider_id`,
    from: `FROM placement p JOIN removal_episode r ON r.id = p.removal_id JOIN child c ON c.id = r.child_id
      WHERE c.jurisdiction_id = $1 AND p.jurisdiction_id = $1`,
    key: [
      { expr: 'c.afcars_id', type: 'text' },
      { expr: 'p.start_date', type: 'date' },
      { expr: 'p.id', type: 'uuid' },
    ],
    cells: (r) => [
      str(r.afcars_id),
      str(r.removal_id),
      str(r.start_date),
      str(r.end_date),
      str(r.setting),
      str(r.provider_id),
    ],
  },
  {
    file: 'maltreatment.csv',
    header: ['child_id', 'report_id', 'report_date', 'incident_date', 'disposition'],
    select: `c.afcars_id, m.report_ref, ${isoDate('m.report_date')} AS report_date,
      ${isoDate('m.incident_date')} AS incident_date, m.disposition`,
    from: `FROM maltreatment_report m JOIN child c ON c.id = m.child_id
      WHERE c.jurisdiction_id = $1 AND m.jurisdiction_id = $1`,
    key: [
      { expr: 'c.afcars_id', type: 'text' },
      { expr: 'm.report_date', type: 'date' },
      { expr: 'm.id', type: 'uuid' },
    ],
    cells: (r) => [
      str(r.afcars_id),
      str(r.report_ref),
      str(r.report_date),
      str(r.incident_date),
      str(r.disposition),
    ],
  },
  {
    file: 'visits.csv',
    header: ['child_id', 'visit_date', 'location', 'face_to_face'],
    select: `c.afcars_id, ${isoDate('v.visit_date')} AS visit_date, v.location, v.face_to_face`,
    from: `FROM caseworker_visit v JOIN child c ON c.id = v.child_id
      WHERE c.jurisdiction_id = $1 AND v.jurisdiction_id = $1`,
    key: [
      { expr: 'c.afcars_id', type: 'text' },
      { expr: 'v.visit_date', type: 'date' },
      { expr: 'v.id', type: 'uuid' },
    ],
    cells: (r) => [
      str(r.afcars_id),
      str(r.visit_date),
      str(r.location),
      r.face_to_face === null || r.face_to_face === undefined ? null : r.face_to_face ? 'true' : 'false',
    ],
  },
];

/**
 * The two queries of a source: the first page, and the page after a given key. `$1` is the jurisdiction,
 * `$2` the batch size, `$3…` the last key. The key comes back as text columns `k0…` (dates as ISO text, so
 * the round trip does not depend on DateStyle). The extra `afcars_id >= $3` lets the planner start its
 * index scan of child at the last child instead of the first.
 */
function pageQueries(src: Source): { first: string; next: string } {
  const keyText = src.key
    .map((k, i) => `${k.type === 'date' ? isoDate(k.expr) : `${k.expr}::text`} AS k${i}`)
    .join(', ');
  const order = src.key.map((k) => k.expr).join(', ');
  const base = `SELECT ${src.select}, ${keyText} ${src.from}`;
  const params = src.key.map((k, i) => `$${i + 3}::${k.type}`);
  const [lead] = src.key;
  const after =
    src.key.length === 1
      ? ` AND ${order} > ${params[0]}`
      : ` AND ${lead?.expr} >= ${params[0]} AND (${order}) > (${params.join(', ')})`;
  return {
    first: `${base} ORDER BY ${order} LIMIT $2`,
    next: `${base}${after} ORDER BY ${order} LIMIT $2`,
  };
}

/** The rows of one source, batch by batch in key order; `q` decides the snapshot (one transaction or none). */
async function* sourceBatches(
  q: Queryable,
  src: Source,
  jurisdictionId: string,
  batchSize: number,
): AsyncGenerator<Row[]> {
  const { first, next } = pageQueries(src);
  let last: unknown[] | null = null;
  for (;;) {
    const rows: Row[] = await q.query(last ? next : first, [jurisdictionId, batchSize, ...(last ?? [])]);
    if (rows.length > 0) {
      yield rows;
      const tail = rows[rows.length - 1] as Row;
      last = src.key.map((_, i) => tail[`k${i}`]);
    }
    if (rows.length < batchSize) return;
  }
}

/** Streams one source into its writer; returns the number of rows written. */
async function writeSource(
  q: Queryable,
  src: Source,
  writer: CsvFileWriter,
  jurisdictionId: string,
  batchSize: number,
  onProgress: ((file: string, rows: number) => void) | undefined,
): Promise<number> {
  let count = 0;
  for await (const rows of sourceBatches(q, src, jurisdictionId, batchSize)) {
    await writer.writeRows(rows.map(src.cells));
    count += rows.length;
    onProgress?.(src.file, count);
  }
  if (count === 0) onProgress?.(src.file, 0);
  return count;
}

/**
 * One interchange file as CSV text, the header first and then one chunk per batch, for a caller that
 * streams it (the API's download). The caller audits. Each batch is its own query: a download a slow
 * client reads for minutes must not hold a transaction (on PGlite, the only connection) open meanwhile.
 * Keyset paging still writes every row that existed throughout, once.
 */
export async function* interchangeCsvChunks(
  q: Queryable,
  file: InterchangeFile,
  jurisdictionId: string,
  batchSize = DEFAULT_BATCH,
): AsyncGenerator<string> {
  if (!UUID.test(jurisdictionId)) throw new Error(`not a jurisdiction id: ${jurisdictionId}`);
  const src = SOURCES.find((s) => s.file === file);
  if (!src) throw new Error(`not an interchange file: ${file}`);
  yield formatCsvRow(src.header);
  for await (const rows of sourceBatches(q, src, jurisdictionId, batchSize))
    yield rows.map((r) => formatCsvRow(src.cells(r))).join('');
}

/**
 * `hearth export --format interchange`: writes children.csv, removals.csv, placements.csv, maltreatment.csv
 * and visits.csv for one jurisdiction into `outDir` (created if missing), records one `data.exported` audit
 * event, and returns the number of data rows written per file.
 */
export async function exportInterchange(
  db: Db,
  opts: ExportInterchangeOptions,
): Promise<ExportInterchangeResult> {
  const { jurisdictionId, outDir, audit, onProgress } = opts;
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batchSize must be a positive integer`);
  if (!UUID.test(jurisdictionId)) throw new Error(`not a jurisdiction id: ${jurisdictionId}`);

  await mkdir(outDir, { recursive: true });
  const tmpPaths = SOURCES.map((s) => join(outDir, s.file + TMP_SUFFIX));
  const files: Record<string, number> = {};
  let writer: CsvFileWriter | null = null;

  try {
    await db.transaction(async (tx) => {
      // One snapshot for all five files; must be the transaction's first statement.
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const found = await tx.query('SELECT 1 FROM jurisdiction WHERE id = $1', [jurisdictionId]);
      if (found.length === 0) throw new Error(`no jurisdiction ${jurisdictionId}`);
      for (const [i, src] of SOURCES.entries()) {
        writer = await openCsvFile(tmpPaths[i] as string, src.header);
        files[src.file] = await writeSource(tx, src, writer, jurisdictionId, batchSize, onProgress);
        await writer.close();
        writer = null;
      }
    });

    // Audited before the files are published, so no export becomes visible without its audit row.
    await db.transaction((tx) =>
      recordAudit(tx, audit, {
        action: 'data.exported',
        entityType: 'jurisdiction',
        entityId: jurisdictionId,
        data: { format: 'interchange', rows: files },
      }),
    );

    for (const [i, src] of SOURCES.entries()) await rename(tmpPaths[i] as string, join(outDir, src.file));
  } catch (err) {
    await (writer as CsvFileWriter | null)?.abort();
    await Promise.all(tmpPaths.map((p) => rm(p, { force: true }).catch(() => undefined)));
    throw err;
  }
  return { files };
}
