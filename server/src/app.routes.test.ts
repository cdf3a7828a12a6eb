import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '@hearth/core';
import { buildApp, type HearthApp } from './app.ts';
import type { Db } from './platform/db.ts';
import type { RouteDef } from './platform/route.ts';
import { createTestDb } from '../test/test-db.ts';

/** Route inventory (house-style §3, from Twenty): every API route is guarded or explicitly public. */
let db: Db;
let built: HearthApp;

beforeAll(async () => {
  db = await createTestDb();
  built = await buildApp({ db });
});
afterAll(async () => {
  await built.app.close();
  await db.close();
});

describe('route inventory', () => {
  it('serves no /api route that the registry does not declare', () => {
    const declared = new Set(built.routes.map((r) => `${r.method} ${r.url}`));
    const undeclared = built.served.filter((r) => r.split(' ')[1]!.startsWith('/api') && !declared.has(r));
    expect(undeclared).toEqual([]);
    expect(built.served.length).toBeGreaterThan(15);
  });

  it('declares a registered permission on every route that is not public', () => {
    const allowed = new Set([...Object.keys(PERMISSIONS), 'authenticated']);
    for (const r of built.routes) {
      if (r.public) continue;
      expect(allowed.has(r.permission), `${r.method} ${r.url} declares ${r.permission}`).toBe(true);
    }
    const publicRoutes = built.routes.filter((r) => r.public).map((r) => `${r.method} ${r.url}`);
    expect(publicRoutes.sort()).toEqual(['GET /api/health', 'GET /api/openapi.json', 'POST /api/v1/session']);
  });

  it('refuses to build an app with an unguarded route', async () => {
    const unguarded = {
      method: 'GET',
      url: '/api/v1/oops',
      tag: 'x',
      summary: 'x',
      handler: async () => ({}),
    } as unknown as RouteDef;
    await expect(buildApp({ db, routes: [unguarded] })).rejects.toThrow(/declares no permission/);
  });

  it('answers an unknown address with a problem+json 404', async () => {
    const res = await built.app.inject('/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('asks anyone not signed in to sign in', async () => {
    const res = await built.app.inject('/api/v1/cases');
    expect(res.statusCode).toBe(401);
    expect(res.json().title).toBe('Sign-in required');
  });
});
