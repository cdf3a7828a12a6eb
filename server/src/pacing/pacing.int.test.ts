import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { CIP_BENCHMARK_REVIEWS, type Role } from '@hearth/core';
import type { Db } from '../platform/db.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, signIn, testApp, type Session } from '../../test/http.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';

/**
 * Permanency clocks, the at-risk list, the TPR exception and benchmark reviews on the test org (today
 * 2025-06-02). Both children of the assigned case were removed on 2025-01-05 (entered care 2025-03-06).
 * The youth was in care before (2023-06-01 to 2024-10-01), so 15 of the last 22 months were reached in
 * April; and the court found on 2025-05-20 that reasonable efforts are not required, so a permanency
 * hearing is due by 2025-06-19. The other case's child has the same finding on 2025-05-25.
 */
let db: Db;
let app: FastifyInstance;
let org: Org;
const sessions = {} as Record<Role, Session>;

type Clock = {
  kind: string;
  status: string;
  dueDate: string | null;
  date: string | null;
  days: number | null;
  ofDays: number | null;
  metOn: string | null;
  missed: boolean;
  notes: string[];
  citation: string | null;
  atRisk: boolean;
  exception: { reason: string; note: string | null } | null;
};

async function order(caseId: string, type: string, date: string): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO court_order (jurisdiction_id, case_id, order_type, signed_date) VALUES ($1,$2,$3,$4) RETURNING id`,
    [org.jurisdictionId, caseId, type, date],
  );
  return row!.id;
}
async function finding(orderId: string, childId: string, type: string, made: boolean, date: string) {
  await db.query(
    `INSERT INTO finding (jurisdiction_id, order_id, child_id, finding_type, is_made, finding_date) VALUES ($1,$2,$3,$4,$5,$6)`,
    [org.jurisdictionId, orderId, childId, type, made, date],
  );
}

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
  for (const role of [
    'judge',
    'court_clerk',
    'caseworker',
    'supervisor',
    'guardian_ad_litem',
    'casa_volunteer',
    'caregiver',
    'cqi_analyst',
    'administrator',
  ] as const)
    sessions[role] = await signIn(app, org.accounts[role].email);
  // The custody order: contrary to the welfare and reasonable efforts for the placed child; the youth's
  // first order did not find contrary to the welfare.
  const custody = await order(org.assignedCase, 'custody', '2025-01-08');
  await finding(custody, org.placedChild, 'contrary_to_welfare', true, '2025-01-08');
  await finding(custody, org.placedChild, 'reasonable_efforts_prevent_removal', true, '2025-01-08');
  await finding(custody, org.youthChild, 'contrary_to_welfare', false, '2025-01-08');
  const review = await order(org.assignedCase, 'judicial_review', '2025-05-20');
  await finding(review, org.youthChild, 'reasonable_efforts_not_required', true, '2025-05-20');
  const other = await order(org.otherCase, 'judicial_review', '2025-05-25');
  await finding(other, org.otherChild, 'reasonable_efforts_not_required', true, '2025-05-25');
  await db.query(
    `INSERT INTO removal_episode (jurisdiction_id, child_id, removal_date, removal_manner, discharge_date, discharge_reason)
     VALUES ($1,$2,'2023-06-01','court_ordered','2024-10-01','reunification')`,
    [org.jurisdictionId, org.youthChild],
  );
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const get = (role: Role, url: string, headers: Record<string, string> = {}) =>
  as(app, sessions[role], { method: 'GET', url, headers });
const post = (role: Role, url: string, payload: object) =>
  as(app, sessions[role], { method: 'POST', url, payload });
const clocksOf = async (role: Role, childId: string): Promise<Record<string, Clock>> => {
  const res = await get(role, `/api/v1/children/${childId}/clocks`);
  expect(res.statusCode, res.body).toBe(200);
  return Object.fromEntries(res.json().clocks.map((c: Clock) => [c.kind, c]));
};
const lastAudit = async (accountId: string, action: string) =>
  (
    await db.query<{ entity_id: string | null; data: Record<string, unknown>; break_glass: boolean }>(
      `SELECT entity_id, data, break_glass FROM audit_event WHERE actor_id = $1 AND action = $2 ORDER BY seq DESC LIMIT 1`,
      [accountId, action],
    )
  )[0];

describe(`permanency clocks on ${testDbKind()}`, () => {
  it('gives the caseworker the placed child’s clocks, each with its rule, and audits the read', async () => {
    const c = await clocksOf('caseworker', org.placedChild);
    expect(c.enteredFosterCare).toMatchObject({ status: 'ok', date: '2025-03-06' });
    expect(c.daysInCare).toMatchObject({ days: 149, ofDays: 149 });
    expect(c.fifteenOfTwentyTwo).toMatchObject({ status: 'ok', days: 89, notes: ['projected'] });
    expect(c.fifteenOfTwentyTwo!.citation).toMatch(/475\(5\)\(E\)/);
    expect(c.reasonableEffortsPrevent).toMatchObject({ status: 'ok', metOn: '2025-01-08' });
    expect(c.contraryToWelfare).toMatchObject({ status: 'ok', metOn: '2025-01-08' });
    expect(c.reasonableEffortsFinalize).toMatchObject({ status: 'ok', dueDate: '2026-03-06' });
    expect(c.periodicReview).toMatchObject({ status: 'ok', dueDate: '2025-09-06' });
    expect(c.permanencyHearing).toMatchObject({ status: 'ok', dueDate: '2026-03-06' });
    expect(c.trialHomeVisit!.status).toBe('notApplicable');
    const audit = await lastAudit(org.accounts.caseworker.id, 'pacing.clocks_viewed');
    expect(audit).toMatchObject({ entity_id: org.placedChild, break_glass: false });
    expect(audit!.data).toMatchObject({ removalId: org.placedRemoval, atRisk: [] });
  });

  it('shows the youth’s 15 of 22 reached across episodes, the missed finding and the hearing due soon', async () => {
    const c = await clocksOf('judge', org.youthChild);
    expect(c.fifteenOfTwentyTwo).toMatchObject({ status: 'overdue', atRisk: true, missed: false });
    expect(c.fifteenOfTwentyTwo!.dueDate! < '2025-06-02').toBe(true);
    expect(c.daysInCare!.notes).toEqual(['earlierEpisodes']);
    expect(c.contraryToWelfare).toMatchObject({ status: 'overdue', missed: true, atRisk: false });
    expect(c.permanencyHearing).toMatchObject({
      status: 'dueSoon',
      dueDate: '2025-06-19',
      notes: ['noEffortsFinding'],
      atRisk: true,
    });
  });

  it('answers 404 for a child out of reach, 403 to a role without the history, and opens by breaking the glass', async () => {
    expect((await get('caseworker', `/api/v1/children/${org.otherChild}/clocks`)).statusCode).toBe(404);
    expect((await get('caseworker', `/api/v1/children/${org.foreignChild}/clocks`)).statusCode).toBe(404);
    for (const role of ['court_clerk', 'caregiver', 'administrator'] as const)
      expect((await get(role, `/api/v1/children/${org.placedChild}/clocks`)).statusCode, role).toBe(403);
    const reason = 'Covering the permanency hearing today';
    const res = await get('supervisor', `/api/v1/children/${org.otherChild}/clocks`, {
      'x-break-glass-reason': encodeURIComponent(reason),
    });
    expect(res.statusCode).toBe(200);
    const audit = await lastAudit(org.accounts.supervisor.id, 'pacing.clocks_viewed');
    expect(audit).toMatchObject({ entity_id: org.otherChild, break_glass: true });
  });
});

describe(`children at risk of a missed deadline on ${testDbKind()}`, () => {
  const atRisk = async (role: Role) => {
    const res = await get(role, '/api/v1/me/at-risk');
    return { status: res.statusCode, body: res.json() };
  };

  it('lists the children on one’s cases with a clock overdue or due within 30 days, most urgent first', async () => {
    const { status, body } = await atRisk('caseworker');
    expect(status).toBe(200);
    expect(body.soonDays).toBe(30);
    expect(body.children.map((c: { child: { id: string } }) => c.child.id)).toEqual([org.youthChild]);
    const [youth] = body.children;
    expect(youth.case).toMatchObject({ id: org.assignedCase });
    expect(youth.clocks.map((c: Clock) => [c.kind, c.status])).toEqual([
      ['fifteenOfTwentyTwo', 'overdue'],
      ['permanencyHearing', 'dueSoon'],
    ]);
    const audit = await lastAudit(org.accounts.caseworker.id, 'pacing.at_risk_listed');
    expect(audit!.data).toMatchObject({ childIds: [org.youthChild], considered: 2 });
  });

  it('scopes the list: the judge’s docket, the GAL’s and CASA’s cases, the unit; the analyst the district', async () => {
    for (const role of ['judge', 'supervisor', 'guardian_ad_litem', 'casa_volunteer'] as const) {
      const ids = (await atRisk(role)).body.children.map((c: { child: { id: string } }) => c.child.id);
      expect(ids, role).toEqual([org.youthChild]);
    }
    const analyst = (await atRisk('cqi_analyst')).body.children.map(
      (c: { child: { id: string } }) => c.child.id,
    );
    expect(analyst.sort()).toEqual([org.youthChild, org.otherChild].sort());
    for (const role of ['court_clerk', 'caregiver', 'administrator'] as const)
      expect((await atRisk(role)).status, role).toBe(403);
  });
});

describe(`the documented exception to filing at 15 of 22 on ${testDbKind()}`, () => {
  const url = () => `/api/v1/children/${org.youthChild}/tpr-exceptions`;

  it('needs the compelling reason written out, a date not in the future, and a removal of this child', async () => {
    const res = await post('caseworker', url(), {
      reason: 'compelling_reason',
      documentedDate: '2025-06-03',
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['documentedDate', 'note']);
    const wrong = await post('caseworker', url(), {
      reason: 'services_not_provided',
      documentedDate: '2025-06-01',
      removalId: org.placedRemoval,
    });
    expect(wrong.json().errors.map((e: { field: string }) => e.field)).toEqual(['removalId']);
  });

  it('is recorded by the caseworker (plan.record), audited, and answers the 15-of-22 clock and due item', async () => {
    const dueKinds = async () =>
      (await get('caseworker', '/api/v1/me/due-items'))
        .json()
        .items.filter((i: { child: { id: string } }) => i.child.id === org.youthChild)
        .map((i: { kind: string }) => i.kind);
    expect(await dueKinds()).toContain('fifteenOfTwentyTwo');
    expect(
      (await post('guardian_ad_litem', url(), { reason: 'relative_placement', documentedDate: '2025-06-01' }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await post('caseworker', `/api/v1/children/${org.otherChild}/tpr-exceptions`, {
          reason: 'relative_placement',
          documentedDate: '2025-06-01',
        })
      ).statusCode,
    ).toBe(404);
    const note = 'Leo, 15, asks for a permanent guardianship with his aunt; adoption is not in his interest.';
    const res = await post('caseworker', url(), {
      reason: 'compelling_reason',
      documentedDate: '2025-06-01',
      note,
    });
    expect(res.statusCode, res.body).toBe(201);
    const audit = await lastAudit(org.accounts.caseworker.id, 'tpr_exception.recorded');
    expect(audit!.data).toMatchObject({
      exceptionId: res.json().id,
      reason: 'compelling_reason',
      removalId: org.youthRemoval,
    });
    expect(JSON.stringify(audit!.data)).not.toContain('guardianship');
    const c = await clocksOf('caseworker', org.youthChild);
    expect(c.fifteenOfTwentyTwo).toMatchObject({
      status: 'ok',
      metOn: '2025-06-01',
      notes: ['exceptionDocumented'],
      exception: { reason: 'compelling_reason', note },
    });
    expect(await dueKinds()).not.toContain('fifteenOfTwentyTwo');
  });
});

describe(`benchmark reviews on ${testDbKind()}`, () => {
  const url = (caseId = org.assignedCase) => `/api/v1/cases/${caseId}/benchmark-reviews`;
  const answers = Object.fromEntries(
    CIP_BENCHMARK_REVIEWS.checklist.map((i) => [
      i.code,
      i.answer === 'text'
        ? { note: 'Ask the court to set the permanency hearing by 19 June.' }
        : { answer: 'partly', note: 'see notes' },
    ]),
  );
  type Review = {
    id: string | null;
    child: { id: string };
    checkpoint: string;
    status: string;
    dueDate: string;
    anchorDate: string;
    recorded: { outcome: string; answers: object; recordedBy: string } | null;
  };

  it('lists the reviews the checkpoints put on the calendar, with the rule pack’s checklist', async () => {
    const res = await get('guardian_ad_litem', url());
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.checklist.map((i: { code: string }) => i.code)).toEqual(
      CIP_BENCHMARK_REVIEWS.checklist.map((i) => i.code),
    );
    expect(body.unconfirmed).toBe(true);
    const reviews: Review[] = body.reviews;
    // The youth's permanency hearing is due by 2025-06-19 (none set): its review was due on 2025-05-20.
    expect(reviews.find((r) => r.child.id === org.youthChild)).toMatchObject({
      checkpoint: 'before_permanency_hearing',
      anchorDate: '2025-06-19',
      dueDate: '2025-05-20',
      status: 'overdue',
      id: null,
    });
    // The placed child: before the permanency hearing due 2026-03-06, and at 12 of the 22 months.
    expect(
      reviews
        .filter((r) => r.child.id === org.placedChild)
        .map((r) => r.checkpoint)
        .sort(),
    ).toEqual(['before_permanency_hearing', 'fifteen_of_twenty_two_near']);
    expect((await lastAudit(org.accounts.guardian_ad_litem.id, 'benchmark_review.listed'))!.entity_id).toBe(
      org.assignedCase,
    );
  });

  it('records a review’s checklist and outcome once, naming what is missing', async () => {
    const body = {
      childId: org.youthChild,
      checkpoint: 'before_permanency_hearing',
      anchorDate: '2025-06-19',
      reviewDate: '2025-06-02',
      answers,
      outcome: 'action_needed',
      outcomeNote: 'Permanency hearing to be requested this week.',
    };
    const partial = Object.fromEntries(
      Object.entries(answers).filter(([code]) => code !== 'safety' && code !== 'next_steps'),
    );
    const missing = await post('caseworker', url(), { ...body, answers: partial });
    expect(missing.statusCode).toBe(400);
    expect(
      missing
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['answers.next_steps.note', 'answers.safety.answer']);
    const notDue = await post('caseworker', url(), { ...body, anchorDate: '2025-07-01' });
    expect(notDue.json().errors.map((e: { field: string }) => e.field)).toEqual(['anchorDate']);
    expect((await post('guardian_ad_litem', url(), body)).statusCode).toBe(403);
    expect((await post('caseworker', url(org.otherCase), body)).statusCode).toBe(404);

    const res = await post('caseworker', url(), body);
    expect(res.statusCode, res.body).toBe(201);
    expect((await post('caseworker', url(), body)).statusCode).toBe(409);
    const audit = await lastAudit(org.accounts.caseworker.id, 'benchmark_review.recorded');
    expect(audit).toMatchObject({ entity_id: org.assignedCase });
    expect(audit!.data).toMatchObject({
      reviewId: res.json().id,
      outcome: 'action_needed',
      childId: org.youthChild,
    });

    const listed: Review[] = (await get('supervisor', url())).json().reviews;
    const recorded = listed.find((r) => r.id === res.json().id);
    expect(recorded).toMatchObject({
      status: 'recorded',
      anchorDate: '2025-06-19',
      recorded: { outcome: 'action_needed', answers, recordedBy: 'caseworker tester' },
    });
    expect(listed.filter((r) => r.child.id === org.youthChild && r.status !== 'recorded')).toEqual([]);
  });

  it('refuses a role without the history, and a case out of reach', async () => {
    expect((await get('court_clerk', url())).statusCode).toBe(403);
    expect((await get('caseworker', url(org.otherCase))).statusCode).toBe(404);
    expect((await get('caseworker', url(org.foreignCase))).statusCode).toBe(404);
  });
});
