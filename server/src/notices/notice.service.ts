import { diffFields, todayOf, type IcwaWaitingCheck, type RequiredNotice } from '@hearth/core';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import {
  conflict,
  fieldError,
  invalid,
  notFound,
  preconditionFailed,
  preconditionRequired,
  Problem,
  type FieldError,
} from '../platform/problem.ts';
import { etagOf } from '../platform/schemas.ts';
import type { Mailer, OutgoingMail } from './mailer.ts';
import type { NoticeDtoT, NoticeLogDto, RecordServiceBody } from './notice.dto.ts';
import { icwaCheckOf, localDate, noticeDto, noticeLogOf, planHearingNotices } from './notice-log.ts';
import { addressLines, hasAddress, renderNoticePdf, sha256Hex } from './notice-pdf.ts';
import { renderNoticeText } from './notice-text.ts';
import { findHearing } from '../hearings/hearing.repo.ts';
import * as repo from './notice.repo.ts';

/** Said in the log for an e-mail notice when HEARTH_SMTP_URL is not set: never dropped silently. */
export const NO_MAIL_SERVER = 'not sent: no mail server configured';

/** The notice log of a hearing: who must get notice, the ICWA waiting period, what was sent. Audited. */
export async function listHearingNotices(
  ctx: RequestContext,
  mailer: Mailer,
  hearingId: string,
): Promise<NoticeLogDto> {
  const hearing = await findHearing(ctx.db, ctx.actor, 'case.read', hearingId);
  if (!hearing) throw notFound('hearing');
  const log = noticeLogOf(await planHearingNotices(ctx.db, ctx, hearing), ctx, mailer.configured);
  await recordAudit(ctx.db, ctx.audit, {
    action: 'notice.listed',
    entityType: 'hearing',
    entityId: hearingId,
    data: { caseId: hearing.case_id, noticeIds: log.notices.map((n) => n.id) },
  });
  return log;
}

/** The 409 for a hearing set inside the ICWA waiting period: it names the tribe and whoever else is waiting. */
function waitingPeriodProblem(
  check: IcwaWaitingCheck,
  hearingType: string,
  hearingDate: string,
  waitingDays: number,
): Problem {
  const who = check.blocking.map((b) =>
    b.role === 'tribe' ? `the tribe ${b.name}` : `${b.name} (${b.role})`,
  );
  const tribes = check.periods.filter((p) => p.role === 'tribe').map((p) => p.name);
  return new Problem(
    409,
    'Inside the ICWA waiting period',
    `This ${hearingType.replace(/_/g, ' ')} hearing on ${hearingDate} may not be held until ${check.earliestHearingDate}: ` +
      `at least ${waitingDays} days after notice reaches ${who.join(', ')} (${check.citation}). ` +
      'Set the hearing on or after that date, then send the notices.',
    undefined,
    {
      earliestHearingDate: check.earliestHearingDate,
      citation: check.citation,
      tribes,
      waiting: check.blocking,
    },
  );
}

type Prepared = { id: string; mail: OutgoingMail | null };

/** Writes one notice row: its words, and for mail its PDF. */
async function writeNotice(
  tx: Parameters<typeof repo.insertNotice>[0],
  ctx: RequestContext,
  plan: Awaited<ReturnType<typeof planHearingNotices>>,
  n: RequiredNotice,
  opts: { sentAt: Date; mailServer: boolean },
): Promise<Prepared> {
  const h = plan.hearing;
  const text = renderNoticeText({
    language: n.language,
    recipientName: n.name,
    role: n.role,
    icwa: n.icwa,
    petitionNumber: h.petition_number,
    hearingType: h.hearing_type,
    start: new Date(h.scheduled_start),
    timeZone: ctx.timeZone,
    courtName: h.court_name,
    courtroom: h.courtroom_name,
    location: h.courtroom_location,
    judgeName: h.judge_name,
    sentAt: opts.sentAt,
    rules: ctx.rulePack.notices,
  });
  const address = plan.addresses.get(n.personId) ?? null;
  let pdf: Uint8Array | null = null;
  if (n.channel !== 'email')
    pdf = await renderNoticePdf(text, {
      name: n.name,
      address: addressLines(address).filter((l) => l !== n.name),
      courtName: h.court_name,
      sentAt: opts.sentAt,
      reference: `${h.petition_number} · ${opts.sentAt.toISOString()}`,
    });
  const status =
    n.channel === 'email'
      ? opts.mailServer
        ? 'sending'
        : 'not_sent'
      : hasAddress(address)
        ? 'ready_to_mail'
        : 'no_address';
  const detail =
    status === 'not_sent' ? NO_MAIL_SERVER : status === 'no_address' ? 'no mailing address on file' : null;
  const id = await repo.insertNotice(tx, {
    jurisdictionId: h.jurisdiction_id,
    hearingId: h.id,
    caseId: h.case_id,
    personId: n.personId,
    accountId: n.accountId,
    name: n.name,
    role: n.role,
    channel: n.channel,
    language: n.language,
    icwa: n.icwa,
    email: n.email,
    mailingAddress: n.channel === 'email' ? null : address,
    subject: text.subject,
    bodyText: text.body,
    pdf,
    pdfSha256: pdf ? sha256Hex(pdf) : null,
    sentAt: opts.sentAt,
    sentBy: ctx.actor.accountId,
    status,
    detail,
  });
  const mail =
    status === 'sending' && n.email
      ? { to: n.email, subject: text.subject, text: text.body, language: n.language }
      : null;
  return { id, mail };
}

/**
 * Sends the notices of a hearing: one row per recipient and channel, written with its audit row in one
 * transaction; then the e-mails go to the mail server and what it answered is recorded in a second one.
 * The SMTP conversation is slow network I/O that must not hold a transaction open (the embedded database
 * has one connection); a row a crash leaves at `sending` stays in the log, visible, never lost.
 * Refused (409) for a foster-care placement or TPR hearing of an ICWA case set inside the waiting period.
 */
export async function sendHearingNotices(
  ctx: RequestContext,
  mailer: Mailer,
  hearingId: string,
): Promise<NoticeLogDto> {
  const sentAt = ctx.clock.now();
  const { hearing, emails } = await ctx.db.transaction(async (tx) => {
    const h = await findHearing(tx, ctx.actor, 'hearing.schedule', hearingId, { forUpdate: true });
    if (!h) throw notFound('hearing');
    if (h.status !== 'scheduled')
      throw conflict(`This hearing is ${h.status}: only a scheduled hearing is noticed.`);
    if (new Date(h.scheduled_start) <= sentAt)
      throw conflict('This hearing has begun or passed: notices are for hearings to come.');
    const plan = await planHearingNotices(tx, ctx, h);
    const check = icwaCheckOf(plan, ctx);
    if (check.tooEarly)
      throw waitingPeriodProblem(
        check,
        h.hearing_type,
        plan.hearingDate,
        ctx.rulePack.notices.icwaWaitingDays.value,
      );
    const prepared: Prepared[] = [];
    for (const n of plan.notices)
      prepared.push(await writeNotice(tx, ctx, plan, n, { sentAt, mailServer: mailer.configured }));
    await recordAudit(tx, ctx.audit, {
      action: 'notice.sent',
      entityType: 'hearing',
      entityId: h.id,
      data: {
        caseId: h.case_id,
        noticeIds: prepared.map((p) => p.id),
        channels: plan.notices.map((n) => n.channel),
        icwa: check.gated ? { earliestHearingDate: check.earliestHearingDate } : null,
      },
    });
    return { hearing: h, emails: prepared.filter((p) => p.mail !== null) };
  });
  if (emails.length) await deliver(ctx, mailer, hearing.id, emails);
  return noticeLogOf(await planHearingNotices(ctx.db, ctx, hearing), ctx, mailer.configured);
}

const MAIL_CONCURRENCY = 4;

/** Hands the e-mails to the mail server, a few at a time, and records each answer. */
async function deliver(
  ctx: RequestContext,
  mailer: Mailer,
  hearingId: string,
  emails: Prepared[],
): Promise<void> {
  type Result = { id: string; status: string; detail: string | null; messageId: string | null };
  const sendOne = async (e: Prepared): Promise<Result> => {
    try {
      const { messageId } = await mailer.send(e.mail!);
      return { id: e.id, status: 'sent', detail: null, messageId };
    } catch (err) {
      // The server's own words, without the recipient's address (it is on the row already).
      const detail = `not sent: ${err instanceof Error ? err.message : String(err)}`.slice(0, 500);
      return { id: e.id, status: 'failed', detail, messageId: null };
    }
  };
  // A few connections at a time: each message is a short SMTP conversation of several round trips.
  const results: Result[] = [];
  for (let i = 0; i < emails.length; i += MAIL_CONCURRENCY)
    results.push(...(await Promise.all(emails.slice(i, i + MAIL_CONCURRENCY).map(sendOne))));
  const servedDate = todayOf(ctx.clock, ctx.timeZone);
  await ctx.db.transaction(async (tx) => {
    for (const r of results)
      await repo.recordDelivery(tx, {
        ...r,
        servedDate: r.status === 'sent' ? servedDate : null,
        servedBy: ctx.actor.label,
      });
    await recordAudit(tx, ctx.audit, {
      action: 'notice.delivered',
      entityType: 'hearing',
      entityId: hearingId,
      data: {
        sent: results.filter((r) => r.status === 'sent').map((r) => r.id),
        failed: results.filter((r) => r.status === 'failed').map((r) => r.id),
      },
    });
  });
}

/** The PDF of a mail notice. Out of scope or an e-mail notice: 404. */
export async function noticePdf(
  ctx: RequestContext,
  noticeId: string,
): Promise<{ pdf: Buffer; sha256: string }> {
  const row = await repo.findNoticePdf(ctx.db, ctx.actor, 'hearing.schedule', noticeId);
  if (!row || !row.pdf || !row.pdf_sha256) throw notFound('notice PDF');
  await recordAudit(ctx.db, ctx.audit, {
    action: 'notice.viewed',
    entityType: 'hearing_notice',
    entityId: noticeId,
    data: { hearingId: row.hearing_id, caseId: row.case_id, format: 'pdf' },
  });
  return { pdf: Buffer.from(row.pdf), sha256: row.pdf_sha256 };
}

const RECEIPT_METHODS = new Set(['registered_mail', 'certified_mail']);

/**
 * Records the proof of service of one notice (how, when, by whom; the return receipt), and for an ICWA
 * notice the days to prepare its recipient asked for, which move the waiting period (25 CFR 23.112(a)).
 * If-Match guards against a stale edit.
 */
export async function recordService(
  ctx: RequestContext,
  noticeId: string,
  ifMatchVersion: number | null,
  input: z.infer<typeof RecordServiceBody>,
): Promise<{ dto: NoticeDtoT; etag: string }> {
  if (ifMatchVersion === null) throw preconditionRequired();
  const today = todayOf(ctx.clock, ctx.timeZone);
  const maxDays = ctx.rulePack.notices.icwaAdditionalDaysMax;
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findNotice(tx, ctx.actor, 'hearing.schedule', noticeId, { forUpdate: true });
    if (!before) throw notFound('notice');
    const dto = noticeDto(before);
    if (before.version !== ifMatchVersion) throw preconditionFailed(dto, etagOf(before.version));
    const problems: FieldError[] = [];
    const sentOn = localDate(new Date(before.sent_at), ctx.timeZone);
    if (input.servedDate > today) problems.push(fieldError('servedDate', 'is in the future'));
    if (input.servedDate < sentOn)
      problems.push(fieldError('servedDate', `is before the notice was sent (${sentOn})`));
    const receipt = input.returnReceiptDate ?? null;
    if (receipt !== null) {
      if (!RECEIPT_METHODS.has(input.method))
        problems.push(fieldError('returnReceiptDate', 'is only for registered or certified mail'));
      if (receipt > today) problems.push(fieldError('returnReceiptDate', 'is in the future'));
      if (receipt < input.servedDate)
        problems.push(fieldError('returnReceiptDate', 'is before the notice was served'));
    }
    const days = input.additionalDaysRequested;
    if (days !== undefined && days > 0 && !before.icwa)
      problems.push(fieldError('additionalDaysRequested', 'is only for ICWA notices'));
    if (days !== undefined && days > maxDays.value)
      problems.push(
        fieldError('additionalDaysRequested', `may be at most ${maxDays.value} (${maxDays.citation})`),
      );
    if (problems.length) throw invalid(problems);
    const next = {
      method: input.method,
      servedDate: input.servedDate,
      servedBy: input.servedBy ?? ctx.actor.label,
      returnReceiptDate: receipt,
      additionalDaysRequested: days ?? before.additional_days_requested,
    };
    if (!(await repo.updateService(tx, noticeId, before.version, next)))
      throw preconditionFailed(dto, etagOf(before.version));
    await recordAudit(tx, ctx.audit, {
      action: 'notice.service_recorded',
      entityType: 'hearing_notice',
      entityId: noticeId,
      data: {
        hearingId: before.hearing_id,
        caseId: before.case_id,
        changes: diffFields(
          {
            method: before.service_method,
            servedDate: before.served_date,
            returnReceiptDate: before.return_receipt_date,
            additionalDaysRequested: before.additional_days_requested,
          },
          {
            method: next.method,
            servedDate: next.servedDate,
            returnReceiptDate: next.returnReceiptDate,
            additionalDaysRequested: next.additionalDaysRequested,
          },
        ),
      },
    });
    const after = await repo.findNotice(tx, ctx.actor, 'hearing.schedule', noticeId);
    return { dto: noticeDto(after!), etag: etagOf(after!.version) };
  });
}
