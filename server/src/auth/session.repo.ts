import { createHash, randomBytes } from 'node:crypto';
import { ACTOR_SELECT, toActor, type AccountRow, type Actor } from '../access/actor.ts';
import type { Queryable } from '../platform/db.ts';

export const SESSION_COOKIE = 'hearth_session';
const SESSION_HOURS = 12;

/** Tokens are stored and cached only as their SHA-256. */
export const hashToken = (s: string): string => createHash('sha256').update(s).digest('hex');

export type SessionInfo = { sessionId: string; accountId: string; csrfToken: string };

/** Only the token's hash is stored: a copy of the session table cannot be replayed as cookies. */
export async function createSession(
  q: Queryable,
  accountId: string,
  now: Date,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await q.query(
    'INSERT INTO session (account_id, token_hash, csrf_token, created_at, expires_at) VALUES ($1,$2,$3,$4,$5)',
    [accountId, hashToken(token), csrfToken, now, expiresAt],
  );
  return { token, csrfToken, expiresAt };
}

/** The live session of a token and its account as an Actor, in one query (it runs on every request). */
export async function findSession(
  q: Queryable,
  token: string,
  now: Date,
): Promise<{ session: SessionInfo; actor: Actor } | null> {
  const [row] = await q.query<AccountRow & { session_id: string; csrf_token: string }>(
    `${ACTOR_SELECT.replace('FROM user_account a', ', s.id AS session_id, s.csrf_token FROM session s JOIN user_account a ON a.id = s.account_id')}
      WHERE s.token_hash = $1 AND s.ended_at IS NULL AND s.expires_at > $2 AND a.active`,
    [hashToken(token), now],
  );
  if (!row) return null;
  return {
    session: { sessionId: row.session_id, accountId: row.id, csrfToken: row.csrf_token },
    actor: toActor(row),
  };
}

export async function endSession(q: Queryable, sessionId: string, now: Date): Promise<void> {
  await q.query('UPDATE session SET ended_at = $2 WHERE id = $1', [sessionId, now]);
}

export async function findAccountForSignIn(
  q: Queryable,
  email: string,
): Promise<{ id: string; password_hash: string; jurisdiction_id: string; display_name: string } | null> {
  const [row] = await q.query<{
    id: string;
    password_hash: string;
    jurisdiction_id: string;
    display_name: string;
  }>(
    'SELECT id, password_hash, jurisdiction_id, display_name FROM user_account WHERE lower(email) = lower($1) AND active',
    [email],
  );
  return row ?? null;
}
