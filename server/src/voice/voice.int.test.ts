import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Role } from '@hearth/core';
import { loadActor } from '../access/actor.ts';
import type { Db } from '../platform/db.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, signIn, testApp, type Session } from '../../test/http.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import { hearingVoices } from './voice.bench.ts';

/**
 * Young people's and caregivers' voice, end to end on the API (the test clock is 2025-06-02): who may
 * write, who may read what was sent, drafts kept private, If-Match on every change, audit rows without
 * the words. Leo (15) is the youth; Mia (9) lives with the Rivera foster home; a second family, the
 * Lopez kin home, has Ivy placed with it on another case.
 */
let db: Db;
let app: FastifyInstance;
let org: Org;
const sessions = {} as Record<Role | 'caregiver2' | 'mia', Session>;
let caregiver2Person: string;
let miaAccount: string;

const one = async <T = { id: string }>(sql: string, values: unknown[]): Promise<T> =>
  (await db.query<T>(sql, values))[0]!;

async function hearing(caseId: string, start: string, status = 'scheduled'): Promise<string> {
  return (
    await one(
      `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end, judge_id, status)
       SELECT jurisdiction_id, id, 'periodic_review', $2::timestamptz, $2::timestamptz + interval '30 minutes', assigned_judge_id, $3
         FROM court_case WHERE id = $1 RETURNING id`,
      [caseId, start, status],
    )
  ).id;
}

/** An account signing in with the factory's password (copied from the judge's). */
async function account(role: Role, personId: string, email: string): Promise<string> {
  const id = (
    await one(
      `INSERT INTO user_account (jurisdiction_id, email, password_hash, display_name, person_id)
       SELECT jurisdiction_id, $2, password_hash, $2, $3 FROM user_account WHERE id = $1 RETURNING id`,
      [org.accounts.judge.id, email, personId],
    )
  ).id;
  await db.query('INSERT INTO account_role (account_id, role) VALUES ($1,$2)', [id, role]);
  return id;
}

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
  // Another family: the Lopez kin home, with Ivy (of the other case) placed there now.
  const provider = (
    await one(
      `INSERT INTO provider (jurisdiction_id, name, kind) VALUES ($1,'Lopez home','relative') RETURNING id`,
      [org.jurisdictionId],
    )
  ).id;
  caregiver2Person = (
    await one(
      `INSERT INTO person (jurisdiction_id, given_name, family_name) VALUES ($1,'Lena','Lopez') RETURNING id`,
      [org.jurisdictionId],
    )
  ).id;
  await db.query('INSERT INTO provider_caregiver (provider_id, person_id) VALUES ($1,$2)', [
    provider,
    caregiver2Person,
  ]);
  await db.query(
    `INSERT INTO placement (jurisdiction_id, removal_id, child_id, setting, provider_id, start_date)
     VALUES ($1,$2,$3,'foster_family_relative',$4,'2025-02-01')`,
    [org.jurisdictionId, org.otherRemoval, org.otherChild, provider],
  );
  const tag = org.accounts.judge.email.split('.')[1]!.split('@')[0];
  await account('caregiver', caregiver2Person, `caregiver2.${tag}@test.hearth`);
  // Mia signs in too, though at 9 she needs the court's permission to write to the judge.
  const mia = await one<{ person_id: string }>('SELECT person_id FROM child WHERE id = $1', [
    org.placedChild,
  ]);
  miaAccount = await account('youth', mia.person_id, `mia.${tag}@test.hearth`);
  for (const role of Object.keys(org.accounts) as Role[])
    sessions[role] = await signIn(app, org.accounts[role].email);
  sessions.caregiver2 = await signIn(app, `caregiver2.${tag}@test.hearth`);
  sessions.mia = await signIn(app, `mia.${tag}@test.hearth`);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

type Who = keyof typeof sessions;
const get = (who: Who, url: string) => as(app, sessions[who], { method: 'GET', url });
const put = (who: Who, url: string, payload: object, ifMatch?: string) =>
  as(app, sessions[who], { method: 'PUT', url, payload, headers: ifMatch ? { 'if-match': ifMatch } : {} });
const post = (who: Who, url: string, ifMatch?: string) =>
  as(app, sessions[who], {
    method: 'POST',
    url,
    payload: {},
    headers: ifMatch ? { 'if-match': ifMatch } : {},
  });
const voicesOf = async (who: Who, hearingId: string) =>
  (await get(who, `/api/v1/hearings/${hearingId}/voices`)).json();
const base = (h: string, child: string) => `/api/v1/hearings/${h}/children/${child}`;
const words = 'I want to stay at Lincoln Middle School. I miss my sister.';

describe(`a young person writes to the judge on ${testDbKind()}`, () => {
  let h: string;
  beforeAll(async () => {
    h = await hearing(org.assignedCase, '2025-08-04T15:00:00Z');
  });

  it('shows the youth their coming hearing and lets them write, by age', async () => {
    const res = await get('youth', `/api/v1/children/${org.youthChild}/voice`);
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.isSelf).toBe(true);
    expect(page.child.age).toBe(15);
    const mine = page.hearings.find((x: { hearingId: string }) => x.hearingId === h);
    expect(mine.eligibility).toEqual({ allowed: true, why: 'age' });
    expect(mine.may).toEqual({ writeStatement: true, writePlan: true, writeReport: false });
    expect(mine.judgeName).toBe('Judge Ada Bench');
  });

  it('keeps a draft private, changes it only under If-Match, then sends it once', async () => {
    const url = `${base(h, org.youthChild)}/statement`;
    const first = await put('youth', url, { body: 'Draft', language: 'en', sharedWith: [] });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"1"');
    expect(first.json()).toMatchObject({ status: 'draft', body: 'Draft', sentAt: null });
    // A draft reaches no one, not even the judge.
    expect((await voicesOf('judge', h)).voices.youthStatements).toEqual([]);
    // Changing it needs the ETag; a stale one is refused with the current version.
    expect((await put('youth', url, { body: 'x', language: 'en', sharedWith: [] })).statusCode).toBe(428);
    const stale = await put('youth', url, { body: 'x', language: 'en', sharedWith: [] }, '"7"');
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current.body).toBe('Draft');
    const second = await put('youth', url, { body: words, language: 'en', sharedWith: ['casa'] }, '"1"');
    expect(second.statusCode).toBe(200);
    expect((await post('youth', `${url}/send`)).statusCode).toBe(428);
    expect((await post('youth', `${url}/send`, '"1"')).statusCode).toBe(412);
    const sent = await post('youth', `${url}/send`, '"2"');
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'sent', body: words, sentAt: '2025-06-02T15:00:00.000Z' });
    // Sent is final.
    expect(
      (await put('youth', url, { body: 'changed', language: 'en', sharedWith: [] }, '"3"')).statusCode,
    ).toBe(409);
    expect((await post('youth', `${url}/send`, '"3"')).statusCode).toBe(409);
  });

  it('reaches the judge, the youth’s GAL and whom the youth chose; never the parents’ side, the clerk or the analyst', async () => {
    const judge = await voicesOf('judge', h);
    expect(judge.voices.youthStatements).toEqual([
      expect.objectContaining({ body: words, childName: 'Leo Testchild', age: 15, sharedWith: ['casa'] }),
    ]);
    const reads = async (who: Who): Promise<boolean> => {
      const res = await get(who, `/api/v1/hearings/${h}/voices`);
      return res.statusCode === 200 && res.json().voices.youthStatements.length === 1;
    };
    expect(await reads('guardian_ad_litem')).toBe(true);
    expect(await reads('casa_volunteer')).toBe(true); // the youth chose CASA
    expect(await reads('youth')).toBe(true);
    for (const who of [
      'parent_attorney',
      'caseworker',
      'supervisor',
      'agency_attorney',
      'court_clerk',
      'caregiver',
    ] as const)
      expect(await reads(who), who).toBe(false);
    expect((await get('cqi_analyst', `/api/v1/hearings/${h}/voices`)).statusCode).toBe(403);
    expect((await get('administrator', `/api/v1/hearings/${h}/voices`)).statusCode).toBe(403);
    // The bench view's loader answers the same for the judge.
    const judgeActor = (await loadActor(db, org.accounts.judge.id))!;
    const bench = await hearingVoices(db, judgeActor, h, { now: new Date('2025-06-02T15:00:00Z') });
    expect(bench.youthStatements.map((s) => s.body)).toEqual([words]);
    const parentSide = (await loadActor(db, org.accounts.parent_attorney.id))!;
    expect((await hearingVoices(db, parentSide, h)).youthStatements).toEqual([]);
  });

  it('lets the parents’ attorney read it only when the youth shares it with their parents', async () => {
    const h2 = await hearing(org.assignedCase, '2025-09-01T15:00:00Z');
    const url = `${base(h2, org.youthChild)}/statement`;
    await put('youth', url, {
      body: 'Tell my mom I am okay.',
      language: 'en',
      sharedWith: ['parents', 'caseworker'],
    });
    await post('youth', `${url}/send`, '"1"');
    for (const who of ['parent_attorney', 'caseworker', 'supervisor', 'judge', 'guardian_ad_litem'] as const)
      expect((await voicesOf(who, h2)).voices.youthStatements, who).toHaveLength(1);
    for (const who of ['casa_volunteer', 'agency_attorney', 'court_clerk'] as const)
      expect((await voicesOf(who, h2)).voices.youthStatements, who).toHaveLength(0);
  });

  it('lets the youth write only their own statement', async () => {
    const body = { body: 'x', language: 'en', sharedWith: [] };
    expect((await put('youth', `${base(h, org.placedChild)}/statement`, body)).statusCode).toBe(404); // sibling
    const other = await hearing(org.otherCase, '2025-08-05T15:00:00Z');
    expect((await put('youth', `${base(other, org.otherChild)}/statement`, body)).statusCode).toBe(404);
    expect((await put('youth', `${base(other, org.youthChild)}/statement`, body)).statusCode).toBe(404); // not its case
    // Counsel and the caseworker may not write in the youth's name; the judge may not write at all.
    expect((await put('guardian_ad_litem', `${base(h, org.youthChild)}/statement`, body)).statusCode).toBe(
      404,
    );
    expect((await put('caseworker', `${base(h, org.youthChild)}/statement`, body)).statusCode).toBe(404);
    expect((await put('judge', `${base(h, org.youthChild)}/statement`, body)).statusCode).toBe(403);
    // Nor read another child's page.
    expect((await get('youth', `/api/v1/children/${org.placedChild}/voice`)).statusCode).toBe(404);
    expect((await get('youth', `/api/v1/children/${org.foreignChild}/voice`)).statusCode).toBe(404);
  });

  it('closes when the hearing starts, or is no longer set', async () => {
    const past = await hearing(org.assignedCase, '2025-06-02T14:00:00Z');
    const vacated = await hearing(org.assignedCase, '2025-10-01T15:00:00Z', 'vacated');
    const body = { body: 'late', language: 'es', sharedWith: [] };
    expect((await put('youth', `${base(past, org.youthChild)}/statement`, body)).statusCode).toBe(409);
    expect((await put('youth', `${base(vacated, org.youthChild)}/statement`, body)).statusCode).toBe(409);
  });

  it('audits every read and write without copying the youth’s words', async () => {
    const rows = await db.query<{ action: string; data: unknown }>(
      `SELECT action, data FROM audit_event WHERE actor_id = $1 AND action IN ('youth_statement.saved', 'youth_statement.sent', 'voice.viewed')`,
      [org.accounts.youth.id],
    );
    expect(rows.filter((r) => r.action === 'youth_statement.sent')).toHaveLength(2);
    expect(rows.some((r) => r.action === 'voice.viewed')).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('Lincoln');
    const judgeReads = await db.query(
      `SELECT 1 FROM audit_event WHERE actor_id = $1 AND action = 'voice.hearing_viewed' AND entity_id = $2`,
      [org.accounts.judge.id, h],
    );
    expect(judgeReads.length).toBeGreaterThan(0);
  });
});

describe(`the court lets a younger child write on ${testDbKind()}`, () => {
  it('refuses a 9-year-old until the clerk records the order, then lets her write', async () => {
    const h = await hearing(org.assignedCase, '2025-08-11T15:00:00Z');
    const url = `${base(h, org.placedChild)}/statement`;
    const body = { body: 'I like my foster home.', language: 'en', sharedWith: [] };
    expect((await put('mia', url, body)).statusCode).toBe(409);
    const page = (await get('mia', `/api/v1/children/${org.placedChild}/voice`)).json();
    expect(page.hearings[0].eligibility).toEqual({ allowed: false, why: 'under_age' });
    const perm = `/api/v1/children/${org.placedChild}/voice-permission`;
    expect((await put('court_clerk', perm, {})).statusCode).toBe(400);
    expect((await put('court_clerk', perm, { granted: true, orderDate: '2025-06-03' })).statusCode).toBe(400); // not yet
    expect((await put('caseworker', perm, { granted: true, orderDate: '2025-05-30' })).statusCode).toBe(403);
    const given = await put('court_clerk', perm, { granted: true, orderDate: '2025-05-30' });
    expect(given.statusCode).toBe(200);
    expect(given.headers.etag).toBe('"1"');
    expect((await put('judge', perm, { granted: true, orderDate: '2025-05-29' })).statusCode).toBe(428);
    expect((await put('mia', url, body)).statusCode).toBe(200);
    expect(
      (await get('mia', `/api/v1/children/${org.placedChild}/voice`)).json().hearings[0].eligibility,
    ).toEqual({
      allowed: true,
      why: 'court_permission',
    });
    // The court ends it: the draft stays hers, but no longer goes anywhere.
    expect((await put('judge', perm, { granted: false, orderDate: '2025-06-01' }, '"1"')).statusCode).toBe(
      200,
    );
    expect((await post('mia', `${url}/send`, '"1"')).statusCode).toBe(409);
    const audit = await db.query(
      `SELECT 1 FROM audit_event WHERE action = 'voice_permission.recorded' AND entity_id = $1`,
      [org.placedChild],
    );
    expect(audit).toHaveLength(2);
    void miaAccount;
  });
});

describe(`a caregiver reports to the court on ${testDbKind()}`, () => {
  let h: string;
  const report = {
    health: 'Asthma is under control; new inhaler.',
    school: 'Reading at grade level.',
    behaviour: 'Calmer after visits.',
    familyTime: 'Weekly visits with mom go well.',
    needs: 'A tutor for math.',
    forTheJudge: 'She asks to see her brother more.',
  };
  beforeAll(async () => {
    h = await hearing(org.assignedCase, '2025-08-18T15:00:00Z');
  });

  it('lets the foster parent draft and send a report for the child placed with them, under If-Match', async () => {
    const url = `${base(h, org.placedChild)}/caregiver-report`;
    const page = (await get('caregiver', `/api/v1/children/${org.placedChild}/voice`)).json();
    expect(page.hearings.find((x: { hearingId: string }) => x.hearingId === h).may.writeReport).toBe(true);
    const draft = await put('caregiver', url, { ...report, forTheJudge: '' });
    expect(draft.statusCode).toBe(200);
    expect(draft.json()).toMatchObject({
      status: 'draft',
      caregiverKind: 'foster_parent',
      householdName: 'Rivera foster home',
    });
    expect((await voicesOf('judge', h)).voices.caregiverReports).toEqual([]);
    expect((await put('caregiver', url, report)).statusCode).toBe(428);
    expect((await put('caregiver', url, report, '"1"')).statusCode).toBe(200);
    expect((await post('caregiver', `${url}/submit`, '"1"')).statusCode).toBe(412);
    const sent = await post('caregiver', `${url}/submit`, '"2"');
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'submitted', submittedAt: '2025-06-02T15:00:00.000Z' });
    expect((await put('caregiver', url, report, '"3"')).statusCode).toBe(409);
  });

  it('shows it to the court and the case’s professionals, the health answer only with a health grant', async () => {
    const seen = async (who: Who) => (await voicesOf(who, h)).voices.caregiverReports[0];
    expect(await seen('judge')).toMatchObject({
      forTheJudge: report.forTheJudge,
      health: null,
      healthWithheld: true,
    });
    // The judge holds sensitive.read but no grant in this org; the caseworker holds the health grant.
    expect(await seen('caseworker')).toMatchObject({ health: report.health, healthWithheld: false });
    expect(await seen('parent_attorney')).toMatchObject({
      health: null,
      healthWithheld: true,
      needs: report.needs,
    });
    expect(await seen('court_clerk')).toMatchObject({ health: null });
    expect(await seen('caregiver')).toMatchObject({ health: report.health });
    // The youth does not read the caregiver's report.
    expect((await voicesOf('youth', h)).voices.caregiverReports).toEqual([]);
  });

  it('never shows one family the hearings, children or reports of another', async () => {
    expect((await get('caregiver2', `/api/v1/children/${org.placedChild}/voice`)).statusCode).toBe(404);
    expect((await get('caregiver2', `/api/v1/hearings/${h}/voices`)).statusCode).toBe(404);
    expect((await put('caregiver2', `${base(h, org.placedChild)}/caregiver-report`, report)).statusCode).toBe(
      404,
    );
    const caregiver2Actor = (await loadActor(
      db,
      (await one(`SELECT id FROM user_account WHERE person_id = $1`, [caregiver2Person])).id,
    ))!;
    expect((await hearingVoices(db, caregiver2Actor, h)).caregiverReports).toEqual([]);
    // Their own child, on their own hearing: a kin caregiver's report.
    const other = await hearing(org.otherCase, '2025-08-19T15:00:00Z');
    const own = await put('caregiver2', `${base(other, org.otherChild)}/caregiver-report`, report);
    expect(own.statusCode).toBe(200);
    expect(own.json().caregiverKind).toBe('kin');
    await post('caregiver2', `${base(other, org.otherChild)}/caregiver-report/submit`, '"1"');
    // … which the first family never sees.
    expect((await get('caregiver', `/api/v1/hearings/${other}/voices`)).statusCode).toBe(404);
    expect((await get('caregiver', `/api/v1/children/${org.otherChild}/voice`)).statusCode).toBe(404);
    // And the foster parent may not report on the youth, who does not live with them.
    expect((await put('caregiver', `${base(h, org.youthChild)}/caregiver-report`, report)).statusCode).toBe(
      404,
    );
  });

  it('lets the household read its own draft, and no one else', async () => {
    const h3 = await hearing(org.assignedCase, '2025-08-25T15:00:00Z');
    await put('caregiver', `${base(h3, org.placedChild)}/caregiver-report`, report);
    const mine = (await get('caregiver', `/api/v1/children/${org.placedChild}/voice`)).json();
    expect(mine.hearings.find((x: { hearingId: string }) => x.hearingId === h3).caregiverReport.status).toBe(
      'draft',
    );
    const judge = (await get('judge', `/api/v1/children/${org.placedChild}/voice`)).json();
    expect(judge.hearings.find((x: { hearingId: string }) => x.hearingId === h3).caregiverReport).toBeNull();
  });
});

describe(`how the youth will attend on ${testDbKind()}`, () => {
  it('is recorded by the youth, their GAL or caseworker, never by the parents’ side', async () => {
    const h = await hearing(org.assignedCase, '2025-09-08T15:00:00Z');
    const url = `${base(h, org.youthChild)}/attendance-plan`;
    expect((await put('guardian_ad_litem', url, { attendance: 'excused' })).statusCode).toBe(400);
    expect((await put('guardian_ad_litem', url, { attendance: 'remote', reason: 'x' })).statusCode).toBe(400);
    const gal = await put('guardian_ad_litem', url, {
      attendance: 'excused',
      reason: 'Final exams that morning',
    });
    expect(gal.statusCode).toBe(200);
    expect(gal.json()).toMatchObject({ attendance: 'excused', recordedByRole: 'guardian_ad_litem' });
    expect((await put('youth', url, { attendance: 'remote' })).statusCode).toBe(428);
    const youth = await put('youth', url, { attendance: 'remote' }, '"1"');
    expect(youth.json()).toMatchObject({ attendance: 'remote', reason: null, recordedByRole: 'youth' });
    expect((await put('caseworker', url, { attendance: 'in_person' }, '"2"')).json().recordedByRole).toBe(
      'caseworker',
    );
    expect((await put('parent_attorney', url, { attendance: 'in_person' }, '"3"')).statusCode).toBe(403);
    expect((await put('caregiver', url, { attendance: 'in_person' }, '"3"')).statusCode).toBe(404);
    // A 9-year-old without the court's permission has no plan to record.
    expect(
      (
        await put('guardian_ad_litem', `${base(h, org.placedChild)}/attendance-plan`, {
          attendance: 'remote',
        })
      ).statusCode,
    ).toBe(409);
    const judge = (await voicesOf('judge', h)).voices.youthAttendance;
    expect(judge).toEqual([
      expect.objectContaining({
        childName: 'Leo Testchild',
        source: 'plan',
        attendance: 'in_person',
        recordedByRole: 'caseworker',
      }),
    ]);
  });

  it('shows what the clerk recorded once the hearing was held', async () => {
    const h = await hearing(org.assignedCase, '2025-05-05T15:00:00Z', 'held');
    const leo = await one<{ person_id: string }>('SELECT person_id FROM child WHERE id = $1', [
      org.youthChild,
    ]);
    await db.query(
      `INSERT INTO hearing_attendance (jurisdiction_id, hearing_id, person_id, attendee_role, attendance)
       VALUES ($1,$2,$3,'child','remote')`,
      [org.jurisdictionId, h, leo.person_id],
    );
    const seen = (await voicesOf('court_clerk', h)).voices.youthAttendance;
    expect(seen).toEqual([
      expect.objectContaining({
        childName: 'Leo Testchild',
        source: 'recorded',
        attendance: 'remote',
        recordedByRole: 'court',
      }),
    ]);
  });
});
