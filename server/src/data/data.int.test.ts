import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../platform/db.ts';
import { exportInterchange, INTERCHANGE_FILES, interchangeCsvChunks } from '../export/interchange.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, signIn, testApp, type Session } from '../../test/http.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';

/**
 * The analyst's entry into data: the Data page's counts and the interchange downloads, on a database of
 * its own. "Today" is the API tests' fixed 2025-06-02 (Mountain Time), so the counts below are exact.
 */
let db: Db;
let app: FastifyInstance;
let org: Org;
let analyst: Session;

/** RFC 4180 as the exporter writes it (LF line ends, quotes doubled), read back for the assertions. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',' || ch === '\n') {
      record.push(field);
      field = '';
      if (ch === '\n') {
        records.push(record);
        record = [];
      }
    } else {
      field += ch;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with a line feed');
  return records;
}

const auditRows = async (accountId: string, action: string): Promise<{ data: Record<string, unknown> }[]> =>
  db.query('SELECT data FROM audit_event WHERE actor_id = $1 AND action = $2 ORDER BY seq', [
    accountId,
    action,
  ]);

const hearing = (caseId: string, start: string, status = 'scheduled', jurisdictionId = org.jurisdictionId) =>
  db.query(
    `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end, status)
     VALUES ($1, $2, 'periodic_review', $3::timestamptz, $3::timestamptz + interval '30 minutes', $4)`,
    [jurisdictionId, caseId, start, status],
  );

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
  analyst = await signIn(app, org.accounts.cqi_analyst.email);
  const foreignJurisdiction = (
    await db.query<{ jurisdiction_id: string }>('SELECT jurisdiction_id FROM court_case WHERE id = $1', [
      org.foreignCase,
    ])
  )[0]!.jurisdiction_id;
  // Hearings around "this month" (June 2025 in Albuquerque), with the edges that count and those that do not.
  await hearing(org.assignedCase, '2025-06-01T06:30:00Z'); // 00:30 on 1 June, Mountain Time: counts
  await hearing(org.assignedCase, '2025-06-01T05:30:00Z'); // 23:30 on 31 May, Mountain Time: does not
  await hearing(org.otherCase, '2025-06-30T20:00:00Z'); // counts
  await hearing(org.otherCase, '2025-06-10T16:00:00Z', 'held'); // counts: held is still a hearing of June
  await hearing(org.otherCase, '2025-06-11T16:00:00Z', 'vacated'); // does not
  await hearing(org.otherCase, '2025-07-01T07:00:00Z'); // 01:00 on 1 July: does not
  await hearing(org.foreignCase, '2025-06-12T16:00:00Z', 'scheduled', foreignJurisdiction); // another district
  // A closed case whose child went home in March: not open, not in care, removed last year.
  const [person] = await db.query<{ id: string }>(
    `INSERT INTO person (jurisdiction_id, given_name, family_name, birth_date)
     VALUES ($1, 'Quinn', 'Homeagain', '2014-04-04') RETURNING id`,
    [org.jurisdictionId],
  );
  const [child] = await db.query<{ id: string }>(
    `INSERT INTO child (jurisdiction_id, person_id, afcars_id, county) VALUES ($1, $2, 'Q-HOME-1, "quoted"', 'Bernalillo') RETURNING id`,
    [org.jurisdictionId, person!.id],
  );
  const [closed] = await db.query<{ id: string }>(
    `INSERT INTO court_case (jurisdiction_id, court_id, petition_number, filing_date, status, closed_date)
     VALUES ($1, $2, $3, '2024-10-01', 'closed', '2025-03-01') RETURNING id`,
    [org.jurisdictionId, org.court, `D-202-JQ-2024-${org.jurisdictionId.slice(0, 5)}`],
  );
  await db.query('INSERT INTO case_child (case_id, child_id, jurisdiction_id) VALUES ($1, $2, $3)', [
    closed!.id,
    child!.id,
    org.jurisdictionId,
  ]);
  await db.query(
    `INSERT INTO removal_episode (jurisdiction_id, child_id, case_id, removal_date, removal_manner, discharge_date, discharge_reason)
     VALUES ($1, $2, $3, '2024-09-30', 'court_ordered', '2025-03-01', 'reunification')`,
    [org.jurisdictionId, child!.id, closed!.id],
  );
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe(`data routes on ${testDbKind()}`, () => {
  it("counts the district's data for the analyst, as of today in the court's time zone, and audits the look", async () => {
    const res = await as(app, analyst, { method: 'GET', url: '/api/v1/data/summary' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      asOf: '2025-06-02',
      openCases: 2, // the assigned and the other case; the closed one and the other district's are not
      childrenInCare: 3, // the three children removed on 5 January; the one sent home in March is not
      removalsThisYear: 3, // those three; the removal of September 2024 is last year's
      hearingsThisMonth: 3, // 1 June 00:30, 10 June (held), 30 June
    });
    expect(await auditRows(org.accounts.cqi_analyst.id, 'cqi.viewed')).toHaveLength(1);
  });

  it('gives the same counts to every role that may read outcome indicators, and refuses the others', async () => {
    for (const role of ['judge', 'supervisor'] as const) {
      const s = await signIn(app, org.accounts[role].email);
      const res = await as(app, s, { method: 'GET', url: '/api/v1/data/summary' });
      expect(res.json(), role).toMatchObject({ openCases: 2, childrenInCare: 3, hearingsThisMonth: 3 });
    }
    for (const role of ['caseworker', 'parent_attorney', 'caregiver', 'youth', 'administrator'] as const) {
      const s = await signIn(app, org.accounts[role].email);
      const res = await as(app, s, { method: 'GET', url: '/api/v1/data/summary' });
      expect(res.statusCode, role).toBe(403);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(await auditRows(org.accounts[role].id, 'access.denied'), role).toHaveLength(1);
    }
  });

  it('streams children.csv as an attachment, parsed back to the header and the district’s children only', async () => {
    const res = await as(app, analyst, { method: 'GET', url: '/api/v1/data/interchange/children.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="children.csv"');
    expect(res.headers['cache-control']).toBe('no-store');
    const [header, ...rows] = parseCsv(res.body);
    expect(header).toEqual(['child_id', 'birth_date', 'sex', 'race_ethnicity', 'county']);
    const ids = await db.query<{ afcars_id: string }>(
      'SELECT afcars_id FROM child WHERE jurisdiction_id = $1 ORDER BY afcars_id',
      [org.jurisdictionId],
    );
    expect(rows.map((r) => r[0])).toEqual(ids.map((r) => r.afcars_id));
    expect(rows.map((r) => r[0])).toContain('Q-HOME-1, "quoted"'); // quoted and unquoted again intact
    expect(rows.every((r) => r.length === 5)).toBe(true);
    const [audit] = await auditRows(org.accounts.cqi_analyst.id, 'data.exported');
    expect(audit?.data).toMatchObject({ format: 'interchange', file: 'children.csv' });
  });

  it('serves every interchange file byte for byte as `hearth export` writes it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hearth-data-'));
    try {
      await exportInterchange(db, {
        jurisdictionId: org.jurisdictionId,
        outDir: dir,
        audit: {
          actorId: 'system',
          actorLabel: 'test',
          jurisdictionId: org.jurisdictionId,
          requestId: null,
          ip: null,
          now: () => new Date(),
        },
      });
      for (const file of INTERCHANGE_FILES) {
        const res = await as(app, analyst, { method: 'GET', url: `/api/v1/data/interchange/${file}` });
        expect(res.statusCode, file).toBe(200);
        expect(res.body, file).toBe(await readFile(join(dir, file), 'utf8'));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const removals = parseCsv(
      (await as(app, analyst, { method: 'GET', url: '/api/v1/data/interchange/removals.csv' })).body,
    );
    expect(removals).toHaveLength(1 + 4); // header, and the four removals of the district (not the other's)
  });

  it('reads a file in batches without losing or repeating a row', async () => {
    const whole: string[] = [];
    for await (const chunk of interchangeCsvChunks(db, 'removals.csv', org.jurisdictionId)) whole.push(chunk);
    const batched: string[] = [];
    for await (const chunk of interchangeCsvChunks(db, 'removals.csv', org.jurisdictionId, 1))
      batched.push(chunk);
    expect(batched.length).toBe(1 + 4);
    expect(batched.join('')).toBe(whole.join(''));
  });

  it('lets the administrator export too, and refuses roles without the export right', async () => {
    const admin = await signIn(app, org.accounts.administrator.email);
    expect(
      (await as(app, admin, { method: 'GET', url: '/api/v1/data/interchange/visits.csv' })).statusCode,
    ).toBe(200);
    for (const role of ['judge', 'supervisor', 'caseworker', 'guardian_ad_litem', 'youth'] as const) {
      const s = await signIn(app, org.accounts[role].email);
      const res = await as(app, s, { method: 'GET', url: '/api/v1/data/interchange/children.csv' });
      expect(res.statusCode, role).toBe(403);
      expect(res.body).not.toMatch(/child_id/);
      expect(await auditRows(org.accounts[role].id, 'data.exported'), role).toHaveLength(0);
    }
  });

  it('names a file that is not an interchange file, and asks anyone not signed in to sign in', async () => {
    const bad = await as(app, analyst, { method: 'GET', url: '/api/v1/data/interchange/passwords.csv' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'params.file' })]);
    const anonymous = await app.inject('/api/v1/data/interchange/children.csv');
    expect(anonymous.statusCode).toBe(401);
    expect((await app.inject('/api/v1/data/summary')).statusCode).toBe(401);
  });
});
