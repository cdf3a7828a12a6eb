import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Role } from '@hearth/core';
import { hashPassword } from '../auth/password.ts';
import type { Db } from '../platform/db.ts';
import { createOrg, TEST_PASSWORD, type Org } from '../../test/factories.ts';
import { as, signIn, testApp, type Session } from '../../test/http.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';

/**
 * Dockets on the test org (today 2025-06-02, 9 a.m. in Albuquerque, daylight time UTC−6). The judge has
 * two overlapping hearings that morning in two rooms; the other judge's hearing takes the first room
 * while the judge's is running; a late hearing at 11:30 p.m. belongs to the 2nd, one at 12:15 a.m. to
 * the 3rd. Both 2025 daylight-saving days carry hearings around midnight.
 */
let db: Db;
let app: FastifyInstance;
let org: Org;
let room2: string;
let foreignRoom: string;
let otherCourtRoom: string;
let foreignJudgeEmail: string;
const ids: Record<string, string> = {};
const sessions = {} as Record<Role | 'foreignJudge', Session>;

type Hearing = {
  id: string;
  start: string;
  end: string;
  minutes: number;
  usual: { minutes: number; shorter: boolean; citation: string; unconfirmed: boolean } | null;
  status: string;
  withheld: boolean;
  hearingType: string | null;
  judge: { id: string; name: string } | null;
  courtroom: { id: string; name: string } | null;
  case: { id: string; petitionNumber: string } | null;
  expected: { role: string; name: string; isChild: boolean }[];
  interpreters: { language: string; for: string[]; assigned: boolean }[];
  overlaps: { hearingId: string; sharing: string[]; petitionNumber: string | null; start: string }[];
};
type Day = {
  date: string;
  start: string;
  end: string;
  hearings: Hearing[];
  gaps: { start: string; end: string; minutes: number }[];
};
type Docket = {
  subject: { kind: string; id: string; name: string; court: string };
  from: string;
  to: string;
  days: Day[];
  counts: { hearings: number; overlapping: number; interpreters: number };
};

async function one(sql: string, values: unknown[]): Promise<string> {
  const [row] = await db.query<{ id: string }>(sql, values);
  return row!.id;
}

async function hearing(
  name: string,
  h: { caseId: string; judgeId: string | null; roomId: string | null; start: string; end: string },
  type = 'periodic_review',
  status = 'scheduled',
): Promise<void> {
  ids[name] = await one(
    `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end, judge_id, courtroom_id, status)
     SELECT jurisdiction_id, id, $2, $3, $4, $5, $6, $7 FROM court_case WHERE id = $1 RETURNING id`,
    [h.caseId, type, h.start, h.end, h.judgeId, h.roomId, status],
  );
}

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
  const j = org.jurisdictionId;
  room2 = await one(
    `INSERT INTO courtroom (jurisdiction_id, court_id, name) VALUES ($1,$2,'Courtroom 2') RETURNING id`,
    [j, org.court],
  );
  // Another court of the same district, with a room of its own: not the judge's court.
  const otherCourt = await one(
    `INSERT INTO court (jurisdiction_id, name, district, county) VALUES ($1,'Sandoval Children''s Court','13th','Sandoval') RETURNING id`,
    [j],
  );
  otherCourtRoom = await one(
    `INSERT INTO courtroom (jurisdiction_id, court_id, name) VALUES ($1,$2,'Sandoval 1') RETURNING id`,
    [j, otherCourt],
  );

  // A judge of the other district, with an account, a room and a hearing there.
  const [foreign] = await db.query<{ jurisdiction_id: string; court_id: string }>(
    'SELECT jurisdiction_id, court_id FROM court_case WHERE id = $1',
    [org.foreignCase],
  );
  const fj = foreign!.jurisdiction_id;
  const fPerson = await one(
    `INSERT INTO person (jurisdiction_id, given_name, family_name) VALUES ($1,'Fay','Faraway') RETURNING id`,
    [fj],
  );
  const fJudge = await one(
    `INSERT INTO judge (jurisdiction_id, court_id, person_id) VALUES ($1,$2,$3) RETURNING id`,
    [fj, foreign!.court_id, fPerson],
  );
  foreignRoom = await one(
    `INSERT INTO courtroom (jurisdiction_id, court_id, name) VALUES ($1,$2,'Valencia 1') RETURNING id`,
    [fj, foreign!.court_id],
  );
  foreignJudgeEmail = `judge.${fj.slice(0, 8)}@other.test.hearth`;
  const account = await one(
    `INSERT INTO user_account (jurisdiction_id, email, password_hash, display_name, person_id, judge_id)
     VALUES ($1,$2,$3,'Judge Fay Faraway',$4,$5) RETURNING id`,
    [fj, foreignJudgeEmail, await hashPassword(TEST_PASSWORD), fPerson, fJudge],
  );
  await db.query(`INSERT INTO account_role (account_id, role) VALUES ($1,'judge')`, [account]);
  await hearing('foreign', {
    caseId: org.foreignCase,
    judgeId: fJudge,
    roomId: foreignRoom,
    start: '2025-06-02T15:00:00Z',
    end: '2025-06-02T16:00:00Z',
  });

  // The mother needs a Spanish interpreter, and one is on the case; the other case's child speaks Navajo.
  await db.query(`UPDATE person SET needs_interpreter = true, primary_language = 'es' WHERE id = $1`, [
    org.parent,
  ]);
  const interpreter = await one(
    `INSERT INTO person (jurisdiction_id, given_name, family_name, primary_language, languages) VALUES ($1,'Ines','Terp','es','{es,en}') RETURNING id`,
    [j],
  );
  await db.query(
    `INSERT INTO case_participant (jurisdiction_id, case_id, person_id, case_role, start_date) VALUES ($1,$2,$3,'interpreter','2025-01-06')`,
    [j, org.assignedCase, interpreter],
  );
  await db.query(
    `UPDATE person SET needs_interpreter = true, primary_language = 'nv'
      WHERE id = (SELECT person_id FROM child WHERE id = $1)`,
    [org.otherChild],
  );
  // The foster mother is heard (not a party); a parent whose part ended in May is no longer expected.
  const [caregiver] = await db.query<{ person_id: string }>(
    'SELECT person_id FROM user_account WHERE id = $1',
    [org.accounts.caregiver.id],
  );
  await db.query(
    `INSERT INTO case_participant (jurisdiction_id, case_id, person_id, case_role, start_date) VALUES ($1,$2,$3,'caregiver','2025-01-06')`,
    [j, org.assignedCase, caregiver!.person_id],
  );
  const formerParent = await one(
    `INSERT INTO person (jurisdiction_id, given_name, family_name) VALUES ($1,'Gone','Before') RETURNING id`,
    [j],
  );
  await db.query(
    `INSERT INTO case_participant (jurisdiction_id, case_id, person_id, case_role, is_party, start_date, end_date) VALUES ($1,$2,$3,'parent',true,'2025-01-06','2025-05-01')`,
    [j, org.assignedCase, formerParent],
  );

  const mine = { caseId: org.assignedCase, judgeId: org.judge };
  await hearing('nine', {
    ...mine,
    roomId: org.courtroom,
    start: '2025-06-02T15:00:00Z',
    end: '2025-06-02T16:00:00Z',
  });
  await hearing(
    'nineThirty',
    { ...mine, roomId: room2, start: '2025-06-02T15:30:00Z', end: '2025-06-02T16:15:00Z' },
    'permanency',
  );
  await hearing('theirs', {
    caseId: org.otherCase,
    judgeId: org.otherJudge,
    roomId: org.courtroom,
    start: '2025-06-02T15:45:00Z',
    end: '2025-06-02T16:30:00Z',
  });
  // Vacated: it stays on the docket, marked, and overlaps nothing.
  await hearing(
    'vacated',
    { ...mine, roomId: org.courtroom, start: '2025-06-02T15:00:00Z', end: '2025-06-02T15:30:00Z' },
    'disposition',
    'vacated',
  );
  await hearing('afternoon', {
    ...mine,
    roomId: org.courtroom,
    start: '2025-06-02T20:00:00Z',
    end: '2025-06-02T20:30:00Z',
  });
  // 11:30 p.m. on the 2nd in Albuquerque is 05:30 UTC on the 3rd; 12:15 a.m. on the 3rd is 06:15 UTC.
  await hearing(
    'lateNight',
    { ...mine, roomId: org.courtroom, start: '2025-06-03T05:30:00Z', end: '2025-06-03T05:55:00Z' },
    'custody',
  );
  await hearing(
    'afterMidnight',
    { ...mine, roomId: org.courtroom, start: '2025-06-03T06:15:00Z', end: '2025-06-03T06:45:00Z' },
    'custody',
  );
  // 9 March 2025 (spring forward, 23 hours) and 2 November 2025 (fall back, 25 hours).
  await hearing(
    'beforeSpring',
    { ...mine, roomId: org.courtroom, start: '2025-03-09T06:30:00Z', end: '2025-03-09T06:50:00Z' },
    'custody',
  );
  await hearing(
    'springLate',
    { ...mine, roomId: org.courtroom, start: '2025-03-10T05:30:00Z', end: '2025-03-10T05:50:00Z' },
    'custody',
  );
  await hearing(
    'fallEarly',
    { ...mine, roomId: org.courtroom, start: '2025-11-02T06:30:00Z', end: '2025-11-02T06:50:00Z' },
    'custody',
  );
  await hearing(
    'fallLate',
    { ...mine, roomId: org.courtroom, start: '2025-11-03T06:30:00Z', end: '2025-11-03T06:50:00Z' },
    'custody',
  );
  await hearing(
    'fallNext',
    { ...mine, roomId: org.courtroom, start: '2025-11-03T07:10:00Z', end: '2025-11-03T07:30:00Z' },
    'custody',
  );

  for (const role of ['judge', 'court_clerk', 'caseworker', 'cqi_analyst', 'supervisor'] as const)
    sessions[role] = await signIn(app, org.accounts[role].email);
  sessions.foreignJudge = await signIn(app, foreignJudgeEmail);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const get = (who: keyof typeof sessions, url: string) => as(app, sessions[who], { method: 'GET', url });

async function docket(who: keyof typeof sessions, query = ''): Promise<Docket> {
  const res = await get(who, `/api/v1/dockets${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const hearingIds = (d: Docket, day = 0) => d.days[day]!.hearings.map((h) => h.id);
const byName = (d: Docket, name: string): Hearing =>
  d.days.flatMap((x) => x.hearings).find((h) => h.id === ids[name])!;

describe(`dockets on ${testDbKind()}`, () => {
  it("gives a judge their own docket for today by default, in time order, with the late hearing on today's day", async () => {
    const d = await docket('judge');
    expect(d.subject).toMatchObject({ kind: 'judge', id: org.judge, name: 'Judge Ada Bench' });
    expect(d.from).toBe('2025-06-02');
    expect(d.to).toBe('2025-06-02');
    expect(d.days).toHaveLength(1);
    expect(d.days[0]).toMatchObject({ start: '2025-06-02T06:00:00.000Z', end: '2025-06-03T06:00:00.000Z' });
    // Ordered by start, then end: the vacated half hour before the hour-long hearing that starts with it.
    expect(hearingIds(d)).toEqual(
      ['vacated', 'nine', 'nineThirty', 'afternoon', 'lateNight'].map((n) => ids[n]),
    );
    expect(byName(d, 'vacated').status).toBe('vacated');
    expect(byName(d, 'nine')).toMatchObject({ minutes: 60, hearingType: 'periodic_review', withheld: false });
    expect(byName(d, 'nine').courtroom).toEqual({ id: org.courtroom, name: 'Courtroom 1' });
    // Hearing lengths by type (calendar rules, domain-rules §10.2, unconfirmed): a review usually takes
    // 30 minutes, a permanency hearing 60; the one set for 45 is shorter than usual.
    expect(byName(d, 'nine').usual).toMatchObject({ minutes: 30, shorter: false, unconfirmed: true });
    expect(byName(d, 'nineThirty').usual).toMatchObject({ minutes: 60, shorter: true });
    expect(byName(d, 'nineThirty').usual!.citation).toMatch(/Enhanced Resource Guidelines/);
  });

  it('puts a hearing after midnight on the next day, and counts days of 23 and 25 hours', async () => {
    const week = await docket('judge', '?from=2025-06-02&days=2');
    expect(hearingIds(week, 1)).toEqual([ids.afterMidnight]);

    const spring = await docket('judge', '?from=2025-03-08&days=2');
    expect(spring.days.map((x) => [x.date, x.start, x.end])).toEqual([
      ['2025-03-08', '2025-03-08T07:00:00.000Z', '2025-03-09T07:00:00.000Z'],
      ['2025-03-09', '2025-03-09T07:00:00.000Z', '2025-03-10T06:00:00.000Z'],
    ]);
    // 11:30 p.m. MST on the 8th, and 11:30 p.m. MDT on the 9th (the 23-hour day).
    expect(hearingIds(spring, 0)).toEqual([ids.beforeSpring]);
    expect(hearingIds(spring, 1)).toEqual([ids.springLate]);

    const fall = await docket('judge', '?from=2025-11-02&days=2');
    expect(fall.days[0]).toMatchObject({
      start: '2025-11-02T06:00:00.000Z',
      end: '2025-11-03T07:00:00.000Z',
    });
    // 12:30 a.m. MDT and 11:30 p.m. MST both on the 25-hour 2nd; 12:10 a.m. MST on the 3rd.
    expect(hearingIds(fall, 0)).toEqual([ids.fallEarly, ids.fallLate]);
    expect(hearingIds(fall, 1)).toEqual([ids.fallNext]);
    // A day of its own asks for the same window.
    expect(hearingIds(await docket('judge', '?from=2025-11-03'))).toEqual([ids.fallNext]);
  });

  it("flags the judge's two hearings at once and the room taken by another judge, not the vacated one", async () => {
    const d = await docket('judge');
    expect(byName(d, 'nine').overlaps.map((o) => [o.hearingId, o.sharing])).toEqual([
      [ids.nineThirty, ['judge']],
      [ids.theirs, ['courtroom']],
    ]);
    // The other judge's case is not the judge's to read: the overlap says when, not which case.
    expect(byName(d, 'nine').overlaps[1]!.petitionNumber).toBeNull();
    expect(byName(d, 'nineThirty').overlaps.map((o) => o.hearingId)).toEqual([ids.nine]);
    expect(byName(d, 'nineThirty').overlaps[0]!.petitionNumber).toMatch(/^D-202-JQ-2025-/);
    expect(byName(d, 'vacated').overlaps).toEqual([]);
    expect(byName(d, 'afternoon').overlaps).toEqual([]);
    expect(d.counts).toEqual({ hearings: 5, overlapping: 2, interpreters: 5 });
    // Free time: 10:15 a.m. to 2 p.m., and 2:30 p.m. to 11:30 p.m.
    expect(d.days[0]!.gaps).toEqual([
      { start: '2025-06-02T16:15:00.000Z', end: '2025-06-02T20:00:00.000Z', minutes: 225 },
      { start: '2025-06-02T20:30:00.000Z', end: '2025-06-03T05:30:00.000Z', minutes: 540 },
    ]);
  });

  it('lists the parties and caregivers by name and the children by initials only, with interpreter needs', async () => {
    const res = await get('judge', '/api/v1/dockets');
    const nine = byName(res.json(), 'nine');
    expect(nine.expected).toEqual([
      { role: 'child', name: 'L.T.', isChild: true },
      { role: 'child', name: 'M.T.', isChild: true },
      { role: 'parent', name: 'Pat Testchild', isChild: false },
      { role: 'caregiver', name: 'Rosa Rivera', isChild: false },
    ]);
    expect(nine.interpreters).toEqual([{ language: 'es', for: ['Pat Testchild'], assigned: true }]);
    // The children's names are nowhere in the answer.
    expect(res.body).not.toMatch(/Mia|Leo|Gone Before/);
  });

  it("shows a judge their court's room, with another judge's hearing there as time only", async () => {
    const d = await docket('judge', `?courtroomId=${org.courtroom}`);
    expect(d.subject).toMatchObject({ kind: 'courtroom', name: 'Courtroom 1', court: "Children's Court" });
    expect(hearingIds(d)).toEqual(['vacated', 'nine', 'theirs', 'afternoon', 'lateNight'].map((n) => ids[n]));
    const theirs = byName(d, 'theirs');
    expect(theirs).toMatchObject({
      usual: null,
      withheld: true,
      case: null,
      hearingType: null,
      expected: [],
      interpreters: [],
    });
    expect(theirs.judge?.name).toBe('Judge Otto Bench');
    expect(theirs.overlaps.map((o) => [o.hearingId, o.sharing])).toEqual([[ids.nine, ['courtroom']]]);
  });

  it('gives the clerk every judge and room of the court, with the cases', async () => {
    const d = await docket('court_clerk', `?judgeId=${org.otherJudge}`);
    expect(hearingIds(d)).toEqual([ids.theirs]);
    const theirs = byName(d, 'theirs');
    expect(theirs.withheld).toBe(false);
    expect(theirs.expected).toEqual([{ role: 'child', name: 'I.O.', isChild: true }]);
    expect(theirs.interpreters).toEqual([{ language: 'nv', for: ['I.O.'], assigned: false }]);
    expect(theirs.overlaps[0]!.petitionNumber).toMatch(/^D-202-JQ-2025-/);
    expect((await get('court_clerk', `/api/v1/dockets?courtroomId=${room2}`)).statusCode).toBe(200);
    // A clerk has no docket of their own: they say whose.
    const none = await get('court_clerk', '/api/v1/dockets');
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0].field).toBe('query.judgeId');
  });

  it('answers 404 for a judge or room out of reach, and 403 to roles without dockets', async () => {
    expect((await get('judge', `/api/v1/dockets?judgeId=${org.otherJudge}`)).statusCode).toBe(404);
    expect((await get('judge', `/api/v1/dockets?courtroomId=${otherCourtRoom}`)).statusCode).toBe(404);
    expect((await get('court_clerk', `/api/v1/dockets?courtroomId=${otherCourtRoom}`)).statusCode).toBe(404);
    expect((await get('court_clerk', `/api/v1/dockets?courtroomId=${foreignRoom}`)).statusCode).toBe(404);
    for (const role of ['caseworker', 'cqi_analyst', 'supervisor'] as const) {
      expect((await get(role, '/api/v1/dockets')).statusCode, role).toBe(403);
      expect((await get(role, `/api/v1/dockets.pdf?judgeId=${org.judge}`)).statusCode, role).toBe(403);
      expect((await get(role, '/api/v1/lookups/dockets')).statusCode, role).toBe(403);
    }
    const bad = await get('judge', '/api/v1/dockets?days=8&from=2025-02-30');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['query.days', 'query.from']);
    const both = await get('court_clerk', `/api/v1/dockets?judgeId=${org.judge}&courtroomId=${room2}`);
    expect(both.statusCode).toBe(400);
  });

  it('shows a judge of the other district nothing of this one', async () => {
    for (const url of [
      `/api/v1/dockets?judgeId=${org.judge}`,
      `/api/v1/dockets?courtroomId=${org.courtroom}`,
      `/api/v1/dockets.pdf?judgeId=${org.judge}`,
    ])
      expect((await get('foreignJudge', url)).statusCode, url).toBe(404);
    const own = await docket('foreignJudge', '?days=7');
    expect(own.days.flatMap((x) => x.hearings).map((h) => h.id)).toEqual([ids.foreign]);
    expect(JSON.stringify(own)).not.toMatch(/Testchild|D-202-/);
    const room = await docket('foreignJudge', `?courtroomId=${foreignRoom}`);
    expect(hearingIds(room)).toEqual([ids.foreign]);
    const choices = (await get('foreignJudge', '/api/v1/lookups/dockets')).json();
    expect(choices.judges.map((j: { name: string }) => j.name)).toEqual(['Judge Fay Faraway']);
    expect(choices.courtrooms.map((r: { id: string }) => r.id)).toEqual([foreignRoom]);
  });

  it('offers each caller the judges and rooms they may choose, their own docket first', async () => {
    const judge = (await get('judge', '/api/v1/lookups/dockets')).json();
    expect(judge.judges.map((j: { id: string }) => j.id)).toEqual([org.judge]);
    expect(judge.courtrooms.map((r: { name: string }) => r.name)).toEqual(['Courtroom 1', 'Courtroom 2']);
    expect(judge.preferred).toEqual({ kind: 'judge', id: org.judge });
    const clerk = (await get('court_clerk', '/api/v1/lookups/dockets')).json();
    expect(clerk.judges.map((j: { name: string }) => j.name)).toEqual([
      'Judge Ada Bench',
      'Judge Otto Bench',
    ]);
    expect(clerk.courtrooms).toHaveLength(2);
    expect(clerk.preferred).toEqual({ kind: 'judge', id: org.judge });
  });

  it('records each docket read in the audit by case and hearing ids, never by name', async () => {
    await get('judge', '/api/v1/dockets?from=2025-06-02');
    const [row] = await db.query<{ action: string; data: Record<string, unknown> }>(
      `SELECT action, data FROM audit_event WHERE actor_id = $1 ORDER BY seq DESC LIMIT 1`,
      [org.accounts.judge.id],
    );
    expect(row!.action).toBe('case.listed');
    expect(row!.data).toMatchObject({
      q: 'docket',
      format: 'json',
      ids: [org.assignedCase],
      docket: { kind: 'judge', id: org.judge, from: '2025-06-02', to: '2025-06-02' },
    });
    expect((row!.data.hearings as string[]).sort()).toEqual(
      ['vacated', 'nine', 'nineThirty', 'afternoon', 'lateNight'].map((n) => ids[n]).sort(),
    );
    expect(JSON.stringify(row!.data)).not.toMatch(/Testchild|Bench/);
    // The room's docket lists the other judge's hearing without its case: that case is not recorded as read.
    await get('judge', `/api/v1/dockets?courtroomId=${org.courtroom}`);
    const [room] = await db.query<{ data: { ids: string[] } }>(
      `SELECT data FROM audit_event WHERE actor_id = $1 ORDER BY seq DESC LIMIT 1`,
      [org.accounts.judge.id],
    );
    expect(room!.data.ids).toEqual([org.assignedCase]);
  });
});

async function pdfText(buffer: Buffer): Promise<{ pages: number; text: string; perPage: string[] }> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  return { pages: totalPages, text: text.join('\n'), perPage: text };
}

/** Every piece of text inside the page's margins, and no two pieces printed over each other. */
async function expectTidyPages(buffer: Buffer): Promise<void> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    expect([width, height]).toEqual([792, 612]);
    const boxes = (await page.getTextContent()).items
      .filter((i) => 'str' in i && i.str.trim() !== '')
      .map((i) => {
        const item = i as { str: string; transform: number[]; width: number; height: number };
        const [x, y] = [item.transform[4]!, item.transform[5]!];
        return { s: item.str, x0: x, x1: x + item.width, y0: y, y1: y + item.height };
      });
    for (const b of boxes) {
      expect(b.x0, b.s).toBeGreaterThanOrEqual(35);
      expect(b.x1, b.s).toBeLessThanOrEqual(792 - 35);
      expect(b.y0, b.s).toBeGreaterThanOrEqual(20);
      expect(b.y1, b.s).toBeLessThanOrEqual(612 - 30);
    }
    const clashes = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5)
        .map((b) => `page ${n}: "${a.s}" / "${b.s}"`),
    );
    expect(clashes).toEqual([]);
  }
}

describe(`the printed docket on ${testDbKind()}`, () => {
  it("prints the judge's day: each hearing's time and petition, the parties by initials, the footer", async () => {
    const res = await get('judge', '/api/v1/dockets.pdf?from=2025-06-02');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toBe('inline; filename="docket-2025-06-02.pdf"');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, text } = await pdfText(res.rawPayload);
    expect(pages).toBe(1);
    const [petition] = await db.query<{ petition_number: string }>(
      'SELECT petition_number FROM court_case WHERE id = $1',
      [org.assignedCase],
    );
    expect(text).toContain("Children's Court");
    expect(text).toContain('Docket of Judge Ada Bench');
    expect(text).toContain('Monday, June 2, 2025');
    for (const time of ['9:00 AM', '9:30 AM', '2:00 PM', '11:30 PM']) expect(text).toContain(time);
    expect(text.split(petition!.petition_number).length - 1).toBeGreaterThanOrEqual(5);
    expect(text).toContain('M.T. (child)');
    expect(text).toContain('Pat Testchild (Parent)');
    expect(text).toContain('Spanish: Pat Testchild');
    expect(text).toMatch(/OVERLAP: 9:30 AM – 10:15 AM, same judge/);
    expect(text).toContain('VACATED');
    expect(text).toContain('(usually 60 min)');
    expect(text).toMatch(/Printed Jun 2, 2025, 9:00 AM — confidential/);
    expect(text).toContain('Page 1 of 1');
    expect(text).not.toMatch(/Mia|Leo/);
    await expectTidyPages(res.rawPayload);
  });

  it('runs a full week over several pages, numbered, each hearing printed once, in Spanish too', async () => {
    // Forty more hearings in the week of 9 June, eight a day: more than a page holds.
    const starts: string[] = [];
    for (let d = 9; d <= 13; d += 1)
      for (let i = 0; i < 8; i += 1)
        starts.push(`2025-06-${String(d).padStart(2, '0')}T${String(14 + i).padStart(2, '0')}:30:00Z`);
    for (const [i, start] of starts.entries())
      await hearing(`week${i}`, {
        caseId: org.assignedCase,
        judgeId: org.judge,
        roomId: i % 2 ? room2 : org.courtroom,
        start,
        end: new Date(Date.parse(start) + 45 * 60_000).toISOString(),
      });
    const res = await get('judge', '/api/v1/dockets.pdf?from=2025-06-09&days=7');
    expect(res.statusCode).toBe(200);
    const { pages, text, perPage } = await pdfText(res.rawPayload);
    expect(pages).toBeGreaterThanOrEqual(3);
    perPage.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages}`);
      expect(page).toContain('confidential');
    });
    // 8:30 a.m. MDT is 14:30 UTC: eight a day, 8:30 a.m. to 3:30 p.m., five days.
    for (const time of ['8:30 AM', '3:30 PM']) expect(text.split(`${time} –`).length - 1).toBe(5);
    expect(text).toContain('Saturday, June 14, 2025');
    expect(text).toContain('No hearings.');
    expect(text).toContain('(continued)');

    await expectTidyPages(res.rawPayload);

    const es = await get('judge', '/api/v1/dockets.pdf?from=2025-06-09&days=7&lang=es');
    const spanish = await pdfText(es.rawPayload);
    expect(spanish.text).toContain('lunes, 9 de junio de 2025');
    expect(spanish.text).toMatch(/Impreso el .* — confidencial/);
    expect(spanish.text).toContain(`Página 1 de ${spanish.pages}`);
  });

  it("prints a room's docket with the judge of each hearing, and records the print", async () => {
    const res = await get('court_clerk', `/api/v1/dockets.pdf?courtroomId=${org.courtroom}&from=2025-06-02`);
    expect(res.statusCode).toBe(200);
    const { text } = await pdfText(res.rawPayload);
    expect(text).toContain('Docket of Courtroom 1');
    expect(text).toContain('Judge Otto Bench');
    const [row] = await db.query<{ data: { format: string; ids: string[] } }>(
      `SELECT data FROM audit_event WHERE actor_id = $1 ORDER BY seq DESC LIMIT 1`,
      [org.accounts.court_clerk.id],
    );
    expect(row!.data.format).toBe('pdf');
    expect(row!.data.ids.sort()).toEqual([org.assignedCase, org.otherCase].sort());
  });
});
