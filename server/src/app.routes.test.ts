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
    // The calendar feed is public because calendar apps cannot sign in: its secret address is the key.
    expect(publicRoutes.sort()).toEqual([
      'GET /api/health',
      'GET /api/openapi.json',
      'GET /api/v1/calendar/:token.ics',
      'POST /api/v1/session',
    ]);
  });

  it('serves each account its own calendar address, and the feed itself without a session', async () => {
    const permissionOf = (label: string): string | undefined =>
      built.routes.find((r) => `${r.method} ${r.url}` === label)?.permission;
    expect(permissionOf('GET /api/v1/me/calendar-feed')).toBe('authenticated');
    expect(permissionOf('POST /api/v1/me/calendar-feed/revoke')).toBe('authenticated');
    const res = await built.app.inject('/api/v1/calendar/not-a-real-token.ics');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('guards the education record with the history, its writes with education.record, normalcy with its own', () => {
    const permissionOf = (label: string): string | undefined =>
      built.routes.find((r) => `${r.method} ${r.url}` === label)?.permission;
    const base = '/api/v1/children/:childId/education';
    expect(permissionOf(`GET ${base}`)).toBe('child.readHistory');
    for (const part of [
      'schools',
      'best-interest',
      'decision-makers',
      'special-education',
      'attendance',
      'credits',
      'advocates',
    ])
      expect(permissionOf(`POST ${base}/${part}`), part).toBe('education.record');
    expect(permissionOf(`PATCH ${base}/schools/:enrollmentId`)).toBe('education.record');
    expect(permissionOf(`PATCH ${base}/best-interest/:determinationId`)).toBe('education.record');
    expect(permissionOf('GET /api/v1/children/:childId/normalcy')).toBe('child.read');
    expect(permissionOf('POST /api/v1/children/:childId/normalcy/decisions')).toBe('normalcy.record');
    expect(permissionOf('POST /api/v1/children/:childId/normalcy/conversations')).toBe('normalcy.record');
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

  it('guards the outcome indicators with cqi.read, their reference values with cqi.configure, their files with data.export', () => {
    const permissionOf = (label: string): string | undefined =>
      built.routes.find((r) => `${r.method} ${r.url}` === label)?.permission;
    for (const url of [
      '/api/v1/cqi/indicators',
      '/api/v1/cqi/indicators/trend',
      '/api/v1/cqi/indicators/:key/children',
      '/api/v1/cqi/equity',
      '/api/v1/cqi/reference-values',
    ])
      expect(permissionOf(`GET ${url}`), url).toBe('cqi.read');
    expect(permissionOf('PUT /api/v1/cqi/reference-values/:indicator/:measure')).toBe('cqi.configure');
    for (const url of [
      '/api/v1/cqi/indicators/export',
      '/api/v1/cqi/indicators/trend/export',
      '/api/v1/cqi/equity/export',
      '/api/v1/cqi/indicators/:key/children/export',
    ])
      expect(permissionOf(`GET ${url}`), url).toBe('data.export');
  });

  it('guards the Data page: counts with cqi.read, the interchange files with data.export', () => {
    const permissionOf = (label: string): string | undefined =>
      built.routes.find((r) => `${r.method} ${r.url}` === label)?.permission;
    expect(permissionOf('GET /api/v1/data/summary')).toBe('cqi.read');
    expect(permissionOf('GET /api/v1/data/interchange/:file')).toBe('data.export');
    expect(permissionOf('GET /api/v1/data/afcars.xml')).toBe('data.export');
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

  it('guards the dockets, their PDF and their choices with docket.read', () => {
    for (const label of ['GET /api/v1/dockets', 'GET /api/v1/dockets.pdf', 'GET /api/v1/lookups/dockets']) {
      expect(built.served).toContain(label);
      const permission = built.routes.find((r) => `${r.method} ${r.url}` === label)?.permission;
      expect(permission, label).toBe('docket.read');
    }
  });

  it('serves the notices of a hearing: the log to case readers, sending, PDFs and proof of service to the court', () => {
    const permissionOf = (label: string): string | undefined =>
      built.routes.find((r) => `${r.method} ${r.url}` === label)?.permission;
    expect(built.served).toEqual(
      expect.arrayContaining([
        'GET /api/v1/hearings/:hearingId/notices',
        'POST /api/v1/hearings/:hearingId/notices',
        'GET /api/v1/notices/:noticeId.pdf',
        'PATCH /api/v1/notices/:noticeId',
      ]),
    );
    expect(permissionOf('GET /api/v1/hearings/:hearingId/notices')).toBe('case.read');
    expect(permissionOf('POST /api/v1/hearings/:hearingId/notices')).toBe('hearing.schedule');
    expect(permissionOf('GET /api/v1/notices/:noticeId.pdf')).toBe('hearing.schedule');
    expect(permissionOf('PATCH /api/v1/notices/:noticeId')).toBe('hearing.schedule');
  });

  it('serves a hearing and the continuances to case readers, moving and continuing to the court', () => {
    const permissionOf = (label: string): string | undefined =>
      built.routes.find((r) => `${r.method} ${r.url}` === label)?.permission;
    const expected: Record<string, string> = {
      'GET /api/v1/hearings/:hearingId': 'case.read',
      'PATCH /api/v1/hearings/:hearingId': 'hearing.schedule',
      'POST /api/v1/hearings/:hearingId/continuance': 'hearing.schedule',
      'GET /api/v1/cases/:caseId/continuances': 'case.read',
    };
    expect(built.served).toEqual(expect.arrayContaining(Object.keys(expected)));
    for (const [label, permission] of Object.entries(expected))
      expect(permissionOf(label), label).toBe(permission);
  });

  it('serves the court measures to cqi.read, their download to data.export, attendance to the court', () => {
    const permissionOf = (label: string): string | undefined =>
      built.routes.find((r) => `${r.method} ${r.url}` === label)?.permission;
    const expected: Record<string, string> = {
      'GET /api/v1/court-measures': 'cqi.read',
      'GET /api/v1/court-measures/export': 'data.export',
      'GET /api/v1/hearings/:hearingId/attendance': 'case.read',
      'PUT /api/v1/hearings/:hearingId/attendance': 'order.record',
    };
    expect(built.served).toEqual(expect.arrayContaining(Object.keys(expected)));
    for (const [label, permission] of Object.entries(expected))
      expect(permissionOf(label), label).toBe(permission);
  });

  it('serves well-being checklists to child readers, their writing to wellbeing.record, the bench view to the bench', () => {
    const permissionOf = (label: string): string | undefined =>
      built.routes.find((r) => `${r.method} ${r.url}` === label)?.permission;
    const expected: Record<string, string> = {
      'GET /api/v1/hearings/:hearingId/children/:childId/well-being': 'child.read',
      'PUT /api/v1/hearings/:hearingId/children/:childId/well-being': 'wellbeing.record',
      'GET /api/v1/children/:childId/well-being/history': 'child.read',
      'GET /api/v1/hearings/:hearingId/bench-view': 'docket.read',
    };
    expect(built.served).toEqual(expect.arrayContaining(Object.keys(expected)));
    for (const [label, permission] of Object.entries(expected))
      expect(permissionOf(label), label).toBe(permission);
  });

  it('guards the permanency clocks and benchmark reviews by the history, their records by the case plan', () => {
    const permissionOf = (label: string): string | undefined =>
      built.routes.find((r) => `${r.method} ${r.url}` === label)?.permission;
    expect(permissionOf('GET /api/v1/children/:childId/clocks')).toBe('child.readHistory');
    expect(permissionOf('GET /api/v1/me/at-risk')).toBe('child.readHistory');
    expect(permissionOf('GET /api/v1/cases/:caseId/benchmark-reviews')).toBe('child.readHistory');
    expect(permissionOf('POST /api/v1/cases/:caseId/benchmark-reviews')).toBe('plan.record');
    expect(permissionOf('POST /api/v1/children/:childId/tpr-exceptions')).toBe('plan.record');
  });

  it('serves court reports: the agency’s and the CASA’s copies by their own rights, the narrative to the CASA', () => {
    const permissionOf = (label: string): string | undefined =>
      built.routes.find((r) => `${r.method} ${r.url}` === label)?.permission;
    const expected: Record<string, string> = {
      'GET /api/v1/hearings/:hearingId/reports/agency': 'courtReport.agency',
      'GET /api/v1/hearings/:hearingId/reports/casa': 'courtReport.casa',
      'GET /api/v1/hearings/:hearingId/reports/casa/narrative': 'courtReport.casa',
      'PUT /api/v1/hearings/:hearingId/reports/casa': 'courtReport.casaWrite',
    };
    expect(built.served).toEqual(expect.arrayContaining(Object.keys(expected)));
    for (const [label, permission] of Object.entries(expected))
      expect(permissionOf(label), label).toBe(permission);
  });

  it("serves a case's schedule (deadlines and why) to those who may read the case", () => {
    const route = built.routes.find((r) => `${r.method} ${r.url}` === 'GET /api/v1/cases/:caseId/schedule');
    expect(route?.permission).toBe('case.read');
  });

  it("serves the youth's and caregivers' voice: read with voice.read, written with voice.write, leave to speak by order", () => {
    const permissionOf = (label: string): string | undefined =>
      built.routes.find((r) => `${r.method} ${r.url}` === label)?.permission;
    const voice = '/api/v1/hearings/:hearingId/children/:childId';
    const expected: Record<string, string> = {
      'GET /api/v1/children/:childId/voice': 'voice.read',
      'GET /api/v1/hearings/:hearingId/voices': 'voice.read',
      [`PUT ${voice}/statement`]: 'voice.write',
      [`POST ${voice}/statement/send`]: 'voice.write',
      [`PUT ${voice}/attendance-plan`]: 'voice.write',
      [`PUT ${voice}/caregiver-report`]: 'voice.write',
      [`POST ${voice}/caregiver-report/submit`]: 'voice.write',
      'PUT /api/v1/children/:childId/voice-permission': 'order.record',
    };
    expect(built.served).toEqual(expect.arrayContaining(Object.keys(expected)));
    for (const [label, permission] of Object.entries(expected))
      expect(permissionOf(label), label).toBe(permission);
  });

  it('serves search to whoever may read a child (case readers all may)', () => {
    const search = built.routes.find((r) => `${r.method} ${r.url}` === 'GET /api/v1/search');
    expect(built.served).toContain('GET /api/v1/search');
    expect(search?.permission).toBe('child.read');
  });

  it('serves the transition plans: read with transition.read or the history, written with plan.record', () => {
    const permissionOf = (label: string): string | undefined =>
      built.routes.find((r) => `${r.method} ${r.url}` === label)?.permission;
    const plans = '/api/v1/children/:childId/transition-plans';
    const home = '/api/v1/children/:childId/transition-home-plans';
    expect(permissionOf(`GET ${plans}`)).toBe('transition.read');
    expect(permissionOf(`POST ${plans}`)).toBe('plan.record');
    expect(permissionOf(`PUT ${plans}`)).toBe('plan.record');
    expect(permissionOf(`PUT ${plans}/goals`)).toBe('transition.writeGoals');
    expect(permissionOf(`GET ${home}`)).toBe('child.readHistory');
    expect(permissionOf(`POST ${home}`)).toBe('plan.record');
    expect(permissionOf(`PUT ${home}/:planId`)).toBe('plan.record');
  });

  it('serves caseworker contacts: read with contact.read, recorded with contact.record, reviewed with contact.review', () => {
    const permissionOf = (label: string): string | undefined =>
      built.routes.find((r) => `${r.method} ${r.url}` === label)?.permission;
    const expected: Record<string, string> = {
      'POST /api/v1/children/:childId/contacts': 'contact.record',
      'GET /api/v1/children/:childId/contacts': 'contact.read',
      'GET /api/v1/contacts/:contactId': 'contact.read',
      'POST /api/v1/contacts/:contactId/reviews': 'contact.review',
      'GET /api/v1/me/contact-reviews': 'contact.read',
      'PATCH /api/v1/contact-reviews/:reviewId/actions/:actionId': 'contact.record',
      'GET /api/v1/me/contact-compliance': 'contact.read',
    };
    expect(built.served).toEqual(expect.arrayContaining(Object.keys(expected)));
    for (const [label, permission] of Object.entries(expected))
      expect(permissionOf(label), label).toBe(permission);
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
