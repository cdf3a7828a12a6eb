import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { rulePackById, type Role } from '@hearth/core';
import { loadActor } from '../access/actor.ts';
import type { Db } from '../platform/db.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, signIn, testApp, type Session } from '../../test/http.ts';
import { addHearing } from '../../test/scenarios/wellbeing.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import type { BenchViewDto } from '../wellbeing/bench-view.dto.ts';
import { educationSummary, type EducationBenchChild } from './education.bench.ts';

/**
 * The education record and normalcy through the API, on the test org (today 2025-06-02): the placed child
 * (born 2016) lives with the caregiver since 2025-01-05; the caseworker holds a health grant, the judge,
 * the GAL and the supervisor do not.
 */
let db: Db;
let app: FastifyInstance;
let org: Org;
const sessions = {} as Record<Role, Session>;
let secondFamily: { child: string; caregiver: Session };

const base = (childId: string) => `/api/v1/children/${childId}/education`;

async function post(role: Role, url: string, payload: object) {
  return as(app, sessions[role], { method: 'POST', url, payload });
}
async function get(role: Role, url: string) {
  return as(app, sessions[role], { method: 'GET', url });
}
const auditRows = async (action: string, entityId?: string): Promise<{ data: Record<string, unknown> }[]> =>
  db.query(
    `SELECT data FROM audit_event WHERE action = $1 AND ($2::text IS NULL OR entity_id = $2) ORDER BY seq`,
    [action, entityId ?? null],
  );

/** A second foster home in the same jurisdiction, with its own child and caregiver account. */
async function createSecondFamily(): Promise<{ child: string; caregiver: Session }> {
  const one = async (sql: string, values: unknown[]) => (await db.query<{ id: string }>(sql, values))[0]!.id;
  const j = org.jurisdictionId;
  const provider = await one(
    `INSERT INTO provider (jurisdiction_id, name, kind) VALUES ($1,'Baca foster home','foster_family') RETURNING id`,
    [j],
  );
  const carer = await one(
    `INSERT INTO person (jurisdiction_id, given_name, family_name) VALUES ($1,'Bea','Baca') RETURNING id`,
    [j],
  );
  await db.query('INSERT INTO provider_caregiver (provider_id, person_id) VALUES ($1,$2)', [provider, carer]);
  const kid = await one(
    `INSERT INTO person (jurisdiction_id, given_name, family_name, birth_date) VALUES ($1,'Ned','Baca','2012-02-02') RETURNING id`,
    [j],
  );
  const child = await one(
    `INSERT INTO child (jurisdiction_id, person_id, afcars_id) VALUES ($1,$2,'B' || substr(md5(random()::text), 1, 9)) RETURNING id`,
    [j, kid],
  );
  await db.query('INSERT INTO case_child (case_id, child_id, jurisdiction_id) VALUES ($1,$2,$3)', [
    org.otherCase,
    child,
    j,
  ]);
  const removal = await one(
    `INSERT INTO removal_episode (jurisdiction_id, child_id, case_id, removal_date, removal_manner) VALUES ($1,$2,$3,'2025-02-01','court_ordered') RETURNING id`,
    [j, child, org.otherCase],
  );
  await db.query(
    `INSERT INTO placement (jurisdiction_id, removal_id, child_id, setting, provider_id, start_date) VALUES ($1,$2,$3,'foster_family_nonrelative',$4,'2025-02-01')`,
    [j, removal, child, provider],
  );
  const email = `second.caregiver.${org.jurisdictionId.slice(0, 8)}@test.hearth`;
  const account = await one(
    `INSERT INTO user_account (jurisdiction_id, email, password_hash, display_name, person_id)
     SELECT $1, $2, password_hash, 'Bea Baca', $3 FROM user_account WHERE id = $4 RETURNING id`,
    [j, email, carer, org.accounts.caregiver.id],
  );
  await db.query(`INSERT INTO account_role (account_id, role) VALUES ($1,'caregiver')`, [account]);
  return { child, caregiver: await signIn(app, email) };
}

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
  for (const role of [
    'caseworker',
    'supervisor',
    'judge',
    'guardian_ad_litem',
    'caregiver',
    'youth',
    'court_clerk',
  ] as const)
    sessions[role] = await signIn(app, org.accounts[role].email);
  secondFamily = await createSecondFamily();
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe(`the education record on ${testDbKind()}`, () => {
  let placementId: string;

  it('flags the placement with no best-interest determination after the configured days', async () => {
    const res = await get('caseworker', base(org.placedChild));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.today).toBe('2025-06-02');
    placementId = body.placements[0].id;
    // Placed 2025-01-05; 5 days (unconfirmed) → due 2025-01-10; 143 days past it on 2025-06-02.
    expect(body.flags).toEqual([
      expect.objectContaining({
        kind: 'bid_missing',
        subjectId: placementId,
        amount: 143,
        unconfirmed: true,
      }),
    ]);
    expect(body.flags[0].citation).toMatch(/§475\(1\)\(G\)/);
    expect(body.moves).toEqual({ moves: 0, schoolYearMoves: 0 });
  });

  it('records a change of school with its determination and transport plan, and counts the move', async () => {
    const origin = await post('caseworker', `${base(org.placedChild)}/schools`, {
      schoolName: 'Los Ranchos Elementary',
      schoolDistrict: 'Albuquerque Public Schools',
      enrolledOn: '2023-08-10',
      reason: 'other',
      isSchoolOfOrigin: true,
    });
    expect(origin.statusCode).toBe(201);
    const bid = await post('caseworker', `${base(org.placedChild)}/best-interest`, {
      placementId,
      decidedOn: '2025-01-08',
      participants: [
        { role: 'child', name: 'Mia' },
        { role: 'parent', name: 'Pat Testchild' },
        { role: 'school_district', name: 'APS foster care point of contact' },
      ],
      factors: ['proximity_to_placement', 'child_preference'],
      decision: 'move',
    });
    expect(bid.statusCode).toBe(201);
    const change = await post('caseworker', `${base(org.placedChild)}/schools`, {
      schoolName: 'Alameda Elementary',
      enrolledOn: '2025-01-13',
      reason: 'placement_change',
      recordsRequestedOn: '2025-01-13',
    });
    expect(change.statusCode).toBe(201);

    const body = (await get('caseworker', base(org.placedChild))).json();
    expect(body.moves).toEqual({ moves: 1, schoolYearMoves: 1 });
    expect(
      body.enrollments.map((e: { schoolName: string; exitedOn: string | null }) => [
        e.schoolName,
        e.exitedOn,
      ]),
    ).toEqual([
      ['Los Ranchos Elementary', '2025-01-12'],
      ['Alameda Elementary', null],
    ]);
    expect(body.currentEnrollmentId).toBe(change.json().id);
    expect(body.flags).toEqual([]);
    expect(body.bestInterest[0]).toMatchObject({ decision: 'move', transport: null, placementId });
    // The write and the change of the old enrollment are audited; participants' names are not.
    const [recorded] = await auditRows('education.recorded', bid.json().id);
    expect(JSON.stringify(recorded!.data)).not.toContain('Pat Testchild');
    expect((await auditRows('education.updated', origin.json().id)).length).toBe(1);
    expect((await auditRows('education.viewed', org.placedChild)).length).toBeGreaterThanOrEqual(2);
  });

  it('names the field: staying in the school of origin needs a transport plan; a decision-maker needs authority', async () => {
    const stay = {
      decidedOn: '2025-05-01',
      participants: [{ role: 'child', name: 'Leo' }],
      factors: ['school_attachment'],
      decision: 'stay_in_school_of_origin',
    };
    const bad = await post('caseworker', `${base(org.youthChild)}/best-interest`, stay);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['transport']);
    const good = await post('caseworker', `${base(org.youthChild)}/best-interest`, {
      ...stay,
      transport: {
        provider: 'school_district',
        payer: 'shared',
        startsOn: '2025-05-05',
        notes: 'Bus route 12',
      },
    });
    expect(good.statusCode).toBe(201);
    const future = await post('caseworker', `${base(org.youthChild)}/best-interest`, {
      ...stay,
      decidedOn: '2025-07-01',
    });
    expect(future.json().errors.map((e: { field: string }) => e.field)).toContain('decidedOn');

    const maker = await post('caseworker', `${base(org.youthChild)}/decision-makers`, {
      name: 'Rosa Rivera',
      relationship: 'foster_parent',
      authority: 'parental_right',
      since: '2025-02-01',
    });
    expect(maker.statusCode).toBe(400);
    expect(maker.json().errors.map((e: { field: string }) => e.field)).toEqual(['authority']);
    const parent = await post('caseworker', `${base(org.youthChild)}/decision-makers`, {
      name: 'Pat Testchild',
      relationship: 'parent',
      authority: 'parental_right',
      since: '2025-01-05',
    });
    expect(parent.statusCode).toBe(201);
    const byOrder = await post('caseworker', `${base(org.youthChild)}/decision-makers`, {
      name: 'Rosa Rivera',
      relationship: 'foster_parent',
      authority: 'court_order',
      authorityReference: 'Order of 2025-03-03, D-202-JQ',
      since: '2025-03-03',
    });
    expect(byOrder.statusCode).toBe(201);
    const body = (await get('caseworker', base(org.youthChild))).json();
    expect(body.decisionMakers.map((m: { name: string; until: string | null }) => [m.name, m.until])).toEqual(
      [
        ['Pat Testchild', '2025-03-02'],
        ['Rosa Rivera', null],
      ],
    );
    expect(body.bestInterest[0].transport).toMatchObject({ provider: 'school_district', payer: 'shared' });
  });

  it('keeps attendance per term and credits against the grade', async () => {
    const youth = base(org.youthChild);
    expect(
      (
        await post('caseworker', `${youth}/attendance`, {
          term: 'Spring 2025',
          termStart: '2025-01-06',
          termEnd: '2025-05-23',
          daysAbsent: 7,
          daysEnrolled: 90,
        })
      ).statusCode,
    ).toBe(201);
    const again = await post('caseworker', `${youth}/attendance`, {
      term: 'Spring 2025 again',
      termStart: '2025-01-06',
      termEnd: '2025-05-23',
      daysAbsent: 1,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].field).toBe('termStart');
    const grade = await post('caseworker', `${youth}/credits`, { asOf: '2025-05-30', grade: 8, earned: 3 });
    expect(grade.statusCode).toBe(400);
    expect(grade.json().errors[0].field).toBe('grade');
    expect(
      (await post('caseworker', `${youth}/credits`, { asOf: '2025-05-30', grade: 9, earned: 3.5 }))
        .statusCode,
    ).toBe(201);
    expect(
      (
        await post('caseworker', `${youth}/advocates`, {
          name: 'Dana Ortiz',
          organization: 'Pegasus Legal',
          since: '2025-02-01',
        })
      ).statusCode,
    ).toBe(201);
    const body = (await get('caseworker', youth)).json();
    expect(body.creditsStatus).toMatchObject({ expected: 6, earned: 3.5, behindBy: 2.5, isBehind: true });
    expect(body.flags.map((f: { kind: string }) => f.kind)).toContain('credits_behind');
    expect(body.attendance[0]).toMatchObject({ term: 'Spring 2025', daysAbsent: 7 });
    expect(body.advocates[0]).toMatchObject({ name: 'Dana Ortiz', until: null });
  });

  it('edits an enrollment only with the version it loaded (If-Match)', async () => {
    const body = (await get('caseworker', base(org.placedChild))).json();
    const current = body.enrollments.find((e: { exitedOn: string | null }) => e.exitedOn === null);
    const url = `${base(org.placedChild)}/schools/${current.id}`;
    const patch = { recordsReceivedOn: '2025-01-20' };
    expect((await as(app, sessions.caseworker, { method: 'PATCH', url, payload: patch })).statusCode).toBe(
      428,
    );
    const stale = await as(app, sessions.caseworker, {
      method: 'PATCH',
      url,
      payload: patch,
      headers: { 'if-match': `"${current.version + 5}"` },
    });
    expect(stale.statusCode).toBe(412);
    const ok = await as(app, sessions.caseworker, {
      method: 'PATCH',
      url,
      payload: patch,
      headers: { 'if-match': `"${current.version}"` },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe(`"${current.version + 1}"`);
    const exitWithoutReason = await as(app, sessions.caseworker, {
      method: 'PATCH',
      url,
      payload: { exitedOn: '2025-05-30' },
      headers: { 'if-match': `"${current.version + 1}"` },
    });
    expect(exitWithoutReason.json().errors[0].field).toBe('exitReason');
  });
});

describe(`IEP and 504 plans: health information on ${testDbKind()}`, () => {
  it('records a plan only with the health grant, and shows it only to holders of it', async () => {
    const plan = {
      planType: 'iep',
      planDate: '2024-05-01',
      disabilityCategory: 'Specific learning disability',
    };
    const supervisor = await post('supervisor', `${base(org.placedChild)}/special-education`, plan);
    expect(supervisor.statusCode).toBe(400);
    expect(supervisor.json().errors[0].field).toBe('planType');
    const caseworker = await post('caseworker', `${base(org.placedChild)}/special-education`, plan);
    expect(caseworker.statusCode).toBe(201);

    const seen = (await get('caseworker', base(org.placedChild))).json();
    expect(seen.specialEducation.withheld).toBe(false);
    expect(seen.specialEducation.plans[0]).toMatchObject({ planType: 'iep', nextReviewOn: '2025-05-01' });
    // A year on (IDEA), 32 days overdue by 2025-06-02.
    expect(seen.flags).toContainEqual(expect.objectContaining({ kind: 'iep_review_overdue', amount: 32 }));

    for (const role of ['judge', 'guardian_ad_litem', 'supervisor'] as const) {
      const res = await get(role, base(org.placedChild));
      expect(res.statusCode, role).toBe(200);
      expect(res.json().specialEducation, role).toEqual({ withheld: true });
      expect(JSON.stringify(res.json()), role).not.toContain('learning disability');
      // Nor does a flag give the plan away.
      expect(
        res.json().flags.map((f: { kind: string }) => f.kind),
        role,
      ).not.toContain('iep_review_overdue');
    }
    const shown = await auditRows('sensitive.viewed', org.placedChild);
    expect(shown.some((r) => r.data.via === 'education')).toBe(true);
    // The plan's audit row names the class, not the disability.
    const [written] = await auditRows('education.recorded', caseworker.json().id);
    expect(JSON.stringify(written!.data)).not.toContain('learning');
  });

  it('gives the bench view the plan only for a judge with the grant, and only children in scope', async () => {
    const judge = (await loadActor(db, org.accounts.judge.id))!;
    const at = { today: '2025-06-02', rulePack: rulePackById('us-nm-2022') };
    const before = await educationSummary(db, judge, [org.placedChild, org.otherChild, org.foreignChild], at);
    expect(before.map((c) => c.childId)).toEqual([org.placedChild]);
    expect(before[0]).toMatchObject({
      specialEducation: { withheld: true },
      schoolMoves: 1,
      currentSchool: { name: 'Alameda Elementary', isSchoolOfOrigin: false },
      lastBestInterest: { decision: 'move', transport: null },
    });
    await db.query(
      `INSERT INTO sensitive_grant (jurisdiction_id, account_id, field_class, reason) VALUES ($1,$2,'health','bench test')`,
      [org.jurisdictionId, org.accounts.judge.id],
    );
    const after = await educationSummary(db, judge, [org.placedChild], at);
    expect(after[0]!.specialEducation).toEqual({
      withheld: false,
      plan: { planType: 'iep', planDate: '2024-05-01', nextReviewOn: '2025-05-01' },
    });
    expect(after[0]!.flags.map((f) => f.kind)).toContain('iep_review_overdue');
    const caregiver = (await loadActor(db, org.accounts.caregiver.id))!;
    expect(await educationSummary(db, caregiver, [org.placedChild], at)).toEqual([]);
  });
});

describe(`normalcy on ${testDbKind()}`, () => {
  const decision = {
    category: 'sleepover',
    activity: "Sleepover at a classmate's birthday",
    decidedOn: '2025-05-30',
    approved: true,
    notes: 'Met the parents; picked up at 10 a.m.',
  };

  it('lets a caregiver record a decision for a child placed with them, and for no other', async () => {
    const mine = await post('caregiver', `/api/v1/children/${org.placedChild}/normalcy/decisions`, decision);
    expect(mine.statusCode).toBe(201);
    for (const child of [org.youthChild, org.otherChild, secondFamily.child, org.foreignChild]) {
      const res = await post('caregiver', `/api/v1/children/${child}/normalcy/decisions`, decision);
      expect(res.statusCode, child).toBe(404);
    }
    const future = await post('caregiver', `/api/v1/children/${org.placedChild}/normalcy/decisions`, {
      ...decision,
      decidedOn: '2025-06-03',
    });
    expect(future.json().errors[0].field).toBe('decidedOn');
    const [row] = await auditRows('normalcy.recorded', mine.json().id);
    expect(row!.data).toMatchObject({ category: 'sleepover', approved: true });
    expect(JSON.stringify(row!.data)).not.toContain('classmate');
  });

  it("never shows a caregiver another family's child, nor the other family ours", async () => {
    const other = await as(app, secondFamily.caregiver, {
      method: 'POST',
      url: `/api/v1/children/${secondFamily.child}/normalcy/decisions`,
      payload: { ...decision, category: 'job', activity: 'Weekend job at the feed store' },
    });
    expect(other.statusCode).toBe(201);
    expect((await get('caregiver', `/api/v1/children/${secondFamily.child}/normalcy`)).statusCode).toBe(404);
    const theirs = await as(app, secondFamily.caregiver, {
      method: 'GET',
      url: `/api/v1/children/${org.placedChild}/normalcy`,
    });
    expect(theirs.statusCode).toBe(404);
    const ours = (await get('caregiver', `/api/v1/children/${org.placedChild}/normalcy`)).json();
    expect(ours.decisions.map((d: { activity: string }) => d.activity)).toEqual([decision.activity]);
    expect(ours.decisions[0]).toMatchObject({ decidedBy: 'caregiver tester', decidedByRole: 'caregiver' });
    // Caregivers do not read the education record (the child's history).
    expect((await get('caregiver', base(org.placedChild))).statusCode).toBe(403);
  });

  it('records a caseworker’s normalcy conversation with the youth, which the youth reads', async () => {
    const res = await post('caseworker', `/api/v1/children/${org.youthChild}/normalcy/conversations`, {
      heldOn: '2025-05-28',
      wants: 'Join the track team and take driving lessons',
      barriers: 'Practice ends after the group home curfew',
      followUp: 'Ask the group home to move curfew on practice days',
      followUpBy: '2025-06-15',
    });
    expect(res.statusCode).toBe(201);
    const noWhat = await post('caseworker', `/api/v1/children/${org.youthChild}/normalcy/conversations`, {
      heldOn: '2025-05-28',
      wants: 'Go to prom',
      followUpBy: '2025-06-15',
    });
    expect(noWhat.json().errors[0].field).toBe('followUp');
    const youth = (await get('youth', `/api/v1/children/${org.youthChild}/normalcy`)).json();
    expect(youth.conversations[0]).toMatchObject({
      wants: expect.stringContaining('track'),
      heldByRole: 'caseworker',
    });
    expect((await get('youth', `/api/v1/children/${org.placedChild}/normalcy`)).statusCode).toBe(404);
    expect((await auditRows('normalcy.viewed', org.youthChild)).length).toBeGreaterThan(0);
  });

  it('shows the latest activity decisions on the bench summary', async () => {
    const judge = (await loadActor(db, org.accounts.judge.id))!;
    const [summary] = await educationSummary(db, judge, [org.placedChild], {
      today: '2025-06-02',
      rulePack: rulePackById('us-nm-2022'),
    });
    expect(summary!.normalcy).toEqual([
      { activity: decision.activity, category: 'sleepover', decidedOn: '2025-05-30', approved: true },
    ]);
  });
});

describe(`chronic absence on ${testDbKind()}`, () => {
  type Flag = { kind: string; amount: number; outOf?: number; on: string; citation: string };
  const absence = (flags: Flag[]) => flags.filter((f) => f.kind === 'chronic_absence');
  const term = (term: string, termStart: string, termEnd: string, daysAbsent: number) =>
    post('caseworker', `${base(org.placedChild)}/attendance`, {
      term,
      termStart,
      termEnd,
      daysAbsent,
      daysEnrolled: 60,
    });
  /** The placed child's education summary as the judge's bench view gives it, for a hearing next week. */
  async function benchEducation(hearingId: string): Promise<EducationBenchChild> {
    const res = await get('judge', `/api/v1/hearings/${hearingId}/bench-view`);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as BenchViewDto;
    return (view.education as EducationBenchChild[]).find((e) => e.childId === org.placedChild)!;
  }

  it('flags 7 of 60 days absent in the latest term (New Mexico: 10% or more), not 5 of 60', async () => {
    const hearing = await addHearing(db, org.assignedCase, '2025-06-10T16:00:00Z');
    expect((await term('Fall 2024', '2024-08-19', '2024-12-20', 5)).statusCode).toBe(201);
    const fall = (await get('guardian_ad_litem', base(org.placedChild))).json();
    expect(absence(fall.flags)).toEqual([]);
    expect(absence((await benchEducation(hearing)).flags)).toEqual([]);

    expect((await term('Spring 2025', '2025-01-06', '2025-05-23', 7)).statusCode).toBe(201);
    const expected = {
      kind: 'chronic_absence',
      on: '2025-01-06',
      since: '2025-01-06',
      amount: 7,
      outOf: 60,
      citation: expect.stringContaining('§22-12A-2'),
      unconfirmed: true,
    };
    // Attendance is not health: readers without the health grant see the flag too.
    for (const role of ['caseworker', 'guardian_ad_litem', 'judge'] as const)
      expect(absence((await get(role, base(org.placedChild))).json().flags), role).toEqual([
        expect.objectContaining(expected),
      ]);
    const bench = await benchEducation(hearing);
    expect(absence(bench.flags)).toEqual([expect.objectContaining(expected)]);
    expect(bench.attendance).toEqual({ term: 'Spring 2025', daysAbsent: 7 });
  });
});
