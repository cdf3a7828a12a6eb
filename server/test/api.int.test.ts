import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../src/platform/db.ts';
import { sealAuditChain, verifyAuditChain } from '../src/audit/audit-log.ts';
import { createOrg, TEST_PASSWORD, type Org } from './factories.ts';
import { as, signIn, testApp, type Session } from './http.ts';
import { createTestDb, testDbKind } from './test-db.ts';

let db: Db;
let app: FastifyInstance;
let org: Org;
let caseworker: Session;
let judge: Session;

const count = async (sql: string, values: unknown[] = []): Promise<number> =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, values))[0]!.n;

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
  caseworker = await signIn(app, org.accounts.caseworker.email);
  judge = await signIn(app, org.accounts.judge.email);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe(`platform API on ${testDbKind()}`, () => {
  it('answers health and serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    expect((await app.inject('/api/health')).json()).toEqual({ status: 'ok' });
    const doc = (await app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    const open = doc.paths['/api/v1/cases'].post;
    expect(open['x-permission']).toBe('case.open');
    expect(open.requestBody.content['application/json'].schema.required).toContain('petitionNumber');
    expect(doc.paths['/api/v1/cases/{caseId}'].get.parameters[0]).toMatchObject({
      name: 'caseId',
      in: 'path',
    });
  });

  it('signs in with an HTTP-only cookie, says who is signed in, and signs out', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: org.accounts.supervisor.email, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(201);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const s = { cookie: `hearth_session=${res.cookies[0]!.value}`, csrf: res.json().csrfToken };
    const me = await as(app, s, { method: 'GET', url: '/api/v1/me' });
    expect(me.json()).toMatchObject({
      email: org.accounts.supervisor.email,
      roles: [{ role: 'supervisor', label: 'Supervisor' }],
    });
    expect((await as(app, s, { method: 'DELETE', url: '/api/v1/session' })).statusCode).toBe(204);
    expect((await as(app, s, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });

  it('applies a role change from the next request, and refuses an administrator locking themselves out', async () => {
    const admin = await signIn(app, org.accounts.administrator.email);
    const pa = await signIn(app, org.accounts.parent_attorney.email);
    const roles = async (): Promise<string[]> =>
      (await as(app, pa, { method: 'GET', url: '/api/v1/me' }))
        .json()
        .roles.map((r: { role: string }) => r.role);
    expect(await roles()).toEqual(['parent_attorney']);
    const put = await as(app, admin, {
      method: 'PUT',
      url: `/api/v1/accounts/${org.accounts.parent_attorney.id}/roles`,
      payload: { roles: ['parent_attorney', 'casa_volunteer'] },
    });
    expect(put.statusCode).toBe(204);
    expect(await roles()).toEqual(['casa_volunteer', 'parent_attorney']);
    const lockout = await as(app, admin, {
      method: 'PUT',
      url: `/api/v1/accounts/${org.accounts.administrator.id}/roles`,
      payload: { roles: ['cqi_analyst'] },
    });
    expect(lockout.statusCode).toBe(400);
    expect(lockout.json().errors[0].field).toBe('roles');
    await as(app, admin, {
      method: 'PUT',
      url: `/api/v1/accounts/${org.accounts.parent_attorney.id}/roles`,
      payload: { roles: ['parent_attorney'] },
    });
  });

  it('stores passwords as argon2id hashes', async () => {
    const [row] = await db.query<{ password_hash: string }>(
      'SELECT password_hash FROM user_account WHERE id = $1',
      [org.accounts.judge.id],
    );
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a wrong password, audits it, and rate-limits repeated failures', async () => {
    const email = org.accounts.casa_volunteer.email;
    const before = await count(`audit_event WHERE action = 'session.sign_in_failed' AND entity_id = $1`, [
      org.accounts.casa_volunteer.id,
    ]);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email, password: 'wrong' },
        remoteAddress: '10.9.9.9',
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    const limited = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email, password: TEST_PASSWORD },
      remoteAddress: '10.9.9.9',
    });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(
      await count(`audit_event WHERE action = 'session.sign_in_failed' AND entity_id = $1`, [
        org.accounts.casa_volunteer.id,
      ]),
    ).toBe(before + 5);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/children/${org.placedChild}/permanency-plans`,
      headers: { cookie: caseworker.cookie },
      payload: { planKind: 'primary', goal: 'reunification', establishedDate: '2025-02-01' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toMatch(/x-csrf-token/);
    expect(await count('permanency_plan WHERE child_id = $1', [org.placedChild])).toBe(0);
  });

  it('lists the caseload, paginated, and opens the case page with an ETag', async () => {
    const list = await as(app, caseworker, { method: 'GET', url: '/api/v1/cases?limit=1' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([org.assignedCase]);
    expect(list.json().page).toEqual({ limit: 1, offset: 0, nextOffset: null });
    const page = await as(app, caseworker, { method: 'GET', url: `/api/v1/cases/${org.assignedCase}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers.etag).toBe('"1"');
    expect(page.json().children).toHaveLength(2);
    expect(page.json().participants.map((p: { caseRole: string }) => p.caseRole)).toContain(
      'guardian_ad_litem',
    );
  });

  it('pages through a court clerk’s list without repeating a case', async () => {
    const clerk = await signIn(app, org.accounts.court_clerk.email);
    const first = (await as(app, clerk, { method: 'GET', url: '/api/v1/cases?limit=1' })).json();
    expect(first.page.nextOffset).toBe(1);
    const second = (await as(app, clerk, { method: 'GET', url: '/api/v1/cases?limit=1&offset=1' })).json();
    expect(second.page.nextOffset).toBeNull();
    expect(new Set([...first.items, ...second.items].map((c: { id: string }) => c.id))).toEqual(
      new Set([org.assignedCase, org.otherCase]),
    );
  });

  it('updates with If-Match; a stale ETag gets 412 with the current state and changes nothing', async () => {
    const clerk = await signIn(app, org.accounts.court_clerk.email);
    const url = `/api/v1/cases/${org.otherCase}`;
    const etag = (await as(app, clerk, { method: 'GET', url })).headers.etag as string;
    const ok = await as(app, clerk, {
      method: 'PATCH',
      url,
      headers: { 'if-match': etag },
      payload: { allegations: ['neglect', 'abandonment'] },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    const stale = await as(app, clerk, {
      method: 'PATCH',
      url,
      headers: { 'if-match': etag },
      payload: { allegations: ['physical_abuse'] },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(stale.json().current.allegations).toEqual(['neglect', 'abandonment']);
    const missing = await as(app, clerk, { method: 'PATCH', url, payload: { status: 'closed' } });
    expect(missing.statusCode).toBe(428);
    const [row] = await db.query<{ allegations: string[]; version: number; status: string }>(
      'SELECT allegations, version, status FROM court_case WHERE id = $1',
      [org.otherCase],
    );
    expect(row).toEqual({ allegations: ['neglect', 'abandonment'], version: 2, status: 'open' });
    const changes = await db.query<{ data: { changes: Record<string, unknown> } }>(
      `SELECT data FROM audit_event WHERE action = 'case.updated' AND entity_id = $1`,
      [org.otherCase],
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]!.data.changes).toEqual({
      allegations: { old: ['neglect'], new: ['neglect', 'abandonment'] },
    });
  });

  describe('bad input: 400 problem+json naming the field, nothing written', () => {
    const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
      as(app, caseworker, { method: 'POST', url, payload: payload as object, headers });

    it('malformed JSON', async () => {
      const before = await count('court_case');
      const res = await as(app, caseworker, {
        method: 'POST',
        url: '/api/v1/cases',
        headers: { 'content-type': 'application/json' },
        payload: '{"petitionNumber": ',
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json().errors[0].field).toBe('body');
      expect(await count('court_case')).toBe(before);
    });

    it('unknown fields, wrong types and impossible dates, each named', async () => {
      const before = await count('court_case');
      const res = await post('/api/v1/cases', {
        petitionNumber: 'D-202-JQ-2025-09999',
        courtId: org.court,
        filingDate: '2025-02-30',
        allegations: 'neglect',
        children: [{ givenName: 'A', familyName: 'B', birthDate: '2020-01-01', favouriteColour: 'blue' }],
        colour: 'red',
      });
      expect(res.statusCode).toBe(400);
      const fields = res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort();
      expect(fields).toEqual(['allegations', 'children.0.favouriteColour', 'colour', 'filingDate']);
      expect(await count('court_case')).toBe(before);
    });

    it('a malformed id in the path', async () => {
      const res = await as(app, caseworker, { method: 'GET', url: '/api/v1/cases/not-a-uuid' });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].field).toBe('params.caseId');
    });

    it('a discharge before its removal', async () => {
      const res = await post(`/api/v1/children/${org.placedChild}/removals`, {
        caseId: org.assignedCase,
        removalDate: '2024-06-01',
        removalManner: 'court_ordered',
        removalReasons: ['neglect'],
        dischargeDate: '2024-05-01',
        dischargeReason: 'reunification',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0]).toMatchObject({
        field: 'dischargeDate',
        detail: 'is before the removal date',
      });
      expect(await count('removal_episode WHERE child_id = $1', [org.placedChild])).toBe(1);
    });

    it('overlapping episodes', async () => {
      const res = await post(`/api/v1/children/${org.placedChild}/removals`, {
        caseId: org.assignedCase,
        removalDate: '2025-03-01',
        removalManner: 'court_ordered',
        removalReasons: ['neglect'],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].field).toBe('removalDate');
      expect(res.json().errors[0].detail).toMatch(/overlaps/);
      expect(await count('removal_episode WHERE child_id = $1', [org.placedChild])).toBe(1);
    });

    it('a placement outside its episode', async () => {
      const res = await post(`/api/v1/removals/${org.placedRemoval}/placements`, {
        setting: 'foster_family_relative',
        startDate: '2024-12-01',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0]).toMatchObject({
        field: 'startDate',
        detail: 'is before the removal date of its episode',
      });
      expect(await count('placement WHERE removal_id = $1', [org.placedRemoval])).toBe(1);
    });

    it('APPLA for a child under 16 (SSA §475(5)(C))', async () => {
      const res = await post(`/api/v1/children/${org.placedChild}/permanency-plans`, {
        planKind: 'primary',
        goal: 'appla',
        establishedDate: '2025-03-01',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].field).toBe('goal');
    });

    it('never answers 500 to odd input', async () => {
      const odd = [
        { method: 'POST', url: '/api/v1/cases', payload: '[]' },
        { method: 'POST', url: '/api/v1/cases', payload: 'null' },
        { method: 'POST', url: '/api/v1/cases', payload: '"x"' },
        { method: 'GET', url: '/api/v1/cases?limit=-1' },
        { method: 'GET', url: '/api/v1/cases?limit=abc&offset=1e99' },
        {
          method: 'PATCH',
          url: `/api/v1/removals/${org.placedRemoval}`,
          payload: '{}',
          headers: { 'if-match': 'garbage' },
        },
        { method: 'POST', url: `/api/v1/children/${org.placedChild}/removals`, payload: '{"caseId": 5}' },
      ] as const;
      for (const r of odd) {
        const res = await as(app, caseworker, {
          method: r.method,
          url: r.url,
          payload: 'payload' in r ? r.payload : undefined,
          headers: { 'content-type': 'application/json', ...('headers' in r ? r.headers : {}) },
        });
        expect(
          res.statusCode,
          `${r.method} ${r.url} ${'payload' in r ? r.payload : ''}`,
        ).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
      }
    });
  });

  it('records a removal, a placement, a discharge and an adjudication finding, end to end', async () => {
    const child = org.youthChild;
    // Discharge the current episode (its open placement ends with it), then a new removal the same day is valid.
    const childBefore = await as(app, caseworker, { method: 'GET', url: `/api/v1/children/${child}` });
    const removal = childBefore.json().removals[0];
    const discharge = await as(app, caseworker, {
      method: 'PATCH',
      url: `/api/v1/removals/${removal.id}`,
      headers: { 'if-match': `"${removal.version}"` },
      payload: { dischargeDate: '2025-04-01', dischargeReason: 'reunification' },
    });
    expect(discharge.statusCode).toBe(200);
    const reentry = await as(app, caseworker, {
      method: 'POST',
      url: `/api/v1/children/${child}/removals`,
      payload: {
        caseId: org.assignedCase,
        removalDate: '2025-04-01',
        removalManner: 'court_ordered',
        removalReasons: ['neglect'],
      },
    });
    expect(reentry.statusCode).toBe(201);
    const placement = await as(app, caseworker, {
      method: 'POST',
      url: `/api/v1/removals/${reentry.json().id}/placements`,
      payload: { setting: 'foster_family_relative', startDate: '2025-04-01' },
    });
    expect(placement.statusCode).toBe(201);
    const order = await as(app, judge, {
      method: 'POST',
      url: `/api/v1/cases/${org.assignedCase}/orders`,
      payload: {
        orderType: 'adjudication',
        signedDate: '2025-05-01',
        findings: [{ childId: child, findingType: 'adjudication', isMade: true }],
      },
    });
    expect(order.statusCode).toBe(201);
    expect(order.json().adjudicatedEpisodes).toEqual([reentry.json().id]);
    const after = (await as(app, caseworker, { method: 'GET', url: `/api/v1/children/${child}` })).json();
    expect(after.removals).toHaveLength(2);
    expect(after.removals[0]).toMatchObject({
      dischargeDate: '2025-04-01',
      dischargeReason: 'reunification',
    });
    expect(after.removals[0].placements[0].endDate).toBe('2025-04-01');
    // Entered care: the earlier of the adjudication (2025-05-01) and removal + 60 days (2025-05-31).
    expect(after.removals[1]).toMatchObject({
      adjudicationDate: '2025-05-01',
      dateEnteredFosterCare: '2025-05-01',
    });
    expect(after.currentPlacement).toMatchObject({
      setting: 'foster_family_relative',
      startDate: '2025-04-01',
    });
    expect(after.findings).toEqual([
      expect.objectContaining({ type: 'adjudication', isMade: true, date: '2025-05-01' }),
    ]);
  });

  it('corrects a child’s record under If-Match, auditing which fields changed but not their values', async () => {
    const url = `/api/v1/children/${org.otherChild}`;
    const supervisor = await signIn(app, org.accounts.supervisor.email);
    expect((await as(app, supervisor, { method: 'GET', url })).statusCode).toBe(404); // not the unit's case
    const clerk = await signIn(app, org.accounts.court_clerk.email);
    expect(
      (
        await as(app, clerk, {
          method: 'PATCH',
          url,
          headers: { 'if-match': '"1"' },
          payload: { county: 'Sandoval' },
        })
      ).statusCode,
    ).toBe(403);
    const mine = `/api/v1/children/${org.placedChild}`;
    const etag = (await as(app, caseworker, { method: 'GET', url: mine })).headers.etag as string;
    const ok = await as(app, caseworker, {
      method: 'PATCH',
      url: mine,
      headers: { 'if-match': etag },
      payload: { givenName: 'Amelia', county: null },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ givenName: 'Amelia', county: null, version: 2 });
    const stale = await as(app, caseworker, {
      method: 'PATCH',
      url: mine,
      headers: { 'if-match': etag },
      payload: { givenName: 'Zoe' },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current.givenName).toBe('Amelia');
    const [event] = await db.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM audit_event WHERE action = 'child.updated' AND entity_id = $1`,
      [org.placedChild],
    );
    expect(event!.data.changedFields).toEqual(['given_name', 'county']);
    expect(JSON.stringify(event!.data)).not.toContain('Amelia');
    await as(app, caseworker, {
      method: 'PATCH',
      url: mine,
      headers: { 'if-match': '"2"' },
      payload: { givenName: 'Mia', county: 'Bernalillo' },
    });
  });

  it('records a TPR petition and the termination of one parent’s rights, per parent (AFCARS E63–E68)', async () => {
    const attorney = await signIn(app, org.accounts.agency_attorney.email);
    const url = `/api/v1/children/${org.youthChild}/parental-rights`;
    const notParent = await as(app, attorney, {
      method: 'POST',
      url,
      payload: {
        parentPersonId: org.accounts.caseworker.personId,
        event: 'tpr_petition_filed',
        eventDate: '2025-04-01',
      },
    });
    expect(notParent.statusCode).toBe(400);
    expect(notParent.json().errors[0].field).toBe('parentPersonId');
    const filed = await as(app, attorney, {
      method: 'POST',
      url,
      payload: { parentPersonId: org.parent, event: 'tpr_petition_filed', eventDate: '2025-04-01' },
    });
    expect(filed.statusCode).toBe(201);
    const ended = await as(app, judge, {
      method: 'POST',
      url,
      payload: { parentPersonId: org.parent, event: 'rights_terminated', eventDate: '2025-05-15' },
    });
    expect(ended.statusCode).toBe(201);
    const child = (
      await as(app, caseworker, { method: 'GET', url: `/api/v1/children/${org.youthChild}` })
    ).json();
    expect(
      child.parentalRights.map((e: { event: string; date: string; parentName: string }) => [
        e.event,
        e.date,
        e.parentName,
      ]),
    ).toEqual([
      ['tpr_petition_filed', '2025-04-01', 'Pat Testchild'],
      ['rights_terminated', '2025-05-15', 'Pat Testchild'],
    ]);
  });

  it('opens a case with its children in one transaction and puts the caseworker on it', async () => {
    const res = await as(app, caseworker, {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        petitionNumber: 'D-202-JQ-2025-00777',
        courtId: org.court,
        filingDate: '2025-05-20',
        allegations: ['neglect'],
        assignedJudgeId: org.judge,
        children: [
          { givenName: 'Nora', familyName: 'Newcase', birthDate: '2021-07-04', primaryLanguage: 'es' },
        ],
      },
    });
    expect(res.statusCode).toBe(201);
    const page = (await as(app, caseworker, { method: 'GET', url: `/api/v1/cases/${res.json().id}` })).json();
    expect(page.children.map((c: { givenName: string }) => c.givenName)).toEqual(['Nora']);
    expect(page.participants).toEqual([expect.objectContaining({ caseRole: 'caseworker' })]);
    const dup = await as(app, caseworker, {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        petitionNumber: 'D-202-JQ-2025-00777',
        courtId: org.court,
        filingDate: '2025-05-20',
        allegations: ['neglect'],
        children: [{ givenName: 'X', familyName: 'Y', birthDate: '2020-01-01' }],
      },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].field).toBe('petitionNumber');
    expect(await count(`person WHERE given_name = 'X' AND family_name = 'Y'`)).toBe(0);
  });

  it('shows sensitive classes only with an explicit grant, and a flagged break-the-glass read with its reason', async () => {
    const cw = (
      await as(app, caseworker, { method: 'GET', url: `/api/v1/children/${org.placedChild}` })
    ).json();
    expect(Object.keys(cw.sensitive)).toEqual(['health']);
    expect(cw.sensitive.health[0].summary).toMatch(/Asthma/);
    expect(cw.sensitiveWithheld).toContain('immigration_status');
    const gal = await signIn(app, org.accounts.guardian_ad_litem.email);
    const galView = (
      await as(app, gal, { method: 'GET', url: `/api/v1/children/${org.placedChild}` })
    ).json();
    expect(galView.sensitive).toEqual({});
    // A child off the judge's docket is not found, unless the judge breaks the glass with a reason.
    const off = await as(app, judge, { method: 'GET', url: `/api/v1/children/${org.otherChild}` });
    expect(off.statusCode).toBe(404);
    const glass = await as(app, judge, {
      method: 'GET',
      url: `/api/v1/children/${org.otherChild}`,
      headers: { 'x-break-glass-reason': 'Emergency placement hearing tonight' },
    });
    expect(glass.statusCode).toBe(200);
    const [event] = await db.query<{ break_glass: boolean; reason: string }>(
      `SELECT break_glass, reason FROM audit_event WHERE action = 'child.viewed' AND entity_id = $1 ORDER BY seq DESC LIMIT 1`,
      [org.otherChild],
    );
    expect(event).toEqual({ break_glass: true, reason: 'Emergency placement hearing tonight' });
    const short = await as(app, judge, {
      method: 'GET',
      url: `/api/v1/children/${org.otherChild}`,
      headers: { 'x-break-glass-reason': 'why' },
    });
    expect(short.statusCode).toBe(400);
    const parentAttorney = await signIn(app, org.accounts.parent_attorney.email);
    const refused = await as(app, parentAttorney, {
      method: 'GET',
      url: `/api/v1/children/${org.otherChild}`,
      headers: { 'x-break-glass-reason': 'I would like to see it please' },
    });
    expect(refused.statusCode).toBe(403);
    // Across jurisdictions even breaking the glass finds nothing.
    const foreign = await as(app, judge, {
      method: 'GET',
      url: `/api/v1/children/${org.foreignChild}`,
      headers: { 'x-break-glass-reason': 'Emergency placement hearing tonight' },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('seals every event into an intact hash chain, refuses edits to it, and names the first broken link', async () => {
    expect(await sealAuditChain(db)).toBeGreaterThan(10);
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ ok: true, unsealed: 0 });
    expect(report.checked).toBe(await count('audit_event'));
    // Sealed or not, a recorded column never changes and no row is ever deleted.
    await expect(
      db.query(`UPDATE audit_event SET actor_label = 'mallory' WHERE chain_pos = 3`),
    ).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM audit_event WHERE chain_pos = 3')).rejects.toThrow(/append-only/);
    await as(app, caseworker, { method: 'GET', url: `/api/v1/cases/${org.assignedCase}` });
    await expect(db.query(`UPDATE audit_event SET reason = 'edited' WHERE hash IS NULL`)).rejects.toThrow(
      /append-only/,
    );
    expect(await sealAuditChain(db)).toBe(1);
    // A tamperer with the power to switch the trigger off is still caught by the chain.
    await db.transaction(async (tx) => {
      await tx.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update');
      await tx.query(`UPDATE audit_event SET actor_label = 'mallory' WHERE chain_pos = 5`);
      await tx.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update');
    });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 5, checked: 4 });
  });
});
