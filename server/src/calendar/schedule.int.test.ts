import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../platform/db.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, signIn, testApp, type Session } from '../../test/http.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import type { ScheduleDto } from './schedule.dto.ts';

/**
 * Advance calendaring through the API: opening a case sets its hearings on the judge's calendar without
 * double-booking; one judge for one family; adjudication, no-reasonable-efforts and dismissal move it.
 * The clock moves forward during the file, as a case does.
 */
let db: Db;
let app: FastifyInstance;
let org: Org;
let clerk: Session;
let now = new Date('2026-03-02T16:00:00Z');
const clock = { now: () => now };
let seq = 0;

beforeAll(async () => {
  db = await createTestDb();
  await db.query(`UPDATE jurisdiction SET time_zone = 'America/Denver'`);
  app = (await testApp(db, clock)).app;
  org = await createOrg(db);
  clerk = await signIn(app, org.accounts.court_clerk.email);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

async function openCase(more: Record<string, unknown> = {}): Promise<string> {
  seq += 1;
  const res = await as(app, clerk, {
    method: 'POST',
    url: '/api/v1/cases',
    payload: {
      petitionNumber: `D-202-JQ-2026-${String(seq).padStart(5, '0')}${org.jurisdictionId.slice(0, 4).toUpperCase()}`,
      courtId: org.court,
      filingDate: now.toISOString().slice(0, 10),
      allegations: ['neglect'],
      children: [{ givenName: 'Nova', familyName: `Calendar${seq}`, birthDate: '2019-04-01' }],
      ...more,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function scheduleOf(caseId: string): Promise<ScheduleDto> {
  const res = await as(app, clerk, { method: 'GET', url: `/api/v1/cases/${caseId}/schedule` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Pairs of scheduled hearings sharing a judge or a courtroom at overlapping times: must be none. */
async function doubleBookings(): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM hearing a JOIN hearing b ON a.id < b.id
      WHERE a.status = 'scheduled' AND b.status = 'scheduled'
        AND (a.judge_id = b.judge_id OR a.courtroom_id = b.courtroom_id)
        AND a.scheduled_start < b.scheduled_end AND b.scheduled_start < a.scheduled_end`,
  );
  return row!.n;
}

async function recordOrder(
  caseId: string,
  orderType: string,
  findings: { findingType: string; date: string }[],
) {
  const children = await db.query<{ child_id: string }>(
    'SELECT child_id FROM case_child WHERE case_id = $1',
    [caseId],
  );
  const res = await as(app, clerk, {
    method: 'POST',
    url: `/api/v1/cases/${caseId}/orders`,
    payload: {
      orderType,
      signedDate: now.toISOString().slice(0, 10),
      findings: children.flatMap((c) =>
        findings.map((f) => ({
          childId: c.child_id,
          findingType: f.findingType,
          isMade: true,
          findingDate: f.date,
        })),
      ),
    },
  });
  expect(res.statusCode, res.body).toBe(201);
}

const byStep = (s: ScheduleDto, step: string) =>
  s.hearings.find((h) => h.step === step && h.status === 'scheduled');

describe(`advance calendaring on ${testDbKind()}`, () => {
  it('opening a case proposes its hearings through permanency, each with its deadline and why', async () => {
    // The judge already has a morning of hearings on the days the custody hearing could go.
    for (const day of ['2026-03-04', '2026-03-05']) {
      await db.query(
        `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end, judge_id, courtroom_id)
         VALUES ($1,$2,'periodic_review',$3,$4,$5,$6)`,
        [
          org.jurisdictionId,
          org.assignedCase,
          `${day}T15:30:00Z`,
          `${day}T23:59:00Z`,
          org.judge,
          org.courtroom,
        ],
      );
    }
    const caseId = await openCase({ assignedJudgeId: org.judge });
    const s = await scheduleOf(caseId);
    expect(s.rulePack.id).toBe('us-nm-calendar-2022');
    expect(s.lastRun).toMatchObject({ reason: 'petition_filed', placed: 7, late: 0 });
    expect(s.hearings.map((h) => h.step)).toEqual([
      'custody',
      'adjudication',
      'disposition',
      'initial_review',
      'first_permanency',
      'periodic_review-1',
      'permanency-1',
    ]);
    const custody = byStep(s, 'custody')!;
    // NMSA §32A-4-18(A): within 10 days of the filing on 2 March, not before the 4th; the 4th and 5th
    // are full, so the first free time-certain slot is 8:30 a.m. on the 6th (Mountain Standard Time).
    expect(custody.deadline).toBe('2026-03-12');
    expect(custody.start).toBe('2026-03-06T15:30:00.000Z');
    expect(custody.ruleId).toBe('nm.custody-hearing');
    expect(custody.anchor).toEqual({ kind: 'petition_filed', date: '2026-03-02', estimated: false });
    expect(custody.explanation).toContain('NMSA 1978 §32A-4-18(A)');
    for (const h of s.hearings) {
      expect(h.proposed).toBe(true);
      expect(h.late).toBe(false);
      expect(h.start.slice(0, 10) <= h.deadline!).toBe(true);
      expect(h.judgeName).toBe('Judge Ada Bench');
      expect(h.courtroom).toBe('Courtroom 1');
    }
    expect(await doubleBookings()).toBe(0);
  });

  it('many petitions at once never double-book the judge or the courtroom', async () => {
    for (let i = 0; i < 6; i += 1) await openCase({ assignedJudgeId: org.judge });
    expect(await doubleBookings()).toBe(0);
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM hearing WHERE proposed AND judge_id = $1 AND deadline_date IS NOT NULL
         AND (scheduled_start AT TIME ZONE 'America/Denver')::date > deadline_date`,
      [org.judge],
    );
    expect(row!.n).toBe(0);
  });

  it('one judge for one family: a petition for a child already before a judge goes to that judge', async () => {
    // The other child's case is on the other judge's docket; no judge is chosen for the new petition.
    const id = await openCase({ existingChildIds: [org.otherChild] });
    const [c] = await db.query<{ assigned_judge_id: string }>(
      'SELECT assigned_judge_id FROM court_case WHERE id = $1',
      [id],
    );
    expect(c!.assigned_judge_id).toBe(org.otherJudge);
    expect((await scheduleOf(id)).judge?.id).toBe(org.otherJudge);
  });

  it('one judge for one family: a sibling, found through the parent, goes to the parent’s judge', async () => {
    // A child whose own case has no judge, and whose mother (on it) is the parent on the assigned case.
    const [p] = await db.query<{ id: string }>(
      `INSERT INTO person (jurisdiction_id, given_name, family_name, birth_date) VALUES ($1,'Sib','Testchild','2021-02-02') RETURNING id`,
      [org.jurisdictionId],
    );
    const [ch] = await db.query<{ id: string }>(
      `INSERT INTO child (jurisdiction_id, person_id, afcars_id) VALUES ($1,$2,'SIB-1') RETURNING id`,
      [org.jurisdictionId, p!.id],
    );
    const [k] = await db.query<{ id: string }>(
      `INSERT INTO court_case (jurisdiction_id, court_id, petition_number, filing_date, status, closed_date)
       VALUES ($1,$2,$3,'2024-01-05','closed','2024-12-01') RETURNING id`,
      [org.jurisdictionId, org.court, `D-202-JQ-2024-SIB${org.jurisdictionId.slice(0, 4)}`],
    );
    await db.query('INSERT INTO case_child (case_id, child_id, jurisdiction_id) VALUES ($1,$2,$3)', [
      k!.id,
      ch!.id,
      org.jurisdictionId,
    ]);
    await db.query(
      `INSERT INTO case_participant (jurisdiction_id, case_id, person_id, case_role, is_party, start_date)
       VALUES ($1,$2,$3,'parent',true,'2024-01-05')`,
      [org.jurisdictionId, k!.id, org.parent],
    );
    const id = await openCase({ existingChildIds: [ch!.id] });
    const [c] = await db.query<{ assigned_judge_id: string }>(
      'SELECT assigned_judge_id FROM court_case WHERE id = $1',
      [id],
    );
    expect(c!.assigned_judge_id).toBe(org.judge);
  });

  it('a dedicated docket sets hearings only on its days and hours; an unknown docket is refused', async () => {
    const id = await openCase({ assignedJudgeId: org.otherJudge, docket: 'family_treatment_court' });
    const s = await scheduleOf(id);
    expect(s.docket).toBe('family_treatment_court');
    for (const h of s.hearings) {
      const local = new Date(new Date(h.start).toLocaleString('en-US', { timeZone: 'America/Denver' }));
      expect(local.getDay()).toBe(3); // Wednesdays
      expect(local.getHours()).toBeGreaterThanOrEqual(13);
    }
    const bad = await as(app, clerk, {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        petitionNumber: `D-202-JQ-2026-BAD${org.jurisdictionId.slice(0, 4).toUpperCase()}`,
        courtId: org.court,
        filingDate: '2026-03-02',
        allegations: ['neglect'],
        children: [{ givenName: 'Bad', familyName: 'Docket', birthDate: '2019-04-01' }],
        docket: 'night_court',
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('docket');
  });

  it('an interpreter need is scheduled with each hearing', async () => {
    const id = await openCase({
      assignedJudgeId: org.otherJudge,
      children: [
        { givenName: 'Lupe', familyName: 'Intérprete', birthDate: '2018-01-01', primaryLanguage: 'es' },
      ],
    });
    await db.query(
      `UPDATE person SET needs_interpreter = true WHERE id IN (SELECT ch.person_id FROM case_child cc JOIN child ch ON ch.id = cc.child_id WHERE cc.case_id = $1)`,
      [id],
    );
    now = new Date('2026-03-03T16:00:00Z');
    await recordOrder(id, 'adjudication', [{ findingType: 'adjudication', date: '2026-03-03' }]);
    const s = await scheduleOf(id);
    for (const h of s.hearings.filter((x) => x.status === 'scheduled'))
      expect(h.interpreterLanguages).toEqual(['es']);
  });

  it('an adjudication moves the disposition, and the explanation says which rule and from when', async () => {
    now = new Date('2026-03-02T16:00:00Z');
    const id = await openCase({ assignedJudgeId: org.judge });
    const before = await scheduleOf(id);
    const proposedAdjudication = byStep(before, 'adjudication')!;
    expect(byStep(before, 'disposition')!.start > '2026-04-20').toBe(true);
    now = new Date('2026-03-20T16:00:00Z');
    await recordOrder(id, 'adjudication', [{ findingType: 'adjudication', date: '2026-03-19' }]);
    const after = await scheduleOf(id);
    expect(after.lastRun).toMatchObject({ reason: 'adjudication', moved: expect.any(Number) });
    // The proposed adjudication hearing is no longer needed: the adjudication was made.
    expect(after.hearings.find((h) => h.id === proposedAdjudication.id)!.status).toBe('vacated');
    const disposition = byStep(after, 'disposition')!;
    expect(disposition.deadline).toBe('2026-04-18');
    expect(disposition.ruleId).toBe('nm.disposition');
    expect(disposition.anchor).toEqual({ kind: 'adjudication', date: '2026-03-19', estimated: false });
    expect(disposition.start.slice(0, 10) <= '2026-04-18').toBe(true);
    expect(disposition.explanation).toContain('NMSA 1978 §32A-4-22');
    expect(disposition.explanation).toContain('held on 2026-03-19');
    expect(await doubleBookings()).toBe(0);
  });

  it('a no-reasonable-efforts finding sets the permanency hearing within 30 days (SSA §471(a)(15)(E)(i))', async () => {
    now = new Date('2026-03-02T16:00:00Z');
    const id = await openCase({ assignedJudgeId: org.judge });
    now = new Date('2026-03-20T16:00:00Z');
    await recordOrder(id, 'adjudication', [
      { findingType: 'adjudication', date: '2026-03-19' },
      { findingType: 'reasonable_efforts_not_required', date: '2026-03-20' },
    ]);
    const s = await scheduleOf(id);
    expect(s.lastRun?.reason).toBe('no_reasonable_efforts');
    const permanency = byStep(s, 'first_permanency')!;
    expect(permanency.deadline).toBe('2026-04-19');
    expect(permanency.ruleId).toBe('us.permanency-after-no-reasonable-efforts');
    expect(permanency.start.slice(0, 10) <= '2026-04-19').toBe(true);
    expect(permanency.late).toBe(false);
    expect(permanency.explanation).toContain('SSA §471(a)(15)(E)(i)');
    expect(await doubleBookings()).toBe(0);
  });

  it('a dismissal vacates the proposed hearings, saying why', async () => {
    now = new Date('2026-03-02T16:00:00Z');
    const id = await openCase({ assignedJudgeId: org.judge });
    now = new Date('2026-03-06T16:00:00Z');
    await recordOrder(id, 'dismissal', []);
    const s = await scheduleOf(id);
    expect(s.lastRun).toMatchObject({ reason: 'dismissal' });
    const future = s.hearings.filter((h) => h.start > now.toISOString());
    expect(future.length).toBeGreaterThan(0);
    for (const h of future) {
      expect(h.status).toBe('vacated');
      expect(h.explanation).toContain('dismissed on 2026-03-06');
    }
  });

  it('the schedule is read only by those who may read the case, and the read is audited', async () => {
    const attorney = await signIn(app, org.accounts.parent_attorney.email);
    const res = await as(app, attorney, { method: 'GET', url: `/api/v1/cases/${org.otherCase}/schedule` });
    expect(res.statusCode).toBe(404);
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'schedule.viewed' AND actor_id = $1`,
      [org.accounts.court_clerk.id],
    );
    expect(row!.n).toBeGreaterThan(0);
  });
});
