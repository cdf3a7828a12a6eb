import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../platform/db.ts';

export const SESSION_COOKIE = 'hearth_session';
const SESSION_HOURS = 12;

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

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
    [accountId, sha256(token), csrfToken, now, expiresAt],
  );
  return { token, csrfToken, expiresAt };
}

export async function findSession(q: Queryable, token: string, now: Date): Promise<SessionInfo | null> {
  const [row] = await q.query<{ id: string; account_id: string; csrf_token: string }>(
    `SELECT id, account_id, csrf_token FROM session
      WHERE token_hash = $1 AND ended_at IS NULL AND expires_at > $2`,
    [sha256(token), now],
  );
  return row ? { sessionId: row.id, accountId: row.account_id, csrfToken: row.csrf_token } : null;
}

export async function endSession(q: Queryable, sessionId: string, now: Date): Promise<void> {
  await q.query('UPDATE session SET ended_at = $2 WHERE id = $1', [sessionId, now]);
}

export async function findAccountForSignIn(
  q: Queryable,
  email: string,
): Promise<{ id: string; password_hash: string; jurisdiction_id: string; display_name: string } | null> {
  const [row] = await q.query<{ id: string; password_hash: string; jurisdiction_id: string; display_name: string }>(
    'SELECT id, password_hash, jurisdiction_id, display_name FROM user_account WHERE lower(email) = lower($1) AND active',
    [email],
  );
  return row ?? null;
}
