import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { NEW_MEXICO_RULE_PACK, RULE_PACKS } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../platform/db.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, signIn, testApp, type Session } from '../../test/http.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import type { MeasuresAnswer, MeasuresRow } from './measures.dto.ts';

/**
 * Court performance measures and hearing attendance, on a small hand-made dataset whose medians are
 * computed by hand below. The test clock is 2 June 2025; the period is calendar 2025.
 *
 * Org A runs under a copy of the New Mexico pack whose suppression threshold is 1, so every figure shows;
 * org B under New Mexico's own (10), to see small counts suppressed.
 */
RULE_PACKS['test-nm-threshold-1'] = {
  ...NEW_MEXICO_RULE_PACK,
  id: 'test-nm-threshold-1',
  smallCellThreshold: { value: 1, citation: 'test: nothing suppressed' },
};

let db: Db;
let app: FastifyInstance;
let a: Org;
let b: Org;
const s = {} as Record<'analyst' | 'judge' | 'clerk' | 'caseworker' | 'analystB', Session>;

async function one(sql: string, values: unknown[]): Promise<string> {
  const [row] = await db.query<{ id: string }>(sql, values);
  return row!.id;
}

/** A case of org `o` with one child: filed on `filed`, the child removed on `removed` (or not). */
async function caseWithChild(o: Org, judgeId: string, filed: string, removed: string | null, tag: string) {
  const caseId = await one(
    `INSERT INTO court_case (jurisdiction_id, court_id, petition_number, filing_date, assigned_judge_id)
     VALUES ($1,$2,$3,$4,$5) RETURNING id`,
    [o.jurisdictionId, o.court, `M-${tag}-${o.jurisdictionId.slice(0, 6)}`, filed, judgeId],
  );
  const person = await one(
    `INSERT INTO person (jurisdiction_id, given_name, family_name, birth_date) VALUES ($1,'Kid',$2,'2018-01-01') RETURNING id`,
    [o.jurisdictionId, tag],
  );
  const childId = await one(
    `INSERT INTO child (jurisdiction_id, person_id, afcars_id) VALUES ($1,$2,$3) RETURNING id`,
    [o.jurisdictionId, person, `M${tag}${o.jurisdictionId.slice(0, 6)}`],
  );
  await db.query('INSERT INTO case_child (case_id, child_id, jurisdiction_id) VALUES ($1,$2,$3)', [
    caseId,
    childId,
    o.jurisdictionId,
  ]);
  let removalId: string | null = null;
  if (removed)
    removalId = await one(
      `INSERT INTO removal_episode (jurisdiction_id, child_id, case_id, removal_date, removal_manner)
       VALUES ($1,$2,$3,$4,'court_ordered') RETURNING id`,
      [o.jurisdictionId, childId, caseId, removed],
    );
  return { caseId, childId, removalId };
}

/** An adjudication finding made for the child on `date`, in an order of the case. */
async function adjudicate(o: Org, caseId: string, childId: string, date: string): Promise<void> {
  const order = await one(
    `INSERT INTO court_order (jurisdiction_id, case_id, order_type, signed_date) VALUES ($1,$2,'adjudication',$3) RETURNING id`,
    [o.jurisdictionId, caseId, date],
  );
  await db.query(
    `INSERT INTO finding (jurisdiction_id, order_id, child_id, finding_type, is_made, finding_date)
     VALUES ($1,$2,$3,'adjudication',true,$4)`,
    [o.jurisdictionId, order, childId, date],
  );
}

/** A hearing at 10 a.m. Mountain time on `day` (16:00 UTC in winter, 17:00 UTC in summer is fine too). */
async function hearing(
  o: Org,
  caseId: string,
  judgeId: string,
  day: string,
  status: string,
  extra: { type?: string; deadline?: string; reason?: string; requestedBy?: string } = {},
): Promise<string> {
  return one(
    `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end, judge_id, status,
                          deadline_date, continuance_reason, continuance_requested_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING id`,
    [
      o.jurisdictionId,
      caseId,
      extra.type ?? 'periodic_review',
      `${day}T17:00:00Z`,
      `${day}T17:30:00Z`,
      judgeId,
      status,
      extra.deadline ?? null,
      extra.reason ?? null,
      extra.requestedBy ?? null,
    ],
  );
}

let attendanceHearing: string;
let futureHearing: string;

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  a = await createOrg(db);
  b = await createOrg(db);
  await db.query(`UPDATE jurisdiction SET rule_pack_id = 'test-nm-threshold-1' WHERE id = $1`, [
    a.jurisdictionId,
  ]);

  // Time to adjudication, by the case's judge (days from the earlier of petition and removal):
  //   Judge Ada Bench:  40, 65 (removed 5 days before the petition), 50  → median 50, p90 65, 2 of 3 ≤ 60
  //   Judge Otto Bench: 30, 90                                          → median 60, p90 90, 1 of 2 ≤ 60
  //   All: 30 40 50 65 90                                               → median 50, p90 90, 3 of 5
  const a1 = await caseWithChild(a, a.judge, '2025-01-10', null, 'a1');
  await adjudicate(a, a1.caseId, a1.childId, '2025-02-19');
  const a2 = await caseWithChild(a, a.judge, '2025-01-10', '2025-01-05', 'a2');
  await adjudicate(a, a2.caseId, a2.childId, '2025-03-11');
  const a3 = await caseWithChild(a, a.judge, '2025-02-01', '2025-02-01', 'a3');
  // The episode's adjudication date stands in where no finding was recorded.
  await db.query('UPDATE removal_episode SET adjudication_date = $2 WHERE id = $1', [
    a3.removalId,
    '2025-03-23',
  ]);
  const b1 = await caseWithChild(a, a.otherJudge, '2025-02-01', null, 'b1');
  await adjudicate(a, b1.caseId, b1.childId, '2025-03-03');
  const b2 = await caseWithChild(a, a.otherJudge, '2025-01-01', null, 'b2');
  await adjudicate(a, b2.caseId, b2.childId, '2025-04-01');
  // Adjudicated the year before: outside the period.
  const old = await caseWithChild(a, a.judge, '2024-01-02', null, 'old');
  await adjudicate(a, old.caseId, old.childId, '2024-02-01');

  // Hearings of the period. Judge Ada Bench presides over a1's three and one of b1's:
  //   on time: h1 (by its deadline), late: h2; continued: h3 (party not served, agency).
  // b1 was heard by both judges: two judges on that case. a1's disposition was held 70 days after filing.
  await hearing(a, a1.caseId, a.judge, '2025-03-03', 'held', { deadline: '2025-03-05' });
  await hearing(a, a1.caseId, a.judge, '2025-03-10', 'held', { deadline: '2025-03-07' });
  await hearing(a, a1.caseId, a.judge, '2025-04-01', 'continued', {
    reason: 'party_not_served',
    requestedBy: 'agency',
  });
  await hearing(a, a1.caseId, a.judge, '2025-03-21', 'held', { type: 'disposition' });
  await hearing(a, b1.caseId, a.otherJudge, '2025-04-15', 'held');
  await hearing(a, b1.caseId, a.judge, '2025-04-22', 'held');
  await hearing(a, b1.caseId, a.otherJudge, '2025-05-01', 'vacated');

  // The assigned case's hearing whose attendance the clerk records (still 'scheduled'), and one to come.
  attendanceHearing = await hearing(a, a.assignedCase, a.judge, '2025-05-20', 'scheduled');
  futureHearing = await hearing(a, a.assignedCase, a.judge, '2025-06-20', 'scheduled');

  // Org B: three children adjudicated in the period, all under 10.
  for (const tag of ['x1', 'x2', 'x3']) {
    const c = await caseWithChild(b, b.judge, '2025-01-10', null, tag);
    await adjudicate(b, c.caseId, c.childId, '2025-02-10');
  }

  s.analyst = await signIn(app, a.accounts.cqi_analyst.email);
  s.judge = await signIn(app, a.accounts.judge.email);
  s.clerk = await signIn(app, a.accounts.court_clerk.email);
  s.caseworker = await signIn(app, a.accounts.caseworker.email);
  s.analystB = await signIn(app, b.accounts.cqi_analyst.email);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const measures = async (who: Session, query: string) => {
  const res = await as(app, who, { method: 'GET', url: `/api/v1/court-measures?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as MeasuresAnswer;
};
const rowOf = (dto: MeasuresAnswer, label: string): MeasuresRow => {
  const row = dto.rows.find((r) => r.label === label);
  if (!row) throw new Error(`no row ${label} in ${dto.rows.map((r) => r.label).join(', ')}`);
  return row;
};

describe(`court performance measures on ${testDbKind()}`, () => {
  it('gives time to adjudication by judge: medians, 90th percentiles and % within 60 days, computed by hand', async () => {
    const dto = await measures(s.analyst, 'periodStart=2025-01-01&by=judge');
    expect(dto.period).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(dto.threshold).toBe(1);
    expect(dto.targets.adjudication).toMatchObject({ amount: 60, unit: 'days', unconfirmed: true });
    expect(dto.youthAge).toBe(14);
    const ada = rowOf(dto, 'Judge Ada Bench');
    const otto = rowOf(dto, 'Judge Otto Bench');
    const all = rowOf(dto, 'All');
    expect(ada.time.adjudication).toEqual({
      count: 3,
      median: 50,
      p90: 65,
      withinTarget: 2,
      withinRate: 2 / 3,
    });
    expect(otto.time.adjudication).toEqual({
      count: 2,
      median: 60,
      p90: 90,
      withinTarget: 1,
      withinRate: 0.5,
    });
    expect(all.time.adjudication).toEqual({
      count: 5,
      median: 50,
      p90: 90,
      withinTarget: 3,
      withinRate: 0.6,
    });
    expect(all.total).toBe(true);
    expect(ada.time.disposition).toMatchObject({ count: 1, median: 70, withinTarget: 1 });
    expect(all.time.permanency).toMatchObject({ count: 0, median: null });
  });

  it('counts hearings on time, continuances with reasons and judges per case', async () => {
    const dto = await measures(s.analyst, 'periodStart=2025-01-01&by=judge');
    const ada = rowOf(dto, 'Judge Ada Bench');
    expect(ada.hearingsOnTime).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    // Ada: h1 h2 h3 disposition and b1's second hearing (held or continued) → 1 of 5 continued.
    expect(ada.continuances).toMatchObject({ numerator: 1, denominator: 5, rate: 0.2 });
    expect(ada.continuances.byReason.party_not_served).toBe(1);
    expect(ada.continuances.byReason.court_calendar).toBe(0);
    // Cases with a hearing held in 2025: a1 (one judge) and b1 (two judges).
    const all = rowOf(dto, 'All');
    expect(all.judgesPerCase).toEqual({ numerator: 1, denominator: 2, rate: 0.5, mean: 1.5 });
  });

  it('groups by court: one court and the whole', async () => {
    const dto = await measures(s.analyst, 'periodStart=2025-01-01&by=court');
    expect(dto.rows.map((r) => r.label)).toEqual(["Children's Court", 'All']);
    expect(dto.rows[0]!.time.adjudication.median).toBe(50);
  });

  it('suppresses counts under the jurisdiction threshold, and the figures made of them', async () => {
    const dto = await measures(s.analystB, 'periodStart=2025-01-01&by=judge');
    expect(dto.threshold).toBe(10);
    const hidden = { count: null, median: null, p90: null, withinTarget: null, withinRate: null };
    // Judge Ada Bench's three, and so the total of three; the other judge's 0 is shown (it reveals no one).
    expect(dto.rows.map((r) => [r.label, r.time.adjudication])).toEqual([
      ['Judge Ada Bench', hidden],
      ['Judge Otto Bench', { count: 0, median: null, p90: null, withinTarget: 0, withinRate: null }],
      ['All', hidden],
    ]);
  });

  it('is for cqi.read holders over the jurisdiction: the judge may read it, a caseworker may not', async () => {
    expect((await measures(s.judge, 'by=court')).rows.length).toBeGreaterThan(0);
    const res = await as(app, s.caseworker, { method: 'GET', url: '/api/v1/court-measures' });
    expect(res.statusCode).toBe(403);
    for (const q of ['by=county', 'periodStart=9999-12-01', 'periodStart=2025-02-30']) {
      const bad = await as(app, s.analyst, { method: 'GET', url: `/api/v1/court-measures?${q}` });
      expect(bad.statusCode, q).toBe(400);
    }
  });

  it('audits each read', async () => {
    await measures(s.analyst, 'periodStart=2025-01-01&by=court');
    const rows = await db.query<{ data: { view: string } }>(
      `SELECT data FROM audit_event WHERE actor_id = $1 AND action = 'cqi.viewed'`,
      [a.accounts.cqi_analyst.id],
    );
    expect(rows.some((r) => JSON.stringify(r.data).includes('court_measures'))).toBe(true);
  });

  it('downloads as XLSX and CSV for data.export holders, audited; the judge may not download', async () => {
    const res = await as(app, s.analyst, {
      method: 'GET',
      url: '/api/v1/court-measures/export?periodStart=2025-01-01&by=judge&format=xlsx',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      'court-performance-by-judge-2025-01-01-to-2025-12-31.xlsx',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const medianCol = header.indexOf('Adjudication: median days') + 1;
    const byLabel = new Map<string, unknown>();
    sheet.eachRow((row, n) => {
      if (n > 1) byLabel.set(String(row.getCell(1).value), row.getCell(medianCol).value);
    });
    expect(byLabel.get('Judge Ada Bench')).toBe(50);
    expect(byLabel.get('Judge Otto Bench')).toBe(60);
    expect(byLabel.get('All')).toBe(50);

    const csv = await as(app, s.analyst, {
      method: 'GET',
      url: '/api/v1/court-measures/export?periodStart=2025-01-01&by=court&format=csv',
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain("Children's Court");
    const audits = await db.query(
      `SELECT 1 FROM audit_event WHERE actor_id = $1 AND action = 'data.exported'`,
      [a.accounts.cqi_analyst.id],
    );
    expect(audits.length).toBe(2);
    const judge = await as(app, s.judge, { method: 'GET', url: '/api/v1/court-measures/export?format=csv' });
    expect(judge.statusCode).toBe(403);
  });
});

describe(`hearing attendance on ${testDbKind()}`, () => {
  const get = (who: Session, id: string) =>
    as(app, who, { method: 'GET', url: `/api/v1/hearings/${id}/attendance` });
  const put = (who: Session, id: string, body: unknown, etag?: string) =>
    as(app, who, {
      method: 'PUT',
      url: `/api/v1/hearings/${id}/attendance`,
      payload: body as Record<string, unknown>,
      headers: etag ? { 'if-match': etag } : {},
    });

  it('lists the parents, children and professionals of the case, none recorded yet', async () => {
    const res = await get(s.clerk, attendanceHearing);
    expect(res.statusCode, res.body).toBe(200);
    const dto = res.json();
    expect(dto).toMatchObject({ status: 'scheduled', open: true, recorded: false, date: '2025-05-20' });
    expect(dto.people[0]).toMatchObject({ personId: a.parent, role: 'parent', attendance: null });
    const leo = dto.people.find((p: { name: string }) => p.name === 'Leo Testchild');
    expect(leo).toMatchObject({ role: 'child', age: 15 });
    expect(dto.people.some((p: { role: string }) => p.role === 'parent_attorney')).toBe(true);
  });

  it('records attendance under If-Match: the hearing is then held, and it counts', async () => {
    const before = await get(s.clerk, attendanceHearing);
    const etag = before.headers.etag as string;
    const people = before.json().people as { personId: string; name: string; role: string }[];
    const leo = people.find((p) => p.name === 'Leo Testchild')!;
    const mia = people.find((p) => p.name === 'Mia Testchild')!;
    const body = {
      entries: [
        { personId: a.parent, attendance: 'remote', represented: true },
        { personId: leo.personId, attendance: 'in_person' },
        { personId: mia.personId, attendance: 'excused' },
      ],
    };
    expect((await put(s.clerk, attendanceHearing, body)).statusCode).toBe(428);
    expect((await put(s.clerk, attendanceHearing, body, '"999"')).statusCode).toBe(412);
    expect((await put(s.caseworker, attendanceHearing, body, etag)).statusCode).toBe(403);
    const res = await put(s.clerk, attendanceHearing, body, etag);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).not.toBe(etag);
    expect(res.json()).toMatchObject({ status: 'held', recorded: true });
    const [audit] = await db.query<{ data: { changes: Record<string, { old: unknown; new: unknown }> } }>(
      `SELECT data FROM audit_event WHERE action = 'attendance.recorded' AND entity_id = $1`,
      [attendanceHearing],
    );
    expect(audit!.data.changes[a.parent]).toEqual({ old: null, new: 'remote, represented' });

    const dto = await measures(s.analyst, 'periodStart=2025-01-01&by=judge');
    const ada = rowOf(dto, 'Judge Ada Bench');
    expect(ada.parentsPresent).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    expect(ada.parentsRepresented).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    // Leo (15) came; Mia (9) is not of attendance age.
    expect(ada.youthAttending).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    expect(ada.youthRemote).toEqual({ numerator: 0, denominator: 1, rate: 0 });
    expect(ada.youthExcused).toEqual({ numerator: 0, denominator: 1, rate: 0 });
    // The hearing is now held: 1 continued of 6.
    expect(ada.continuances).toMatchObject({ numerator: 1, denominator: 6 });

    // Recorded again: the parent was absent after all; the last record replaces the first.
    const again = await put(
      s.clerk,
      attendanceHearing,
      { entries: [{ personId: a.parent, attendance: 'absent', represented: false }] },
      res.headers.etag as string,
    );
    expect(again.statusCode, again.body).toBe(200);
    const after = rowOf(await measures(s.analyst, 'periodStart=2025-01-01&by=judge'), 'Judge Ada Bench');
    expect(after.parentsPresent).toEqual({ numerator: 0, denominator: 1, rate: 0 });
    expect(after.youthAttending).toEqual({ numerator: 0, denominator: 0, rate: null });
  });

  it('refuses people not on the case, a parent without representation, and hearings not yet held', async () => {
    const etag = (await get(s.judge, attendanceHearing)).headers.etag as string;
    const stranger = await put(
      s.judge,
      attendanceHearing,
      { entries: [{ personId: b.parent, attendance: 'absent' }] },
      etag,
    );
    expect(stranger.statusCode).toBe(400);
    expect(stranger.body).toContain('entries.0.personId');
    const noCounsel = await put(
      s.judge,
      attendanceHearing,
      { entries: [{ personId: a.parent, attendance: 'absent' }] },
      etag,
    );
    expect(noCounsel.statusCode).toBe(400);
    expect(noCounsel.body).toContain('entries.0.represented');
    const futureEtag = (await get(s.judge, futureHearing)).headers.etag as string;
    const future = await put(s.judge, futureHearing, { entries: [] }, futureEtag);
    expect(future.statusCode).toBe(409);
  });

  it('hides another jurisdiction’s hearing as missing', async () => {
    const analystOfB = await get(s.analystB, attendanceHearing);
    expect(analystOfB.statusCode).toBe(404);
  });
});
