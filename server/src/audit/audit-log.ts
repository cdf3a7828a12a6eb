import { createHash } from 'node:crypto';
import { AUDIT_PAYLOAD_VERSION, type AuditAction } from '@hearth/core';
import type { Db, Queryable } from '../platform/db.ts';

/** Who did it, from where, and when: taken from the request (or the system, for jobs and the CLI). */
export type AuditContext = {
  actorId: string;
  actorLabel: string;
  jurisdictionId: string | null;
  requestId: string | null;
  ip: string | null;
  now: () => Date;
};

export type AuditEntry = {
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  outcome?: 'success' | 'denied' | 'failure';
  breakGlass?: boolean;
  reason?: string | null;
  /** For writes, `{ field: { old, new } }`; for reads, what was shown. Kept small: no names. */
  data?: Record<string, unknown>;
  /** Business time, when it differs from the moment of recording. */
  occurredAt?: Date;
};

const GENESIS = '0'.repeat(64);
// One lock for the sealer: linking rows into the chain must happen one sealer at a time.
const CHAIN_LOCK = 727274;

type Canonical = null | boolean | number | string | Canonical[] | { [k: string]: Canonical };

/** JSON with object keys sorted, so the hash does not depend on how jsonb reorders keys. */
function canonical(value: unknown): Canonical {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const out: { [k: string]: Canonical } = {};
    for (const k of Object.keys(value).sort()) out[k] = canonical((value as Record<string, unknown>)[k]);
    return out;
  }
  return value as Canonical;
}

export type AuditRow = {
  seq: number;
  id: string;
  jurisdiction_id: string | null;
  actor_id: string;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  occurred_at: Date;
  recorded_at: Date;
  request_id: string | null;
  ip: string | null;
  outcome: string;
  break_glass: boolean;
  reason: string | null;
  data: unknown;
  chain_pos: number | null;
  prev_hash: string | null;
  hash: string | null;
};

/** The hash of one sealed row: every recorded column, its place in the chain, and the previous row's hash. */
export function hashAuditRow(row: AuditRow, chainPos: number, prevHash: string): string {
  const body = canonical([
    chainPos,
    prevHash,
    row.seq,
    row.id,
    row.jurisdiction_id,
    row.actor_id,
    row.actor_label,
    row.action,
    row.entity_type,
    row.entity_id,
    new Date(row.occurred_at).toISOString(),
    new Date(row.recorded_at).toISOString(),
    row.request_id,
    row.ip,
    row.outcome,
    row.break_glass,
    row.reason,
    row.data,
  ]);
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/**
 * Records one event inside the caller's transaction, so a change and its audit row commit or roll back
 * together (house-style §4). No lock is taken: the sealer links the row into the chain after it commits.
 */
export async function recordAudit(tx: Queryable, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await recordAudits(tx, ctx, [entry]);
}

/**
 * Records several events of one request in one statement (a page that shows several children writes a
 * row per child): the same rows as one `recordAudit` each, one round trip instead of one per row.
 */
export async function recordAudits(
  tx: Queryable,
  ctx: AuditContext,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const now = ctx.now();
  const column = <T>(f: (e: AuditEntry) => T): T[] => entries.map(f);
  await tx.query(
    `INSERT INTO audit_event (id, jurisdiction_id, actor_id, actor_label, action, entity_type, entity_id,
       occurred_at, recorded_at, request_id, ip, outcome, break_glass, reason, data)
     SELECT e.id, $1::uuid, $2::text, $3::text, e.action, e.entity_type, e.entity_id, e.occurred_at, $4::timestamptz,
            $5::text, $6::text, e.outcome,
            e.break_glass, e.reason, e.data
       FROM unnest($7::uuid[], $8::text[], $9::text[], $10::text[], $11::timestamptz[], $12::text[],
                   $13::boolean[], $14::text[], $15::jsonb[])
            AS e(id, action, entity_type, entity_id, occurred_at, outcome, break_glass, reason, data)`,
    [
      ctx.jurisdictionId,
      ctx.actorId,
      ctx.actorLabel,
      now,
      ctx.requestId,
      ctx.ip,
      column(() => crypto.randomUUID()),
      column((e) => e.action),
      column((e) => e.entityType),
      column((e) => e.entityId),
      column((e) => e.occurredAt ?? now),
      column((e) => e.outcome ?? 'success'),
      column((e) => e.breakGlass ?? false),
      column((e) => e.reason ?? null),
      column((e) => JSON.stringify(canonical({ v: AUDIT_PAYLOAD_VERSION, ...e.data }))),
    ],
  );
}

/**
 * Links every committed, unsealed row into the hash chain, oldest first, in batches.
 * @returns how many rows were sealed
 */
export async function sealAuditChain(db: Db, batch = 2000): Promise<number> {
  let sealed = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
      const rows = await tx.query<AuditRow>(
        'SELECT * FROM audit_event WHERE hash IS NULL ORDER BY seq LIMIT $1',
        [batch],
      );
      if (rows.length === 0) return 0;
      const [last] = await tx.query<{ chain_pos: number; hash: string }>(
        'SELECT chain_pos, hash FROM audit_event WHERE chain_pos IS NOT NULL ORDER BY chain_pos DESC LIMIT 1',
      );
      let pos = last?.chain_pos ?? 0;
      let prev = last?.hash ?? GENESIS;
      const seqs: number[] = [];
      const positions: number[] = [];
      const prevs: string[] = [];
      const hashes: string[] = [];
      for (const row of rows) {
        pos += 1;
        const hash = hashAuditRow(row, pos, prev);
        seqs.push(row.seq);
        positions.push(pos);
        prevs.push(prev);
        hashes.push(hash);
        prev = hash;
      }
      await tx.query(
        `UPDATE audit_event a SET chain_pos = u.pos, prev_hash = u.prev, hash = u.hash, sealed_at = now()
           FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS u(seq, pos, prev, hash)
          WHERE a.seq = u.seq`,
        [seqs, positions, prevs, hashes],
      );
      return rows.length;
    });
    sealed += n;
    if (n < batch) return sealed;
  }
}

/** Seals the chain every `intervalMs` in the background; the returned function stops it after a last seal. */
export function startAuditSealer(db: Db, intervalMs = 500): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(() => sealAuditChain(db))
      .catch((err: unknown) => console.error('audit sealer:', err));
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    await sealAuditChain(db);
  };
}

export type ChainReport =
  | { ok: true; checked: number; unsealed: number }
  | { ok: false; checked: number; brokenAt: number; problem: string };

/**
 * Walks the sealed chain in order and names the first broken link: a missing position, a row whose
 * stored hash does not match its contents, or a row that does not point at its predecessor's hash.
 * Rows not yet sealed are counted, not judged; seal first to include them.
 */
export async function verifyAuditChain(
  q: Queryable,
  onProgress?: (checked: number) => void,
  batch = 5000,
): Promise<ChainReport> {
  let prevHash = GENESIS;
  let expected = 1;
  let checked = 0;
  for (;;) {
    const rows = await q.query<AuditRow>(
      'SELECT * FROM audit_event WHERE chain_pos >= $1 ORDER BY chain_pos LIMIT $2',
      [expected, batch],
    );
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.chain_pos !== expected)
        return {
          ok: false,
          checked,
          brokenAt: expected,
          problem: `event ${expected} of the chain is missing`,
        };
      if (row.prev_hash !== prevHash)
        return { ok: false, checked, brokenAt: expected, problem: 'it does not point at the previous event' };
      if (hashAuditRow(row, expected, prevHash) !== row.hash)
        return { ok: false, checked, brokenAt: expected, problem: 'its contents do not match its hash' };
      prevHash = row.hash;
      expected += 1;
      checked += 1;
    }
    onProgress?.(checked);
  }
  const [{ n } = { n: 0 }] = await q.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM audit_event WHERE hash IS NULL',
  );
  return { ok: true, checked, unsealed: n };
}
