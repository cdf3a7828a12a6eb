import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../src/platform/db.ts';
import { createOrg, type Org } from './factories.ts';
import { as, signIn, testApp, type Session } from './http.ts';
import { createTestDb, testDbKind } from './test-db.ts';

/**
 * What the web forms need from the API: adding a child to an existing case, the reference lists the forms
 * choose from, and 412 answers that carry the record as it is now, named as the request names it.
 */
let db: Db;
let app: FastifyInstance;
let org: Org;
let caseworker: Session;
let clerk: Session;

const count = async (sql: string, values: unknown[] = []): Promise<number> =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, values))[0]!.n;

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
  caseworker = await signIn(app, org.accounts.caseworker.email);
  clerk = await signIn(app, org.accounts.court_clerk.email);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe(`the API of the forms on ${testDbKind()}`, () => {
  it('adds a child to a case in one transaction, audited as a write to the child without their name', async () => {
    const url = `/api/v1/cases/${org.assignedCase}/children`;
    const res = await as(app, caseworker, {
      method: 'POST',
      url,
      payload: { givenName: 'Tessa', familyName: 'Newborn', birthDate: '2025-05-30', sex: 'female' },
    });
    expect(res.statusCode).toBe(201);
    const childId = res.json().id as string;
    const page = (
      await as(app, caseworker, { method: 'GET', url: `/api/v1/cases/${org.assignedCase}` })
    ).json();
    expect(page.children.map((c: { id: string }) => c.id)).toContain(childId);
    const child = (await as(app, caseworker, { method: 'GET', url: `/api/v1/children/${childId}` })).json();
    expect(child).toMatchObject({ givenName: 'Tessa', birthDate: '2025-05-30', sex: 'female', view: 'full' });
    const [event] = await db.query<{ entity_type: string; actor_id: string; data: Record<string, unknown> }>(
      `SELECT entity_type, actor_id, data FROM audit_event WHERE action = 'child.added' AND entity_id = $1`,
      [childId],
    );
    expect(event).toMatchObject({ entity_type: 'child', actor_id: org.accounts.caseworker.id });
    expect(event!.data.caseId).toBe(org.assignedCase);
    expect(JSON.stringify(event!.data)).not.toMatch(/Tessa|Newborn/);
  });

  it('refuses a future birth date, a case out of reach and a closed case, and writes nothing', async () => {
    const children = await count('child WHERE jurisdiction_id = $1', [org.jurisdictionId]);
    const future = await as(app, caseworker, {
      method: 'POST',
      url: `/api/v1/cases/${org.assignedCase}/children`,
      payload: { givenName: 'Future', familyName: 'Child', birthDate: '2025-07-01' },
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([expect.objectContaining({ field: 'birthDate' })]);
    const missing = await as(app, caseworker, {
      method: 'POST',
      url: `/api/v1/cases/${org.assignedCase}/children`,
      payload: { givenName: '', birthDate: '2020-01-01' },
    });
    expect(missing.statusCode).toBe(400);
    expect(
      missing
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['familyName', 'givenName']);
    const notMine = await as(app, caseworker, {
      method: 'POST',
      url: `/api/v1/cases/${org.otherCase}/children`,
      payload: { givenName: 'Out', familyName: 'Ofreach', birthDate: '2020-01-01' },
    });
    expect(notMine.statusCode).toBe(404);
    const judge = await signIn(app, org.accounts.judge.email);
    const refused = await as(app, judge, {
      method: 'POST',
      url: `/api/v1/cases/${org.assignedCase}/children`,
      payload: { givenName: 'No', familyName: 'Permission', birthDate: '2020-01-01' },
    });
    expect(refused.statusCode).toBe(403);

    const caseUrl = `/api/v1/cases/${org.otherCase}`;
    const etag = (await as(app, clerk, { method: 'GET', url: caseUrl })).headers.etag as string;
    const closed = await as(app, clerk, {
      method: 'PATCH',
      url: caseUrl,
      headers: { 'if-match': etag },
      payload: { status: 'closed', closedDate: '2025-05-01' },
    });
    expect(closed.statusCode).toBe(200);
    const late = await as(app, clerk, {
      method: 'POST',
      url: `${caseUrl}/children`,
      payload: { givenName: 'Too', familyName: 'Late', birthDate: '2020-01-01' },
    });
    expect(late.statusCode).toBe(409);
    expect(await count('child WHERE jurisdiction_id = $1', [org.jurisdictionId])).toBe(children);
  });

  it('lists the courts with their courtrooms and judges, and the providers, of the caller’s jurisdiction only', async () => {
    const courts = await as(app, clerk, { method: 'GET', url: '/api/v1/lookups/courts' });
    expect(courts.statusCode).toBe(200);
    expect(courts.json().items).toEqual([
      {
        id: org.court,
        name: "Children's Court",
        courtrooms: [{ id: org.courtroom, name: 'Courtroom 1' }],
        judges: expect.arrayContaining([
          { id: org.judge, name: 'Judge Ada Bench' },
          { id: org.otherJudge, name: 'Judge Otto Bench' },
        ]),
      },
    ]);
    const providers = await as(app, caseworker, { method: 'GET', url: '/api/v1/lookups/providers' });
    expect(providers.json().items).toEqual([
      { id: org.provider, name: 'Rivera foster home', kind: 'foster_family', licensed: true },
    ]);
    expect((await as(app, clerk, { method: 'GET', url: '/api/v1/lookups/providers' })).statusCode).toBe(403);
  });

  it('answers a stale edit with the current record in the request’s own field names', async () => {
    const childUrl = `/api/v1/children/${org.youthChild}`;
    const etag = (await as(app, caseworker, { method: 'GET', url: childUrl })).headers.etag as string;
    const first = await as(app, caseworker, {
      method: 'PATCH',
      url: childUrl,
      headers: { 'if-match': etag },
      payload: { county: 'Valencia' },
    });
    expect(first.statusCode).toBe(200);
    const stale = await as(app, caseworker, {
      method: 'PATCH',
      url: childUrl,
      headers: { 'if-match': etag },
      payload: { givenName: 'Leon' },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({
      etag: first.headers.etag,
      current: {
        givenName: 'Leo',
        familyName: 'Testchild',
        birthDate: '2010-03-15',
        primaryLanguage: 'en',
        county: 'Valencia',
      },
    });

    const removalUrl = `/api/v1/removals/${org.youthRemoval}`;
    const ok = await as(app, caseworker, {
      method: 'PATCH',
      url: removalUrl,
      headers: { 'if-match': '"1"' },
      payload: { adjudicationDate: '2025-02-20' },
    });
    expect(ok.statusCode).toBe(200);
    const staleRemoval = await as(app, caseworker, {
      method: 'PATCH',
      url: removalUrl,
      headers: { 'if-match': '"1"' },
      payload: { dischargeDate: '2025-05-01', dischargeReason: 'reunification' },
    });
    expect(staleRemoval.statusCode).toBe(412);
    expect(staleRemoval.json()).toMatchObject({
      etag: '"2"',
      current: { adjudicationDate: '2025-02-20', dischargeDate: null, dischargeReason: null },
    });
  });
});
