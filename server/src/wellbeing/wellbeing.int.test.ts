import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../platform/db.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, signIn, testApp, type Session } from '../../test/http.ts';
import { addChecklist, addHearing } from '../../test/scenarios/wellbeing.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import type { ChecklistDto, WellbeingHistoryDto } from './wellbeing.dto.ts';
import type { BenchViewDto } from './bench-view.dto.ts';

/**
 * Well-being checklists and the bench view, through the API on a real database. The clock is 20 November
 * 2026, 10 a.m. in Albuquerque; the first hearing is on the 25th, the next on 15 December. In the test
 * org, Mia (born 2016, age band 5–11) lives with the caregiver, Leo (born 2010, 14+) is the youth; the
 * caseworker holds a health grant, the CASA volunteer none.
 */
const NOW = new Date('2026-11-20T17:00:00Z');

let db: Db;
let app: FastifyInstance;
let org: Org;
let first: string;
let next: string;
let past: string;
let early: string;
let otherHearing: string;
const s = {} as Record<
  'caseworker' | 'casa' | 'gal' | 'caregiver' | 'youth' | 'judge' | 'clerk' | 'analyst' | 'admin',
  Session
>;

const url = (hearingId: string, childId: string) =>
  `/api/v1/hearings/${hearingId}/children/${childId}/well-being`;
const get = (who: Session, hearingId: string, childId: string) =>
  as(app, who, { method: 'GET', url: url(hearingId, childId) });
const put = (who: Session, hearingId: string, childId: string, version: string | null, payload: object) =>
  as(app, who, {
    method: 'PUT',
    url: url(hearingId, childId),
    payload,
    headers: version === null ? {} : { 'if-match': version },
  });
const itemOf = (dto: ChecklistDto, id: string) => dto.items.find((i) => i.itemId === id);

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db, { now: () => NOW })).app;
  org = await createOrg(db);
  first = await addHearing(db, org.assignedCase, '2026-11-25T16:00:00Z');
  next = await addHearing(db, org.assignedCase, '2026-12-15T16:00:00Z');
  past = await addHearing(db, org.assignedCase, '2026-11-02T16:00:00Z', { status: 'held' });
  early = await addHearing(db, org.assignedCase, '2025-12-01T16:00:00Z', { status: 'held' });
  otherHearing = await addHearing(db, org.otherCase, '2026-11-25T16:00:00Z');
  // The other family's child has a checklist sent to the court: no caregiver or youth of ours may open it.
  await addChecklist(
    db,
    { jurisdictionId: org.jurisdictionId, hearingId: otherHearing, childId: org.otherChild, ageBand: '5-11' },
    'submitted',
    { 'safety.home_safe': 'no' },
  );
  // The judge holds a health grant and the caseworker a substance-use one (beside the factory's health
  // grant); the clerk may read no sensitive class at all.
  await db.query(
    `INSERT INTO sensitive_grant (jurisdiction_id, account_id, field_class, reason)
     VALUES ($1,$2,'health','test'), ($1,$3,'substance_use','test')`,
    [org.jurisdictionId, org.accounts.judge.id, org.accounts.caseworker.id],
  );
  const roles = {
    caseworker: 'caseworker',
    casa: 'casa_volunteer',
    gal: 'guardian_ad_litem',
    caregiver: 'caregiver',
    youth: 'youth',
    judge: 'judge',
    clerk: 'court_clerk',
    analyst: 'cqi_analyst',
    admin: 'administrator',
  } as const;
  for (const [k, role] of Object.entries(roles))
    s[k as keyof typeof s] = await signIn(app, org.accounts[role].email);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const auditRows = async (action: string, entityId: string) =>
  db.query<{ actor_id: string; data: Record<string, unknown> }>(
    'SELECT actor_id, data FROM audit_event WHERE action = $1 AND entity_id = $2 ORDER BY seq',
    [action, entityId],
  );

describe(`well-being checklists on ${testDbKind()}`, () => {
  it('offers the caseworker a new checklist of the child’s age band, health items included with the grant', async () => {
    const res = await get(s.caseworker, first, org.placedChild);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"0"');
    const dto = res.json() as ChecklistDto;
    expect(dto).toMatchObject({
      status: 'not_started',
      ageBand: '5-11',
      instrumentVersion: 1,
      version: 0,
      mayEdit: true,
    });
    expect(dto.lastTime).toBeNull();
    expect(itemOf(dto, 'education.attending')).toBeDefined();
    expect(itemOf(dto, 'health.checkup')).toBeDefined();
    expect(itemOf(dto, 'transition.documents')).toBeUndefined();
    expect(dto.withheld).toEqual([]);
    expect((await auditRows('wellbeing.viewed', org.placedChild)).length).toBeGreaterThan(0);
  });

  it('saves only with the ETag read: none is 428, a stale one 412, "0" creates it', async () => {
    const body = {
      status: 'draft',
      answers: [
        { itemId: 'safety.feels_safe', value: 'no', note: 'Says the older boy in the home scares her' },
        { itemId: 'education.attending', value: 'yes' },
        { itemId: 'education.progress', value: 4 },
        { itemId: 'health.checkup', value: 'no' },
        { itemId: 'development.strengths', value: 'Reads to her little brother' },
      ],
    };
    expect((await put(s.caseworker, first, org.placedChild, null, body)).statusCode).toBe(428);
    expect((await put(s.caseworker, first, org.placedChild, '"3"', body)).statusCode).toBe(412);
    const res = await put(s.caseworker, first, org.placedChild, '"0"', body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    const dto = res.json() as ChecklistDto;
    expect(dto.status).toBe('draft');
    expect(itemOf(dto, 'safety.feels_safe')).toMatchObject({
      concern: true,
      answer: { value: 'no', answeredBy: 'caseworker', answeredOn: '2026-11-20', fromLastTime: false },
    });
    expect(itemOf(dto, 'education.progress')!.concern).toBe(false);
    expect(dto.concerns.total).toBe(2);
    expect(dto.concerns.byDomain).toMatchObject({ safety: 1, physical_dental_health: 1 });
    // A second save from the same stale ETag changes nothing.
    expect((await put(s.caseworker, first, org.placedChild, '"0"', body)).statusCode).toBe(412);

    const [audit] = await auditRows('wellbeing.recorded', org.placedChild);
    expect(audit!.actor_id).toBe(org.accounts.caseworker.id);
    const changes = audit!.data.changes as Record<string, { old: unknown; new: unknown }>;
    expect(changes['safety.feels_safe']).toEqual({ old: null, new: 'no, with a note' });
    // Words and sensitive classes are not copied into the audit log.
    expect(changes['health.checkup']).toEqual({ old: null, new: 'answered' });
    expect(changes['development.strengths']).toEqual({ old: null, new: 'answered' });
    expect(JSON.stringify(audit!.data)).not.toContain('scares');
  });

  it('refuses answers that do not fit the item, and items not of this checklist', async () => {
    const res = await put(s.caseworker, first, org.placedChild, '"1"', {
      status: 'draft',
      answers: [
        { itemId: 'education.progress', value: 9 },
        { itemId: 'transition.documents', value: 'yes' },
        { itemId: 'safety.feels_safe', value: 'maybe' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['answers.0.value', 'answers.1.itemId', 'answers.2.value']);
  });

  it('lets the CASA volunteer add to it without seeing, changing or erasing the health items', async () => {
    const read = (await get(s.casa, first, org.placedChild)).json() as ChecklistDto;
    expect(itemOf(read, 'health.checkup')).toBeUndefined();
    expect(read.withheld).toEqual([{ fieldClass: 'health', items: expect.any(Number) }]);
    const kept = read.items
      .filter((i) => i.answer)
      .map((i) => ({ itemId: i.itemId, value: i.answer!.value, note: i.answer!.note }));
    const denied = await put(s.casa, first, org.placedChild, '"1"', {
      status: 'draft',
      answers: [...kept, { itemId: 'health.dental', value: 'yes' }],
    });
    expect(denied.statusCode).toBe(400);
    expect(denied.json().errors[0].detail).toMatch(/no grant/);
    const res = await put(s.casa, first, org.placedChild, '"1"', {
      status: 'draft',
      answers: [
        ...kept,
        { itemId: 'normalcy.activities', value: 'no', note: 'Wants to join soccer; no ride' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const mine = (await get(s.caseworker, first, org.placedChild)).json() as ChecklistDto;
    expect(itemOf(mine, 'health.checkup')!.answer!.value).toBe('no');
    expect(itemOf(mine, 'normalcy.activities')!.answer).toMatchObject({
      answeredBy: 'casa_volunteer',
      value: 'no',
    });
    expect(itemOf(mine, 'safety.feels_safe')!.answer!.answeredBy).toBe('caseworker');
  });

  it('shows the caregiver only their placed child’s checklist once sent, and only what is shown at home', async () => {
    expect((await get(s.caregiver, first, org.placedChild)).statusCode).toBe(404); // a draft
    const current = (await get(s.caseworker, first, org.placedChild)).json() as ChecklistDto;
    const answers = current.items
      .filter((i) => i.answer)
      .map((i) => ({ itemId: i.itemId, value: i.answer!.value, note: i.answer!.note }));
    const sent = await put(s.caseworker, first, org.placedChild, `"${current.version}"`, {
      status: 'submitted',
      answers,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect((sent.json() as ChecklistDto).submittedAt).not.toBeNull();

    const home = (await get(s.caregiver, first, org.placedChild)).json() as ChecklistDto;
    expect(home.status).toBe('submitted');
    expect(home.mayEdit).toBe(false);
    expect(itemOf(home, 'safety.feels_safe')).toBeUndefined(); // how safe she says she feels there
    expect(itemOf(home, 'family.parents')).toBeUndefined();
    expect(itemOf(home, 'health.checkup')).toBeUndefined();
    expect(itemOf(home, 'normalcy.activities')!.concern).toBe(true);
    expect(home.notShownAtHome).toBeGreaterThan(0);
    expect(home.concerns.byDomain.safety).toBe(0);
    // Never another child: not the youth of the same case (not placed with them), not another family's.
    expect((await get(s.caregiver, first, org.youthChild)).statusCode).toBe(404);
    expect((await get(s.caregiver, otherHearing, org.otherChild)).statusCode).toBe(404);
    expect(
      (
        await as(app, s.caregiver, {
          method: 'GET',
          url: `/api/v1/children/${org.otherChild}/well-being/history`,
        })
      ).statusCode,
    ).toBe(404);
    // Nor may the caregiver write one.
    expect(
      (await put(s.caregiver, first, org.placedChild, '"0"', { status: 'draft', answers: [] })).statusCode,
    ).toBe(403);
  });

  it('shows the youth their own checklist once sent, and no one else’s', async () => {
    expect((await get(s.youth, first, org.youthChild)).statusCode).toBe(404);
    const res = await put(s.caseworker, first, org.youthChild, '"0"', {
      status: 'submitted',
      answers: [
        { itemId: 'transition.documents', value: 'no', note: 'No state ID yet' },
        { itemId: 'placement.wants_to_stay', value: 'no' },
        { itemId: 'behavioral.substance_use', value: 'yes' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const own = (await get(s.youth, first, org.youthChild)).json() as ChecklistDto;
    expect(own.ageBand).toBe('14+');
    expect(itemOf(own, 'transition.documents')).toMatchObject({
      concern: true,
      answer: { note: 'No state ID yet' },
    });
    expect(itemOf(own, 'placement.wants_to_stay')).toBeUndefined();
    expect(itemOf(own, 'behavioral.substance_use')).toBeUndefined();
    expect((await get(s.youth, first, org.placedChild)).statusCode).toBe(404);
    expect((await get(s.youth, otherHearing, org.otherChild)).statusCode).toBe(404);
  });

  it('keeps a sent checklist sent, and closes it once the hearing’s day has passed', async () => {
    const current = (await get(s.caseworker, first, org.placedChild)).json() as ChecklistDto;
    const back = await put(s.caseworker, first, org.placedChild, `"${current.version}"`, {
      status: 'draft',
      answers: [],
    });
    expect(back.statusCode).toBe(400);
    const closed = await put(s.caseworker, past, org.placedChild, '"0"', { status: 'draft', answers: [] });
    expect(closed.statusCode).toBe(409);
    expect(((await get(s.caseworker, past, org.placedChild)).json() as ChecklistDto).mayEdit).toBe(false);
    // Before the checklist's first version took effect, none is asked for.
    expect((await get(s.caseworker, early, org.placedChild)).statusCode).toBe(409);
  });

  it('carries last time’s answers forward to the next hearing, marked from last time', async () => {
    const dto = (await get(s.caseworker, next, org.placedChild)).json() as ChecklistDto;
    expect(dto.status).toBe('not_started');
    expect(dto.lastTime).toEqual({ hearingId: first, hearingDate: '2026-11-25' });
    expect(itemOf(dto, 'safety.feels_safe')!.answer).toMatchObject({
      value: 'no',
      fromLastTime: true,
      answeredOn: '2026-11-20',
    });
    expect(itemOf(dto, 'safety.feels_safe')!.concern).toBe(true);
    // Saving it unchanged keeps it "from last time"; confirming it makes it this time's.
    const res = await put(s.caseworker, next, org.placedChild, '"0"', {
      status: 'draft',
      answers: [
        { itemId: 'safety.feels_safe', value: 'no', note: 'Says the older boy in the home scares her' },
        { itemId: 'education.attending', value: 'yes', confirm: true },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json() as ChecklistDto;
    expect(itemOf(saved, 'safety.feels_safe')!.answer!.fromLastTime).toBe(true);
    expect(itemOf(saved, 'education.attending')!.answer!.fromLastTime).toBe(false);
    const [row] = await db.query<{ carried_from: string }>(
      'SELECT w.carried_from FROM wellbeing_checklist w WHERE hearing_id = $1 AND child_id = $2',
      [next, org.placedChild],
    );
    expect(row!.carried_from).not.toBeNull();
  });

  it('draws the trend: each domain’s concerns per hearing, as each viewer may see them', async () => {
    const history = (who: Session, child: string) =>
      as(app, who, { method: 'GET', url: `/api/v1/children/${child}/well-being/history` });
    const worker = (await history(s.caseworker, org.placedChild)).json() as WellbeingHistoryDto;
    expect(worker.points.map((p) => [p.hearingId, p.status])).toEqual([
      [first, 'submitted'],
      [next, 'draft'],
    ]);
    expect(worker.points[0]!.concerns.byDomain).toMatchObject({
      safety: 1,
      physical_dental_health: 1,
      normalcy_activities: 1,
    });
    const casa = (await history(s.casa, org.placedChild)).json() as WellbeingHistoryDto;
    expect(casa.points[0]!.concerns.byDomain.physical_dental_health).toBe(0);
    expect(casa.withheldClasses).toContain('health');
    const home = (await history(s.caregiver, org.placedChild)).json() as WellbeingHistoryDto;
    expect(home.points.map((p) => p.hearingId)).toEqual([first]);
    expect(home.points[0]!.concerns.byDomain).toMatchObject({ safety: 0, normalcy_activities: 1 });
    expect((await history(s.admin, org.placedChild)).statusCode).toBe(403);
    expect((await auditRows('wellbeing.history_viewed', org.placedChild)).length).toBe(3);
  });
});

describe(`the bench view on ${testDbKind()}`, () => {
  const bench = (who: Session, hearingId: string) =>
    as(app, who, { method: 'GET', url: `/api/v1/hearings/${hearingId}/bench-view` });

  it('gives the judge each child with concerns first, placement, days in care and trend; one audit row per child', async () => {
    const before = (await auditRows('bench_view.viewed', org.placedChild)).length;
    const res = await bench(s.judge, first);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as BenchViewDto;
    expect(view.hearing).toMatchObject({ id: first, date: '2026-11-25', caseId: org.assignedCase });
    expect(view.children.map((c) => c.id).sort()).toEqual([org.placedChild, org.youthChild].sort());
    const mia = view.children.find((c) => c.id === org.placedChild)!;
    expect(mia).toMatchObject({ age: 10, removalDate: '2025-01-05', daysInCare: 684 });
    expect(mia.placement).toMatchObject({
      setting: 'foster_family_nonrelative',
      providerName: 'Rivera foster home',
    });
    const items = mia.checklist!.items;
    const firstOther = items.findIndex((i) => !i.concern);
    expect(firstOther).toBeGreaterThan(0);
    expect(items.slice(firstOther).some((i) => i.concern)).toBe(false);
    expect(items[0]!.itemId).toBe('safety.feels_safe');
    expect(items.some((i) => i.itemId === 'health.checkup' && i.concern)).toBe(true); // the judge's grant
    expect(mia.checklist!.mayEdit).toBe(false);
    expect(mia.history.map((p) => p.hearingId)).toEqual([first, next]);
    expect(view.voices).toMatchObject({ youthStatements: expect.any(Array) });
    expect((await auditRows('bench_view.viewed', org.placedChild)).length).toBe(before + 1);
    expect((await auditRows('bench_view.viewed', org.youthChild)).length).toBeGreaterThan(0);
  });

  it('gives the clerk the same hearing without the health items; no one else may open it', async () => {
    const view = (await bench(s.clerk, first)).json() as BenchViewDto;
    const mia = view.children.find((c) => c.id === org.placedChild)!;
    expect(mia.checklist!.items.some((i) => i.itemId.startsWith('health.'))).toBe(false);
    expect(mia.checklist!.withheld.map((w) => w.fieldClass)).toContain('health');
    expect((await bench(s.judge, otherHearing)).statusCode).toBe(404);
    expect((await bench(s.clerk, otherHearing)).statusCode).toBe(200);
    for (const who of [s.caseworker, s.casa, s.caregiver, s.youth, s.analyst])
      expect((await bench(who, first)).statusCode).toBe(403);
  });
});
