import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../src/platform/db.ts';
import { DEMO_PASSWORD, loadDemoData } from '../src/seed/demo.ts';
import { as, signIn, testApp, type Session } from './http.ts';
import { createTestDb, testDbKind } from './test-db.ts';

/**
 * The demo sign-ins, through the API, each against an oracle written in SQL from the relationship the
 * README promises: each sees a different, correct slice, and nobody sees the other district.
 */
let db: Db;
let app: FastifyInstance;
const TODAY = '2025-06-02'; // the fixed clock of the API tests

const ids = async (sql: string, values: unknown[] = []): Promise<string[]> =>
  (await db.query<{ id: string }>(sql, values)).map((r) => r.id).sort();

async function caseList(s: Session): Promise<string[]> {
  const res = await as(app, s, { method: 'GET', url: '/api/v1/cases?limit=200' });
  expect(res.statusCode).toBe(200);
  expect(res.json().page.nextOffset).toBeNull();
  return res
    .json()
    .items.map((c: { id: string }) => c.id)
    .sort();
}

const login = (email: string): Promise<Session> => signIn(app, email, DEMO_PASSWORD);
const accountOf = async (email: string) =>
  (
    await db.query<{ id: string; judge_id: string; court_id: string; unit_id: string; person_id: string }>(
      'SELECT id, judge_id, court_id, unit_id, person_id FROM user_account WHERE email = $1',
      [email],
    )
  )[0]!;

beforeAll(async () => {
  db = await createTestDb();
  await loadDemoData(db, { today: TODAY });
  app = (await testApp(db)).app;
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe(`demo sign-ins see their own slice (${testDbKind()})`, () => {
  it('the judge sees exactly their docket, the clerk their court, the caseworker their cases', async () => {
    const judge = await accountOf('judge@demo.hearth');
    expect(await caseList(await login('judge@demo.hearth'))).toEqual(
      await ids('SELECT id FROM court_case WHERE assigned_judge_id = $1', [judge.judge_id]),
    );
    const clerk = await accountOf('clerk@demo.hearth');
    expect(await caseList(await login('clerk@demo.hearth'))).toEqual(
      await ids('SELECT id FROM court_case WHERE court_id = $1', [clerk.court_id]),
    );
    const worker = await accountOf('caseworker@demo.hearth');
    const assigned = await ids(
      'SELECT DISTINCT case_id AS id FROM case_participant WHERE account_id = $1 AND end_date IS NULL',
      [worker.id],
    );
    expect(assigned.length).toBeGreaterThan(5);
    expect(await caseList(await login('caseworker@demo.hearth'))).toEqual(assigned);
  });

  it('the supervisor sees the cases of the caseworkers in their unit, more than any one of them', async () => {
    const sup = await accountOf('supervisor@demo.hearth');
    const unitCases = await ids(
      `SELECT DISTINCT cp.case_id AS id FROM case_participant cp JOIN user_account u ON u.id = cp.account_id
        WHERE u.unit_id = $1 AND cp.case_role = 'caseworker' AND cp.end_date IS NULL`,
      [sup.unit_id],
    );
    const seen = await caseList(await login('supervisor@demo.hearth'));
    expect(seen).toEqual(unitCases);
    expect(seen.length).toBeGreaterThan((await caseList(await login('caseworker@demo.hearth'))).length);
  });

  it('the foster parent sees the two children living with them now, and no one else', async () => {
    const me = await accountOf('caregiver@demo.hearth');
    const placed = await ids(
      `SELECT pl.child_id AS id FROM placement pl JOIN removal_episode r ON r.id = pl.removal_id
         JOIN provider_caregiver pc ON pc.provider_id = pl.provider_id
        WHERE pc.person_id = $1 AND pl.end_date IS NULL AND r.discharge_date IS NULL`,
      [me.person_id],
    );
    expect(placed).toHaveLength(2);
    const s = await login('caregiver@demo.hearth');
    for (const child of placed) {
      const res = await as(app, s, { method: 'GET', url: `/api/v1/children/${child}` });
      expect(res.statusCode).toBe(200);
      expect(res.json().view).toBe('basic');
    }
    const [other] = await ids('SELECT id FROM child WHERE NOT (id = ANY($1::uuid[])) LIMIT 1', [placed]);
    expect((await as(app, s, { method: 'GET', url: `/api/v1/children/${other}` })).statusCode).toBe(404);
    expect((await as(app, s, { method: 'GET', url: '/api/v1/cases' })).statusCode).toBe(403);
  });

  it('the youth sees their own record only', async () => {
    const me = await accountOf('youth@demo.hearth');
    const [own] = await ids('SELECT id FROM child WHERE person_id = $1', [me.person_id]);
    const s = await login('youth@demo.hearth');
    const res = await as(app, s, { method: 'GET', url: `/api/v1/children/${own}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().age).toBeGreaterThanOrEqual(14);
    const [other] = await ids('SELECT id FROM child WHERE id <> $1 LIMIT 1', [own]);
    expect((await as(app, s, { method: 'GET', url: `/api/v1/children/${other}` })).statusCode).toBe(404);
  });

  it('the analyst sees the district but no sensitive class; the administrator no child at all', async () => {
    const analyst = await login('analyst@demo.hearth');
    const [child] = await ids(
      `SELECT ch.id FROM child ch JOIN jurisdiction j ON j.id = ch.jurisdiction_id
        WHERE j.code = 'NM-D2-DEMO' AND EXISTS (SELECT 1 FROM child_sensitive_fact f WHERE f.child_id = ch.id) LIMIT 1`,
    );
    const view = (await as(app, analyst, { method: 'GET', url: `/api/v1/children/${child}` })).json();
    expect(view.view).toBe('full');
    expect(view.sensitive).toEqual({});
    const admin = await login('admin@demo.hearth');
    expect((await as(app, admin, { method: 'GET', url: `/api/v1/children/${child}` })).statusCode).toBe(403);
  });

  it('the other district never sees the Second District, nor the Second District the other', async () => {
    const main = await ids(
      `SELECT c.id FROM court_case c JOIN jurisdiction j ON j.id = c.jurisdiction_id WHERE j.code = 'NM-D2-DEMO'`,
    );
    const other = await ids(
      `SELECT c.id FROM court_case c JOIN jurisdiction j ON j.id = c.jurisdiction_id WHERE j.code = 'NM-D13-DEMO'`,
    );
    const otherJudge = await caseList(await login('judge@other.demo.hearth'));
    expect(otherJudge.length).toBeGreaterThan(0);
    expect(otherJudge.every((id) => other.includes(id))).toBe(true);
    const s = await login('judge@other.demo.hearth');
    expect((await as(app, s, { method: 'GET', url: `/api/v1/cases/${main[0]}` })).statusCode).toBe(404);
    const analyst = await caseList(await login('analyst@demo.hearth'));
    expect(analyst).toEqual(main);
  });
});
