import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Role } from '@hearth/core';
import type { Db } from '../platform/db.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, signIn, testApp } from '../../test/http.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';

/** GET /api/v1/children/:childId/people: who works on a young person's case, and how to reach them. */
let db: Db;
let app: FastifyInstance;
let org: Org;

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
  // Contact details where the agency recorded them (synthetic 555 numbers); the parent has some too.
  await db.query(`UPDATE person SET email = 'worker@test.hearth', phone = '(505) 555-0100' WHERE id = $1`, [
    org.accounts.caseworker.personId,
  ]);
  await db.query(`UPDATE person SET email = 'casa@test.hearth', phone = '(505) 555-0101' WHERE id = $1`, [
    org.accounts.casa_volunteer.personId,
  ]);
  await db.query(`UPDATE person SET phone = '(505) 555-0199' WHERE id = $1`, [org.parent]);
  // A GAL for the sibling only: not the youth's person.
  const [gal] = await db.query<{ id: string }>(
    `INSERT INTO person (jurisdiction_id, given_name, family_name) VALUES ($1,'Sib','Counsel') RETURNING id`,
    [org.jurisdictionId],
  );
  await db.query(
    `INSERT INTO case_participant (jurisdiction_id, case_id, person_id, child_id, case_role, start_date)
     VALUES ($1,$2,$3,$4,'guardian_ad_litem','2025-01-06')`,
    [org.jurisdictionId, org.assignedCase, gal!.id, org.placedChild],
  );
});
afterAll(async () => {
  await app.close();
  await db.close();
});

type Person = { role: string; name: string; email: string | null; phone: string | null };

async function peopleOf(role: Role, childId: string): Promise<{ status: number; people: Person[] }> {
  const res = await as(app, await signIn(app, org.accounts[role].email), {
    method: 'GET',
    url: `/api/v1/children/${childId}/people`,
  });
  return { status: res.statusCode, people: res.json().people ?? [] };
}

describe(`the people on a child's case on ${testDbKind()}`, () => {
  it('shows the youth their judge, caseworker, GAL and CASA, with contact details for the caseworker only', async () => {
    const { status, people } = await peopleOf('youth', org.youthChild);
    expect(status).toBe(200);
    expect(people).toEqual([
      { role: 'judge', name: 'Judge Ada Bench', email: null, phone: null },
      { role: 'caseworker', name: 'caseworker Tester', email: 'worker@test.hearth', phone: '(505) 555-0100' },
      { role: 'guardian_ad_litem', name: 'guardian_ad_litem Tester', email: null, phone: null },
      // A CASA volunteer is named, but reached through the caseworker.
      { role: 'casa_volunteer', name: 'casa_volunteer Tester', email: null, phone: null },
    ]);
  });

  it('never names parents, their attorneys, the agency attorney or the sibling’s own GAL', async () => {
    const { people } = await peopleOf('youth', org.youthChild);
    const text = JSON.stringify(people);
    expect(text).not.toMatch(/Pat|Testchild|555-0199|parent_attorney|agency_attorney|Sib Counsel/);
  });

  it('answers 404 for another child, as for a missing one, and records the read', async () => {
    expect((await peopleOf('youth', org.placedChild)).status).toBe(404);
    expect((await peopleOf('youth', org.otherChild)).status).toBe(404);
    expect((await peopleOf('youth', org.foreignChild)).status).toBe(404);
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE actor_id = $1 AND action = 'child.people_viewed' AND entity_id = $2`,
      [org.accounts.youth.id, org.youthChild],
    );
    expect(row!.n).toBeGreaterThan(0);
  });

  it('includes a GAL named for this child, and lists people of open cases only', async () => {
    const placed = await peopleOf('caregiver', org.placedChild);
    const gals = placed.people.filter((p) => p.role === 'guardian_ad_litem').map((p) => p.name);
    expect(gals.sort()).toEqual(['Sib Counsel', 'guardian_ad_litem Tester'].sort());
    await db.query(`UPDATE court_case SET status = 'closed', closed_date = '2025-05-01' WHERE id = $1`, [
      org.assignedCase,
    ]);
    expect((await peopleOf('youth', org.youthChild)).people).toEqual([]);
  });
});
