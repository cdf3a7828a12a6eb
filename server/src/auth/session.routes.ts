import { z } from 'zod';
import { ROLE_LABELS } from '@hearth/core';
import type { AppServices } from '../app.ts';
import { type Actor } from '../access/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';

import { publicRoute, route, type RouteDef } from '../platform/route.ts';
import { endSession, SESSION_COOKIE } from './session.repo.ts';
import { signIn } from './session.service.ts';

const SignInBody = z.strictObject({
  email: z.email('must be an e-mail address').max(320),
  password: z.string().min(1, 'is required').max(1024),
});

const Me = z.object({
  accountId: z.string(),
  displayName: z.string(),
  email: z.string(),
  roles: z.array(z.object({ role: z.string(), label: z.string() })),
  preferredLanguage: z.string(),
  csrfToken: z.string(),
});

function toMe(actor: Actor, csrfToken: string): z.infer<typeof Me> {
  return {
    accountId: actor.accountId,
    displayName: actor.label,
    email: actor.email,
    roles: actor.roles.map((role) => ({ role, label: ROLE_LABELS[role] })),
    preferredLanguage: actor.preferredLanguage,
    csrfToken,
  };
}

export function sessionRoutes(services: AppServices): RouteDef[] {
  return [
    publicRoute({
      method: 'POST',
      url: '/api/v1/session',
      tag: 'session',
      summary: 'Sign in; sets an HTTP-only session cookie and returns the CSRF token for writes',
      public: true,
      body: SignInBody,
      response: Me,
      successStatus: 201,
      async handler({ body, ctx, reply }) {
        const result = await signIn(services.db, services.clock, services.limiter, {
          ...body,
          ip: ctx.ip,
          requestId: ctx.requestId,
        });
        reply.setCookie(SESSION_COOKIE, result.token, {
          httpOnly: true,
          sameSite: 'strict',
          secure: services.cookieSecure,
          path: '/',
          expires: result.expiresAt,
        });
        return toMe(result.actor, result.csrfToken);
      },
    }),
    route({
      method: 'DELETE',
      url: '/api/v1/session',
      tag: 'session',
      summary: 'Sign out',
      permission: 'authenticated',
      async handler({ ctx, reply }) {
        const session = reply.request.hearthSession;
        await ctx.db.transaction(async (tx) => {
          if (session) {
            await endSession(tx, session.sessionId, ctx.clock.now());
            services.sessions.evictSession(session.sessionId);
          }
          await recordAudit(tx, ctx.audit, {
            action: 'session.signed_out',
            entityType: 'user_account',
            entityId: ctx.actor.accountId,
          });
        });
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return undefined;
      },
    }),
    route({
      method: 'GET',
      url: '/api/v1/me',
      tag: 'session',
      summary: 'Who is signed in, with their roles',
      permission: 'authenticated',
      response: Me,
      async handler({ ctx, reply }) {
        return toMe(ctx.actor, reply.request.hearthSession?.csrfToken ?? '');
      },
    }),
  ];
}
