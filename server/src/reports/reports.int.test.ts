import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../platform/db.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, signIn, testApp, type Session } from '../../test/http.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';

/**
 * Court reports end to end: each copy is generated through the API, then opened with a real DOCX reader
 * (mammoth) and a real PDF reader (unpdf), and read for what it must and must not say.
 */
let db: Db;
let app: FastifyInstance;
let org: Org;
let hearing: string;
let otherHearing: string;
const s = {} as Record<
  'judge' | 'clerk' | 'caseworker' | 'casa' | 'caregiver' | 'parentAttorney' | 'youth',
  Session
>;

// The values a parent's attorney's copy must leave out, and the judge's (with the grants) must carry.
const WITHHELD = {
  health: 'Asthma; inhaler at school',
  immigration: 'SIJS findings requested',
  caregiverName: 'Rivera foster home',
  caregiverAddress: '77 Hidden Rd SW',
  parentPhone: '505-555-0142',
};

async function one<T>(sql: string, values: unknown[]): Promise<T> {
  return (await db.query<T>(sql, values))[0]!;
}

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
  const j = org.jurisdictionId;
  const addHearing = async (caseId: string, start: string): Promise<string> =>
    (
      await one<{ id: string }>(
        `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end, judge_id, courtroom_id)
         SELECT jurisdiction_id, id, 'periodic_review', $2::timestamptz, $2::timestamptz + interval '30 minutes',
                assigned_judge_id, $3 FROM court_case WHERE id = $1 RETURNING id`,
        [caseId, start, org.courtroom],
      )
    ).id;
  hearing = await addHearing(org.assignedCase, '2025-06-10T15:00:00Z');
  otherHearing = await addHearing(org.otherCase, '2025-06-10T16:00:00Z');
  // The judge holds the grants for health and immigration status; the caseworker for health only.
  await db.query(
    `INSERT INTO sensitive_grant (jurisdiction_id, account_id, field_class, reason)
     VALUES ($1,$2,'health','test'), ($1,$2,'immigration_status','test')`,
    [j, org.accounts.judge.id],
  );
  await db.query(
    `UPDATE person SET mailing_address = '{"line1":"77 Hidden Rd SW","city":"Albuquerque","state":"NM","postalCode":"87105"}'
      WHERE id = $1`,
    [org.accounts.caregiver.personId],
  );
  await db.query(`UPDATE person SET phone = '505-555-0142', primary_language = 'es' WHERE id = $1`, [
    org.parent,
  ]);
  await db.query(
    `INSERT INTO caseworker_visit (jurisdiction_id, child_id, visit_date, location, face_to_face, caseworker_account_id)
     VALUES ($1,$2,'2025-05-14','residence',true,$3)`,
    [j, org.placedChild, org.accounts.caseworker.id],
  );
  await db.query(
    `INSERT INTO permanency_plan (jurisdiction_id, child_id, removal_id, plan_kind, goal, established_date)
     VALUES ($1,$2,$3,'primary','reunification','2025-03-01')`,
    [j, org.placedChild, org.placedRemoval],
  );
  s.judge = await signIn(app, org.accounts.judge.email);
  s.clerk = await signIn(app, org.accounts.court_clerk.email);
  s.caseworker = await signIn(app, org.accounts.caseworker.email);
  s.casa = await signIn(app, org.accounts.casa_volunteer.email);
  s.caregiver = await signIn(app, org.accounts.caregiver.email);
  s.parentAttorney = await signIn(app, org.accounts.parent_attorney.email);
  s.youth = await signIn(app, org.accounts.youth.email);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const url = (
  kind: 'agency' | 'casa',
  recipient: string,
  format: 'docx' | 'pdf',
  h = hearing,
  lang?: string,
) =>
  `/api/v1/hearings/${h}/reports/${kind}?${new URLSearchParams({ recipient, format, ...(lang ? { lang } : {}) })}`;

async function docx(
  session: Session,
  kind: 'agency' | 'casa',
  recipient: string,
  lang?: string,
): Promise<string> {
  const res = await as(app, session, { method: 'GET', url: url(kind, recipient, 'docx', hearing, lang) });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.docx"$/);
  expect(res.headers['cache-control']).toBe('no-store');
  return (await mammoth.extractRawText({ buffer: res.rawPayload })).value;
}

async function pdf(session: Session, kind: 'agency' | 'casa', recipient: string): Promise<string> {
  const res = await as(app, session, { method: 'GET', url: url(kind, recipient, 'pdf') });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), {
    mergePages: true,
  });
  return text;
}

describe(`court reports on ${testDbKind()}`, () => {
  it("gives the parent's attorney a copy without the withheld fields, in DOCX and PDF", async () => {
    for (const text of [
      await docx(s.caseworker, 'agency', 'parent_attorney'),
      await pdf(s.caseworker, 'agency', 'parent_attorney'),
    ]) {
      expect(text).toContain('Agency report to the court');
      expect(text).toContain('Copy for: A parent’s attorney');
      expect(text).toContain('Some information in the records is left out of this copy');
      expect(text).toContain('Withheld from this copy');
      expect(text).toContain('Mia Testchild');
      expect(text).toContain('Foster family (not relatives)');
      for (const value of Object.values(WITHHELD)) expect(text).not.toContain(value);
    }
  });

  it('gives the judge, who holds the grants, a copy with them, in DOCX and PDF', async () => {
    for (const text of [await docx(s.judge, 'agency', 'judge'), await pdf(s.judge, 'agency', 'judge')]) {
      expect(text).toContain('Copy for: The judge');
      for (const value of Object.values(WITHHELD)) expect(text).toContain(value);
      expect(text).toContain('Return home to a parent');
      expect(text).toContain('Periodic review');
    }
  });

  it('never shows the person generating a copy more than they may read themselves', async () => {
    // The caseworker holds the health grant but not immigration status: the judge's copy it makes lacks it.
    const text = await docx(s.caseworker, 'agency', 'judge');
    expect(text).toContain(WITHHELD.health);
    expect(text).not.toContain(WITHHELD.immigration);
    // The clerk holds no sensitive grant: the judge's copy it hands out carries no sensitive class.
    const clerk = await docx(s.clerk, 'agency', 'judge');
    expect(clerk).toContain('Copy for: The judge');
    expect(clerk).not.toContain(WITHHELD.health);
    expect(clerk).toContain(WITHHELD.caregiverName);
  });

  it("writes a parent's copy in the parent's language, unless another is asked for", async () => {
    const text = await docx(s.caseworker, 'agency', 'parent');
    expect(text).toContain('Informe de la agencia al tribunal');
    expect(text).toContain('Copia para: Uno de los padres');
    expect(text).toContain('No se incluye en esta copia');
    for (const value of Object.values(WITHHELD)) expect(text).not.toContain(value);
    expect(await docx(s.caseworker, 'agency', 'parent', 'en')).toContain('Copy for: A parent');
  });

  it('refuses the agency’s report to those who may not generate it, and hides other cases', async () => {
    for (const who of [s.caregiver, s.parentAttorney, s.casa, s.youth]) {
      const res = await as(app, who, { method: 'GET', url: url('agency', 'judge', 'pdf') });
      expect(res.statusCode).toBe(403);
    }
    const other = await as(app, s.caseworker, {
      method: 'GET',
      url: url('agency', 'judge', 'pdf', otherHearing),
    });
    expect(other.statusCode).toBe(404);
    const bad = await as(app, s.caseworker, {
      method: 'GET',
      url: `/api/v1/hearings/${hearing}/reports/agency?recipient=neighbor&format=pdf`,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('audits who generated which copy, for whom, and whether anything was withheld', async () => {
    const rows = await db.query<{ actor_id: string; entity_id: string; data: Record<string, unknown> }>(
      `SELECT actor_id, entity_id, data FROM audit_event WHERE action = 'court_report.generated' AND entity_id = $1
        ORDER BY seq`,
      [hearing],
    );
    const byJudge = rows.find((r) => r.actor_id === org.accounts.judge.id && r.data.format === 'pdf');
    expect(byJudge?.data).toMatchObject({
      kind: 'agency',
      recipient: 'judge',
      format: 'pdf',
      // The judge holds no grant for the other three sensitive classes: those are left out.
      withheld: true,
      language: 'en',
      sensitiveCarried: ['immigration_status', 'health'],
    });
    const forAttorney = rows.find(
      (r) => r.actor_id === org.accounts.caseworker.id && r.data.recipient === 'parent_attorney',
    );
    expect(forAttorney?.data).toMatchObject({ withheld: true, sensitiveCarried: [] });
    expect(forAttorney?.data.childIds).toEqual(expect.arrayContaining([org.placedChild, org.youthChild]));
    const refused = await db.query(`SELECT 1 FROM audit_event WHERE actor_id = $1 AND outcome = 'denied'`, [
      org.accounts.caregiver.id,
    ]);
    expect(refused.length).toBeGreaterThan(0);
    const sensitive = await db.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM audit_event WHERE action = 'sensitive.viewed' AND actor_id = $1 AND entity_id = $2`,
      [org.accounts.judge.id, org.placedChild],
    );
    expect(sensitive.some((r) => r.data.via === 'court_report')).toBe(true);
  });
});

describe('the youth’s statement in a report', () => {
  it('reaches a recipient only if the youth shared it with them (the judge and their GAL always)', async () => {
    const base = `/api/v1/hearings/${hearing}/children/${org.youthChild}/statement`;
    const saved = await as(app, s.youth, {
      method: 'PUT',
      url: base,
      payload: {
        body: 'I want to stay at my school and see my sister Mia.',
        language: 'en',
        sharedWith: ['casa'],
      },
    });
    expect(saved.statusCode, saved.body).toBeLessThan(300);
    const sent = await as(app, s.youth, {
      method: 'POST',
      url: `${base}/send`,
      headers: { 'if-match': String(saved.headers.etag) },
      payload: {},
    });
    expect(sent.statusCode, sent.body).toBeLessThan(300);
    const words = 'I want to stay at my school and see my sister Mia.';
    expect(await docx(s.judge, 'agency', 'judge')).toContain(words);
    expect(await docx(s.judge, 'agency', 'guardian_ad_litem')).toContain(words);
    expect(await docx(s.judge, 'agency', 'casa_volunteer')).toContain(words);
    expect(await docx(s.judge, 'agency', 'parent_attorney')).not.toContain(words);
    expect(await docx(s.judge, 'agency', 'caregiver')).not.toContain(words);
  });
});

describe('the CASA volunteer’s narrative', () => {
  const narrative = {
    observations: 'Mia reads to her foster sister every night.',
    childWishes: 'Mia wants to see her brother Leo more often.',
    recommendations: 'Weekly sibling visits.',
    status: 'draft',
  };
  const put = (who: Session, ifMatch: string | null, body: object = narrative) =>
    as(app, who, {
      method: 'PUT',
      url: `/api/v1/hearings/${hearing}/reports/casa`,
      payload: body,
      headers: ifMatch === null ? {} : { 'if-match': ifMatch },
    });

  it('is empty at version 0 until the CASA volunteer writes it, then guarded by If-Match', async () => {
    const first = await as(app, s.casa, {
      method: 'GET',
      url: `/api/v1/hearings/${hearing}/reports/casa/narrative`,
    });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"0"');
    expect(first.json()).toMatchObject({ status: null, observations: '', version: 0 });
    expect((await put(s.casa, null)).statusCode).toBe(428);
    const saved = await put(s.casa, '"0"');
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.headers.etag).toBe('"1"');
    expect(saved.json()).toMatchObject({ status: 'draft', version: 1, author: 'casa_volunteer tester' });
    const stale = await put(s.casa, '"0"', { ...narrative, recommendations: 'Something else.' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current.recommendations).toBe('Weekly sibling visits.');
    const submitted = await put(s.casa, '"1"', { ...narrative, status: 'submitted' });
    expect(submitted.json()).toMatchObject({ status: 'submitted', version: 2 });
    expect(submitted.json().submittedAt).not.toBeNull();
  });

  it('is written by the CASA volunteer only', async () => {
    for (const who of [s.caseworker, s.judge, s.parentAttorney, s.caregiver])
      expect((await put(who, '"2"')).statusCode).toBe(403);
    const audit = await db.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM audit_event WHERE action = 'court_report.narrative_saved' AND entity_id = $1 ORDER BY seq`,
      [hearing],
    );
    expect(audit.map((r) => r.data.version)).toEqual([1, 2]);
    // The audit names the fields, never the words.
    expect(JSON.stringify(audit)).not.toContain('foster sister');
  });

  it("goes into the CASA's report: the judge's copy has it, the youth's copy leaves it out", async () => {
    const judge = await pdf(s.judge, 'casa', 'judge');
    expect(judge).toContain('CASA volunteer’s report to the court');
    expect(judge).toContain('Mia reads to her foster sister every night.');
    expect(judge).toContain('Submitted to the court');
    const youth = await docx(s.casa, 'casa', 'youth');
    expect(youth).toContain('Copy for: The youth');
    expect(youth).not.toContain('Mia reads to her foster sister');
    expect(youth).not.toContain(WITHHELD.health);
    // The clerk hands out copies of the CASA's report too; the caseworker may not generate it.
    expect((await as(app, s.clerk, { method: 'GET', url: url('casa', 'tribe', 'pdf') })).statusCode).toBe(
      200,
    );
    expect(
      (await as(app, s.caseworker, { method: 'GET', url: url('casa', 'judge', 'pdf') })).statusCode,
    ).toBe(403);
  });
});
