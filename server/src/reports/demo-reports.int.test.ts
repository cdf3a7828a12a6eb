import mammoth from 'mammoth';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../platform/db.ts';
import { DEMO_PASSWORD, loadDemoData } from '../seed/demo.ts';
import { as, signIn, testApp } from '../../test/http.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';

/** The demo's court reports: the CASA volunteer's draft for an upcoming hearing, and copies made from it. */
let db: Db;
let app: FastifyInstance;
const TODAY = new Date('2026-11-23T17:00:00Z');

beforeAll(async () => {
  db = await createTestDb();
  await loadDemoData(db, { today: '2026-11-23' });
  app = (await testApp(db, { now: () => TODAY })).app;
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const docxText = async (payload: Buffer): Promise<string> =>
  (await mammoth.extractRawText({ buffer: payload })).value;

describe(`demo court reports on ${testDbKind()}`, () => {
  it("gives the CASA volunteer a draft narrative for an upcoming hearing, and the judge's copy carries it", async () => {
    const [row] = await db.query<{ hearing_id: string; status: string; starts: Date }>(
      `SELECT r.hearing_id, r.status, h.scheduled_start AS starts FROM court_report r JOIN hearing h ON h.id = r.hearing_id
        WHERE r.kind = 'casa'`,
    );
    expect(row?.status).toBe('draft');
    expect(new Date(row!.starts).getTime()).toBeGreaterThan(new Date('2026-11-23T00:00:00Z').getTime());
    const casa = await signIn(app, 'casa@demo.hearth', DEMO_PASSWORD);
    const narrative = await as(app, casa, {
      method: 'GET',
      url: `/api/v1/hearings/${row!.hearing_id}/reports/casa/narrative`,
    });
    expect(narrative.statusCode).toBe(200);
    expect(narrative.json().observations).toMatch(/^Synthetic record\./);
    const copy = await as(app, casa, {
      method: 'GET',
      url: `/api/v1/hearings/${row!.hearing_id}/reports/casa?recipient=judge&format=docx`,
    });
    expect(copy.statusCode).toBe(200);
    expect(await docxText(copy.rawPayload)).toContain('Synthetic record. I visited');
  });

  it("makes the agency's report of every hearing on the caseworker's cases for each recipient", async () => {
    const hearings = await db.query<{ id: string }>(
      `SELECT DISTINCT ON (h.case_id) h.id FROM hearing h
         JOIN case_participant cp ON cp.case_id = h.case_id AND cp.end_date IS NULL
         JOIN user_account a ON a.id = cp.account_id AND a.email = 'caseworker@demo.hearth'
        WHERE h.status = 'scheduled' ORDER BY h.case_id, h.scheduled_start LIMIT 4`,
    );
    expect(hearings.length).toBeGreaterThan(0);
    const caseworker = await signIn(app, 'caseworker@demo.hearth', DEMO_PASSWORD);
    for (const h of hearings)
      for (const recipient of ['judge', 'parent_attorney', 'caregiver', 'youth', 'tribe'])
        for (const format of ['docx', 'pdf']) {
          const res = await as(app, caseworker, {
            method: 'GET',
            url: `/api/v1/hearings/${h.id}/reports/agency?recipient=${recipient}&format=${format}`,
          });
          expect(res.statusCode, `${h.id} ${recipient} ${format}: ${res.body.slice(0, 200)}`).toBe(200);
        }
  });
});
