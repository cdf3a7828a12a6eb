import { NOTICE_ROLES, type Permission } from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import { caseAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';
import type { MailingAddress } from './notice-pdf.ts';

/**
 * The SQL of notices (the hearing itself is read by findHearing in hearings/hearing.repo.ts). A notice
 * is loaded only through its case, with the actor's scope for the permission applied in the WHERE clause:
 * out of scope is the same as missing.
 */

/** A person as a notice reaches them: their e-mail is their own, else their sign-in's. */
export type ContactRow = {
  person_id: string;
  account_id: string | null;
  name: string;
  email: string | null;
  mailing_address: MailingAddress | null;
  primary_language: string;
  birth_date: string | null;
  /** case_role for participants, the placement setting for caregivers, 'child' for children. */
  kind: string;
};

const CONTACT = `p.id AS person_id, p.given_name || ' ' || p.family_name AS name, p.mailing_address,
  p.primary_language, p.birth_date`;
// The person's own active sign-in (a caregiver's, a youth's), for a professional with none on the row.
const OWN_ACCOUNT = `LEFT JOIN LATERAL (SELECT oa.id, oa.email FROM user_account oa
  WHERE oa.person_id = p.id AND oa.active ORDER BY oa.created_at, oa.id LIMIT 1) own ON true`;

/**
 * Everyone a hearing's notice may go to: the case's active participants, its children, and the
 * caregivers of the homes its children live in now (from placements, named on the case or not).
 */
export async function loadNoticeContacts(
  q: Queryable,
  caseId: string,
  today: string,
): Promise<{ participants: ContactRow[]; children: ContactRow[]; caregivers: ContactRow[] }> {
  const participants = await q.query<ContactRow>(
    `SELECT ${CONTACT}, COALESCE(ua.id, own.id) AS account_id, COALESCE(p.email, ua.email, own.email) AS email,
            cp.case_role AS kind
       FROM case_participant cp JOIN person p ON p.id = cp.person_id
       LEFT JOIN user_account ua ON ua.id = cp.account_id AND ua.active ${OWN_ACCOUNT}
      WHERE cp.case_id = $1 AND (cp.end_date IS NULL OR cp.end_date > $2)
      ORDER BY cp.case_role, p.family_name, p.given_name, cp.id`,
    [caseId, today],
  );
  const children = await q.query<ContactRow>(
    `SELECT ${CONTACT}, own.id AS account_id, COALESCE(p.email, own.email) AS email, 'child' AS kind
       FROM case_child cc JOIN child ch ON ch.id = cc.child_id JOIN person p ON p.id = ch.person_id ${OWN_ACCOUNT}
      WHERE cc.case_id = $1 ORDER BY p.birth_date, p.id`,
    [caseId],
  );
  const caregivers = await q.query<ContactRow>(
    `SELECT DISTINCT ON (p.id, pl.setting) ${CONTACT}, own.id AS account_id, COALESCE(p.email, own.email) AS email,
            pl.setting AS kind
       FROM case_child cc
       JOIN placement pl ON pl.child_id = cc.child_id AND pl.start_date <= $2 AND (pl.end_date IS NULL OR pl.end_date > $2)
       JOIN removal_episode r ON r.id = pl.removal_id AND (r.discharge_date IS NULL OR r.discharge_date > $2)
       JOIN provider_caregiver pc ON pc.provider_id = pl.provider_id JOIN person p ON p.id = pc.person_id ${OWN_ACCOUNT}
      WHERE cc.case_id = $1 ORDER BY p.id, pl.setting`,
    [caseId, today],
  );
  return { participants, children, caregivers };
}

export async function loadIcwaFindings(
  q: Queryable,
  caseId: string,
): Promise<
  { child_id: string; type: 'icwa_reason_to_know' | 'icwa_applies'; is_made: boolean; date: string }[]
> {
  return q.query(
    `SELECT f.child_id, f.finding_type AS type, f.is_made, f.finding_date AS date
       FROM case_child cc JOIN finding f ON f.child_id = cc.child_id
      WHERE cc.case_id = $1 AND f.finding_type IN ('icwa_reason_to_know', 'icwa_applies')
      ORDER BY f.finding_date, f.recorded_at`,
    [caseId],
  );
}

export type NoticeRow = {
  id: string;
  hearing_id: string;
  case_id: string;
  recipient_person_id: string;
  recipient_name: string;
  organization: string | null;
  recipient_role: string;
  channel: string;
  language: string;
  icwa: boolean;
  sent_at: Date;
  sent_by_name: string | null;
  delivery_status: string;
  delivery_detail: string | null;
  smtp_message_id: string | null;
  pdf_sha256: string | null;
  service_method: string | null;
  served_date: string | null;
  served_by: string | null;
  return_receipt_date: string | null;
  additional_days_requested: number;
  version: number;
};

const NOTICE_COLUMNS = `n.id, n.hearing_id, n.case_id, n.recipient_person_id, n.recipient_name,
  n.mailing_address->>'organization' AS organization, n.recipient_role, n.channel, n.language, n.icwa, n.sent_at,
  sb.display_name AS sent_by_name, n.delivery_status, n.delivery_detail, n.smtp_message_id, n.pdf_sha256,
  n.service_method, n.served_date, n.served_by, n.return_receipt_date, n.additional_days_requested, n.version`;

/**
 * The hearing's notice log, newest first, each sending in the order of NOTICE_ROLES (parties first). The
 * caller has loaded the hearing through its case's scope.
 */
export async function listNotices(q: Queryable, hearingId: string): Promise<NoticeRow[]> {
  return q.query<NoticeRow>(
    `SELECT ${NOTICE_COLUMNS} FROM hearing_notice n LEFT JOIN user_account sb ON sb.id = n.sent_by
      WHERE n.hearing_id = $1
      ORDER BY n.sent_at DESC, array_position($2::text[], n.recipient_role), n.recipient_name, n.channel, n.id`,
    [hearingId, NOTICE_ROLES],
  );
}

/** One notice, through its case's scope for `permission`. */
export async function findNotice(
  q: Queryable,
  actor: Actor,
  permission: Permission,
  noticeId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<NoticeRow | null> {
  const p = new SqlParams();
  const id = p.add(noticeId);
  const access = caseAccess(actor, permission, 'c', p);
  const [row] = await q.query<NoticeRow>(
    `SELECT ${NOTICE_COLUMNS} FROM hearing_notice n JOIN court_case c ON c.id = n.case_id
       LEFT JOIN user_account sb ON sb.id = n.sent_by
      WHERE n.id = ${id} AND ${access}${opts.forUpdate ? ' FOR UPDATE OF n' : ''}`,
    p.values,
  );
  return row ?? null;
}

/** The PDF of a notice, through its case's scope for `permission`; null bytes for an e-mail notice. */
export async function findNoticePdf(
  q: Queryable,
  actor: Actor,
  permission: Permission,
  noticeId: string,
): Promise<{
  id: string;
  hearing_id: string;
  case_id: string;
  pdf: Uint8Array | null;
  pdf_sha256: string | null;
} | null> {
  const p = new SqlParams();
  const id = p.add(noticeId);
  const access = caseAccess(actor, permission, 'c', p);
  const [row] = await q.query<{
    id: string;
    hearing_id: string;
    case_id: string;
    pdf: Uint8Array | null;
    pdf_sha256: string | null;
  }>(
    `SELECT n.id, n.hearing_id, n.case_id, n.pdf, n.pdf_sha256 FROM hearing_notice n JOIN court_case c ON c.id = n.case_id
      WHERE n.id = ${id} AND ${access}`,
    p.values,
  );
  return row ?? null;
}

export type NewNotice = {
  jurisdictionId: string;
  hearingId: string;
  caseId: string;
  personId: string;
  accountId: string | null;
  name: string;
  role: string;
  channel: string;
  language: string;
  icwa: boolean;
  email: string | null;
  mailingAddress: MailingAddress | null;
  subject: string;
  bodyText: string;
  pdf: Uint8Array | null;
  pdfSha256: string | null;
  sentAt: Date;
  sentBy: string;
  status: string;
  detail: string | null;
};

export async function insertNotice(q: Queryable, n: NewNotice): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO hearing_notice (jurisdiction_id, hearing_id, case_id, recipient_person_id, recipient_account_id,
       recipient_name, recipient_role, channel, language, icwa, email_address, mailing_address, subject, body_text,
       pdf, pdf_sha256, sent_at, sent_by, delivery_status, delivery_detail)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20) RETURNING id`,
    [
      n.jurisdictionId,
      n.hearingId,
      n.caseId,
      n.personId,
      n.accountId,
      n.name,
      n.role,
      n.channel,
      n.language,
      n.icwa,
      n.email,
      n.mailingAddress === null ? null : JSON.stringify(n.mailingAddress),
      n.subject,
      n.bodyText,
      n.pdf,
      n.pdfSha256,
      n.sentAt,
      n.sentBy,
      n.status,
      n.detail,
    ],
  );
  return row!.id;
}

/** Records what the mail server said about one e-mail notice. */
export async function recordDelivery(
  q: Queryable,
  d: {
    id: string;
    status: string;
    detail: string | null;
    messageId: string | null;
    servedDate: string | null;
    servedBy: string;
  },
): Promise<void> {
  // An e-mail the server accepted is served by e-mail that day: the acceptance is its proof.
  await q.query(
    `UPDATE hearing_notice SET delivery_status = $2, delivery_detail = $3, smtp_message_id = $4,
       service_method = CASE WHEN $5::date IS NULL THEN service_method ELSE 'email' END,
       served_date = COALESCE($5::date, served_date), served_by = CASE WHEN $5::date IS NULL THEN served_by ELSE $6 END,
       version = version + 1
     WHERE id = $1 AND delivery_status = 'sending'`,
    [d.id, d.status, d.detail, d.messageId, d.servedDate, d.servedBy],
  );
}

export async function updateService(
  q: Queryable,
  id: string,
  version: number,
  s: {
    method: string;
    servedDate: string;
    servedBy: string;
    returnReceiptDate: string | null;
    additionalDaysRequested: number;
  },
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE hearing_notice SET service_method = $3, served_date = $4, served_by = $5, return_receipt_date = $6,
       additional_days_requested = $7, version = version + 1
     WHERE id = $1 AND version = $2 RETURNING id`,
    [id, version, s.method, s.servedDate, s.servedBy, s.returnReceiptDate, s.additionalDaysRequested],
  );
  return rows.length > 0;
}
