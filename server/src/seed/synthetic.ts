import { isIsoDate } from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import type { Db, Queryable } from '../platform/db.ts';
import { seedAuditContext } from './seed-audit.ts';
import { flushBuffers } from './seed-buffers.ts';
import { SeedContext } from './seed-context.ts';
import { generateFamily } from './seed-families.ts';
import { assertReferencesHold } from './seed-references.ts';
import { setUpJurisdiction } from './seed-setup.ts';

/**
 * Deterministic synthetic data for one jurisdiction: courts, judges, agency units, providers, professionals
 * and children with their cases, removal episodes, placements, hearings, orders and findings, permanency
 * plans, maltreatment reports, caseworker visits and a few sensitive facts. The same (code, children, seed,
 * today) always yields the same rows, ids included: every id is drawn from the seeded generator.
 *
 * Families are generated one at a time, each from its own derived generator, and written in batches of
 * about BATCH_CHILDREN children per transaction with one multi-row `unnest` insert per table, so memory
 * stays flat at any size.
 *
 * The steps live beside this file: seed-setup (the jurisdiction's fixed parts), then per family
 * seed-families → seed-entry → seed-hearings, seed-placements, seed-plans, seed-child-records and
 * seed-participants; rows are buffered in seed-buffers and written by seed-bulk-insert.
 */

export type SeedOptions = {
  code: string;
  name: string;
  /** The judicial district, e.g. '2nd'; its digits also make the court part of petition numbers. */
  district: string;
  counties: string[];
  children: number;
  seed: number;
  /** `YYYY-MM-DD`: nothing is dated after it except hearings still to be held. */
  today: string;
  onProgress?: (done: number, total: number) => void;
};

export type SeedSummary = {
  jurisdictionId: string;
  courts: number;
  judges: number;
  children: number;
  cases: number;
  removals: number;
  placements: number;
  hearings: number;
};

export const SEED_RULE_PACK_ID = 'us-nm-2022';
const BATCH_CHILDREN = 2000;

async function insertJurisdiction(q: Queryable, ctx: SeedContext): Promise<void> {
  await q.query(
    `INSERT INTO jurisdiction (id, code, name, state_code, rule_pack_id) VALUES ($1, $2, $3, 'NM', $4)`,
    [ctx.jurisdictionId, ctx.opts.code, ctx.opts.name, SEED_RULE_PACK_ID],
  );
}

/**
 * Creates one synthetic jurisdiction with `children` children and everything around them, in batches.
 * Nothing is dated after `today` except hearings still to be held.
 */
export async function seedJurisdiction(db: Db, opts: SeedOptions): Promise<SeedSummary> {
  if (!isIsoDate(opts.today)) throw new RangeError(`today must be YYYY-MM-DD (got "${opts.today}")`);
  if (!Number.isInteger(opts.children) || opts.children < 0)
    throw new RangeError('children must be a whole number');
  if (opts.counties.length === 0) throw new RangeError('at least one county is needed');
  const ctx = new SeedContext(opts);
  setUpJurisdiction(ctx);
  const [role] = await db.query<{ superuser: boolean }>(
    `SELECT current_setting('is_superuser') = 'on' AS superuser`,
  );
  const bulk = role?.superuser === true;
  const write = async (tx: Queryable): Promise<void> => {
    // As pg_restore --disable-triggers does: skip the per-row foreign-key triggers while bulk loading
    // (nearly half the insert time on PGlite), then check every reference once at the end. CHECK,
    // NOT NULL and UNIQUE constraints still apply. Needs a superuser; otherwise the triggers run.
    if (bulk) await tx.query('SET LOCAL session_replication_role = replica');
    await flushBuffers(tx, ctx.b);
  };
  await db.transaction(async (tx) => {
    await insertJurisdiction(tx, ctx);
    await write(tx);
  });
  while (ctx.childCounter < opts.children) {
    const target = Math.min(opts.children, ctx.childCounter + BATCH_CHILDREN);
    while (ctx.childCounter < target) generateFamily(ctx);
    await db.transaction(write);
    opts.onProgress?.(ctx.childCounter, opts.children);
  }
  await db.transaction(async (tx) => {
    if (bulk) await assertReferencesHold(tx, ctx.jurisdictionId);
    await recordAudit(tx, seedAuditContext(ctx.jurisdictionId), {
      action: 'data.seeded',
      entityType: 'jurisdiction',
      entityId: ctx.jurisdictionId,
      data: { children: opts.children, seed: opts.seed },
    });
  });
  // Fresh planner statistics after a bulk load: without them PostgreSQL guesses row counts and picks
  // sequential scans (PGlite has no autovacuum to do this later).
  await db.exec('ANALYZE');
  return {
    jurisdictionId: ctx.jurisdictionId,
    courts: ctx.courts.length,
    judges: ctx.judges.length,
    children: ctx.childCounter,
    ...ctx.counts,
  };
}
