import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Role } from '@hearth/core';
import type { Db } from '../platform/db.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, signIn, testApp } from '../../test/http.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';

/**
 * The due items of GET /api/v1/me/due-items on the test org (today 2025-06-02): both children of the
 * assigned case were removed on 2025-01-05 and are in care; nobody has visited them yet.
 */
let db: Db;
let app: FastifyInstance;
let org: Org;

type Item = {
  kind: string;
  status: string;
  dueDate: string;
  citation: string;
  unconfirmed: boolean;
  hearingType: string | null;
  child: { id: string; givenName: string };
  case: { id: string; petitionNumber: string };
};

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
  // The youth was visited face to face this month; the placed child was not (not since removal).
  await db.query(
    `INSERT INTO caseworker_visit (jurisdiction_id, child_id, visit_date, location, face_to_face)
     VALUES ($1,$2,'2025-06-01','residence',true), ($1,$3,'2025-06-01','other',false)`,
    [org.jurisdictionId, org.youthChild, org.placedChild],
  );
  // A review set for 9 p.m. on 10 June in Albuquerque (03:00 UTC on the 11th): its report is due on the 10th.
  await db.query(
    `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end)
     VALUES ($1,$2,'periodic_review','2025-06-11T03:00:00Z','2025-06-11T03:30:00Z')`,
    [org.jurisdictionId, org.assignedCase],
  );
});
afterAll(async () => {
  await app.close();
  await db.close();
});

async function dueItemsOf(role: Role): Promise<{ status: number; items: Item[]; today?: string }> {
  const res = await as(app, await signIn(app, org.accounts[role].email), {
    method: 'GET',
    url: '/api/v1/me/due-items',
  });
  const body = res.json();
  return { status: res.statusCode, items: body.items ?? [], today: body.today };
}

describe(`due items on ${testDbKind()}`, () => {
  it('lists the caseworker’s overdue visit first, then the court reports, with their citations', async () => {
    const { status, items, today } = await dueItemsOf('caseworker');
    expect(status).toBe(200);
    expect(today).toBe('2025-06-02');
    expect(items.map((i) => [i.child.id, i.kind, i.status, i.dueDate])).toEqual([
      // May was a full month in care without a face-to-face visit (the one on 1 June was not face to face).
      [org.placedChild, 'caseworkerVisit', 'overdue', '2025-05-31'],
      // Same status, date and kind: in the order of the children's ids (stable, whatever ids were drawn).
      ...[org.placedChild, org.youthChild].sort().map((id) => [id, 'courtReport', 'dueSoon', '2025-06-10']),
    ]);
    expect(items[0]!.citation).toMatch(/P\.L\. 109-288/);
    expect(items[0]!.case).toMatchObject({ id: org.assignedCase, petitionNumber: expect.any(String) });
    expect(items[1]).toMatchObject({ hearingType: 'periodic_review', unconfirmed: true });
  });

  it('gives the supervisor the same children through the unit, and the analyst the district', async () => {
    const supervisor = await dueItemsOf('supervisor');
    expect(new Set(supervisor.items.map((i) => i.child.id))).toEqual(
      new Set([org.placedChild, org.youthChild]),
    );
    const analyst = await dueItemsOf('cqi_analyst');
    expect(analyst.items.map((i) => i.child.id)).toContain(org.otherChild);
    expect(analyst.items.map((i) => i.child.id)).not.toContain(org.foreignChild);
  });

  it('never reads a child outside the worker’s cases', async () => {
    const { items } = await dueItemsOf('caseworker');
    expect(items.map((i) => i.child.id)).not.toContain(org.otherChild);
    const [row] = await db.query<{ data: { childIds: string[] } }>(
      `SELECT data FROM audit_event WHERE actor_id = $1 AND action = 'due_items.listed' ORDER BY seq DESC LIMIT 1`,
      [org.accounts.caseworker.id],
    );
    expect(row!.data.childIds.sort()).toEqual([org.placedChild, org.youthChild].sort());
  });

  it.each(['court_clerk', 'caregiver', 'youth', 'administrator'] as const)('refuses %s', async (role) => {
    expect((await dueItemsOf(role)).status).toBe(403);
  });

  it('drops a child once discharged', async () => {
    await db.query(
      `UPDATE removal_episode SET discharge_date = '2025-06-01', discharge_reason = 'reunification' WHERE id = $1`,
      [org.placedRemoval],
    );
    const { items } = await dueItemsOf('caseworker');
    expect(items.map((i) => i.child.id)).toEqual([org.youthChild]);
  });
});
