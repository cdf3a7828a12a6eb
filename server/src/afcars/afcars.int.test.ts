import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collapseRaceEthnicity, todayOf } from '@hearth/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditContext } from '../audit/audit-log.ts';
import { exportInterchange } from '../export/interchange.ts';
import type { Db } from '../platform/db.ts';
import { seedJurisdiction } from '../seed/synthetic.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, signIn, testApp, TEST_NOW } from '../../test/http.ts';
import { interchangeContractErrors, readCsvTable } from '../../test/interchange-contract.ts';
import { runCqiFolder } from '../interchange/run-cqi.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import { checkReportPeriod, exportAfcars } from './afcars-export.ts';
import { formatAfcarsProblem, importAfcars } from './import.ts';

/**
 * The AFCARS export against a demo-like synthetic district (seedJurisdiction, "today" 2026-11-23), read
 * back by the import and compared with the database's own interchange export, and the download route.
 */
const TODAY = '2026-11-23';
const clock = { now: () => new Date(`${TODAY}T19:00:00Z`) };
const audit = (jurisdictionId: string): AuditContext => ({
  actorId: 'system',
  actorLabel: 'hearth afcars export (test)',
  jurisdictionId,
  requestId: null,
  ip: null,
  now: clock.now,
});

let db: Db;
let work: string;
let district: string;
let other: string;

beforeAll(async () => {
  db = await createTestDb();
  work = await mkdtemp(join(tmpdir(), 'hearth-afcars-'));
  const base = { district: '2nd', counties: ['Bernalillo', 'Sandoval', 'Valencia'], today: TODAY };
  district = (
    await seedJurisdiction(db, { ...base, code: 'AFC-RT', name: 'Round trip', children: 250, seed: 11 })
  ).jurisdictionId;
  other = (await seedJurisdiction(db, { ...base, code: 'AFC-OTHER', name: 'Other', children: 20, seed: 12 }))
    .jurisdictionId;
}, 240_000);
afterAll(async () => {
  await db.close();
  await rm(work, { recursive: true, force: true });
});

const key = (...parts: (string | undefined)[]): string => parts.map((p) => p ?? '').join('|');
const sortRows = (rows: string[][]): string[][] =>
  rows.map((r) => [...r]).sort((a, b) => (key(...a) < key(...b) ? -1 : 1));

describe(`AFCARS round trip on ${testDbKind()}`, { timeout: 240_000 }, () => {
  let xmlFile: string;
  let dbDir: string;
  let rtDir: string;
  let exported: Awaited<ReturnType<typeof exportAfcars>>;

  beforeAll(async () => {
    xmlFile = join(work, 'afcars.xml');
    dbDir = join(work, 'db');
    rtDir = join(work, 'roundtrip');
    await exportInterchange(db, { jurisdictionId: district, outDir: dbDir, audit: audit(district) });
    exported = await exportAfcars(db, {
      jurisdictionId: district,
      outFile: xmlFile,
      clock,
      audit: audit(district),
      batchSize: 37, // pages that do not divide the children evenly
    });
  });

  it('writes the period that holds today, and reads back without an error into a folder the contract accepts', async () => {
    expect(exported.reportPeriod).toBe('202703');
    expect(exported.records).toBe(250);
    // The removals were recorded when the seed ran (recorded_at, E70): not after the real today.
    const today = [TODAY, todayOf({ now: () => new Date() })].sort()[1]!;
    const result = await importAfcars({ inputs: [xmlFile], outDir: rtDir, today });
    expect(result.errors.map(formatAfcarsProblem)).toEqual([]);
    expect(result.records).toBe(250);
    expect(interchangeContractErrors(rtDir)).toEqual([]);
    const cqi = await runCqiFolder(rtDir, { periodStart: '2025-10-01', workers: 1 });
    expect(cqi.errors).toEqual([]);
    expect(cqi.result).not.toBeNull();
    expect(existsSync(join(rtDir, 'maltreatment.csv'))).toBe(false); // AFCARS has no maltreatment reports
  });

  it('children: the same ids, births and sex; race as the export writes it, except an unspecified "two or more"; no county', async () => {
    const people = await db.query<{ afcars_id: string; race_ethnicity: string[] }>(
      'SELECT c.afcars_id, p.race_ethnicity FROM child c JOIN person p ON p.id = c.person_id WHERE c.jurisdiction_id = $1',
      [district],
    );
    const races = new Map(people.map((p) => [p.afcars_id, p.race_ethnicity]));
    const fromDb = readCsvTable(join(dbDir, 'children.csv')).rows;
    const back = new Map(readCsvTable(join(rtDir, 'children.csv')).rows.map((r) => [r.child_id, r]));
    expect([...back.keys()].sort()).toEqual(fromDb.map((r) => r.child_id).sort());
    let unspecified = 0;
    for (const row of fromDb) {
      const got = back.get(row.child_id)!;
      expect([got.birth_date, got.sex], row.child_id).toEqual([row.birth_date, row.sex]);
      // AFCARS has one flag per race (E13–E17) and E21: "two or more" without which cannot be written.
      const expected =
        collapseRaceEthnicity(races.get(row.child_id!)!.filter((v) => v !== 'two_or_more')) ?? '';
      if (expected !== row.race_ethnicity) unspecified += 1;
      expect(got.race_ethnicity, row.child_id).toBe(expected);
      expect(row.county).toMatch(/^[A-Z][a-z]+$/); // a county name, not a FIPS code: E3 stays empty
      expect(got.county).toBe('');
    }
    expect(unspecified).toBe(exported.omitted['race.two_or_more_unspecified'] ?? 0);
  });

  it('removals: every episode with its dates and exit reason; not the adjudication date or Hearth’s id', () => {
    const fromDb = readCsvTable(join(dbDir, 'removals.csv')).rows;
    const back = readCsvTable(join(rtDir, 'removals.csv')).rows;
    const shape = (r: Record<string, string>) => [
      r.child_id!,
      r.removal_date!,
      r.discharge_date!,
      r.discharge_reason!,
    ];
    expect(sortRows(back.map(shape))).toEqual(sortRows(fromDb.map(shape)));
    expect(fromDb.some((r) => r.adjudication_date)).toBe(true);
    expect(
      back.every(
        (r) => r.adjudication_date === '' && r.removal_id === `R${r.removal_date!.replaceAll('-', '')}`,
      ),
    ).toBe(true);
    expect(back.filter((r) => r.discharge_date && r.discharge_date < '2022-10-01').length).toBeGreaterThan(0);
  });

  it('placements of 2020-rule episodes: same starts and settings, no respite or "other", each ending where the next begins', () => {
    const episodes = new Map(readCsvTable(join(dbDir, 'removals.csv')).rows.map((r) => [r.removal_id!, r]));
    const byRemoval = new Map<string, Record<string, string>[]>();
    let dropped = 0;
    let historical = 0;
    for (const p of readCsvTable(join(dbDir, 'placements.csv')).rows) {
      const e = episodes.get(p.removal_id!)!;
      if (e.discharge_date && e.discharge_date < '2022-10-01')
        historical += 1; // removal_1993: no arrangements
      else if (p.setting === 'respite' || p.setting === 'other')
        dropped += 1; // no E120 code
      else byRemoval.set(p.removal_id!, [...(byRemoval.get(p.removal_id!) ?? []), p]);
    }
    const expected: string[][] = [];
    let sameEnd = 0;
    for (const [removalId, list] of byRemoval) {
      const e = episodes.get(removalId)!;
      list.sort((a, b) => (a.start_date! < b.start_date! ? -1 : 1));
      list.forEach((p, i) => {
        const end = list[i + 1]?.start_date ?? e.discharge_date!;
        if (end === p.end_date) sameEnd += 1;
        expected.push([p.child_id!, e.removal_date!, p.start_date!, end, p.setting!]);
      });
    }
    const back = readCsvTable(join(rtDir, 'placements.csv')).rows;
    expect(
      sortRows(
        back.map((p) => [
          p.child_id!,
          `${p.removal_id!.slice(1, 5)}-${p.removal_id!.slice(5, 7)}-${p.removal_id!.slice(7)}`,
          p.start_date!,
          p.end_date!,
          p.setting!,
        ]),
      ),
    ).toEqual(sortRows(expected));
    // Only the arrangement before a dropped respite or "other" placement ends later than in Hearth.
    expect(expected.length - sameEnd).toBeLessThanOrEqual(dropped);
    expect(back.every((p) => p.provider_id === '')).toBe(true);
    expect(dropped).toBe(
      (exported.omitted['placement.respite'] ?? 0) + (exported.omitted['placement.other'] ?? 0),
    );
    expect(historical).toBe(exported.omitted['placement.historical'] ?? 0);
    expect(new Set(back.map((p) => p.setting))).toContain('trial_home_visit');
  });

  it('visits: the face-to-face visits inside 2020-rule episodes, with their location', () => {
    const episodes = readCsvTable(join(dbDir, 'removals.csv')).rows.filter(
      (e) => !e.discharge_date || e.discharge_date >= '2022-10-01',
    );
    const inside = (v: Record<string, string>) =>
      episodes.some(
        (e) =>
          e.child_id === v.child_id &&
          e.removal_date! <= v.visit_date! &&
          (!e.discharge_date || v.visit_date! <= e.discharge_date),
      );
    const fromDb = readCsvTable(join(dbDir, 'visits.csv')).rows;
    const expected = fromDb.filter((v) => v.face_to_face === 'true' && inside(v));
    const back = readCsvTable(join(rtDir, 'visits.csv')).rows;
    const shape = (v: Record<string, string>) => [v.child_id!, v.visit_date!, v.location!, v.face_to_face!];
    expect(sortRows(back.map(shape))).toEqual(sortRows(expected.map(shape)));
    expect(fromDb.filter((v) => v.face_to_face === 'false')).toHaveLength(
      exported.omitted['visit.not_face_to_face'] ?? 0,
    );
  });

  it('writes the primary plans, reviews and permanency hearings of 2020-rule episodes', async () => {
    // These elements exist only inside removal_2020 (a removal_1993 holds E69, E153 and E155).
    const xml = await readFile(xmlFile, 'utf8');
    const count = (name: string) => xml.split(`<${name}>`).length - 1;
    const [expected] = await db.query<{ plans: number; e149: number; e150: number }>(
      `WITH current AS (
         SELECT r.* FROM removal_episode r
          WHERE r.jurisdiction_id = $1 AND (r.discharge_date IS NULL OR r.discharge_date >= '2022-10-01'))
       SELECT
         (SELECT count(*)::int FROM permanency_plan p JOIN current r ON r.id = p.removal_id
           WHERE p.plan_kind = 'primary') AS plans,
         (SELECT count(DISTINCT (r.id, (h.scheduled_start AT TIME ZONE 'America/Denver')::date))::int FROM hearing h
            JOIN case_child cc ON cc.case_id = h.case_id JOIN current r ON r.child_id = cc.child_id
           WHERE h.status = 'held' AND h.hearing_type IN ('periodic_review', 'initial_judicial_review')
             AND (h.scheduled_start AT TIME ZONE 'America/Denver')::date BETWEEN r.removal_date
                 AND coalesce(r.discharge_date, '2027-03-31')) AS e149,
         (SELECT count(DISTINCT (r.id, (h.scheduled_start AT TIME ZONE 'America/Denver')::date))::int FROM hearing h
            JOIN case_child cc ON cc.case_id = h.case_id JOIN current r ON r.child_id = cc.child_id
           WHERE h.status = 'held' AND h.hearing_type IN ('permanency', 'permanency_review')
             AND (h.scheduled_start AT TIME ZONE 'America/Denver')::date BETWEEN r.removal_date
                 AND coalesce(r.discharge_date, '2027-03-31')) AS e150`,
      [district],
    );
    expect({
      plans: count('E147_permanency_plan_date'),
      e149: count('E149_periodic_review_date'),
      e150: count('E150_permanency_hearing_date'),
    }).toEqual(expected);
    expect(expected!.e149 + expected!.e150).toBeGreaterThan(0);
  });

  it('audits the export once, and writes only the district’s children', async () => {
    const rows = await db.query<{ data: Record<string, unknown>; entity_id: string }>(
      `SELECT data, entity_id FROM audit_event WHERE action = 'data.exported' AND data->>'format' = 'afcars-2020'`,
    );
    expect(rows).toEqual([
      { entity_id: district, data: { v: 1, format: 'afcars-2020', reportPeriod: '202703', records: 250 } },
    ]);
    const xml = await readFile(xmlFile, 'utf8');
    const theirs = await db.query<{ afcars_id: string }>(
      'SELECT afcars_id FROM child WHERE jurisdiction_id = $1',
      [other],
    );
    // 250 records, one per child of the district: none of the other district's 20.
    expect(theirs.length).toBe(20);
    expect(xml.match(/<E4_child_record_number>/g)).toHaveLength(250);
    expect(xml).toContain('<E1_title_iv_agency>35</E1_title_iv_agency>');
  });

  it('an earlier reporting period leaves out what came after it', async () => {
    const file = join(work, 'afcars-202303.xml');
    const r = await exportAfcars(db, {
      jurisdictionId: district,
      outFile: file,
      reportPeriod: '202303',
      clock,
      audit: audit(district),
    });
    expect(r.reportPeriod).toBe('202303');
    expect(r.records).toBeLessThan(250);
    expect(r.omitted['removal.after_period']).toBeGreaterThan(0);
    const today = [TODAY, todayOf({ now: () => new Date() })].sort()[1]!;
    const result = await importAfcars({ inputs: [file], outDir: join(work, 'rt-202303'), today });
    expect(result.errors.map(formatAfcarsProblem)).toEqual([]);
    const removals = readCsvTable(join(work, 'rt-202303', 'removals.csv')).rows;
    expect(
      removals.every(
        (r) => r.removal_date! <= '2023-03-31' && (!r.discharge_date || r.discharge_date <= '2023-03-31'),
      ),
    ).toBe(true);
  });

  it('refuses a period before the 2020 rule, and leaves no file and an earlier export untouched on failure', async () => {
    expect(() => checkReportPeriod('202209')).toThrow(
      '--report-period 202209 ends before 2022-10-01, when the 2020 rule took effect',
    );
    expect(() => checkReportPeriod('202212')).toThrow(
      '--report-period must be YYYY03 or YYYY09 (got "202212")',
    );
    const file = join(work, 'kept.xml');
    await writeFile(file, 'earlier export');
    await expect(
      exportAfcars(db, {
        jurisdictionId: district,
        outFile: file,
        reportPeriod: '202209',
        clock,
        audit: audit(district),
      }),
    ).rejects.toThrow(/ends before 2022-10-01/);
    expect(await readFile(file, 'utf8')).toBe('earlier export');
    expect((await readdir(work)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe(`GET /api/v1/data/afcars.xml on ${testDbKind()}`, () => {
  let app: FastifyInstance;
  let org: Org;
  beforeAll(async () => {
    app = (await testApp(db)).app;
    org = await createOrg(db);
  });
  afterAll(async () => {
    await app.close();
  });

  const auditRows = (accountId: string) =>
    db.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM audit_event WHERE actor_id = $1 AND action = 'data.exported' ORDER BY seq`,
      [accountId],
    );

  it('sends the analyst’s jurisdiction as an attachment, as `hearth afcars export` writes it, and audits it', async () => {
    const analyst = await signIn(app, org.accounts.cqi_analyst.email);
    const res = await as(app, analyst, { method: 'GET', url: '/api/v1/data/afcars.xml' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="afcars-202509.xml"'); // 2 June 2025
    expect(res.headers['cache-control']).toBe('no-store');
    const file = join(work, 'api.xml');
    await exportAfcars(db, {
      jurisdictionId: org.jurisdictionId,
      outFile: file,
      clock: { now: () => TEST_NOW },
      audit: audit(org.jurisdictionId),
    });
    expect(res.body).toBe(await readFile(file, 'utf8'));
    const ids = await db.query<{ afcars_id: string }>(
      `SELECT DISTINCT c.afcars_id FROM child c JOIN removal_episode r ON r.child_id = c.id
        WHERE c.jurisdiction_id = $1 AND r.removal_date <= '2025-09-30' ORDER BY 1`,
      [org.jurisdictionId],
    );
    const written = [...res.body.matchAll(/<E4_child_record_number>([^<]*)</g)].map((m) => m[1]);
    expect(written.length).toBeGreaterThan(0);
    expect(written).toEqual(ids.map((r) => r.afcars_id.replaceAll('&', '&amp;').replaceAll('<', '&lt;')));
    expect((await auditRows(org.accounts.cqi_analyst.id)).map((r) => r.data)).toEqual([
      { v: 1, format: 'afcars-2020', reportPeriod: '202509', records: written.length },
    ]);
  });

  it('takes a reporting period, and names a bad one', async () => {
    const analyst = await signIn(app, org.accounts.cqi_analyst.email);
    const ok = await as(app, analyst, { method: 'GET', url: '/api/v1/data/afcars.xml?reportPeriod=202503' });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('<E2_report_date>202503</E2_report_date>');
    for (const [period, detail] of [
      ['202506', 'A reporting period is YYYY03 or YYYY09.'],
      ['202209', '202209 ends before 2022-10-01, when the 2020 rule took effect'],
    ]) {
      const bad = await as(app, analyst, {
        method: 'GET',
        url: `/api/v1/data/afcars.xml?reportPeriod=${period}`,
      });
      expect(bad.statusCode, period).toBe(400);
      expect(bad.json().errors, period).toEqual([
        expect.objectContaining({ field: 'query.reportPeriod', detail }),
      ]);
    }
  });

  it('refuses roles without the export right, and asks anyone not signed in to sign in', async () => {
    for (const role of ['judge', 'supervisor', 'caseworker', 'youth'] as const) {
      const s = await signIn(app, org.accounts[role].email);
      const res = await as(app, s, { method: 'GET', url: '/api/v1/data/afcars.xml' });
      expect(res.statusCode, role).toBe(403);
      expect(res.body).not.toMatch(/E4_child_record_number/);
      expect(await auditRows(org.accounts[role].id), role).toHaveLength(0);
    }
    expect((await app.inject('/api/v1/data/afcars.xml')).statusCode).toBe(401);
  });
});
