import { createHash } from 'node:crypto';
import { AUDIT_PAYLOAD_VERSION, type AuditAction } from '@hearth/core';
import type { Queryable } from '../platform/db.ts';

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
// One lock for the whole chain: each row's hash needs the previous row's, so appends are serialized.
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
  prev_hash: string;
  hash: string;
};

/** The hash of one audit row: every column but the hash itself, chained to the previous row's hash. */
export function hashAuditRow(row: Omit<AuditRow, 'hash'>): string {
  const body = canonical([
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
    row.prev_hash,
  ]);
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/**
 * Appends one event to the audit log inside the caller's transaction, so a change and its audit row
 * commit or roll back together (house-style §4).
 */
export async function recordAudit(tx: Queryable, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
  const [last] = await tx.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1',
  );
  const now = ctx.now();
  const row: Omit<AuditRow, 'hash'> = {
    seq: (last?.seq ?? 0) + 1,
    id: crypto.randomUUID(),
    jurisdiction_id: ctx.jurisdictionId,
    actor_id: ctx.actorId,
    actor_label: ctx.actorLabel,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    occurred_at: entry.occurredAt ?? now,
    recorded_at: now,
    request_id: ctx.requestId,
    ip: ctx.ip,
    outcome: entry.outcome ?? 'success',
    break_glass: entry.breakGlass ?? false,
    reason: entry.reason ?? null,
    data: canonical({ v: AUDIT_PAYLOAD_VERSION, ...entry.data }),
    prev_hash: last?.hash ?? GENESIS,
  };
  await tx.query(
    `INSERT INTO audit_event (seq, id, jurisdiction_id, actor_id, actor_label, action, entity_type, entity_id,
       occurred_at, recorded_at, request_id, ip, outcome, break_glass, reason, data, prev_hash, hash)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18)`,
    [
      row.seq,
      row.id,
      row.jurisdiction_id,
      row.actor_id,
      row.actor_label,
      row.action,
      row.entity_type,
      row.entity_id,
      row.occurred_at,
      row.recorded_at,
      row.request_id,
      row.ip,
      row.outcome,
      row.break_glass,
      row.reason,
      JSON.stringify(row.data),
      row.prev_hash,
      hashAuditRow(row),
    ],
  );
}

export type ChainReport =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: number; problem: string };

/**
 * Walks the whole chain in order and names the first broken link: a missing row, a row whose stored hash
 * does not match its contents, or a row that does not point at its predecessor's hash.
 */
export async function verifyAuditChain(
  q: Queryable,
  onProgress?: (checked: number) => void,
  batch = 5000,
): Promise<ChainReport> {
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await q.query<AuditRow>('SELECT * FROM audit_event WHERE seq >= $1 ORDER BY seq LIMIT $2', [
      expectedSeq,
      batch,
    ]);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.seq !== expectedSeq)
        return { ok: false, checked, brokenAt: expectedSeq, problem: `row ${expectedSeq} is missing` };
      if (row.prev_hash !== prevHash)
        return { ok: false, checked, brokenAt: row.seq, problem: 'does not point at the previous row' };
      const { hash, ...rest } = row;
      if (hashAuditRow(rest) !== hash)
        return { ok: false, checked, brokenAt: row.seq, problem: 'its contents do not match its hash' };
      prevHash = hash;
      expectedSeq += 1;
      checked += 1;
    }
    onProgress?.(checked);
  }
}
