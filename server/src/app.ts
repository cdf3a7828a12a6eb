import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { hasPermission, rulePackById, type Clock, type RulePack } from '@hearth/core';
import { recordAudit } from './audit/audit-log.ts';
import type { Actor } from './access/actor.ts';
import { SessionCache } from './auth/session-cache.ts';
import { findSession, hashToken, SESSION_COOKIE, type SessionInfo } from './auth/session.repo.ts';
import { SignInLimiter } from './auth/sign-in-limiter.ts';
import { createMailer, type Mailer } from './notices/mailer.ts';
import { auditContextFor, type RequestContext } from './platform/context.ts';
import type { Db } from './platform/db.ts';
import { buildOpenApi } from './platform/openapi.ts';
import { forbidden, invalid, Problem, unauthorized, type FieldError } from './platform/problem.ts';
import type { RouteDef } from './platform/route.ts';
import { registerWebInterface } from './platform/static.ts';
import { parseOrCollect } from './platform/validate.ts';
import { allRoutes, systemRoutes } from './routes.ts';

export type AppOptions = {
  db: Db;
  clock?: Clock;
  cookieSecure?: boolean;
  /** Extra routes (tests); the product's routes always come from routes.ts. */
  routes?: RouteDef[];
  /** HEARTH_SMTP_URL: where notices are e-mailed; unset, e-mail notices are logged as not sent. */
  smtpUrl?: string | undefined;
  smtpFrom?: string | undefined;
};

export type HearthApp = { app: FastifyInstance; services: AppServices; routes: RouteDef[]; served: string[] };

export type AppServices = {
  db: Db;
  clock: Clock;
  limiter: SignInLimiter;
  sessions: SessionCache;
  cookieSecure: boolean;
  mailer: Mailer;
};

const systemClock: Clock = { now: () => new Date() };
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    hearthSession: SessionInfo | null;
  }
}

function sendProblem(reply: FastifyReply, req: FastifyRequest, p: Problem): FastifyReply {
  if (p.status === 429 && typeof p.extra?.retryAfter === 'number')
    reply.header('retry-after', String(p.extra.retryAfter));
  return reply
    .code(p.status)
    .type('application/problem+json')
    .send({
      type: 'about:blank',
      title: p.title,
      status: p.status,
      detail: p.detail,
      instance: req.url.split('?')[0],
      ...(p.errors ? { errors: p.errors } : {}),
      ...p.extra,
    });
}

/** Builds the HTTP app without listening; tests call it through `inject`. */
export async function buildApp(opts: AppOptions): Promise<HearthApp> {
  const services: AppServices = {
    db: opts.db,
    clock: opts.clock ?? systemClock,
    limiter: new SignInLimiter(),
    sessions: new SessionCache(),
    cookieSecure: opts.cookieSecure ?? false,
    mailer: createMailer({ smtpUrl: opts.smtpUrl, from: opts.smtpFrom }),
  };
  const app = Fastify({
    logger: false,
    genReqId: () => randomUUID(),
    bodyLimit: 1_048_576,
    trustProxy: false,
  });
  await app.register(cookie);
  app.decorateRequest('hearthSession', null);

  type JurisdictionSettings = { rulePack: RulePack; timeZone: string };
  const jurisdictions = new Map<string, JurisdictionSettings>();
  async function settingsFor(jurisdictionId: string): Promise<JurisdictionSettings> {
    let settings = jurisdictions.get(jurisdictionId);
    if (!settings) {
      const [row] = await opts.db.query<{ rule_pack_id: string; time_zone: string }>(
        'SELECT rule_pack_id, time_zone FROM jurisdiction WHERE id = $1',
        [jurisdictionId],
      );
      settings = {
        rulePack: rulePackById(row?.rule_pack_id ?? 'us-federal-2022'),
        timeZone: row?.time_zone ?? 'UTC',
      };
      jurisdictions.set(jurisdictionId, settings);
    }
    return settings;
  }

  /** The session of a token, from the short-lived cache or the database (ADR 0004). */
  async function lookUpSession(token: string): Promise<{ session: SessionInfo; actor: Actor } | null> {
    const key = hashToken(token);
    const cached = services.sessions.get(key, performance.now());
    if (cached) return cached;
    const found = await findSession(services.db, token, services.clock.now());
    if (found) services.sessions.set(key, found, performance.now());
    return found;
  }

  /** A refusal is audited on its own: the refused use case wrote nothing (or rolled back). */
  function recordDenied(ctx: RequestContext, def: RouteDef, data: Record<string, unknown>): Promise<void> {
    return recordAudit(services.db, ctx.audit, {
      action: 'access.denied',
      entityType: 'route',
      entityId: `${def.method} ${def.url}`,
      outcome: 'denied',
      data,
    });
  }

  async function run(def: RouteDef, req: FastifyRequest, reply: FastifyReply): Promise<unknown> {
    const headers = req.headers as Record<string, string | undefined>;
    const base = { db: services.db, clock: services.clock, requestId: String(req.id), ip: req.ip };
    let ctx: RequestContext | null = null;
    if (!def.public) {
      const token = req.cookies[SESSION_COOKIE];
      const found = token ? await lookUpSession(token) : null;
      if (!found) throw unauthorized();
      const { session, actor } = found;
      req.hearthSession = session;
      // Cookie-authenticated writes must carry the session's CSRF token in a header a foreign page cannot set.
      if (UNSAFE.has(req.method) && headers['x-csrf-token'] !== session.csrfToken)
        throw forbidden('The x-csrf-token header is missing or does not match this session.');
      ctx = {
        db: services.db,
        actor,
        clock: services.clock,
        ...(await settingsFor(actor.jurisdictionId)),
        audit: auditContextFor(actor, services.clock, base.requestId, req.ip),
      };
      if (def.permission !== 'authenticated' && !hasPermission(actor.roles, def.permission)) {
        await recordDenied(ctx, def, { permission: def.permission, status: 403 });
        throw forbidden(`Your role does not allow this (${def.permission}).`);
      }
    }
    const errors: FieldError[] = [];
    const params = parseOrCollect(def.params, req.params, 'params', errors);
    const query = parseOrCollect(def.query, req.query, 'query', errors);
    const body = parseOrCollect(def.body, req.body, 'body', errors);
    if (errors.length) throw invalid(errors);
    const input = { params, query, body, headers, reply };
    let result: unknown;
    try {
      result = ctx
        ? await def.handler({ ...input, ctx } as never)
        : await def.handler({ ...input, ctx: base } as never);
    } catch (err) {
      // A record out of reach (404, looking the same as missing) or a refusal is logged too: auditors ask
      // who tried to open a child's record, not only who did. The use case's own transaction rolled back.
      if (ctx && err instanceof Problem && (err.status === 403 || err.status === 404))
        await recordDenied(ctx, def, { params: params ?? null, status: err.status });
      throw err;
    }
    if (reply.sent) return reply;
    if (result === undefined) return reply.code(204).send();
    return reply.code(def.successStatus ?? 200).send(result);
  }

  let openApi: Record<string, unknown> = {};
  const routes = [...systemRoutes(() => openApi), ...allRoutes(services), ...(opts.routes ?? [])];
  const served: string[] = [];
  app.addHook('onRoute', (r) => {
    for (const m of [r.method].flat()) if (m !== 'HEAD') served.push(`${m} ${r.url}`);
  });
  for (const def of routes) {
    const label = `${def.method} ${def.url}`;
    // Deny by default: a route that declares neither a permission nor `public: true` is a programming error.
    if (!def.public && !def.permission) throw new Error(`route ${label} declares no permission`);
    app.route({ method: def.method, url: def.url, handler: (req, reply) => run(def, req, reply) });
  }
  openApi = buildOpenApi(routes);
  // The web interface (web/dist) and its single-page fallback; every other GET is the API's.
  registerWebInterface(app);

  app.setErrorHandler((err: FastifyError | Problem, req, reply) => {
    if (err instanceof Problem) return sendProblem(reply, req, err);
    const status = (err as FastifyError).statusCode;
    if (status === 400 || (err as FastifyError).code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
      return sendProblem(
        reply,
        req,
        invalid([{ field: 'body', pointer: '', detail: err.message }], 'The body is not valid JSON.'),
      );
    if (status === 415 || status === 413)
      return sendProblem(
        reply,
        req,
        new Problem(status, status === 415 ? 'Unsupported media type' : 'Body too large', err.message),
      );
    // Anything else is our fault: the client gets a reference, never the detail.
    console.error(`[${req.id}]`, err);
    return sendProblem(
      reply,
      req,
      new Problem(500, 'Internal error', `Something went wrong on our side (reference ${req.id}).`),
    );
  });
  app.setNotFoundHandler((req, reply) =>
    sendProblem(reply, req, new Problem(404, 'Not found', `There is nothing at ${req.url.split('?')[0]}.`)),
  );

  // Not the Fastify instance itself: it is thenable, and an async function would unwrap it.
  return { app, services, routes, served };
}
