import type { Clock } from '@hearth/core';
import { loadActor, type Actor } from '../access/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { auditContextFor } from '../platform/context.ts';
import type { Db } from '../platform/db.ts';
import { Problem } from '../platform/problem.ts';
import { decoyHash, verifyPassword } from './password.ts';
import { createSession, findAccountForSignIn } from './session.repo.ts';
import type { SignInLimiter } from './sign-in-limiter.ts';

export type SignInResult = { token: string; csrfToken: string; expiresAt: Date; actor: Actor };

/**
 * Signs in with e-mail and password. Failures are counted per address and per e-mail and audited; the
 * answer never says whether the e-mail exists.
 */
export async function signIn(
  db: Db,
  clock: Clock,
  limiter: SignInLimiter,
  input: { email: string; password: string; ip: string; requestId: string },
): Promise<SignInResult> {
  const keys = [`ip:${input.ip}`, `email:${input.email.toLowerCase()}`];
  const nowMs = clock.now().getTime();
  const wait = limiter.retryAfter(keys, nowMs);
  if (wait > 0)
    throw new Problem(429, 'Too many sign-in attempts', `Try again in ${wait} seconds.`, undefined, {
      retryAfter: wait,
    });

  const account = await findAccountForSignIn(db, input.email);
  const ok = account
    ? await verifyPassword(account.password_hash, input.password)
    : (await verifyPassword(await decoyHash(), input.password), false);

  if (!account || !ok) {
    limiter.fail(keys, nowMs);
    await recordAudit(db, auditContextFor(null, clock, input.requestId, input.ip), {
      action: 'session.sign_in_failed',
      entityType: 'user_account',
      entityId: account?.id ?? null,
      outcome: 'failure',
    });
    throw new Problem(401, 'Sign-in failed', 'The e-mail or password is not right.');
  }
  limiter.succeed(keys);
  return db.transaction(async (tx) => {
    const actor = await loadActor(tx, account.id);
    if (!actor) throw new Problem(401, 'Sign-in failed', 'The e-mail or password is not right.');
    const session = await createSession(tx, account.id, clock.now());
    await recordAudit(tx, auditContextFor(actor, clock, input.requestId, input.ip), {
      action: 'session.signed_in',
      entityType: 'user_account',
      entityId: account.id,
    });
    return { ...session, actor };
  });
}
