import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import { as, signIn, testApp } from '../../test/http.ts';
import type { Db } from '../platform/db.ts';
import { DEMO_PASSWORD, loadDemoData } from './demo.ts';

/**
 * The demo's education records and normalcy decisions, read through the API on the demo's today: a
 * school change with its determination, a determination with its transport plan, an IEP the
 * caseworker's health grant shows, a high-schooler's flags, the caregiver's activity decisions.
 */
let db: Db;
let app: FastifyInstance;
const TODAY = new Date('2026-11-23T17:00:00Z');

beforeAll(async () => {
  db = await createTestDb();
  await loadDemoData(db, { today: '2026-11-23' });
  app = (await testApp(db, { now: () => TODAY })).app;
});
afterAll(async () => {
  await app.close();
  await db.close();
});

type Education = {
  moves: { moves: number; schoolYearMoves: number };
  flags: { kind: string }[];
  specialEducation: { withheld: boolean; plans?: unknown[] };
  bestInterest: { decision: string; transport: unknown }[];
};

const educated = async (): Promise<string[]> =>
  (
    await db.query<{ child_id: string }>('SELECT DISTINCT child_id FROM school_enrollment ORDER BY child_id')
  ).map((r) => r.child_id);

describe(`demo education on ${testDbKind()}`, () => {
  it('shows caseworker@ three children’s schools: a move, a stay with transport, an IEP, a high-schooler’s flags', async () => {
    const s = await signIn(app, 'caseworker@demo.hearth', DEMO_PASSWORD);
    const records: Education[] = [];
    for (const id of await educated()) {
      const res = await as(app, s, { method: 'GET', url: `/api/v1/children/${id}/education` });
      expect(res.statusCode).toBe(200);
      records.push(res.json());
    }
    expect(records).toHaveLength(3);
    expect(
      records.some((r) =>
        r.bestInterest.some((b) => b.decision === 'stay_in_school_of_origin' && b.transport),
      ),
    ).toBe(true);
    expect(
      records.some((r) => r.moves.moves === 1 && r.bestInterest.some((b) => b.decision === 'move')),
    ).toBe(true);
    expect(
      records.some((r) => !r.specialEducation.withheld && (r.specialEducation.plans ?? []).length === 1),
    ).toBe(true);
    const teen = records.find((r) => r.flags.some((f) => f.kind === 'credits_behind'));
    expect(teen?.flags.map((f) => f.kind)).toContain('bid_missing');
    expect(teen!.moves.moves).toBeGreaterThanOrEqual(1);
    // Fall 2026 to 23 November is 73 school days: 9 and 12 days absent are chronic (10% or more), 3 is not.
    expect(records.filter((r) => r.flags.some((f) => f.kind === 'chronic_absence'))).toHaveLength(2);
  });

  it('withholds the IEP from the agency attorney, who holds no health grant, and shows it to the judge who does', async () => {
    const [plan] = await db.query<{ child_id: string; on_docket: boolean }>(
      `SELECT p.child_id, EXISTS (SELECT 1 FROM case_child cc JOIN court_case c ON c.id = cc.case_id
                JOIN user_account j ON j.judge_id = c.assigned_judge_id AND j.email = 'judge@demo.hearth'
               WHERE cc.child_id = p.child_id) AS on_docket
         FROM special_education_plan p`,
    );
    const url = `/api/v1/children/${plan!.child_id}/education`;
    const attorney = await signIn(app, 'agency.attorney@demo.hearth', DEMO_PASSWORD);
    const seen = await as(app, attorney, { method: 'GET', url });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().specialEducation).toEqual({ withheld: true });
    const judge = await signIn(app, 'judge@demo.hearth', DEMO_PASSWORD);
    const bench = await as(app, judge, { method: 'GET', url });
    if (plan!.on_docket) expect(bench.json().specialEducation.withheld).toBe(false);
    else expect(bench.statusCode).toBe(404);
  });

  it('gives the demo caregiver their activity decisions, and no other family’s', async () => {
    const s = await signIn(app, 'caregiver@demo.hearth', DEMO_PASSWORD);
    const children = (await as(app, s, { method: 'GET', url: '/api/v1/children' })).json().items as {
      id: string;
    }[];
    expect(children).toHaveLength(2);
    let decisions = 0;
    for (const c of children) {
      const res = await as(app, s, { method: 'GET', url: `/api/v1/children/${c.id}/normalcy` });
      expect(res.statusCode).toBe(200);
      decisions += res.json().decisions.length;
    }
    expect(decisions).toBe(4);
    const [elsewhere] = await db.query<{ id: string }>(
      `SELECT child_id AS id FROM school_enrollment WHERE child_id <> ALL($1::uuid[]) LIMIT 1`,
      [children.map((c) => c.id)],
    );
    expect(
      (await as(app, s, { method: 'GET', url: `/api/v1/children/${elsewhere!.id}/normalcy` })).statusCode,
    ).toBe(404);
  });
});
