import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import type { Interval } from '@hearth/core';
import type { Db } from '../platform/db.ts';
import { findConflicts, type ConflictDetail } from '../calendar/conflicts.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, signIn, testApp, type Session } from '../../test/http.ts';
import { calendarScenario, mdt, type CalendarScenario } from '../../test/scenarios/calendar.ts';
import { addChecklist } from '../../test/scenarios/wellbeing.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';

/**
 * Continuing a hearing (POST /api/v1/hearings/:hearingId/continuance) and the continuances report of a
 * case. The test clock is Monday 2 June 2025, 9 a.m. in Albuquerque; deadlines are set on the hearings
 * as advance calendaring would.
 */
let db: Db;
let app: FastifyInstance;
let org: Org;
let s: CalendarScenario;
const sessions = {} as Record<'judge' | 'court_clerk' | 'caseworker' | 'caregiver', Session>;

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
  s = await calendarScenario(db, org);
  for (const role of ['judge', 'court_clerk', 'caseworker', 'caregiver'] as const)
    sessions[role] = await signIn(app, org.accounts[role].email);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const continueAs = (role: keyof typeof sessions, hearingId: string, body: Record<string, unknown>) =>
  as(app, sessions[role], {
    method: 'POST',
    url: `/api/v1/hearings/${hearingId}/continuance`,
    payload: body,
  });

/** A hearing of the assigned case on the org judge's calendar, with a deadline. */
async function hearingWithDeadline(
  start: string,
  end: string,
  deadline: string | null,
  type = 'adjudication',
) {
  const id = await s.hearing(org.assignedCase, start, end, { judgeId: org.judge, type });
  await db.query(`UPDATE hearing SET deadline_date = $2, rule_id = 'test-rule' WHERE id = $1`, [
    id,
    deadline,
  ]);
  return id;
}

const row = async (id: string) =>
  (
    await db.query<{
      status: string;
      continuance_reason: string | null;
      continuance_requested_by: string | null;
      deadline_date: string | null;
      rule_id: string | null;
      hearing_type: string;
      judge_id: string;
    }>(
      `SELECT status, continuance_reason, continuance_requested_by, deadline_date, rule_id, hearing_type, judge_id
         FROM hearing WHERE id = $1`,
      [id],
    )
  )[0]!;

describe(`continuances on ${testDbKind()}`, () => {
  let continued: string;

  it('continues a hearing to a new time: who asked, why, the new hearing and what it did to the deadline', async () => {
    // A hearing outside the statutory sequence, so advance calendaring (run after the continuance) leaves
    // its deadline as set here.
    continued = await hearingWithDeadline(
      mdt('2025-06-09', '09:00'),
      mdt('2025-06-09', '09:30'),
      '2025-06-20',
      'other',
    );
    const res = await continueAs('judge', continued, {
      requestedBy: 'parent',
      reason: 'attorney_unavailable',
      note: 'Counsel is in a jury trial',
      newStart: mdt('2025-06-24', '09:00'),
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      continuedHearingId: continued,
      requestedBy: 'parent',
      reason: 'attorney_unavailable',
      daysAdded: 15,
      // A continuance does not move the deadline: the new date is 4 days past it.
      deadline: { date: '2025-06-20', daysPast: 4, missed: true, unconfirmed: true },
      newHearing: { start: mdt('2025-06-24', '09:00'), end: mdt('2025-06-24', '09:30'), courtroom: null },
      conflictsAccepted: false,
    });
    expect(body.deadline.citation).toMatch(/Rule 10-343 NMRA/);
    expect(await row(continued)).toMatchObject({
      status: 'continued',
      continuance_reason: 'attorney_unavailable',
      continuance_requested_by: 'parent',
    });
    // The new hearing keeps the type, the judge, the deadline and the rule behind it.
    expect(await row(body.newHearing.id)).toMatchObject({
      status: 'scheduled',
      hearing_type: 'other',
      judge_id: org.judge,
      deadline_date: '2025-06-20',
      rule_id: 'test-rule',
    });
    const [recorded] = await db.query<{ note: string; days_past_deadline: number; recorded_by: string }>(
      'SELECT note, days_past_deadline, recorded_by FROM hearing_continuance WHERE hearing_id = $1',
      [continued],
    );
    expect(recorded).toEqual({
      note: 'Counsel is in a jury trial',
      days_past_deadline: 4,
      recorded_by: org.accounts.judge.id,
    });
    const audits = await db.query<{ action: string; entity_id: string; data: Record<string, unknown> }>(
      `SELECT action, entity_id, data FROM audit_event WHERE actor_id = $1 AND entity_id = ANY($2::text[]) ORDER BY seq`,
      [org.accounts.judge.id, [continued, body.newHearing.id]],
    );
    expect(audits.map((a) => [a.action, a.entity_id])).toEqual([
      ['hearing.continued', continued],
      ['hearing.scheduled', body.newHearing.id],
    ]);
    expect(audits[0]!.data).toMatchObject({
      newHearingId: body.newHearing.id,
      requestedBy: 'parent',
      reason: 'attorney_unavailable',
      deadlineMissed: true,
      changes: { status: { old: 'scheduled', new: 'continued' } },
    });
    // Advance calendaring recomputed the case's schedule for the continuance.
    const runs = await db.query<{ reason: string }>(
      'SELECT reason FROM case_schedule_run WHERE case_id = $1',
      [org.assignedCase],
    );
    expect(runs.map((r) => r.reason)).toContain('continuance');
    // Once continued, it cannot be continued again.
    const again = await continueAs('judge', continued, { requestedBy: 'court', reason: 'court_calendar' });
    expect(again.statusCode).toBe(409);
  });

  it('continues to the first free slot when no time is given, within the deadline and free of conflicts', async () => {
    const id = await hearingWithDeadline(
      mdt('2025-06-10', '09:00'),
      mdt('2025-06-10', '10:00'),
      '2025-06-13',
    );
    // The judge sits all of Wednesday on another case; the GAL is in another courtroom Thursday morning.
    const judgeBusy = await s.caseWith({ judgeId: org.judge });
    await s.hearing(judgeBusy.caseId, mdt('2025-06-11', '08:00'), mdt('2025-06-11', '18:00'), {
      judgeId: org.judge,
    });
    const galBusy = await s.caseWith({ accounts: ['guardian_ad_litem'] });
    await s.hearing(galBusy.caseId, mdt('2025-06-12', '08:30'), mdt('2025-06-12', '12:00'));
    const res = await continueAs('court_clerk', id, { requestedBy: 'agency', reason: 'report_not_filed' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    // After lunch on Thursday is the first free hour of the judge, the room-less hearing and the GAL.
    expect(body.newHearing).toMatchObject({
      start: mdt('2025-06-12', '13:00'),
      end: mdt('2025-06-12', '14:00'),
    });
    expect(body).toMatchObject({
      daysAdded: 2,
      deadline: { date: '2025-06-13', daysPast: 0, missed: false },
    });
    const found = await findConflicts(db, {
      caseId: org.assignedCase,
      courtId: org.court,
      hearingId: body.newHearing.id,
      start: body.newHearing.start,
      end: body.newHearing.end,
      judgeId: org.judge,
      courtroomId: null,
    });
    expect(found).toEqual([]);
  });

  it('answers a new time that double-books with 409 and free slots; an offered slot is taken', async () => {
    const id = await hearingWithDeadline(mdt('2025-06-16', '09:00'), mdt('2025-06-16', '09:30'), null);
    const busy = await s.caseWith({ judgeId: org.judge });
    await s.hearing(busy.caseId, mdt('2025-06-17', '09:00'), mdt('2025-06-17', '10:00'), {
      judgeId: org.judge,
    });
    const asked = {
      requestedBy: 'tribe',
      reason: 'icwa_notice_pending',
      newStart: mdt('2025-06-17', '09:00'),
    };
    const res = await continueAs('judge', id, asked);
    expect(res.statusCode).toBe(409);
    const p = res.json() as { conflicts: ConflictDetail[]; offers: Interval[] };
    expect(p.conflicts.map((c) => [c.resource.kind, c.hearing.petitionNumber])).toEqual([
      ['judge', busy.petitionNumber],
    ]);
    expect(p.offers[0]).toEqual({ start: mdt('2025-06-17', '08:30'), end: mdt('2025-06-17', '09:00') });
    // Nothing was written.
    expect((await row(id)).status).toBe('scheduled');
    expect((await db.query('SELECT 1 FROM hearing_continuance WHERE hearing_id = $1', [id])).length).toBe(0);
    const picked = await continueAs('judge', id, {
      ...asked,
      newStart: p.offers[2]!.start,
      newEnd: p.offers[2]!.end,
    });
    expect(picked.statusCode).toBe(201);
    expect(picked.json().newHearing.start).toBe(p.offers[2]!.start);
  });

  it('continues over a conflict only with a reason, audited', async () => {
    const id = await hearingWithDeadline(mdt('2025-06-18', '09:00'), mdt('2025-06-18', '09:30'), null);
    const busy = await s.caseWith({ judgeId: org.judge });
    await s.hearing(busy.caseId, mdt('2025-06-19', '09:00'), mdt('2025-06-19', '10:00'), {
      judgeId: org.judge,
    });
    const reason = 'The other matter settles; both parties agreed to this time';
    const res = await continueAs('judge', id, {
      requestedBy: 'court',
      reason: 'court_calendar',
      newStart: mdt('2025-06-19', '09:00'),
      acceptConflicts: true,
      acceptConflictsReason: reason,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().conflictsAccepted).toBe(true);
    const [audit] = await db.query<{ reason: string }>(
      `SELECT reason FROM audit_event WHERE action = 'hearing.double_booked' AND entity_id = $1`,
      [res.json().newHearing.id],
    );
    expect(audit!.reason).toBe(reason);
  });

  it('refuses a new time before now or ending before it starts', async () => {
    const id = await hearingWithDeadline(mdt('2025-06-20', '09:00'), mdt('2025-06-20', '09:30'), null);
    const past = await continueAs('judge', id, {
      requestedBy: 'court',
      reason: 'other',
      newStart: mdt('2025-05-30', '09:00'),
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors.map((e: { field: string }) => e.field)).toEqual(['newStart']);
    const backwards = await continueAs('judge', id, {
      requestedBy: 'court',
      reason: 'other',
      newStart: mdt('2025-06-25', '10:00'),
      newEnd: mdt('2025-06-25', '09:00'),
    });
    expect(backwards.statusCode).toBe(400);
    expect((await row(id)).status).toBe('scheduled');
  });

  it('reports the case’s continuances: who asked, why, days added, deadlines passed', async () => {
    // A hearing continued before continuances were recorded here: matched to the next one of its type.
    const old = await s.hearing(org.assignedCase, mdt('2025-05-05', '09:00'), mdt('2025-05-05', '10:00'), {
      judgeId: org.judge,
      type: 'disposition',
      status: 'continued',
    });
    await db.query(
      `UPDATE hearing SET continuance_reason = 'party_not_served', continuance_requested_by = 'agency' WHERE id = $1`,
      [old],
    );
    await s.hearing(org.assignedCase, mdt('2025-05-19', '09:00'), mdt('2025-05-19', '10:00'), {
      judgeId: org.judge,
      type: 'disposition',
      status: 'held',
    });
    const res = await as(app, sessions.caseworker, {
      method: 'GET',
      url: `/api/v1/cases/${org.assignedCase}/continuances`,
    });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    const first = report.items[0];
    expect(first).toMatchObject({
      hearingId: old,
      hearingType: 'disposition',
      requestedBy: 'agency',
      reason: 'party_not_served',
      newStart: mdt('2025-05-19', '09:00'),
      daysAdded: 14,
      recorded: false,
    });
    const recorded = report.items.find((i: { hearingId: string }) => i.hearingId === continued);
    expect(recorded).toMatchObject({
      requestedBy: 'parent',
      reason: 'attorney_unavailable',
      note: 'Counsel is in a jury trial',
      daysAdded: 15,
      deadline: { date: '2025-06-20', daysPast: 4, missed: true },
      recorded: true,
      recordedBy: 'judge tester',
    });
    expect(report.summary).toMatchObject({
      continuances: 5,
      deadlinesMissed: 1,
      byRequester: { agency: 2, parent: 1, tribe: 1, court: 1 },
    });
    expect(report.summary.daysAdded).toBe(
      report.items.reduce((n: number, i: { daysAdded: number }) => n + i.daysAdded, 0),
    );
    expect(res.body).not.toMatch(/Mia|Leo|Testchild/);
    const [audit] = await db.query<{ entity_id: string }>(
      `SELECT entity_id FROM audit_event WHERE action = 'continuance.listed' AND actor_id = $1`,
      [org.accounts.caseworker.id],
    );
    expect(audit!.entity_id).toBe(org.assignedCase);
  });

  it('answers any body below 500, as problem+json when refused', async () => {
    const when = fc.oneof(
      fc
        .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      fc.string(),
      fc.integer(),
      fc.constant(null),
    );
    const body = fc.record(
      {
        requestedBy: fc.oneof(fc.constantFrom('court', 'agency', 'parent'), fc.string()),
        reason: fc.oneof(fc.constantFrom('court_calendar', 'other'), fc.string()),
        note: fc.oneof(fc.string(), fc.integer()),
        newStart: when,
        newEnd: when,
        scheduledStart: when,
        scheduledEnd: when,
        courtroomId: fc.oneof(fc.constant(org.courtroom), fc.uuid(), fc.constant(null)),
        acceptConflicts: fc.oneof(fc.boolean(), fc.string()),
        acceptConflictsReason: fc.string({ maxLength: 40 }),
      },
      { requiredKeys: [] },
    );
    const id = await hearingWithDeadline(
      mdt('2025-07-07', '09:00'),
      mdt('2025-07-07', '09:30'),
      '2025-07-10',
    );
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async (payload, move) => {
        const res = await as(app, sessions.court_clerk, {
          method: move ? 'PATCH' : 'POST',
          url: move ? `/api/v1/hearings/${id}` : `/api/v1/hearings/${id}/continuance`,
          headers: move ? { 'if-match': '"1"' } : {},
          payload,
        });
        expect(res.statusCode, res.body).toBeLessThan(500);
        if (res.statusCode >= 400) expect(res.headers['content-type']).toMatch(/problem\+json/);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps to each role’s reach: another caseworker’s case is not found, a caregiver is refused', async () => {
    const report = (role: keyof typeof sessions, caseId: string) =>
      as(app, sessions[role], { method: 'GET', url: `/api/v1/cases/${caseId}/continuances` });
    expect((await report('caseworker', org.otherCase)).statusCode).toBe(404);
    expect((await report('caregiver', org.assignedCase)).statusCode).toBe(403);
    expect((await report('court_clerk', org.otherCase)).statusCode).toBe(200);

    const mine = await hearingWithDeadline(mdt('2025-06-26', '09:00'), mdt('2025-06-26', '09:30'), null);
    const elsewhere = await s.hearing(org.otherCase, mdt('2025-06-26', '09:00'), mdt('2025-06-26', '09:30'));
    const body = { requestedBy: 'court', reason: 'court_calendar' };
    expect((await continueAs('caregiver', mine, body)).statusCode).toBe(403);
    // Caseworkers read the case but do not set hearings.
    expect((await continueAs('caseworker', mine, body)).statusCode).toBe(403);
    // The judge's docket does not hold the other case: not found, as if missing; its clerk may continue it.
    expect((await continueAs('judge', elsewhere, body)).statusCode).toBe(404);
    expect(
      (await as(app, sessions.judge, { method: 'GET', url: `/api/v1/hearings/${elsewhere}` })).statusCode,
    ).toBe(404);
    expect((await continueAs('court_clerk', elsewhere, body)).statusCode).toBe(201);
    expect((await row(mine)).status).toBe('scheduled');
  });

  it('carries the young person’s statement, the caregiver’s report and the checklist to the new hearing', async () => {
    const from = await hearingWithDeadline(
      mdt('2025-06-10', '09:00'),
      mdt('2025-06-10', '09:30'),
      null,
      'other',
    );
    const [statement] = await db.query<{ id: string }>(
      `INSERT INTO youth_statement (jurisdiction_id, hearing_id, child_id, body, status, sent_at, shared_with)
       VALUES ($1, $2, $3, 'I want to stay at my school.', 'sent', now(), '{}') RETURNING id`,
      [org.jurisdictionId, from, org.youthChild],
    );
    await db.query(
      `INSERT INTO caregiver_report (jurisdiction_id, hearing_id, child_id, provider_id, caregiver_kind, status)
       VALUES ($1, $2, $3, $4, 'foster_parent', 'draft')`,
      [org.jurisdictionId, from, org.placedChild, org.provider],
    );
    const checklist = await addChecklist(
      db,
      { jurisdictionId: org.jurisdictionId, hearingId: from, childId: org.placedChild, ageBand: '5-11' },
      'submitted',
      {},
    );
    // Another hearing's records stay where they are.
    const other = await hearingWithDeadline(
      mdt('2025-06-11', '09:00'),
      mdt('2025-06-11', '09:30'),
      null,
      'other',
    );
    await db.query(
      `INSERT INTO youth_statement (jurisdiction_id, hearing_id, child_id, body, status) VALUES ($1, $2, $3, 'Draft', 'draft')`,
      [org.jurisdictionId, other, org.youthChild],
    );
    const res = await continueAs('judge', from, {
      requestedBy: 'court',
      reason: 'court_calendar',
      newStart: mdt('2025-06-25', '10:00'),
    });
    expect(res.statusCode).toBe(201);
    const to = res.json().newHearing.id as string;
    const where = async (table: string) =>
      (
        await db.query<{ hearing_id: string }>(
          `SELECT hearing_id FROM ${table} WHERE hearing_id = ANY($1::uuid[])`,
          [[from, to]],
        )
      ).map((r) => r.hearing_id);
    expect(await where('youth_statement')).toEqual([to]);
    expect(await where('caregiver_report')).toEqual([to]);
    expect(await where('wellbeing_checklist')).toEqual([to]);
    const [kept] = await db.query<{ id: string; hearing_id: string }>(
      'SELECT id, hearing_id FROM wellbeing_checklist WHERE id = $1',
      [checklist],
    );
    expect(kept!.hearing_id).toBe(to);
    expect((await db.query('SELECT 1 FROM youth_statement WHERE hearing_id = $1', [other])).length).toBe(1);
    // The judge reads the statement on the new hearing's bench view.
    const bench = await as(app, sessions.judge, { method: 'GET', url: `/api/v1/hearings/${to}/bench-view` });
    expect(bench.statusCode).toBe(200);
    expect(bench.json().voices.youthStatements.map((v: { id: string }) => v.id)).toEqual([statement!.id]);
    const [audit] = await db.query<{ data: { carried: Record<string, number> } }>(
      `SELECT data FROM audit_event WHERE action = 'hearing.continued' AND entity_id = $1`,
      [from],
    );
    expect(audit!.data.carried).toEqual({ youth_statement: 1, caregiver_report: 1, wellbeing_checklist: 1 });
  });
});
