import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Role } from '@hearth/core';
import { loadActor } from '../access/actor.ts';
import type { Db } from '../platform/db.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, signIn, testApp, type Session } from '../../test/http.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import { transitionSummary } from './transition.bench.ts';

/**
 * Transition plans on the test org (today 2025-06-02). The youth (born 2010-03-15, 15) has been in a group
 * home since 2025-01-05 on the assigned case; the placed child (9) lives with the caregiver.
 */
let db: Db;
let app: FastifyInstance;
let org: Org;
const sessions = new Map<Role, Session>();

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

async function session(role: Role): Promise<Session> {
  let s = sessions.get(role);
  if (!s) {
    s = await signIn(app, org.accounts[role].email);
    sessions.set(role, s);
  }
  return s;
}
async function call(
  role: Role,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
  ifMatch?: string,
) {
  return as(app, await session(role), {
    method,
    url,
    ...(payload ? { payload } : {}),
    ...(ifMatch ? { headers: { 'if-match': ifMatch } } : {}),
  });
}

const plans = (childId: string) => `/api/v1/children/${childId}/transition-plans`;
const homePlans = (childId: string) => `/api/v1/children/${childId}/transition-home-plans`;
const domain = (state: string, notes = '') => ({ state, notes });
const basePlan = {
  housing: domain('in_progress', 'Looking at supervised independent living'),
  education: domain('in_place', 'Junior year at Valley High'),
  employment: domain('not_started'),
  connections: [{ name: 'Aunt Carmen Ortiz', relationship: 'aunt', note: 'Sunday dinners' }],
  team: [{ name: 'Coach Ben Ruiz', relationship: 'teacher_or_coach' }],
  exitDocuments: [{ kind: 'birth_certificate', state: 'have', date: '2025-03-01' }],
  creditChecks: [{ checkedOn: '2025-02-01', result: 'no_file' }],
};
const auditActions = async (entity: string): Promise<string[]> =>
  (
    await db.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE entity_id = $1 OR data->>'childId' = $1 ORDER BY recorded_at, seq`,
      [entity],
    )
  ).map((r) => r.action);

describe(`plan to adulthood on ${testDbKind()}`, () => {
  it('lets the caseworker record a youth’s plan, once, and only from 14', async () => {
    const res = await call('caseworker', 'POST', plans(org.youthChild), basePlan);
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect((await call('caseworker', 'POST', plans(org.youthChild), basePlan)).statusCode).toBe(409);
    const young = await call('caseworker', 'POST', plans(org.placedChild), basePlan);
    expect(young.statusCode).toBe(400);
    expect(young.json().errors[0].detail).toMatch(/from age 14/);
    expect(await auditActions(org.youthChild)).toContain('transition_plan.recorded');
  });

  it('enforces the youth-chosen team: at most two, never the caseworker or foster parent', async () => {
    const three = [
      { name: 'A One', relationship: 'mentor' },
      { name: 'B Two', relationship: 'mentor' },
      { name: 'C Three', relationship: 'mentor' },
    ];
    const tooMany = await call(
      'caseworker',
      'PUT',
      plans(org.youthChild),
      { ...basePlan, team: three },
      '"1"',
    );
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors.map((e: { field: string }) => e.field)).toEqual(['team']);
    const worker = await call(
      'caseworker',
      'PUT',
      plans(org.youthChild),
      { ...basePlan, team: [{ name: 'Caseworker Tester', relationship: 'mentor' }] },
      '"1"',
    );
    expect(worker.statusCode).toBe(400);
    expect(worker.json().errors[0]).toMatchObject({
      field: 'team.0',
      detail: expect.stringMatching(/caseworker/),
    });
    const byPerson = await call(
      'caseworker',
      'PUT',
      plans(org.youthChild),
      {
        ...basePlan,
        team: [{ name: 'Someone', relationship: 'mentor', personId: org.accounts.caseworker.personId }],
      },
      '"1"',
    );
    expect(byPerson.statusCode).toBe(400);
  });

  it('asks for If-Match, refuses a stale one, and keeps each version', async () => {
    expect((await call('caseworker', 'PUT', plans(org.youthChild), basePlan)).statusCode).toBe(428);
    expect((await call('caseworker', 'PUT', plans(org.youthChild), basePlan, '"7"')).statusCode).toBe(412);
    const health = { coverage: domain('in_place', 'Medicaid to 26'), proxy: domain('in_progress') };
    const ok = await call(
      'caseworker',
      'PUT',
      plans(org.youthChild),
      { ...basePlan, employment: domain('in_progress', 'Summer job'), health },
      '"1"',
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    const got = (await call('caseworker', 'GET', plans(org.youthChild))).json();
    expect(
      got.plan.versions.map((v: { version: number; changed: string[] }) => [v.version, v.changed]),
    ).toEqual([
      [2, ['employment', 'health']],
      [1, expect.arrayContaining(['housing', 'team'])],
    ]);
    expect(got.plan.health.coverage.notes).toBe('Medicaid to 26');
    // 18 on 2028-03-15; in care since 2025-01-05, so the exit documents are required.
    expect(got.schedule).toMatchObject({ exitDate: '2028-03-15', dueDate: '2027-12-16', status: 'on_time' });
    expect(got.schedule.exitDocumentsRequired).toBe(true);
    expect(got.plan.missingExitDocuments).toEqual([
      'social_security_card',
      'health_insurance_information',
      'medical_records',
      'state_id',
    ]);
    expect(got.plan.creditReportDue).toBe('2026-02-01');
  });

  it('refuses to mark the 90-day plan done until it covers every element of §475(5)(H)', async () => {
    const res = await call(
      'caseworker',
      'PUT',
      plans(org.youthChild),
      { ...basePlan, ninetyDayCompletedOn: '2025-06-01' },
      '"2"',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].detail).toMatch(/not cover yet: employment \(SSA/);
  });

  it('lets the youth read their own plan, with their health information, and write their goals', async () => {
    const mine = await call('youth', 'GET', plans(org.youthChild));
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ mayRecord: false, mayWriteGoals: true });
    expect(mine.json().plan.health.coverage.state).toBe('in_place');
    const goals = 'I want to finish high school and study to be a nurse.';
    const wrote = await call(
      'youth',
      'PUT',
      `${plans(org.youthChild)}/goals`,
      { goals },
      mine.headers.etag as string,
    );
    expect(wrote.statusCode).toBe(200);
    const after = (await call('youth', 'GET', plans(org.youthChild))).json();
    expect(after.plan.youthGoals).toMatchObject({ text: goals, writtenBy: 'youth' });
    expect(after.plan.versions[0]).toMatchObject({ byYouth: true, changed: ['youthGoals', 'youthGoalsBy'] });
    // Only the goals: the rest of the plan stays the agency's to write.
    expect((await call('youth', 'PUT', plans(org.youthChild), basePlan, '"3"')).statusCode).toBe(403);
    const actions = await auditActions(org.youthChild);
    expect(actions).toContain('transition_plan.goals_written');
    expect(actions).toContain('transition_plan.viewed');
    // The youth's words are not copied into the audit.
    const [row] = await db.query<{ data: string }>(
      `SELECT data::text AS data FROM audit_event WHERE action = 'transition_plan.goals_written'`,
    );
    expect(row!.data).not.toContain('nurse');
  });

  it('never shows the youth another child’s plan, nor a caregiver any plan', async () => {
    expect((await call('youth', 'GET', plans(org.placedChild))).statusCode).toBe(404);
    expect(
      (await call('youth', 'PUT', `${plans(org.placedChild)}/goals`, { goals: 'x' }, '"1"')).statusCode,
    ).toBe(404);
    expect((await call('caregiver', 'GET', plans(org.placedChild))).statusCode).toBe(403);
    expect((await call('caseworker', 'GET', plans(org.otherChild))).statusCode).toBe(404);
    expect((await call('caseworker', 'GET', plans(org.foreignChild))).statusCode).toBe(404);
  });

  it('withholds the health class from a reader without a health grant', async () => {
    const gal = (await call('guardian_ad_litem', 'GET', plans(org.youthChild))).json();
    expect(gal.plan.health).toBeNull();
    expect(gal.plan.healthWithheld).toBe(true);
    expect(gal.plan.youthGoals.text).toMatch(/nurse/);
    const withoutGrant = await call(
      'supervisor',
      'PUT',
      plans(org.youthChild),
      { ...basePlan, health: { coverage: domain('not_started'), proxy: domain('not_started') } },
      '"3"',
    );
    expect(withoutGrant.statusCode).toBe(400);
    expect(withoutGrant.json().errors[0].field).toBe('health');
  });

  // SSA §475(1)(B), §475A(b): the agency may reject a youth-chosen member for good cause; the youth may
  // then choose another.
  it('lets the agency reject a team member for good cause, and the youth choose another', async () => {
    const cause = 'Ana has been threatening the youth; see the safety plan of May.';
    const coach = { name: 'Coach Ben Ruiz', relationship: 'teacher_or_coach' };
    const ana = { name: 'Ana Ortiz', relationship: 'friend_or_family_friend' };
    const put = async (team: object[]) => {
      const etag = (await call('caseworker', 'GET', plans(org.youthChild))).headers.etag as string;
      return call('caseworker', 'PUT', plans(org.youthChild), { ...basePlan, team }, etag);
    };
    expect((await put([coach, ana])).statusCode).toBe(200);
    const noReason = await put([coach, { ...ana, rejected: {} }]);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([
      expect.objectContaining({
        field: 'team.1.rejected.reason',
        detail: expect.stringMatching(/good cause/),
      }),
    ]);
    const short = await put([coach, { ...ana, rejected: { reason: 'no' } }]);
    expect(short.json().errors.map((e: { field: string }) => e.field)).toEqual(['team.1.rejected.reason']);

    const rejected = await put([coach, { ...ana, rejected: { reason: cause } }]);
    expect(rejected.statusCode).toBe(200);
    const staff = (await call('caseworker', 'GET', plans(org.youthChild))).json();
    expect(staff.plan.team[1].rejected).toEqual({ reason: cause, on: '2025-06-02', byRole: 'caseworker' });
    expect(staff.plan.versions[0].changed).toEqual(['team', 'team.1.rejected']);
    // The audit names the rejection, never its cause.
    const [audit] = await db.query<{ data: { changed: string[]; changes: { team: { new: object[] } } } }>(
      `SELECT data FROM audit_event WHERE action = 'transition_plan.recorded' AND data->>'version' = $1`,
      [String(staff.plan.version)],
    );
    expect(audit!.data.changed).toContain('team.1.rejected');
    expect(audit!.data.changes.team.new[1]).toMatchObject({ name: 'Ana Ortiz', rejected: true });
    expect(JSON.stringify(audit!.data)).not.toContain('threatening');
    expect((await db.query(`SELECT 1 FROM audit_event WHERE data::text LIKE '%threatening%'`)).length).toBe(
      0,
    );

    // Ana no longer counts toward the two: the youth may choose someone else.
    const dee = { name: 'Dee Baca', relationship: 'mentor' };
    const third = await put([coach, { ...ana, rejected: { reason: cause } }, dee]);
    expect(third.statusCode).toBe(200);
    const kept = (await call('caseworker', 'GET', plans(org.youthChild))).json();
    expect(kept.plan.team.map((m: { rejected: object | null }) => m.rejected !== null)).toEqual([
      false,
      true,
      false,
    ]);
    // Kept as it was: the day and role are not restamped, and no rejection is named as changed.
    expect(kept.plan.team[1].rejected.on).toBe('2025-06-02');
    expect(kept.plan.versions[0].changed).toEqual(['team']);
    // Un-rejecting is allowed, and she counts again.
    const back = await put([coach, ana, dee]);
    expect(back.json().errors.map((e: { field: string }) => e.field)).toEqual(['team']);
  });

  it('tells the youth a member was not accepted, without the agency’s reason, and never lets them set one', async () => {
    const mine = await call('youth', 'GET', plans(org.youthChild));
    expect(mine.statusCode).toBe(200);
    expect(mine.json().plan.team[1]).toEqual({
      name: 'Ana Ortiz',
      relationship: 'friend_or_family_friend',
      personId: null,
      rejected: { reason: null, on: '2025-06-02', byRole: 'caseworker' },
    });
    expect(mine.body).not.toContain('threatening');
    // A professional on the case reads the cause.
    const gal = (await call('guardian_ad_litem', 'GET', plans(org.youthChild))).json();
    expect(gal.plan.team[1].rejected.reason).toMatch(/threatening/);
    // The youth writes only their goals: not the team, and not a rejection.
    const team = [
      {
        name: 'Coach Ben Ruiz',
        relationship: 'teacher_or_coach',
        rejected: { reason: 'I changed my mind about him.' },
      },
    ];
    const etag = mine.headers.etag as string;
    expect((await call('youth', 'PUT', plans(org.youthChild), { ...basePlan, team }, etag)).statusCode).toBe(
      403,
    );
    const viaGoals = await call('youth', 'PUT', `${plans(org.youthChild)}/goals`, { goals: 'x', team }, etag);
    expect(viaGoals.statusCode).toBe(400);
    const after = (await call('caseworker', 'GET', plans(org.youthChild))).json();
    expect(after.plan.team[0].rejected).toBeNull();
  });

  it('reads a team stored before rejections existed as not rejected', async () => {
    await db.query(
      `UPDATE transition_plan SET team = '[{"name": "Coach Ben Ruiz", "relationship": "teacher_or_coach", "personId": null}]'::jsonb WHERE child_id = $1`,
      [org.youthChild],
    );
    const got = (await call('youth', 'GET', plans(org.youthChild))).json();
    expect(got.plan.team).toEqual([
      { name: 'Coach Ben Ruiz', relationship: 'teacher_or_coach', personId: null, rejected: null },
    ]);
  });
});

describe('the 90-day plan in "What needs you"', () => {
  it('lists the plan as overdue for a youth turning 18 soon, and drops it once done', async () => {
    // 18 on 2025-07-01: the plan was due on 2025-04-02.
    await db.query(
      `UPDATE person SET birth_date = '2007-07-01' WHERE id = (SELECT person_id FROM child WHERE id = $1)`,
      [org.youthChild],
    );
    const due = async () =>
      (await call('caseworker', 'GET', '/api/v1/me/due-items'))
        .json()
        .items.filter(
          (i: { child: { id: string }; kind: string }) =>
            i.child.id === org.youthChild && ['transitionPlan', 'creditReport'].includes(i.kind),
        );
    expect(
      (await due()).map((i: { kind: string; status: string; dueDate: string }) => [
        i.kind,
        i.status,
        i.dueDate,
      ]),
    ).toEqual([['transitionPlan', 'overdue', '2025-04-02']]);
    const current = await call('caseworker', 'GET', plans(org.youthChild));
    const done = await call(
      'caseworker',
      'PUT',
      plans(org.youthChild),
      {
        ...basePlan,
        employment: domain('in_progress', 'Summer job'),
        health: { coverage: domain('in_place'), proxy: domain('in_place', 'Aunt Carmen named') },
        ninetyDayCompletedOn: '2025-06-01',
      },
      current.headers.etag as string,
    );
    expect(done.statusCode).toBe(200);
    expect(await due()).toEqual([]);
    const plan = (await call('caseworker', 'GET', plans(org.youthChild))).json();
    expect(plan.schedule).toMatchObject({ dueDate: '2025-04-02', status: 'done' });
    // In care from 2025-01-05 to 2025-07-01: fewer than six months, so no exit documents are required.
    expect(plan.schedule.exitDocumentsRequired).toBe(false);
  });
});

describe('transition home plan and the trial home visit guard (NMSA 1978 §32A-4-25.1(C))', () => {
  const placement = (removalId: string, extra: object = {}) =>
    call('caseworker', 'POST', `/api/v1/removals/${removalId}/placements`, {
      setting: 'trial_home_visit',
      startDate: '2025-06-01',
      ...extra,
    });

  it('refuses a trial home visit without a completed plan, citing the rule', async () => {
    const res = await placement(org.placedRemoval);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({
      field: 'setting',
      detail: expect.stringMatching(/32A-4-25\.1\(C\)/),
    });
  });

  it('records a plan, asks for every part before it is complete, and then lets the visit begin', async () => {
    const draft = await call('caseworker', 'POST', homePlans(org.placedChild), {
      services: [{ name: 'Family therapy' }],
      visits: [{ step: 'supervised', startDate: '2025-03-01' }],
    });
    expect(draft.statusCode).toBe(201);
    const id = draft.json().id;
    const backwards = await call(
      'caseworker',
      'PUT',
      `${homePlans(org.placedChild)}/${id}`,
      {
        visits: [
          { step: 'overnight', startDate: '2025-03-01' },
          { step: 'supervised', startDate: '2025-04-01' },
        ],
      },
      '"1"',
    );
    expect(backwards.statusCode).toBe(400);
    const incomplete = await call(
      'caseworker',
      'PUT',
      `${homePlans(org.placedChild)}/${id}`,
      { status: 'completed' },
      '"1"',
    );
    expect(incomplete.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'services',
      'safetyPlan',
      'visits',
      'aftercare',
    ]);
    const complete = await call(
      'caseworker',
      'PUT',
      `${homePlans(org.placedChild)}/${id}`,
      {
        status: 'completed',
        services: [{ name: 'Family therapy' }, { name: 'Parenting class' }],
        safetyPlan: 'Mother calls the caseworker every evening of the first week.',
        visits: [
          { step: 'supervised', startDate: '2025-03-01', endDate: '2025-03-31' },
          { step: 'unsupervised', startDate: '2025-04-01', endDate: '2025-04-30' },
          { step: 'overnight', startDate: '2025-05-01', endDate: '2025-05-31' },
          { step: 'trial_home_visit', startDate: '2025-06-01' },
        ],
        aftercare: [{ name: 'In-home services for 90 days' }],
      },
      '"1"',
    );
    expect(complete.statusCode).toBe(200);
    const listed = (await call('caseworker', 'GET', homePlans(org.placedChild))).json();
    expect(listed.items[0]).toMatchObject({ status: 'completed', completedOn: '2025-06-02', current: true });
    expect((await placement(org.placedRemoval)).statusCode).toBe(201);
    const [audit] = await db.query<{ data: { transitionHomePlan: { decision: string } } }>(
      `SELECT data FROM audit_event WHERE action = 'placement.recorded' AND data->>'childId' = $1`,
      [org.placedChild],
    );
    expect(audit!.data.transitionHomePlan.decision).toBe('allow');
  });

  it('lets a court order allow a trial home visit before the plan is done, and says so in the audit', async () => {
    const [order] = await db.query<{ id: string }>(
      `INSERT INTO court_order (jurisdiction_id, case_id, order_type, signed_date) VALUES ($1,$2,'review','2025-05-30') RETURNING id`,
      [org.jurisdictionId, org.assignedCase],
    );
    const [foreignOrder] = await db.query<{ id: string }>(
      `INSERT INTO court_order (jurisdiction_id, case_id, order_type, signed_date) VALUES ($1,$2,'review','2025-05-30') RETURNING id`,
      [org.jurisdictionId, org.otherCase],
    );
    const wrong = await placement(org.youthRemoval, { courtOrderId: foreignOrder!.id });
    expect(wrong.json().errors[0].field).toBe('courtOrderId');
    expect((await placement(org.youthRemoval, { courtOrderId: order!.id })).statusCode).toBe(201);
    const [audit] = await db.query<{
      data: { transitionHomePlan: { decision: string; courtOrderId: string } };
    }>(`SELECT data FROM audit_event WHERE action = 'placement.recorded' AND data->>'childId' = $1`, [
      org.youthChild,
    ]);
    expect(audit!.data.transitionHomePlan).toMatchObject({
      decision: 'allow_by_order',
      courtOrderId: order!.id,
    });
  });

  it('shows home plans to the history’s readers only', async () => {
    expect((await call('judge', 'GET', homePlans(org.placedChild))).statusCode).toBe(200);
    expect((await call('caregiver', 'GET', homePlans(org.placedChild))).statusCode).toBe(403);
    expect((await call('youth', 'GET', homePlans(org.youthChild))).statusCode).toBe(403);
    expect((await call('judge', 'GET', homePlans(org.otherChild))).statusCode).toBe(404);
    expect(await auditActions(org.placedChild)).toContain('transition_home_plan.viewed');
  });
});

describe('the bench view’s transition summary', () => {
  it('summarises the children the judge may read, leaving the others out', async () => {
    const judge = (await loadActor(db, org.accounts.judge.id))!;
    const summary = await transitionSummary(
      db,
      judge,
      [org.youthChild, org.placedChild, org.otherChild, org.foreignChild],
      '2025-06-02',
    );
    expect(summary.children.map((c) => c.childId)).toEqual([org.youthChild, org.placedChild]);
    expect(summary.children[0]).toMatchObject({
      adulthood: { hasPlan: true, status: 'done', dueDate: '2025-04-02', exitDocumentsRequired: false },
      homePlan: { status: 'none' },
    });
    expect(summary.children[1]).toMatchObject({ adulthood: null, homePlan: { status: 'completed' } });
    const caregiver = (await loadActor(db, org.accounts.caregiver.id))!;
    expect((await transitionSummary(db, caregiver, [org.placedChild], '2025-06-02')).children).toEqual([]);
  });
});
