import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from 'unpdf';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import type { Db } from '../platform/db.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, fixedClock, signIn, type Session } from '../../test/http.ts';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import { NO_MAIL_SERVER } from './notice.service.ts';

/**
 * Notices of hearings over a real SMTP server on loopback: who gets one, in which language, the PDF for
 * mail, the ICWA waiting period, proof of service, and who may see and send them.
 */

let db: Db;
let sink: SmtpSink;
let app: FastifyInstance;
let org: Org;
let clerk: Session;

// 9:30 a.m. in Albuquerque (daylight time, UTC−6), six weeks after the tests' today (2 June 2025).
const HEARING_START = '2025-07-14T15:30:00Z';
const CHILD_NAMES = /Mia|Leo|Ivy|Testchild/;

async function schedule(o: Org, s: Session, hearingType: string, start: string, caseId = o.assignedCase) {
  const end = new Date(new Date(start).getTime() + 30 * 60_000).toISOString();
  const res = await as(app, s, {
    method: 'POST',
    url: `/api/v1/cases/${caseId}/hearings`,
    payload: { hearingType, scheduledStart: start, scheduledEnd: end, courtroomId: o.courtroom },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

const sendNotices = (s: Session, hearingId: string) =>
  as(app, s, { method: 'POST', url: `/api/v1/hearings/${hearingId}/notices` });

const address = (line1: string, organization?: string) =>
  JSON.stringify({
    ...(organization ? { organization } : {}),
    line1,
    city: 'Albuquerque',
    state: 'NM',
    postalCode: '87102',
  });

beforeAll(async () => {
  db = await createTestDb();
  sink = await startSmtpSink();
  ({ app } = await buildApp({
    db,
    clock: fixedClock,
    smtpUrl: sink.url,
    smtpFrom: 'Court <court@test.hearth>',
  }));
  org = await createOrg(db);
  // The foster mother speaks Spanish; the mother has no e-mail but a mailing address.
  await db.query(`UPDATE person SET primary_language = 'es', languages = '{es,en}' WHERE id = $1`, [
    org.accounts.caregiver.personId,
  ]);
  await db.query('UPDATE person SET mailing_address = $2 WHERE id = $1', [
    org.parent,
    address('12 Demo Lane NW'),
  ]);
  clerk = await signIn(app, org.accounts.court_clerk.email);
});
afterAll(async () => {
  await app.close();
  await sink.stop();
  await db.close();
});

describe(`notices of a hearing on ${testDbKind()}`, () => {
  let hearingId: string;
  let log: {
    notices: {
      id: string;
      role: string;
      channel: string;
      language: string;
      recipient: { name: string; personId: string };
      delivery: { status: string; smtpMessageId: string | null; detail: string | null };
      pdf: { sha256: string } | null;
      proof: { method: string; servedDate: string } | null;
      version: number;
    }[];
    recipients: { role: string; channel: string; name: string }[];
  };

  it('e-mails every recipient with an address, each in their language, with no child named in the subject', async () => {
    hearingId = await schedule(org, clerk, 'periodic_review', HEARING_START);
    const res = await sendNotices(clerk, hearingId);
    expect(res.statusCode, res.body).toBe(201);
    log = res.json();
    const roles = log.notices.map((n) => `${n.role}:${n.channel}`).sort();
    expect(roles).toEqual(
      [
        'agency_attorney:email',
        'caregiver:email',
        'casa_volunteer:email',
        'caseworker:email',
        'guardian_ad_litem:email',
        'parent:mail',
        'parent_attorney:email',
        // Leo is 15 on the hearing day: noticed in his own name (NM pack, 14 and older).
        'youth:email',
      ].sort(),
    );
    const emailRoles = [
      'agency_attorney',
      'casa_volunteer',
      'caseworker',
      'guardian_ad_litem',
      'parent_attorney',
      'caregiver',
      'youth',
    ] as const;
    for (const role of emailRoles) {
      const notice = log.notices.find((n) => n.role === role)!;
      expect(notice.delivery.status, role).toBe('sent');
      expect(notice.proof?.method).toBe('email');
      const to = org.accounts[role === 'youth' ? 'youth' : role].email;
      const mail = sink.messages.find((m) => m.to.includes(to));
      expect(mail, `${role}'s e-mail arrived`).toBeDefined();
      expect(mail!.headers.get('message-id')).toBe(notice.delivery.smtpMessageId);
      expect(mail!.subject).not.toMatch(CHILD_NAMES);
      expect(mail!.subject).toContain('D-202-JQ-2025-');
      // The body names the recipient, the hearing and its time in court time.
      expect(mail!.text).toContain(notice.recipient.name);
      if (role === 'caregiver') {
        expect(notice.language).toBe('es');
        expect(mail!.headers.get('content-language')).toBe('es');
        expect(mail!.subject).toMatch(/^Aviso de audiencia: Audiencia de revisión periódica/);
        expect(mail!.text).toContain('lunes, 14 de julio de 2025, 9:30 a.m. (hora de la montaña)');
        expect(mail!.text).toMatch(/derecho a ser escuchado\. Esto no lo convierte en parte del caso/);
        expect(mail!.text).toMatch(/intérprete/);
      } else {
        expect(notice.language).toBe('en');
        expect(mail!.subject).toMatch(/^Notice of hearing: Periodic review hearing, Jul 14, 2025/);
        expect(mail!.text).toContain('Monday, July 14, 2025 at 9:30 AM (Mountain Time)');
        expect(mail!.text).toMatch(/right to attend and be heard/);
        expect(mail!.text).toMatch(/interpreter/);
      }
      if (role !== 'youth') expect(mail!.text).not.toMatch(CHILD_NAMES);
    }
    expect(sink.messages.filter((m) => m.from === 'court@test.hearth').length).toBe(emailRoles.length);
  });

  it('produces the PDF for mail, with the hearing time and the recipient’s name and address', async () => {
    const mail = log.notices.find((n) => n.role === 'parent')!;
    expect(mail.delivery.status).toBe('ready_to_mail');
    expect(mail.pdf?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const res = await as(app, clerk, { method: 'GET', url: `/api/v1/notices/${mail.id}.pdf` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(mail.pdf!.sha256);
    const { text } = await extractText(new Uint8Array(res.rawPayload), { mergePages: true });
    expect(text).toContain('Pat Testchild');
    expect(text).toContain('12 Demo Lane NW');
    expect(text).toContain('Monday, July 14, 2025 at 9:30 AM');
    expect(text).toContain('NOTICE OF HEARING');
    expect(text).not.toMatch(/Mia|Leo/);
    // An e-mail notice has no PDF.
    const email = log.notices.find((n) => n.channel === 'email')!;
    expect((await as(app, clerk, { method: 'GET', url: `/api/v1/notices/${email.id}.pdf` })).statusCode).toBe(
      404,
    );
  });

  it('lists the log to readers of the case and records the sending and the reading in the audit', async () => {
    const caseworker = await signIn(app, org.accounts.caseworker.email);
    const res = await as(app, caseworker, { method: 'GET', url: `/api/v1/hearings/${hearingId}/notices` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.notices).toHaveLength(log.notices.length);
    expect(body.recipients.every((r: { lastSentAt: string | null }) => r.lastSentAt !== null)).toBe(true);
    // No addresses in the log.
    expect(res.body).not.toContain('12 Demo Lane');
    const actions = await db.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`,
      [hearingId],
    );
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['notice.sent', 'notice.delivered', 'notice.listed']),
    );
  });

  it('records the proof of service of a mailed notice, guarded by If-Match', async () => {
    const mail = log.notices.find((n) => n.role === 'parent')!;
    const url = `/api/v1/notices/${mail.id}`;
    const proof = { method: 'first_class_mail', servedDate: '2025-06-02', servedBy: 'Clerk C. Mailroom' };
    expect((await as(app, clerk, { method: 'PATCH', url, payload: proof })).statusCode).toBe(428);
    const bad = await as(app, clerk, {
      method: 'PATCH',
      url,
      headers: { 'if-match': `"${mail.version}"` },
      payload: { ...proof, servedDate: '2025-06-03', returnReceiptDate: '2025-06-03' },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['returnReceiptDate', 'returnReceiptDate', 'servedDate']);
    const ok = await as(app, clerk, {
      method: 'PATCH',
      url,
      headers: { 'if-match': `"${mail.version}"` },
      payload: proof,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().proof).toEqual({
      method: 'first_class_mail',
      servedDate: '2025-06-02',
      servedBy: 'Clerk C. Mailroom',
      returnReceiptDate: null,
    });
    expect(ok.headers.etag).toBe(`"${mail.version + 1}"`);
    const stale = await as(app, clerk, {
      method: 'PATCH',
      url,
      headers: { 'if-match': `"${mail.version}"` },
      payload: proof,
    });
    expect(stale.statusCode).toBe(412);
    const [audit] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'notice.service_recorded' AND entity_id = $1`,
      [mail.id],
    );
    expect(audit!.n).toBe(1);
  });

  it('answers 404 to a caseworker of another case, and keeps the PDF and the sending to the court', async () => {
    const otherHearing = await schedule(org, clerk, 'periodic_review', '2025-07-15T15:30:00Z', org.otherCase);
    const caseworker = await signIn(app, org.accounts.caseworker.email);
    expect(
      (await as(app, caseworker, { method: 'GET', url: `/api/v1/hearings/${otherHearing}/notices` }))
        .statusCode,
    ).toBe(404);
    const mail = log.notices.find((n) => n.role === 'parent')!;
    expect(
      (await as(app, caseworker, { method: 'GET', url: `/api/v1/notices/${mail.id}.pdf` })).statusCode,
    ).toBe(403);
    expect((await sendNotices(caseworker, hearingId)).statusCode).toBe(403);
    const judge = await signIn(app, org.accounts.judge.email);
    // The judge's docket holds the assigned case, not the other one (another judge's).
    expect((await sendNotices(judge, otherHearing)).statusCode).toBe(404);
  });

  it('logs an e-mail notice as not sent when no mail server is configured, never dropping it', async () => {
    const { app: quiet } = await buildApp({ db, clock: fixedClock });
    try {
      const s = await signIn(quiet, org.accounts.court_clerk.email);
      const id = await schedule(org, s, 'permanency', '2025-08-04T16:00:00Z');
      const before = sink.messages.length;
      const res = await quiet.inject({
        method: 'POST',
        url: `/api/v1/hearings/${id}/notices`,
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      });
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(body.mailServer).toBe(false);
      const emails = body.notices.filter((n: { channel: string }) => n.channel === 'email');
      expect(emails.length).toBeGreaterThan(0);
      for (const n of emails)
        expect(n.delivery).toMatchObject({ status: 'not_sent', detail: NO_MAIL_SERVER });
      expect(sink.messages.length).toBe(before);
    } finally {
      await quiet.close();
    }
  });
});

describe('a mail server that does not answer', () => {
  it('logs each e-mail notice as failed, with the reason, and keeps the letters', async () => {
    // Nothing listens on port 9 of loopback (discard): the connection is refused at once.
    const { app: down } = await buildApp({ db, clock: fixedClock, smtpUrl: 'smtp://127.0.0.1:9' });
    try {
      const o = await createOrg(db);
      const s = await signIn(down, o.accounts.court_clerk.email);
      const create = await down.inject({
        method: 'POST',
        url: `/api/v1/cases/${o.assignedCase}/hearings`,
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
        payload: {
          hearingType: 'permanency',
          scheduledStart: '2025-08-05T16:00:00Z',
          scheduledEnd: '2025-08-05T16:30:00Z',
        },
      });
      expect(create.statusCode, create.body).toBe(201);
      const res = await down.inject({
        method: 'POST',
        url: `/api/v1/hearings/${create.json().id}/notices`,
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      });
      expect(res.statusCode, res.body).toBe(201);
      const notices = res.json().notices as {
        channel: string;
        delivery: { status: string; detail: string };
      }[];
      const emails = notices.filter((n) => n.channel === 'email');
      expect(emails.length).toBeGreaterThan(0);
      for (const n of emails) {
        expect(n.delivery.status).toBe('failed');
        expect(n.delivery.detail).toMatch(/^not sent: .*ECONNREFUSED/);
      }
      expect(notices.find((n) => n.channel === 'mail')?.delivery.status).toBe('no_address');
    } finally {
      await down.close();
    }
  });
});

describe('ICWA: notice to the tribe and its waiting period (25 U.S.C. §1912(a))', () => {
  let icwaOrg: Org;
  let s: Session;
  let tribePerson: string;

  beforeAll(async () => {
    icwaOrg = await createOrg(db);
    s = await signIn(app, icwaOrg.accounts.court_clerk.email);
    const order = await as(app, s, {
      method: 'POST',
      url: `/api/v1/cases/${icwaOrg.assignedCase}/orders`,
      payload: {
        orderType: 'custody',
        signedDate: '2025-05-01',
        findings: [{ childId: icwaOrg.placedChild, findingType: 'icwa_applies', isMade: true }],
      },
    });
    expect(order.statusCode, order.body).toBe(201);
    [{ id: tribePerson }] = (await db.query<{ id: string }>(
      `INSERT INTO person (jurisdiction_id, given_name, family_name, email, mailing_address)
       VALUES ($1, 'Dana', 'Yazzie', 'icwa@piedra-blanca.test', $2) RETURNING id`,
      [icwaOrg.jurisdictionId, address('1 Plaza Road', 'Pueblo of Piedra Blanca (demo)')],
    )) as [{ id: string }];
    await db.query(
      `INSERT INTO case_participant (jurisdiction_id, case_id, person_id, case_role, is_party, start_date)
       VALUES ($1, $2, $3, 'tribal_representative', true, '2025-05-01')`,
      [icwaOrg.jurisdictionId, icwaOrg.assignedCase, tribePerson],
    );
    await db.query('UPDATE person SET mailing_address = $2 WHERE id = $1', [
      icwaOrg.parent,
      address('7 Demo Road'),
    ]);
  });

  it('refuses to notice an adjudication set inside the waiting period, naming the tribe, and writes nothing', async () => {
    // Today is 2 June: mailed today, received (estimated) 7 June, no hearing before 17 June.
    const id = await schedule(icwaOrg, s, 'adjudication', '2025-06-12T16:00:00Z');
    const res = await sendNotices(s, id);
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const problem = res.json();
    expect(problem.detail).toContain('the tribe Pueblo of Piedra Blanca (demo)');
    expect(problem.tribes).toEqual(['Pueblo of Piedra Blanca (demo)']);
    expect(problem.earliestHearingDate).toBe('2025-06-17');
    expect(problem.citation).toMatch(/25 U\.S\.C\. §1912\(a\)/);
    const [{ n }] = (await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM hearing_notice WHERE hearing_id = $1',
      [id],
    )) as [{ n: number }];
    expect(n).toBe(0);
    // A review is not a foster-care placement proceeding: it is noticed.
    const review = await schedule(icwaOrg, s, 'periodic_review', '2025-06-12T18:00:00Z');
    expect((await sendNotices(s, review)).statusCode).toBe(201);
  });

  it('sends the tribe and the parent registered mail (and e-mail in addition), then moves the period with the receipt', async () => {
    const id = await schedule(icwaOrg, s, 'adjudication', '2025-06-30T16:00:00Z');
    const res = await sendNotices(s, id);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    const tribe = body.notices.filter(
      (n: { recipient: { personId: string } }) => n.recipient.personId === tribePerson,
    );
    expect(tribe.map((n: { channel: string; icwa: boolean }) => `${n.channel}:${n.icwa}`).sort()).toEqual([
      'email:false',
      'registered_mail:true',
    ]);
    expect(sink.messages.some((m) => m.to.includes('icwa@piedra-blanca.test'))).toBe(true);
    const parent = body.notices.find((n: { role: string }) => n.role === 'parent');
    expect(parent).toMatchObject({
      channel: 'registered_mail',
      icwa: true,
      delivery: { status: 'ready_to_mail' },
    });
    expect(body.icwa).toMatchObject({
      status: 'applies',
      gated: true,
      tooEarly: false,
      earliestHearingDate: '2025-06-17',
    });

    // The tribe signed the return receipt today and asked for 20 more days: no hearing before 2 July.
    const registered = tribe.find((n: { channel: string }) => n.channel === 'registered_mail');
    const pdf = await as(app, s, { method: 'GET', url: `/api/v1/notices/${registered.id}.pdf` });
    const { text } = await extractText(new Uint8Array(pdf.rawPayload), { mergePages: true });
    expect(text).toContain('Pueblo of Piedra Blanca (demo)');
    expect(text).toMatch(/right to intervene/);
    const patched = await as(app, s, {
      method: 'PATCH',
      url: `/api/v1/notices/${registered.id}`,
      headers: { 'if-match': `"${registered.version}"` },
      payload: {
        method: 'registered_mail',
        servedDate: '2025-06-02',
        returnReceiptDate: '2025-06-02',
        additionalDaysRequested: 20,
      },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const tooMany = await as(app, s, {
      method: 'PATCH',
      url: `/api/v1/notices/${registered.id}`,
      headers: { 'if-match': patched.headers.etag as string },
      payload: { method: 'registered_mail', servedDate: '2025-06-02', additionalDaysRequested: 21 },
    });
    expect(tooMany.statusCode).toBe(400);
    const after = (await as(app, s, { method: 'GET', url: `/api/v1/hearings/${id}/notices` })).json();
    expect(after.icwa).toMatchObject({ tooEarly: true, earliestHearingDate: '2025-07-02' });
    expect((await sendNotices(s, id)).statusCode).toBe(409);
  });
});
