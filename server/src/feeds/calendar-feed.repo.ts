import { randomBytes } from 'node:crypto';
import { scopesFor } from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import { caseAccess, childAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';

/** SQL for calendar feeds: the account's feed row, the token key, and the hearings a feed lists. */

export type FeedRow = { id: string; created_at: Date };

export async function findLiveFeed(q: Queryable, accountId: string): Promise<FeedRow | null> {
  const [row] = await q.query<FeedRow>(
    'SELECT id, created_at FROM calendar_feed WHERE account_id = $1 AND revoked_at IS NULL',
    [accountId],
  );
  return row ?? null;
}

/**
 * Adds the account's live feed unless one exists already (two first visits at once make one feed).
 * @returns true when this call made it
 */
export async function insertFeed(
  q: Queryable,
  f: { id: string; jurisdictionId: string; accountId: string; tokenHash: string; now: Date },
): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO calendar_feed (id, jurisdiction_id, account_id, token_hash, created_at)
     VALUES ($1,$2,$3,$4,$5) ON CONFLICT (account_id) WHERE revoked_at IS NULL DO NOTHING RETURNING id`,
    [f.id, f.jurisdictionId, f.accountId, f.tokenHash, f.now],
  );
  return rows.length > 0;
}

/** @returns the id of the feed revoked, if there was a live one */
export async function revokeLiveFeed(q: Queryable, accountId: string, now: Date): Promise<string | null> {
  const [row] = await q.query<{ id: string }>(
    'UPDATE calendar_feed SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL RETURNING id',
    [accountId, now],
  );
  return row?.id ?? null;
}

/** The live feed of a token's hash and its account, when the account is still active. */
export async function findFeedByTokenHash(
  q: Queryable,
  tokenHash: string,
): Promise<{ feed_id: string; account_id: string } | null> {
  const [row] = await q.query<{ feed_id: string; account_id: string }>(
    `SELECT f.id AS feed_id, f.account_id FROM calendar_feed f JOIN user_account a ON a.id = f.account_id
      WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND a.active`,
    [tokenHash],
  );
  return row ?? null;
}

/** The key feed tokens are derived from, made on first use (two first uses at once keep the same one). */
export async function loadFeedKey(q: Queryable): Promise<string> {
  await q.query('INSERT INTO calendar_feed_key (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [
    randomBytes(32).toString('base64url'),
  ]);
  const [row] = await q.query<{ secret: string }>('SELECT secret FROM calendar_feed_key WHERE id = 1');
  return row!.secret;
}

export type FeedHearingRow = {
  id: string;
  case_id: string;
  /** Null unless the account may open the case: the petition number is case-level information. */
  petition_number: string | null;
  hearing_type: string;
  status: string;
  scheduled_start: Date;
  scheduled_end: Date;
  sequence: number;
  last_modified: Date;
  courtroom: string | null;
  courtroom_location: string | null;
  court_name: string;
};

/**
 * The hearings of the account's cases from `from` on, upcoming ones first, then the most recent past
 * ones, at most `limit`. Reach is the case list's (caseAccess with 'case.read'); a caregiver or youth,
 * who reads a child and not a case, gets the hearings of the cases of the children they may read
 * (childAccess with 'child.read'), as the child page shows them. Only names of places are selected:
 * no child's or parent's name is ever loaded.
 */
export async function listFeedHearings(
  q: Queryable,
  actor: Actor,
  window: { from: Date; now: Date; limit: number },
): Promise<FeedHearingRow[]> {
  const p = new SqlParams();
  const caseOk = caseAccess(actor, 'case.read', 'c', p);
  const reach = [caseOk];
  // Only a relationship to one child (placement, self) adds hearings the case scopes do not already give.
  const childScopes = scopesFor(actor.roles, 'child.read');
  if (childScopes.includes('placement') || childScopes.includes('self'))
    reach.push(`EXISTS (SELECT 1 FROM case_child fcc JOIN child fch ON fch.id = fcc.child_id
                 WHERE fcc.case_id = h.case_id AND ${childAccess(actor, 'child.read', 'fch', p)})`);
  const now = p.add(window.now);
  return q.query<FeedHearingRow>(
    `SELECT h.id, h.case_id, CASE WHEN ${caseOk} THEN c.petition_number END AS petition_number,
            h.hearing_type, h.status, h.scheduled_start, h.scheduled_end, h.sequence,
            COALESCE(h.changed_at, h.recorded_at) AS last_modified,
            cr.name AS courtroom, cr.location AS courtroom_location, co.name AS court_name
       FROM hearing h JOIN court_case c ON c.id = h.case_id JOIN court co ON co.id = c.court_id
       LEFT JOIN courtroom cr ON cr.id = h.courtroom_id
      WHERE h.scheduled_start >= ${p.add(window.from)} AND (${reach.join(' OR ')})
      ORDER BY h.scheduled_start < ${now},
               CASE WHEN h.scheduled_start >= ${now} THEN h.scheduled_start END,
               h.scheduled_start DESC, h.id
      LIMIT ${p.add(window.limit)}`,
    p.values,
  );
}

export async function jurisdictionTimeZone(q: Queryable, jurisdictionId: string): Promise<string> {
  const [row] = await q.query<{ time_zone: string }>('SELECT time_zone FROM jurisdiction WHERE id = $1', [
    jurisdictionId,
  ]);
  return row?.time_zone ?? 'UTC';
}
