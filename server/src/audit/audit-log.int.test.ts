import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../platform/db.ts';
import { createTestDb } from '../../test/test-db.ts';
import {
  recordAudit,
  recordAudits,
  sealAuditChain,
  verifyAuditChain,
  type AuditContext,
  type AuditRow,
} from './audit-log.ts';

/**
 * The audit log's writers on a real database: several events in one statement give the same rows, in the
 * same order, as one call each, and they seal into a chain that verifies.
 */
let db: Db;
const at = new Date('2026-11-20T17:00:00Z');
const ctx: AuditContext = {
  actorId: 'account-1',
  actorLabel: 'Judge Test',
  jurisdictionId: null,
  requestId: 'req-1',
  ip: '127.0.0.1',
  now: () => at,
};

beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

const rowsOf = (requestId: string) =>
  db.query<AuditRow>('SELECT * FROM audit_event WHERE request_id = $1 ORDER BY seq', [requestId]);

describe('recordAudits', () => {
  it('writes one row per entry, in order, with the same columns as recordAudit', async () => {
    const many = { ...ctx, requestId: 'req-many' };
    const one = { ...ctx, requestId: 'req-one' };
    const entries = [
      { action: 'bench_view.viewed', entityType: 'child', entityId: 'c1', data: { hearingId: 'h', n: 1 } },
      {
        action: 'bench_view.viewed',
        entityType: 'child',
        entityId: 'c2',
        outcome: 'denied',
        breakGlass: true,
        reason: 'emergency',
        occurredAt: new Date('2026-11-19T12:00:00Z'),
      },
      { action: 'bench_view.viewed', entityType: 'hearing', entityId: null },
    ] as const;
    await db.transaction((tx) => recordAudits(tx, many, entries));
    await db.transaction(async (tx) => {
      for (const e of entries) await recordAudit(tx, one, e);
    });
    const batched = await rowsOf('req-many');
    const single = await rowsOf('req-one');
    expect(batched.map((r) => r.entity_id)).toEqual(['c1', 'c2', null]);
    const comparable = (r: AuditRow) => ({
      actor_id: r.actor_id,
      actor_label: r.actor_label,
      action: r.action,
      entity_type: r.entity_type,
      entity_id: r.entity_id,
      occurred_at: new Date(r.occurred_at).toISOString(),
      recorded_at: new Date(r.recorded_at).toISOString(),
      ip: r.ip,
      outcome: r.outcome,
      break_glass: r.break_glass,
      reason: r.reason,
      data: r.data,
    });
    expect(batched.map(comparable)).toEqual(single.map(comparable));
    expect(batched[1]).toMatchObject({ outcome: 'denied', break_glass: true, reason: 'emergency' });
    expect(new Date(batched[1]!.occurred_at).toISOString()).toBe('2026-11-19T12:00:00.000Z');
    expect(batched[0]!.data).toEqual({ v: expect.any(Number), hearingId: 'h', n: 1 });
    expect(new Set(batched.map((r) => r.id)).size).toBe(3);
  });

  it('writes nothing for no entries, and what it wrote seals into a chain that verifies', async () => {
    const before = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_event');
    await db.transaction((tx) => recordAudits(tx, ctx, []));
    const after = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_event');
    expect(after[0]!.n).toBe(before[0]!.n);
    expect(await sealAuditChain(db)).toBeGreaterThanOrEqual(6);
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ ok: true, unsealed: 0 });
    expect(report.checked).toBeGreaterThanOrEqual(6);
  });

  it('rolls back with the transaction it was written in', async () => {
    await expect(
      db.transaction(async (tx) => {
        await recordAudits(tx, { ...ctx, requestId: 'req-rolled-back' }, [
          { action: 'bench_view.viewed', entityType: 'child', entityId: 'c9' },
        ]);
        throw new Error('the use case failed');
      }),
    ).rejects.toThrow('the use case failed');
    expect(await rowsOf('req-rolled-back')).toEqual([]);
  });
});
