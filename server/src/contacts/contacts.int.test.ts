import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadActor } from '../access/actor.ts';
import type { Db } from '../platform/db.ts';
import { createOrg, TEST_PASSWORD, type Org } from '../../test/factories.ts';
import { hashPassword } from '../auth/password.ts';
import { as, signIn, testApp, type Session } from '../../test/http.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import { contactSummary } from './contacts.bench.ts';

/**
 * Caseworker contacts on the test org (today 2025-06-02 in Albuquerque): the caseworker and the supervisor
 * of unit A have the assigned case (the placed child, the youth); a second unit B has its own caseworker
 * and supervisor, and the other case (the other child). Every child was removed on 2025-01-05.
 */
let db: Db;
let app: FastifyInstance;
let org: Org;
let workerB: { id: string; email: string };
let supervisorB: { id: string; email: string };
const sessions = new Map<string, Session>();

async function session(email: string): Promise<Session> {
  let s = sessions.get(email);
  if (!s) sessions.set(email, (s = await signIn(app, email)));
  return s;
}

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
  const hash = await hashPassword(TEST_PASSWORD);
  const [unitB] = await db.query<{ id: string }>(
    `INSERT INTO agency_unit (jurisdiction_id, name, county) VALUES ($1,'Unit B','Valencia') RETURNING id`,
    [org.jurisdictionId],
  );
  const account = async (role: string): Promise<{ id: string; email: string }> => {
    const [person] = await db.query<{ id: string }>(
      `INSERT INTO person (jurisdiction_id, given_name, family_name) VALUES ($1,$2,'UnitB') RETURNING id`,
      [org.jurisdictionId, role],
    );
    const email = `${role}.b.${randomUUID().slice(0, 8)}@test.hearth`;
    const [a] = await db.query<{ id: string }>(
      `INSERT INTO user_account (jurisdiction_id, email, password_hash, display_name, person_id, unit_id)
       VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
      [org.jurisdictionId, email, hash, `${role} B`, person!.id, unitB!.id],
    );
    await db.query('INSERT INTO account_role (account_id, role) VALUES ($1,$2)', [a!.id, role]);
    return { id: a!.id, email, personId: person!.id } as { id: string; email: string };
  };
  workerB = await account('caseworker');
  supervisorB = await account('supervisor');
  const [wb] = await db.query<{ person_id: string }>('SELECT person_id FROM user_account WHERE id = $1', [
    workerB.id,
  ]);
  await db.query(
    `INSERT INTO case_participant (jurisdiction_id, case_id, person_id, account_id, case_role, start_date)
     VALUES ($1,$2,$3,$4,'caseworker','2025-01-06')`,
    [org.jurisdictionId, org.otherCase, wb!.person_id, workerB.id],
  );
  // Visits recorded before contacts existed: the youth was seen at home in May, the placed child never.
  await db.query(
    `INSERT INTO caseworker_visit (jurisdiction_id, child_id, visit_date, location, face_to_face, caseworker_account_id)
     VALUES ($1,$2,'2025-05-12','residence',true,$3)`,
    [org.jurisdictionId, org.youthChild, org.accounts.caseworker.id],
  );
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const CONTACT = {
  date: '2025-06-01',
  time: '15:30',
  mode: 'in_person',
  location: 'residence',
  timeAlone: true,
  minutesAlone: 20,
  participants: ['Rosa Rivera (foster parent)'],
  purpose: 'Monthly visit; school start',
  safetyObservations: 'Home safe; Mia well.',
  casePlanProgress: 'Family time on schedule.',
  childWords: '“I like my new school.”',
  nextSteps: 'Ask the school about tutoring.',
  selfAssessment: { purpose_stated: 'met', time_alone: 'met' },
};

const post = async (email: string, childId: string, payload: object) =>
  as(app, await session(email), { method: 'POST', url: `/api/v1/children/${childId}/contacts`, payload });
const get = async (email: string, url: string) => as(app, await session(email), { method: 'GET', url });

type Compliance = {
  view: string;
  thisMonth: {
    unit: { due: number; seen: number };
    workers: { worker: { id: string } | null; children: number }[];
  };
  children: { child: { id: string }; status: string }[];
};

describe(`caseworker contacts on ${testDbKind()}`, () => {
  let contactId: string;

  it('names each field in error, and saves nothing', async () => {
    const res = await post(org.accounts.caseworker.email, org.placedChild, {
      ...CONTACT,
      purpose: ' ',
      minutesAlone: undefined,
      date: '2025-06-09',
    });
    expect(res.statusCode).toBe(400);
    const fields = res
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    expect(fields).toEqual(['purpose']);
    const again = await post(org.accounts.caseworker.email, org.placedChild, {
      ...CONTACT,
      minutesAlone: undefined,
      date: '2025-06-09',
      selfAssessment: { charm: 'met' },
    });
    expect(again.statusCode).toBe(400);
    expect(
      again
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['date', 'minutesAlone', 'selfAssessment.charm']);
    const [{ n }] = (await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM caseworker_visit WHERE child_id = $1',
      [org.placedChild],
    )) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('shows the placed child as not yet seen this month before the contact', async () => {
    const res = await get(org.accounts.caseworker.email, '/api/v1/me/contact-compliance?month=2025-06');
    expect(res.statusCode).toBe(200);
    const body = res.json() as Compliance;
    expect(body.view).toBe('own');
    expect(new Map(body.children.map((c) => [c.child.id, c.status]))).toEqual(
      new Map([
        [org.placedChild, 'due'],
        [org.youthChild, 'due'],
      ]),
    );
  });

  it('records a contact in one transaction: the visit facts, the notes, the audit row', async () => {
    const res = await post(org.accounts.caseworker.email, org.placedChild, CONTACT);
    expect(res.statusCode).toBe(201);
    const dto = res.json();
    contactId = dto.id;
    expect(dto).toMatchObject({
      childId: org.placedChild,
      date: '2025-06-01',
      time: '15:30',
      faceToFace: true,
      location: 'residence',
      minutesAlone: 20,
      notesRecorded: true,
      worker: { id: org.accounts.caseworker.id },
    });
    const [visit] = await db.query(
      'SELECT visit_date, location, face_to_face, caseworker_account_id FROM caseworker_visit WHERE id = $1',
      [contactId],
    );
    expect(visit).toEqual({
      visit_date: '2025-06-01',
      location: 'residence',
      face_to_face: true,
      caseworker_account_id: org.accounts.caseworker.id,
    });
    const audit = await db.query<{ entity_id: string; data: Record<string, { new: unknown }> }>(
      `SELECT entity_id, data FROM audit_event WHERE action = 'contact.recorded' AND actor_id = $1`,
      [org.accounts.caseworker.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.entity_id).toBe(org.placedChild);
    expect(audit[0]!.data.contactId!.new).toBe(contactId);
    // The child's words are in the record, not in the log.
    expect(JSON.stringify(audit[0]!.data)).not.toContain('school');
  });

  it('stores a video call as not face to face, elsewhere', async () => {
    const res = await post(org.accounts.caseworker.email, org.youthChild, {
      ...CONTACT,
      mode: 'video',
      location: 'other',
      timeAlone: false,
      minutesAlone: undefined,
      place: 'Video call',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      faceToFace: false,
      location: 'other',
      timeAlone: false,
      minutesAlone: null,
    });
  });

  it('lists the child’s contacts, newest first, with older visits recorded without notes', async () => {
    const res = await get(org.accounts.caseworker.email, `/api/v1/children/${org.youthChild}/contacts`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.mayRecord).toBe(true);
    expect(
      body.items.map((c: { date: string; notesRecorded: boolean }) => [c.date, c.notesRecorded]),
    ).toEqual([
      ['2025-06-01', true],
      ['2025-05-12', false],
    ]);
    const [audit] = await db.query(
      `SELECT entity_id FROM audit_event WHERE action = 'contact.listed' AND actor_id = $1 ORDER BY seq DESC LIMIT 1`,
      [org.accounts.caseworker.id],
    );
    expect(audit).toEqual({ entity_id: org.youthChild });
  });

  it('refuses a caseworker of another unit, as if the child did not exist', async () => {
    expect((await post(workerB.email, org.placedChild, CONTACT)).statusCode).toBe(404);
    expect((await get(workerB.email, `/api/v1/children/${org.placedChild}/contacts`)).statusCode).toBe(404);
    expect((await get(workerB.email, `/api/v1/contacts/${contactId}`)).statusCode).toBe(404);
  });

  it('refuses those without the contact rights: the GAL, the judge, the caregiver', async () => {
    for (const role of ['guardian_ad_litem', 'judge', 'caregiver'] as const)
      expect(
        (await get(org.accounts[role].email, `/api/v1/children/${org.placedChild}/contacts`)).statusCode,
      ).toBe(403);
  });

  it('moves the child out of "not yet seen this month"; the video call leaves the youth there', async () => {
    const body = (
      await get(org.accounts.caseworker.email, '/api/v1/me/contact-compliance?month=2025-06')
    ).json() as Compliance;
    expect(new Map(body.children.map((c) => [c.child.id, c.status]))).toEqual(
      new Map([
        [org.placedChild, 'seenAtResidence'],
        [org.youthChild, 'due'],
      ]),
    );
    expect(body.thisMonth.unit).toMatchObject({ due: 2, seen: 1 });
    // The due items agree: the placed child's monthly visit is no longer listed.
    const due = (await get(org.accounts.caseworker.email, '/api/v1/me/due-items')).json();
    const visitItems = due.items.filter((i: { kind: string }) => i.kind === 'caseworkerVisit');
    expect(visitItems.map((i: { child: { id: string } }) => i.child.id)).toEqual([org.youthChild]);
  });

  it('gives each supervisor their own unit per worker, and no children by name', async () => {
    const a = (
      await get(org.accounts.supervisor.email, '/api/v1/me/contact-compliance?month=2025-06')
    ).json() as Compliance;
    expect(a.view).toBe('unit');
    expect(a.children).toEqual([]);
    expect(a.thisMonth.workers.map((w) => [w.worker?.id, w.children])).toEqual([
      [org.accounts.caseworker.id, 2],
    ]);
    const b = (
      await get(supervisorB.email, '/api/v1/me/contact-compliance?month=2025-06')
    ).json() as Compliance;
    expect(b.thisMonth.workers.map((w) => [w.worker?.id, w.children])).toEqual([[workerB.id, 1]]);
    expect(b.thisMonth.unit).toMatchObject({ due: 1, seen: 0 });
  });

  it('refuses a month to come or a malformed one, naming the query field', async () => {
    for (const month of ['2025-07', '2025-6'])
      expect(
        (await get(org.accounts.caseworker.email, `/api/v1/me/contact-compliance?month=${month}`)).json()
          .errors[0].field,
      ).toBe('query.month');
  });

  it('writes the visit into the interchange file exactly as any visit', async () => {
    const res = await get(org.accounts.cqi_analyst.email, '/api/v1/data/interchange/visits.csv');
    expect(res.statusCode).toBe(200);
    const lines = res.body.trim().split(/\r?\n/);
    expect(lines[0]).toBe('child_id,visit_date,location,face_to_face');
    const [afcars] = await db.query<{ afcars_id: string }>('SELECT afcars_id FROM child WHERE id = $1', [
      org.placedChild,
    ]);
    expect(lines).toContain(`${afcars!.afcars_id},2025-06-01,residence,true`);
    expect(lines).toHaveLength(4); // the header, the May visit, the contact, the video call
  });

  describe('supervisor reviews', () => {
    let reviewId: string;
    let actionId: string;
    const ratings = {
      purpose_stated: 'met',
      time_alone: 'met',
      safety_assessed: 'partly',
      child_voice: 'met',
      case_plan_discussed: 'not_met',
      next_steps_set: 'met',
    };

    it('names an unrated element and a past due date', async () => {
      const rest = Object.fromEntries(Object.entries(ratings).filter(([k]) => k !== 'next_steps_set'));
      const res = await as(app, await session(org.accounts.supervisor.email), {
        method: 'POST',
        url: `/api/v1/contacts/${contactId}/reviews`,
        payload: {
          ratings: rest,
          actions: [{ description: 'Discuss the case plan', dueDate: '2025-05-01' }],
        },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
        'ratings.next_steps_set',
        'actions.0.dueDate',
      ]);
    });

    it('lets the supervisor of the worker’s unit review the contact, with the self-assessment beside it', async () => {
      const res = await as(app, await session(org.accounts.supervisor.email), {
        method: 'POST',
        url: `/api/v1/contacts/${contactId}/reviews`,
        payload: {
          ratings,
          strengths: 'Good time alone with Mia.',
          actions: [{ description: 'Discuss the case plan at the next visit', dueDate: '2025-06-30' }],
        },
      });
      expect(res.statusCode).toBe(201);
      const review = res.json();
      reviewId = review.id;
      actionId = review.actions[0].id;
      expect(review).toMatchObject({
        worker: { id: org.accounts.caseworker.id },
        reviewer: { id: org.accounts.supervisor.id },
        reviewedOn: '2025-06-02',
        selfAssessment: { purpose_stated: 'met', time_alone: 'met' },
        score: { met: 4.5, applicable: 6 },
        actions: [{ status: 'open', followUp: 'open', dueDate: '2025-06-30' }],
      });
      const [audit] = await db.query(
        `SELECT entity_id FROM audit_event WHERE action = 'contact_review.recorded' AND actor_id = $1`,
        [org.accounts.supervisor.id],
      );
      expect(audit).toEqual({ entity_id: org.placedChild });
    });

    it('refuses the supervisor of another unit and the caseworker', async () => {
      const payload = { ratings };
      const other = await as(app, await session(supervisorB.email), {
        method: 'POST',
        url: `/api/v1/contacts/${contactId}/reviews`,
        payload,
      });
      expect(other.statusCode).toBe(404);
      const self = await as(app, await session(org.accounts.caseworker.email), {
        method: 'POST',
        url: `/api/v1/contacts/${contactId}/reviews`,
        payload,
      });
      expect(self.statusCode).toBe(403);
    });

    it('shows the worker their reviews, and lets them follow up the plan', async () => {
      const mine = (await get(org.accounts.caseworker.email, '/api/v1/me/contact-reviews')).json();
      expect(mine.items.map((r: { id: string; mayFollowUp: boolean }) => [r.id, r.mayFollowUp])).toEqual([
        [reviewId, true],
      ]);
      expect((await get(workerB.email, '/api/v1/me/contact-reviews')).json().items).toEqual([]);
      expect(mine.items[0].actions[0]).toMatchObject({ id: actionId, version: 1 });
      const url = `/api/v1/contact-reviews/${reviewId}/actions/${actionId}`;
      const refused = await as(app, await session(workerB.email), {
        method: 'PATCH',
        url,
        headers: { 'if-match': '"1"' },
        payload: { status: 'done' },
      });
      expect(refused.statusCode).toBe(404);
      const res = await as(app, await session(org.accounts.caseworker.email), {
        method: 'PATCH',
        url,
        headers: { 'if-match': '"1"' },
        payload: { status: 'done', note: 'Discussed on 2 June' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().actions[0]).toMatchObject({
        status: 'done',
        followUp: 'done',
        changedOn: '2025-06-02',
        version: 2,
      });
    });

    describe('follows up an action under If-Match only', () => {
      const url = () => `/api/v1/contact-reviews/${reviewId}/actions/${actionId}`;
      const saved = async () =>
        (
          await db.query<{ status: string; status_note: string | null; version: number }>(
            'SELECT status, status_note, version FROM contact_review_action WHERE id = $1',
            [actionId],
          )
        )[0];
      const audits = () =>
        db.query<{ data: Record<string, unknown> }>(
          `SELECT data FROM audit_event WHERE action = 'contact_review.action_updated' AND entity_id = $1
            ORDER BY seq`,
          [org.placedChild],
        );

      it('asks for If-Match (428) and writes nothing without it', async () => {
        const before = await saved();
        const res = await as(app, await session(org.accounts.supervisor.email), {
          method: 'PATCH',
          url: url(),
          payload: { status: 'dropped' },
        });
        expect(res.statusCode).toBe(428);
        expect(await saved()).toEqual(before);
      });

      it('refuses a stale version (412) with the review as saved now, and writes nothing', async () => {
        // The caseworker marked it done at version 1 (above): the supervisor still holds version 1.
        const before = await saved();
        const auditsBefore = (await audits()).length;
        const res = await as(app, await session(org.accounts.supervisor.email), {
          method: 'PATCH',
          url: url(),
          headers: { 'if-match': '"1"' },
          payload: { status: 'dropped', note: 'No longer needed' },
        });
        expect(res.statusCode).toBe(412);
        expect(res.json()).toMatchObject({
          status: 412,
          etag: '"2"',
          current: {
            id: reviewId,
            actions: [{ id: actionId, status: 'done', note: 'Discussed on 2 June', version: 2 }],
          },
        });
        expect(before).toEqual({ status: 'done', status_note: 'Discussed on 2 June', version: 2 });
        expect(await saved()).toEqual(before);
        expect(await audits()).toHaveLength(auditsBefore);
        const malformed = await as(app, await session(org.accounts.supervisor.email), {
          method: 'PATCH',
          url: url(),
          headers: { 'if-match': 'two' },
          payload: { status: 'dropped' },
        });
        expect(malformed.statusCode).toBe(412);
        expect(await saved()).toEqual(before);
      });

      it('saves with the current version, moves the version on, and audits the change as before', async () => {
        const res = await as(app, await session(org.accounts.supervisor.email), {
          method: 'PATCH',
          url: url(),
          headers: { 'if-match': '"2"' },
          payload: { status: 'open', note: 'Not yet discussed with the mother' },
        });
        expect(res.statusCode).toBe(200);
        expect(res.json().actions[0]).toMatchObject({ status: 'open', version: 3 });
        expect(await saved()).toEqual({
          status: 'open',
          status_note: 'Not yet discussed with the mother',
          version: 3,
        });
        // The audit row keeps its shape (the 412 and the 428 above wrote none).
        const rows = await audits();
        expect(rows.map((r) => r.data)).toEqual([
          {
            v: 1,
            reviewId,
            actionId,
            status: { old: 'open', new: 'done' },
            note: { old: null, new: 'Discussed on 2 June' },
          },
          {
            v: 1,
            reviewId,
            actionId,
            status: { old: 'done', new: 'open' },
            note: { old: 'Discussed on 2 June', new: 'Not yet discussed with the mother' },
          },
        ]);
      });

      it('keeps the note when a follow-up sends only the status, and removes it when sent empty', async () => {
        const follow = async (version: number, payload: object) =>
          as(app, await session(org.accounts.supervisor.email), {
            method: 'PATCH',
            url: url(),
            headers: { 'if-match': `"${version}"` },
            payload,
          });
        expect((await follow(3, { status: 'done' })).statusCode).toBe(200);
        expect(await saved()).toEqual({
          status: 'done',
          status_note: 'Not yet discussed with the mother',
          version: 4,
        });
        expect((await follow(4, { status: 'done', note: '' })).statusCode).toBe(200);
        expect(await saved()).toEqual({ status: 'done', status_note: null, version: 5 });
      });
    });

    it('shows the contact with its review to the supervisor', async () => {
      const res = await get(org.accounts.supervisor.email, `/api/v1/contacts/${contactId}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ mayReview: true, reviews: [{ id: reviewId }] });
      expect(res.json().qualityElements).toHaveLength(6);
    });
  });

  it('gives the bench view the judge’s children only: last visit, this month, last six months', async () => {
    const judge = await loadActor(db, org.accounts.judge.id);
    const summary = await contactSummary(
      db,
      judge!,
      [org.placedChild, org.youthChild, org.otherChild],
      '2025-06-02',
    );
    expect(summary).toEqual([
      expect.objectContaining({
        childId: org.placedChild,
        lastFaceToFace: '2025-06-01',
        seenThisMonth: true,
        // December to May: January not due (removed on the 5th); February to May due, none seen.
        lastSixMonths: { due: 4, seen: 0 },
      }),
      expect.objectContaining({
        childId: org.youthChild,
        lastFaceToFace: '2025-05-12',
        seenThisMonth: false,
        lastSixMonths: { due: 4, seen: 1 },
      }),
    ]);
  });
});
