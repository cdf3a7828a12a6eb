import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { courtDayOf, NEW_MEXICO_RULE_PACK, type Interval } from '@hearth/core';
import { auditContextFor, type RequestContext } from '../platform/context.ts';
import type { Db } from '../platform/db.ts';
import { loadActor } from '../access/actor.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, fixedClock, signIn, testApp, type Session } from '../../test/http.ts';
import { calendarScenario, mdt, type CalendarScenario } from '../../test/scenarios/calendar.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import { offersFor } from './conflict-guard.ts';
import { busyIntervalsFor, findConflicts, type ConflictDetail } from './conflicts.ts';

/**
 * Double-bookings found when a hearing is set (POST /api/v1/cases/:caseId/hearings) or moved (PATCH
 * /api/v1/hearings/:hearingId): the judge, the courtroom, a GAL or caseworker on two cases, and an
 * interpreter language with one interpreter. The test clock is Monday 2 June 2025, 9 a.m. in Albuquerque.
 * `org.assignedCase` has the org's judge and every professional account of the org.
 */
let db: Db;
let app: FastifyInstance;
let org: Org;
let clerk: Session;
let s: CalendarScenario;

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
  clerk = await signIn(app, org.accounts.court_clerk.email);
  s = await calendarScenario(db, org);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

type Problem = {
  status: number;
  conflicts: ConflictDetail[];
  offers: Interval[];
  deadline: { date: string | null; offersMeetIt: boolean };
  errors?: { field: string }[];
};

const setHearing = (caseId: string, body: Record<string, unknown>) =>
  as(app, clerk, {
    method: 'POST',
    url: `/api/v1/cases/${caseId}/hearings`,
    payload: { hearingType: 'periodic_review', ...body },
  });

const CHILD_NAMES = /Mia|Leo|Testchild|Scenario|Kid|Ivy|Otherchild/;

async function ctxOf(role: 'court_clerk' | 'judge'): Promise<RequestContext> {
  const actor = (await loadActor(db, org.accounts[role].id))!;
  return {
    db,
    actor,
    clock: fixedClock,
    rulePack: NEW_MEXICO_RULE_PACK,
    timeZone: 'America/Denver',
    audit: auditContextFor(actor, fixedClock, null, null),
  };
}

/** Every offer is free of conflict for the proposal's case, judge and room, and not in the past. */
async function expectOffersFree(
  caseId: string,
  p: Problem,
  opts: { judgeId: string | null; courtroomId?: string | null; minutes: number },
) {
  expect(p.offers.length).toBeGreaterThan(0);
  for (const o of p.offers) {
    expect(Date.parse(o.start)).toBeGreaterThanOrEqual(fixedClock.now().getTime());
    expect((Date.parse(o.end) - Date.parse(o.start)) / 60_000).toBe(opts.minutes);
    const found = await findConflicts(db, {
      caseId,
      courtId: org.court,
      hearingId: null,
      start: o.start,
      end: o.end,
      judgeId: opts.judgeId,
      courtroomId: opts.courtroomId ?? null,
    });
    expect(found).toEqual([]);
  }
}

describe(`conflicts on ${testDbKind()}`, () => {
  it('finds the judge double-booked, names the other hearing by time and petition only, and offers free slots', async () => {
    const other = await s.caseWith({ judgeId: org.judge });
    const otherHearing = await s.hearing(
      other.caseId,
      mdt('2025-06-09', '09:00'),
      mdt('2025-06-09', '10:00'),
      {
        judgeId: org.judge,
      },
    );
    const res = await setHearing(org.assignedCase, {
      scheduledStart: mdt('2025-06-09', '09:30'),
      scheduledEnd: mdt('2025-06-09', '10:00'),
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const p = res.json() as Problem;
    expect(p.conflicts).toEqual([
      {
        resource: { kind: 'judge', name: 'Judge Ada Bench', role: null, language: null, interpreters: null },
        hearing: {
          id: otherHearing,
          caseId: other.caseId,
          petitionNumber: other.petitionNumber,
          hearingType: 'periodic_review',
          start: mdt('2025-06-09', '09:00'),
          end: mdt('2025-06-09', '10:00'),
        },
      },
    ]);
    expect(res.body).not.toMatch(CHILD_NAMES);
    // The earliest free half-hour that day is before the other hearing; none overlaps it.
    expect(p.offers[0]).toEqual({ start: mdt('2025-06-09', '08:30'), end: mdt('2025-06-09', '09:00') });
    await expectOffersFree(org.assignedCase, p, { judgeId: org.judge, minutes: 30 });
    expect(p.deadline).toEqual({ date: null, offersMeetIt: true });
    // Nothing was written; the answer itself is audited, as it showed another case's hearing.
    expect((await db.query('SELECT 1 FROM hearing WHERE case_id = $1', [org.assignedCase])).length).toBe(0);
    const [audit] = await db.query<{ entity_id: string; outcome: string; data: { otherHearings: string[] } }>(
      `SELECT entity_id, outcome, data FROM audit_event WHERE action = 'hearing.conflicts_found' AND actor_id = $1`,
      [org.accounts.court_clerk.id],
    );
    expect(audit).toMatchObject({ entity_id: org.assignedCase, outcome: 'failure' });
    expect(audit!.data.otherHearings).toEqual([otherHearing]);
    // The first offer is taken without a conflict.
    expect(
      (
        await setHearing(org.assignedCase, {
          scheduledStart: p.offers[0]!.start,
          scheduledEnd: p.offers[0]!.end,
        })
      ).statusCode,
    ).toBe(201);
  });

  it('finds the courtroom double-booked, and only the room', async () => {
    const other = await s.caseWith({});
    await s.hearing(other.caseId, mdt('2025-06-10', '10:00'), mdt('2025-06-10', '11:00'), {
      courtroomId: org.courtroom,
    });
    const time = { scheduledStart: mdt('2025-06-10', '10:30'), scheduledEnd: mdt('2025-06-10', '11:00') };
    const res = await setHearing(org.assignedCase, { ...time, courtroomId: org.courtroom });
    expect(res.statusCode).toBe(409);
    const p = res.json() as Problem;
    expect(p.conflicts.map((c) => [c.resource.kind, c.resource.name, c.hearing.petitionNumber])).toEqual([
      ['courtroom', 'Courtroom 1', other.petitionNumber],
    ]);
    await expectOffersFree(org.assignedCase, p, {
      judgeId: org.judge,
      courtroomId: org.courtroom,
      minutes: 30,
    });
    // Another judge in another room at that time: no conflict.
    expect((await setHearing(org.assignedCase, time)).statusCode).toBe(201);
  });

  it('finds a guardian ad litem on both cases, and a caseworker on both', async () => {
    const galCase = await s.caseWith({ accounts: ['guardian_ad_litem'] });
    await s.hearing(galCase.caseId, mdt('2025-06-11', '09:00'), mdt('2025-06-11', '09:30'));
    const gal = await setHearing(org.assignedCase, {
      scheduledStart: mdt('2025-06-11', '09:00'),
      scheduledEnd: mdt('2025-06-11', '09:45'),
    });
    expect(gal.statusCode).toBe(409);
    const pg = gal.json() as Problem;
    expect(pg.conflicts.map((c) => [c.resource.kind, c.resource.role, c.resource.name])).toEqual([
      ['professional', 'guardian_ad_litem', 'guardian_ad_litem Tester'],
    ]);
    await expectOffersFree(org.assignedCase, pg, { judgeId: org.judge, minutes: 45 });

    const workerCase = await s.caseWith({ accounts: ['caseworker'] });
    await s.hearing(workerCase.caseId, mdt('2025-06-11', '14:00'), mdt('2025-06-11', '15:00'));
    const worker = await setHearing(org.assignedCase, {
      scheduledStart: mdt('2025-06-11', '14:30'),
      scheduledEnd: mdt('2025-06-11', '15:30'),
    });
    expect(worker.statusCode).toBe(409);
    const pw = worker.json() as Problem;
    expect(pw.conflicts.map((c) => [c.resource.kind, c.resource.role, c.hearing.petitionNumber])).toEqual([
      ['professional', 'caseworker', workerCase.petitionNumber],
    ]);
    await expectOffersFree(org.assignedCase, pw, { judgeId: org.judge, minutes: 60 });
  });

  it('finds the one Spanish interpreter double-booked, not a Navajo one, and not back to back', async () => {
    const mine = await s.caseWith({ judgeId: org.judge, parentLanguage: 'es' });
    const spanish = await s.caseWith({ parentLanguage: 'es' });
    const navajo = await s.caseWith({ parentLanguage: 'nv' });
    await s.hearing(spanish.caseId, mdt('2025-06-12', '09:00'), mdt('2025-06-12', '10:00'));
    await s.hearing(navajo.caseId, mdt('2025-06-12', '13:00'), mdt('2025-06-12', '14:00'));
    const res = await setHearing(mine.caseId, {
      scheduledStart: mdt('2025-06-12', '09:15'),
      scheduledEnd: mdt('2025-06-12', '09:45'),
    });
    expect(res.statusCode).toBe(409);
    const p = res.json() as Problem;
    expect(p.conflicts.map((c) => [c.resource, c.hearing.petitionNumber])).toEqual([
      [
        { kind: 'interpreter', name: 'es', role: null, language: 'es', interpreters: 1 },
        spanish.petitionNumber,
      ],
    ]);
    await expectOffersFree(mine.caseId, p, { judgeId: org.judge, minutes: 30 });
    expect(
      (
        await setHearing(mine.caseId, {
          scheduledStart: mdt('2025-06-12', '13:00'),
          scheduledEnd: mdt('2025-06-12', '13:30'),
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await setHearing(mine.caseId, {
          scheduledStart: mdt('2025-06-12', '10:00'),
          scheduledEnd: mdt('2025-06-12', '10:30'),
        })
      ).statusCode,
    ).toBe(201);
    // A hearing set with a Spanish interpreter, though nobody on its case is recorded as needing one.
    const plain = await s.caseWith({});
    const withInterpreter = await s.hearing(
      plain.caseId,
      mdt('2025-06-12', '15:00'),
      mdt('2025-06-12', '16:00'),
    );
    await db.query(`UPDATE hearing SET interpreter_languages = '{es}' WHERE id = $1`, [withInterpreter]);
    const set = await setHearing(mine.caseId, {
      scheduledStart: mdt('2025-06-12', '15:30'),
      scheduledEnd: mdt('2025-06-12', '16:00'),
    });
    expect(set.statusCode).toBe(409);
    expect((set.json() as Problem).conflicts.map((c) => [c.resource.kind, c.hearing.id])).toEqual([
      ['interpreter', withInterpreter],
    ]);
  });

  it('counts only scheduled hearings: a continued or vacated one holds no time', async () => {
    const other = await s.caseWith({ judgeId: org.judge });
    await s.hearing(other.caseId, mdt('2025-06-13', '09:00'), mdt('2025-06-13', '10:00'), {
      judgeId: org.judge,
      status: 'continued',
    });
    await s.hearing(other.caseId, mdt('2025-06-13', '09:00'), mdt('2025-06-13', '10:00'), {
      judgeId: org.judge,
      status: 'vacated',
    });
    const res = await setHearing(org.assignedCase, {
      scheduledStart: mdt('2025-06-13', '09:00'),
      scheduledEnd: mdt('2025-06-13', '10:00'),
    });
    expect(res.statusCode).toBe(201);
  });

  it('sets a hearing over a conflict only with a reason, and audits the double-booking', async () => {
    const other = await s.caseWith({ judgeId: org.judge });
    const otherHearing = await s.hearing(
      other.caseId,
      mdt('2025-06-16', '09:00'),
      mdt('2025-06-16', '10:00'),
      {
        judgeId: org.judge,
      },
    );
    const time = { scheduledStart: mdt('2025-06-16', '09:00'), scheduledEnd: mdt('2025-06-16', '09:30') };
    const bare = await setHearing(org.assignedCase, { ...time, acceptConflicts: true });
    expect(bare.statusCode).toBe(400);
    expect((bare.json() as Problem).errors!.map((e) => e.field)).toEqual(['acceptConflictsReason']);
    const reason = 'Both matters are short; the judge will hear them together';
    const res = await setHearing(org.assignedCase, {
      ...time,
      acceptConflicts: true,
      acceptConflictsReason: reason,
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;
    const [row] = await db.query<{ actor_id: string; reason: string; data: { conflicts: unknown[] } }>(
      `SELECT actor_id, reason, data FROM audit_event WHERE action = 'hearing.double_booked' AND entity_id = $1`,
      [id],
    );
    expect(row).toMatchObject({ actor_id: org.accounts.court_clerk.id, reason });
    expect(row!.data.conflicts).toEqual([{ resource: 'judge', role: null, hearingId: otherHearing }]);
  });

  it('moves a hearing under If-Match, with the same check and offers, never against itself', async () => {
    const set = await setHearing(org.assignedCase, {
      scheduledStart: mdt('2025-06-17', '09:00'),
      scheduledEnd: mdt('2025-06-17', '10:00'),
    });
    const id = set.json().id as string;
    const url = `/api/v1/hearings/${id}`;
    const got = await as(app, clerk, { method: 'GET', url });
    expect(got.statusCode).toBe(200);
    const etag = got.headers.etag as string;
    expect(got.json()).toMatchObject({
      id,
      caseId: org.assignedCase,
      status: 'scheduled',
      deadlineDate: null,
    });

    // Into its own room, over its own time: not a conflict with itself.
    const sameTime = { scheduledStart: mdt('2025-06-17', '09:30'), scheduledEnd: mdt('2025-06-17', '10:30') };
    expect((await as(app, clerk, { method: 'PATCH', url, payload: sameTime })).statusCode).toBe(428);
    const moved = await as(app, clerk, {
      method: 'PATCH',
      url,
      headers: { 'if-match': etag },
      payload: { ...sameTime, courtroomId: org.courtroom },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ start: sameTime.scheduledStart, courtroom: { id: org.courtroom } });
    const stale = await as(app, clerk, {
      method: 'PATCH',
      url,
      headers: { 'if-match': etag },
      payload: sameTime,
    });
    expect(stale.statusCode).toBe(412);

    const busy = await s.caseWith({ judgeId: org.judge });
    await s.hearing(busy.caseId, mdt('2025-06-18', '09:00'), mdt('2025-06-18', '12:00'), {
      judgeId: org.judge,
    });
    const clash = await as(app, clerk, {
      method: 'PATCH',
      url,
      headers: { 'if-match': moved.headers.etag as string },
      payload: { scheduledStart: mdt('2025-06-18', '10:00'), scheduledEnd: mdt('2025-06-18', '11:00') },
    });
    expect(clash.statusCode).toBe(409);
    const p = clash.json() as Problem;
    expect(p.conflicts.map((c) => c.resource.kind)).toEqual(['judge']);
    await expectOffersFree(org.assignedCase, p, {
      judgeId: org.judge,
      courtroomId: org.courtroom,
      minutes: 60,
    });
    // The next free hour that day is after the other hearing (the morning before it is too short).
    expect(p.offers[0]!.start).toBe(mdt('2025-06-18', '13:00'));
    const pick = await as(app, clerk, {
      method: 'PATCH',
      url,
      headers: { 'if-match': moved.headers.etag as string },
      payload: { scheduledStart: p.offers[0]!.start, scheduledEnd: p.offers[0]!.end },
    });
    expect(pick.statusCode).toBe(200);
    expect(pick.headers.etag).not.toBe(moved.headers.etag);
    const [audit] = await db.query<{ data: { changes: Record<string, unknown> } }>(
      `SELECT data FROM audit_event WHERE action = 'hearing.moved' AND entity_id = $1 ORDER BY seq DESC LIMIT 1`,
      [id],
    );
    expect(Object.keys(audit!.data.changes).sort()).toEqual(['end', 'start']);
  });

  it('offers slots that meet the deadline, and says so when none is left before it', async () => {
    const ctx = await ctxOf('court_clerk');
    const proposal = {
      caseId: org.assignedCase,
      courtId: org.court,
      hearingId: null,
      start: mdt('2025-06-23', '09:00'),
      end: mdt('2025-06-23', '10:00'),
      judgeId: org.judge,
      courtroomId: null,
    };
    const within = await offersFor(db, ctx, proposal, { deadline: '2025-06-24' });
    expect(within.deadline).toEqual({ date: '2025-06-24', offersMeetIt: true });
    expect(within.offers).toHaveLength(5);
    for (const o of within.offers) expect(courtDayOf(o.start, 'America/Denver') <= '2025-06-24').toBe(true);

    // The judge's whole days up to the deadline are taken: the first free times after it, flagged.
    const full = await s.caseWith({ judgeId: org.judge });
    for (const day of ['2025-06-23', '2025-06-24'])
      await s.hearing(full.caseId, mdt(day, '08:00'), mdt(day, '18:00'), { judgeId: org.judge });
    const after = await offersFor(db, ctx, proposal, { deadline: '2025-06-24' });
    expect(after.deadline).toEqual({ date: '2025-06-24', offersMeetIt: false });
    expect(after.offers[0]).toEqual({ start: mdt('2025-06-25', '08:30'), end: mdt('2025-06-25', '09:30') });
  });

  it('lists busy time by judge, room, person or account, and by dates', async () => {
    const galCase = await s.caseWith({ accounts: ['guardian_ad_litem'] });
    await s.hearing(galCase.caseId, mdt('2025-07-01', '09:00'), mdt('2025-07-01', '10:00'));
    const byAccount = await busyIntervalsFor(db, {
      judgeId: null,
      courtroomId: null,
      personIds: [],
      accountIds: [org.accounts.guardian_ad_litem.id],
      from: '2025-07-01',
      until: '2025-07-01',
    });
    expect(byAccount).toEqual([{ start: mdt('2025-07-01', '09:00'), end: mdt('2025-07-01', '10:00') }]);
    const byPerson = await busyIntervalsFor(db, {
      judgeId: null,
      courtroomId: null,
      personIds: [org.accounts.guardian_ad_litem.personId],
      accountIds: [],
      from: mdt('2025-07-01', '10:00'),
      until: null,
    });
    expect(byPerson).toEqual([]);
  });
});
