import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Role } from '@hearth/core';
import type { Db } from '../platform/db.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, signIn, testApp } from '../../test/http.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';

/**
 * The case page carries each child's removals and placements for the timeline, but only to readers who
 * hold `child.readHistory` on the case: a clerk reads the case, never the children's history.
 */
let db: Db;
let app: FastifyInstance;
let org: Org;

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
  // An earlier, discharged episode of the placed child under another case: not part of this case's page.
  await db.query('INSERT INTO case_child (case_id, child_id, jurisdiction_id) VALUES ($1,$2,$3)', [
    org.otherCase,
    org.placedChild,
    org.jurisdictionId,
  ]);
  await db.query(
    `WITH r AS (INSERT INTO removal_episode (jurisdiction_id, child_id, case_id, removal_date, removal_manner, discharge_date, discharge_reason)
       VALUES ($1,$2,$3,'2023-02-01','court_ordered','2023-08-01','reunification') RETURNING id, child_id)
     INSERT INTO permanency_plan (jurisdiction_id, child_id, removal_id, plan_kind, goal, established_date, ended_date)
     SELECT $1, child_id, id, 'primary', 'reunification', '2023-03-01', '2023-08-01' FROM r`,
    [org.jurisdictionId, org.placedChild, org.otherCase],
  );
  // This case's plans for the placed child: reunification, with adoption as the concurrent plan.
  await db.query(
    `INSERT INTO permanency_plan (jurisdiction_id, child_id, removal_id, plan_kind, goal, established_date)
     VALUES ($1,$2,$3,'primary','reunification','2025-02-10'), ($1,$2,$3,'concurrent','adoption','2025-02-10')`,
    [org.jurisdictionId, org.placedChild, org.placedRemoval],
  );
});
afterAll(async () => {
  await app.close();
  await db.close();
});

type CaseChild = {
  id: string;
  permanencyPlans?: { planKind: string; goal: string; establishedDate: string; endedDate: string | null }[];
  removals?: {
    removalDate: string;
    dateEnteredFosterCare: string;
    dischargeDate: string | null;
    placements: { setting: string; startDate: string; endDate: string | null }[];
  }[];
};

async function caseChildren(role: Role, caseId: string, headers: Record<string, string> = {}) {
  const s = await signIn(app, org.accounts[role].email);
  const res = await as(app, s, { method: 'GET', url: `/api/v1/cases/${caseId}`, headers });
  return { status: res.statusCode, children: (res.json().children ?? []) as CaseChild[] };
}

describe(`case page timeline data on ${testDbKind()}`, () => {
  it('gives the caseworker each child’s removals and placements on this case, in the same query', async () => {
    const { status, children } = await caseChildren('caseworker', org.assignedCase);
    expect(status).toBe(200);
    const placed = children.find((c) => c.id === org.placedChild)!;
    expect(placed.removals).toEqual([
      {
        id: org.placedRemoval,
        removalDate: '2025-01-05',
        adjudicationDate: null,
        // Not adjudicated: removal + 60 days (SSA §475(5)(F)).
        dateEnteredFosterCare: '2025-03-06',
        dischargeDate: null,
        dischargeReason: null,
        placements: [
          {
            id: expect.any(String),
            setting: 'foster_family_nonrelative',
            startDate: '2025-01-05',
            endDate: null,
          },
        ],
      },
    ]);
    const youth = children.find((c) => c.id === org.youthChild)!;
    expect(youth.removals?.[0]?.placements.map((p) => p.setting)).toEqual(['group_home']);
    // The permanency plans of this case's episodes only (the earlier case's plan is not on this page).
    expect(placed.permanencyPlans?.map((p) => [p.planKind, p.goal, p.establishedDate, p.endedDate])).toEqual([
      ['concurrent', 'adoption', '2025-02-10', null],
      ['primary', 'reunification', '2025-02-10', null],
    ]);
  });

  it.each(['judge', 'supervisor', 'guardian_ad_litem', 'cqi_analyst'] as const)(
    'gives %s, who reads the children’s history, the removals too',
    async (role) => {
      const { children } = await caseChildren(role, org.assignedCase);
      expect(children.every((c) => Array.isArray(c.removals) && c.removals.length === 1)).toBe(true);
    },
  );

  it('gives the clerk the case without any removal or placement', async () => {
    const { status, children } = await caseChildren('court_clerk', org.assignedCase);
    expect(status).toBe(200);
    expect(children).toHaveLength(2);
    for (const c of children) {
      expect(c.removals).toBeUndefined();
      expect(c.permanencyPlans).toBeUndefined();
    }
  });

  it('opens the history with the case when a supervisor breaks the glass', async () => {
    expect((await caseChildren('supervisor', org.otherCase)).status).toBe(404);
    const { status, children } = await caseChildren('supervisor', org.otherCase, {
      'x-break-glass-reason': encodeURIComponent('Covering for the assigned worker on leave'),
    });
    expect(status).toBe(200);
    const other = children.find((c) => c.id === org.otherChild)!;
    expect(other.removals?.map((r) => r.removalDate)).toEqual(['2025-01-05']);
    // The placed child's earlier episode belongs to this other case.
    const placed = children.find((c) => c.id === org.placedChild)!;
    expect(placed.removals?.map((r) => r.dischargeDate)).toEqual(['2023-08-01']);
    expect(placed.permanencyPlans?.map((p) => p.endedDate)).toEqual(['2023-08-01']);
  });
});
