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

  it('serves the routes of the forms with the permissions they need', () => {
    const permission = (key: string) => built.routes.find((r) => `${r.method} ${r.url}` === key)?.permission;
    expect(built.served).toEqual(
      expect.arrayContaining([
        'POST /api/v1/cases/:caseId/children',
        'GET /api/v1/lookups/courts',
        'GET /api/v1/lookups/providers',
      ]),
    );
    expect(permission('POST /api/v1/cases/:caseId/children')).toBe('participant.manage');
    expect(permission('GET /api/v1/lookups/courts')).toBe('case.read');
    expect(permission('GET /api/v1/lookups/providers')).toBe('placement.record');
  });

  it('guards the Data page: counts with cqi.read, the interchange files with data.export', () => {
    const permissionOf = (label: string): string | undefined =>
      built.routes.find((r) => `${r.method} ${r.url}` === label)?.permission;
    expect(permissionOf('GET /api/v1/data/summary')).toBe('cqi.read');
    expect(permissionOf('GET /api/v1/data/interchange/:file')).toBe('data.export');
  });

  it('guards the due items with child.readHistory and the people on a child’s case with child.read', () => {
    const permissionOf = (label: string): string | undefined =>
      built.routes.find((r) => `${r.method} ${r.url}` === label)?.permission;
    expect(built.served).toEqual(
      expect.arrayContaining(['GET /api/v1/me/due-items', 'GET /api/v1/children/:childId/people']),
    );
    expect(permissionOf('GET /api/v1/me/due-items')).toBe('child.readHistory');
    expect(permissionOf('GET /api/v1/children/:childId/people')).toBe('child.read');
  });

  it('serves search to whoever may read a child (case readers all may)', () => {
    const search = built.routes.find((r) => `${r.method} ${r.url}` === 'GET /api/v1/search');
    expect(built.served).toContain('GET /api/v1/search');
    expect(search?.permission).toBe('child.read');
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
