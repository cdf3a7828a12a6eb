import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp, type HearthApp } from '../src/app.ts';
import type { Clock } from '@hearth/core';
import type { Db } from '../src/platform/db.ts';
import { TEST_PASSWORD } from './factories.ts';

export type Session = { cookie: string; csrf: string };

/** The fixed "today" of the API tests, so dates in them never drift into the future. */
export const TEST_NOW = new Date('2025-06-02T15:00:00Z');
export const fixedClock: Clock = { now: () => TEST_NOW };

export async function testApp(db: Db, clock: Clock = fixedClock): Promise<HearthApp> {
  return buildApp({ db, clock });
}

export async function signIn(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
  if (res.statusCode !== 201) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'hearth_session');
  return { cookie: `hearth_session=${cookie!.value}`, csrf: res.json().csrfToken };
}

/** A request as the signed-in user, with the CSRF header on writes. */
export function as(app: FastifyInstance, s: Session, opts: InjectOptions) {
  const write = opts.method && opts.method !== 'GET';
  return app.inject({
    ...opts,
    headers: { ...(opts.headers ?? {}), cookie: s.cookie, ...(write ? { 'x-csrf-token': s.csrf } : {}) },
  });
}
