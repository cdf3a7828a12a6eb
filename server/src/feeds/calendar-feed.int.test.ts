import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Role } from '@hearth/core';
import type { Db } from '../platform/db.ts';
import { createOrg, TEST_PASSWORD, type Org } from '../../test/factories.ts';
import { as, signIn, testApp, TEST_NOW, type Session } from '../../test/http.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import { hashPassword } from '../auth/password.ts';
import { FEED_MAX_EVENTS } from './calendar-feed.service.ts';

/**
 * Calendar feeds on the test org (today 2025-06-02 15:00 UTC): every feed is read back with ical.js and
 * compared with the hearings SQL says the account may see, from 90 days ago on.
 */
let db: Db;
let app: FastifyInstance;
let org: Org;
const sessions = {} as Record<Role, Session>;
const hearings = {} as Record<'soon' | 'past' | 'old' | 'later' | 'other' | 'foreign', string>;
let foreignJudge: { email: string; session?: Session };

type ParsedEvent = {
  uid: string;
  summary: string;
  location: string;
  start: string;
  end: string;
  sequence: number;
  status: string;
};

async function one(sql: string, values: unknown[]): Promise<string> {
  const [row] = await db.query<{ id: string }>(sql, values);
  return row!.id;
}

const hearing = (
  jurisdictionId: string,
  caseId: string,
  type: string,
  start: string,
  courtroom: string | null,
) =>
  one(
    `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end, courtroom_id)
     VALUES ($1,$2,$3,$4::timestamptz,$4::timestamptz + interval '1 hour',$5) RETURNING id`,
    [jurisdictionId, caseId, type, start, courtroom],
  );

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
  const j = org.jurisdictionId;
  hearings.soon = await hearing(j, org.assignedCase, 'permanency', '2025-06-10T16:00:00Z', org.courtroom);
  hearings.past = await hearing(j, org.assignedCase, 'adjudication', '2025-04-01T16:00:00Z', org.courtroom);
  hearings.old = await hearing(j, org.assignedCase, 'custody', '2025-01-10T16:00:00Z', org.courtroom);
  hearings.later = await hearing(j, org.assignedCase, 'periodic_review', '2025-09-01T15:00:00Z', null);
  hearings.other = await hearing(j, org.otherCase, 'disposition', '2025-06-12T16:00:00Z', org.courtroom);
  await db.query(`UPDATE hearing SET status = 'held' WHERE id = $1`, [hearings.past]);

  // A judge of the other district, with the foreign case on their docket and a hearing on it.
  const [foreign] = await db.query<{ jurisdiction_id: string; court_id: string }>(
    'SELECT jurisdiction_id, court_id FROM court_case WHERE id = $1',
    [org.foreignCase],
  );
  const fj = foreign!.jurisdiction_id;
  const person = await one(
    `INSERT INTO person (jurisdiction_id, given_name, family_name) VALUES ($1,'Far','Bench') RETURNING id`,
    [fj],
  );
  const judge = await one(
    'INSERT INTO judge (jurisdiction_id, court_id, person_id) VALUES ($1,$2,$3) RETURNING id',
    [fj, foreign!.court_id, person],
  );
  foreignJudge = { email: `far.judge.${fj.slice(0, 8)}@test.hearth` };
  const account = await one(
    `INSERT INTO user_account (jurisdiction_id, email, password_hash, display_name, person_id, judge_id)
     VALUES ($1,$2,$3,'Far judge',$4,$5) RETURNING id`,
    [fj, foreignJudge.email, await hashPassword(TEST_PASSWORD), person, judge],
  );
  await db.query(`INSERT INTO account_role (account_id, role) VALUES ($1,'judge')`, [account]);
  await db.query('UPDATE court_case SET assigned_judge_id = $2 WHERE id = $1', [org.foreignCase, judge]);
  hearings.foreign = await hearing(fj, org.foreignCase, 'custody', '2025-06-11T16:00:00Z', null);
  foreignJudge.session = await signIn(app, foreignJudge.email);

  for (const role of [
    'judge',
    'court_clerk',
    'caseworker',
    'caregiver',
    'youth',
    'cqi_analyst',
    'administrator',
  ] as const)
    sessions[role] = await signIn(app, org.accounts[role].email);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

async function feedUrl(s: Session): Promise<string> {
  const res = await as(app, s, { method: 'GET', url: '/api/v1/me/calendar-feed' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().url;
}

const pathOf = (url: string): string => new URL(url).pathname;

async function fetchFeed(url: string): Promise<{ status: number; body: string; type: string | undefined }> {
  // No cookie: calendar apps cannot sign in.
  const res = await app.inject({ method: 'GET', url: pathOf(url) });
  return { status: res.statusCode, body: res.body, type: res.headers['content-type'] as string | undefined };
}

function parse(body: string): ParsedEvent[] {
  const cal = new ICAL.Component(ICAL.parse(body));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      location: e.location,
      start: e.startDate.toJSDate().toISOString(),
      end: e.endDate.toJSDate().toISOString(),
      sequence: e.sequence,
      status: String(v.getFirstPropertyValue('status')),
    };
  });
}

async function eventsOf(s: Session): Promise<{ body: string; events: ParsedEvent[] }> {
  const feed = await fetchFeed(await feedUrl(s));
  expect(feed.status, feed.body).toBe(200);
  return { body: feed.body, events: parse(feed.body) };
}

const uidsOf = (events: ParsedEvent[]): string[] => events.map((e) => e.uid).sort();
const uid = (id: string): string => `${id}@hearth`;

describe(`calendar feeds on ${testDbKind()}`, () => {
  it('gives each account one stable private address, made on first asking', async () => {
    const first = await feedUrl(sessions.judge);
    expect(first).toMatch(/^http:\/\/localhost(:\d+)?\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await feedUrl(sessions.judge)).toBe(first);
    expect(await feedUrl(sessions.caseworker)).not.toBe(first);
    // Only the token's hash is stored.
    const token = pathOf(first).split('/').pop()!.replace('.ics', '');
    const stored = await db.query<{ token_hash: string }>(
      'SELECT token_hash FROM calendar_feed WHERE account_id = $1',
      [org.accounts.judge.id],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toContain(token);
    const created = await db.query('SELECT 1 FROM audit_event WHERE action = $1 AND actor_id = $2', [
      'calendar_feed.created',
      org.accounts.judge.id,
    ]);
    expect(created).toHaveLength(1);
  });

  it('lists the judge’s hearings as SQL has them, from 90 days ago on, as RFC 5545 text/calendar', async () => {
    const feed = await fetchFeed(await feedUrl(sessions.judge));
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    const events = parse(feed.body);
    const expected = await db.query<{
      id: string;
      scheduled_start: Date;
      scheduled_end: Date;
      petition_number: string;
    }>(
      `SELECT h.id, h.scheduled_start, h.scheduled_end, c.petition_number FROM hearing h
         JOIN court_case c ON c.id = h.case_id
        WHERE c.assigned_judge_id = $1 AND h.scheduled_start >= $2::timestamptz - interval '90 days'`,
      [org.judge, TEST_NOW],
    );
    expect(uidsOf(events)).toEqual(expected.map((h) => uid(h.id)).sort());
    expect(uidsOf(events)).toEqual([hearings.soon, hearings.past, hearings.later].map(uid).sort());
    for (const h of expected) {
      const e = events.find((x) => x.uid === uid(h.id))!;
      expect(e.start).toBe(h.scheduled_start.toISOString());
      expect(e.end).toBe(h.scheduled_end.toISOString());
    }
    const soon = events.find((e) => e.uid === uid(hearings.soon))!;
    expect(soon.summary).toBe(`Permanency hearing — case ${expected[0]!.petition_number}`);
    expect(soon.location).toBe("Courtroom 1, Children's Court");
    expect(soon.sequence).toBe(0);
    expect(soon.status).toBe('CONFIRMED');
    // A held hearing was held as set: still confirmed (its status change raised SEQUENCE).
    const past = events.find((e) => e.uid === uid(hearings.past))!;
    expect([past.status, past.sequence]).toEqual(['CONFIRMED', 1]);
    expect(uidsOf(events)).not.toContain(uid(hearings.other));
    expect(uidsOf(events)).not.toContain(uid(hearings.foreign));
  });

  it('ends every line in CRLF and folds lines longer than 75 octets', async () => {
    const { body } = await eventsOf(sessions.judge);
    expect(body.endsWith('\r\n')).toBe(true);
    const lines = body.slice(0, -2).split('\r\n');
    expect(lines.every((l) => !/[\r\n]/.test(l))).toBe(true);
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8'), l).toBeLessThanOrEqual(75);
    // The descriptions carry the case's address: long enough to be folded.
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l.startsWith('DTSTAMP:')).every((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(
      true,
    );
  });

  it('never writes a child’s or a parent’s name, in any feed', async () => {
    const names = await db.query<{ given_name: string; family_name: string }>(
      `SELECT p.given_name, p.family_name FROM person p
        WHERE p.id IN (SELECT ch.person_id FROM child ch)
           OR p.id IN (SELECT cp.person_id FROM case_participant cp WHERE cp.case_role = 'parent')`,
    );
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const role of ['judge', 'court_clerk', 'caseworker', 'caregiver', 'youth', 'cqi_analyst'] as const) {
      const { body, events } = await eventsOf(sessions[role]);
      expect(events.length, role).toBeGreaterThan(0);
      const unfolded = body.replace(/\r\n /g, '').toLowerCase();
      for (const n of names) {
        expect(unfolded, `${role}: ${n.given_name}`).not.toContain(n.given_name.toLowerCase());
        expect(unfolded, `${role}: ${n.family_name}`).not.toContain(n.family_name.toLowerCase());
      }
    }
  });

  it('gives caregivers and youth their children’s hearings without the case number', async () => {
    for (const role of ['caregiver', 'youth'] as const) {
      const { events, body } = await eventsOf(sessions[role]);
      expect(uidsOf(events), role).toEqual([hearings.soon, hearings.past, hearings.later].map(uid).sort());
      expect(events.find((e) => e.uid === uid(hearings.soon))!.summary).toBe('Permanency hearing');
      expect(body).not.toContain('D-202-JQ');
      expect(body).not.toContain('/cases/');
    }
  });

  it('reaches as far as the case list: the clerk’s court and the analyst’s district, nobody else’s', async () => {
    const mine = [hearings.soon, hearings.past, hearings.later].map(uid);
    for (const role of ['court_clerk', 'cqi_analyst'] as const) {
      const ids = uidsOf((await eventsOf(sessions[role])).events);
      expect(ids, role).toEqual([...mine, uid(hearings.other)].sort());
    }
    expect(uidsOf((await eventsOf(sessions.caseworker)).events)).toEqual(mine.sort());
    expect((await eventsOf(sessions.administrator)).events).toEqual([]);
  });

  it('shows the other district’s judge none of this district’s hearings, and this judge none of theirs', async () => {
    const foreign = uidsOf((await eventsOf(foreignJudge.session!)).events);
    expect(foreign).toEqual([uid(hearings.foreign)]);
    const judge = uidsOf((await eventsOf(sessions.judge)).events);
    expect(judge).not.toContain(uid(hearings.foreign));
  });

  it('raises SEQUENCE when a hearing is moved, and not for a change a calendar does not show', async () => {
    await db.query(
      `UPDATE hearing SET scheduled_start = '2025-06-11T17:00:00Z', scheduled_end = '2025-06-11T18:00:00Z' WHERE id = $1`,
      [hearings.soon],
    );
    let soon = (await eventsOf(sessions.judge)).events.find((e) => e.uid === uid(hearings.soon))!;
    expect([soon.sequence, soon.start, soon.status]).toEqual([1, '2025-06-11T17:00:00.000Z', 'CONFIRMED']);
    // The same room again, a note on the result, or a hand-set sequence change nothing a client sees.
    await db.query(
      'UPDATE hearing SET courtroom_id = courtroom_id, result = $2, sequence = 0 WHERE id = $1',
      [hearings.soon, 'note'],
    );
    soon = (await eventsOf(sessions.judge)).events.find((e) => e.uid === uid(hearings.soon))!;
    expect(soon.sequence).toBe(1);
    await db.query('UPDATE hearing SET courtroom_id = NULL WHERE id = $1', [hearings.soon]);
    soon = (await eventsOf(sessions.judge)).events.find((e) => e.uid === uid(hearings.soon))!;
    expect([soon.sequence, soon.location]).toEqual([2, "Children's Court"]);
  });

  it('marks a cancelled or continued hearing CANCELLED, with a higher SEQUENCE', async () => {
    await db.query(`UPDATE hearing SET status = 'cancelled' WHERE id = $1`, [hearings.soon]);
    await db.query(
      `UPDATE hearing SET status = 'continued', continuance_reason = 'party_not_served' WHERE id = $1`,
      [hearings.later],
    );
    const { events } = await eventsOf(sessions.judge);
    const soon = events.find((e) => e.uid === uid(hearings.soon))!;
    expect([soon.status, soon.sequence]).toEqual(['CANCELLED', 3]);
    expect(soon.summary).toMatch(/^Cancelled: Permanency hearing — case /);
    const later = events.find((e) => e.uid === uid(hearings.later))!;
    expect([later.status, later.sequence]).toEqual(['CANCELLED', 1]);
    expect(later.summary).toMatch(/^Continued: Periodic review — case /);
  });

  it('audits each fetch as the feed’s account, with the number of hearings and no names', async () => {
    const url = await feedUrl(sessions.caseworker);
    await fetchFeed(url);
    const [row] = await db.query<{ actor_id: string; entity_type: string; data: Record<string, unknown> }>(
      `SELECT actor_id, entity_type, data FROM audit_event WHERE action = 'calendar_feed.fetched'
        ORDER BY seq DESC LIMIT 1`,
    );
    expect(row).toMatchObject({
      actor_id: org.accounts.caseworker.id,
      entity_type: 'calendar_feed',
      data: { hearings: 3, truncated: false },
    });
    expect(JSON.stringify(row!.data)).not.toMatch(/Testchild|Mia|Leo|Pat/);
  });

  it('replaces the address on request: the old one answers 404, the new one works', async () => {
    const old = await feedUrl(sessions.court_clerk);
    expect((await fetchFeed(old)).status).toBe(200);
    const res = await as(app, sessions.court_clerk, {
      method: 'POST',
      url: '/api/v1/me/calendar-feed/revoke',
    });
    expect(res.statusCode, res.body).toBe(200);
    const renewed = res.json().url as string;
    expect(renewed).not.toBe(old);
    expect(await feedUrl(sessions.court_clerk)).toBe(renewed);
    const gone = await fetchFeed(old);
    expect(gone.status).toBe(404);
    expect(gone.type).toMatch(/application\/problem\+json/);
    expect((await fetchFeed(renewed)).status).toBe(200);
    // A write: it needs the session's CSRF token, like every other.
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api/v1/me/calendar-feed/revoke',
      headers: { cookie: sessions.court_clerk.cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(await feedUrl(sessions.court_clerk)).toBe(renewed);
  });

  it('answers 404 for an unknown or malformed token, and stops a caller trying many', async () => {
    const bad = (token: string) =>
      app.inject({ method: 'GET', url: `/api/v1/calendar/${token}.ics`, remoteAddress: '10.20.30.40' });
    expect((await bad('A'.repeat(43))).statusCode).toBe(404);
    expect((await bad('short')).statusCode).toBe(404);
    expect((await bad('%27%20OR%201%3D1')).statusCode).toBe(404);
    let last = 0;
    for (let i = 0; i < 30; i += 1) last = (await bad(`x${i}`)).statusCode;
    expect(last).toBe(429);
    const limited = await bad('y');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not held back.
    expect((await fetchFeed(await feedUrl(sessions.judge))).status).toBe(200);
  });

  it('stops a feed polled far more often than any calendar app polls', async () => {
    const url = await feedUrl(sessions.administrator);
    const statuses: number[] = [];
    for (let i = 0; i < 61; i += 1) statuses.push((await fetchFeed(url)).status);
    expect(statuses.slice(0, 55).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('writes the feed in Spanish for an account that prefers it', async () => {
    await db.query(`UPDATE user_account SET preferred_language = 'es' WHERE id = $1`, [
      org.accounts.youth.id,
    ]);
    const { events, body } = await eventsOf(sessions.youth);
    expect(events.find((e) => e.uid === uid(hearings.soon))!.summary).toBe(
      'Cancelada: Audiencia de permanencia',
    );
    expect(body).toContain('X-WR-CALNAME:Audiencias de Hearth');
  });

  it(`carries at most ${FEED_MAX_EVENTS} hearings, the nearest upcoming ones first`, async () => {
    const big = await createOrg(db);
    await db.query(
      `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end)
       SELECT $1, $2, 'periodic_review', $3::timestamptz + n * interval '1 hour',
              $3::timestamptz + n * interval '1 hour' + interval '30 minutes'
         FROM generate_series(-100, $4::int) AS n`,
      [big.jurisdictionId, big.otherCase, TEST_NOW, FEED_MAX_EVENTS + 50],
    );
    const s = await signIn(app, big.accounts.cqi_analyst.email);
    const { events, body } = await eventsOf(s);
    expect(events).toHaveLength(FEED_MAX_EVENTS);
    const starts = events.map((e) => e.start).sort();
    // The past ones go first when the feed is too long; the upcoming ones are all there up to the cap.
    expect(starts[0]! >= TEST_NOW.toISOString()).toBe(true);
    expect(body.replace(/\r\n /g, '')).toContain('the 2000 nearest to today');
  });
});
