import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import type { Role } from '@hearth/core';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../src/platform/db.ts';
import type { RouteDef } from '../src/platform/route.ts';
import { createOrg, type Org } from './factories.ts';
import { as, signIn, testApp, type Session } from './http.ts';
import { createTestDb, testDbKind } from './test-db.ts';

/**
 * "No input makes the server answer 500" as a property: for every route that takes a body, arbitrary JSON
 * and arbitrary objects built from the route's own field names get an answer below 500, and every error
 * is problem+json. Each route is called by a role allowed to use it, on records that role is related to.
 */
const ROLE_FOR: Record<string, Role> = {
  'case.open': 'court_clerk',
  'case.update': 'court_clerk',
  'participant.manage': 'court_clerk',
  'hearing.schedule': 'court_clerk',
  'order.record': 'judge',
  'account.manage': 'administrator',
  'sensitive.grant': 'administrator',
};

let db: Db;
let app: FastifyInstance;
let org: Org;
let routes: RouteDef[];
const sessions = new Map<Role, Session>();

beforeAll(async () => {
  db = await createTestDb();
  const built = await testApp(db);
  app = built.app;
  routes = built.routes.filter((r) => r.body && !r.public);
  org = await createOrg(db);
  for (const role of ['caseworker', 'court_clerk', 'judge', 'administrator'] as const)
    sessions.set(role, await signIn(app, org.accounts[role].email));
});
afterAll(async () => {
  await app.close();
  await db.close();
});

function urlFor(def: RouteDef): string {
  return def.url
    .replace(':caseId', org.assignedCase)
    .replace(':childId', org.placedChild)
    .replace(':removalId', org.youthRemoval)
    .replace(':accountId', org.accounts.casa_volunteer.id);
}

describe(`no input answers 500 (${testDbKind()})`, () => {
  it('covers every route that takes a body', () => {
    expect(routes.length).toBeGreaterThanOrEqual(12);
  });

  it('answers arbitrary bodies with a 2xx or a problem+json 4xx, never a 5xx', async () => {
    for (const def of routes) {
      const role = ROLE_FOR[def.permission as string] ?? 'caseworker';
      const session = sessions.get(role)!;
      const keys = Object.keys(
        (z.toJSONSchema(def.body!, { io: 'input', unrepresentable: 'any' }) as { properties?: object })
          .properties ?? {},
      );
      const body = fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.dictionary(fc.constantFrom(...keys, 'unknownField'), fc.jsonValue({ maxDepth: 2 }), {
          maxKeys: 6,
        }),
      );
      await fc.assert(
        fc.asyncProperty(body, fc.constantFrom(undefined, '"1"', 'W/"x"', '*'), async (payload, ifMatch) => {
          const res = await as(app, session, {
            method: def.method,
            url: urlFor(def),
            headers: { 'content-type': 'application/json', ...(ifMatch ? { 'if-match': ifMatch } : {}) },
            payload: JSON.stringify(payload),
          });
          expect(
            res.statusCode,
            `${def.method} ${def.url} ${JSON.stringify(payload)} → ${res.body}`,
          ).toBeLessThan(500);
          if (res.statusCode >= 400)
            expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        }),
        { numRuns: 40, seed: 20261123 },
      );
    }
  });
});
