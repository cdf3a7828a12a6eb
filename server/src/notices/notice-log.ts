import {
  caseIcwaStatus,
  checkIcwaWaitingPeriod,
  icwaStatusOf,
  requiredNotices,
  todayOf,
  type IcwaNoticeState,
  type IcwaStatus,
  type IcwaWaitingCheck,
  type NoticeContact,
  type NoticeFacts,
  type RequiredNotice,
  type NoticeWarning,
} from '@hearth/core';
import type { RequestContext } from '../platform/context.ts';
import type { Queryable } from '../platform/db.ts';
import type { DeliveryStatus, NoticeDtoT, NoticeLogDto } from './notice.dto.ts';
import { hasAddress, type MailingAddress } from './notice-pdf.ts';
import type { HearingRow } from '../hearings/hearing.repo.ts';
import * as repo from './notice.repo.ts';

/**
 * Everything the notice rules need about one hearing, read from the database, and the log built from it:
 * who must get notice now, the ICWA waiting period, and what was sent.
 */

export type HearingNoticePlan = {
  hearing: HearingRow;
  hearingDate: string;
  icwa: IcwaStatus;
  notices: RequiredNotice[];
  warnings: NoticeWarning[];
  /** Addresses by person, for the notices to carry. */
  addresses: Map<string, MailingAddress | null>;
  sent: repo.NoticeRow[];
};

/** The court-local calendar date of an instant. */
export const localDate = (instant: Date, timeZone: string): string =>
  todayOf({ now: () => instant }, timeZone);

function contactOf(r: repo.ContactRow): NoticeContact {
  // A tribe is named by its office (kept as the organization of its mailing address).
  const name =
    r.kind === 'tribal_representative' && r.mailing_address?.organization
      ? r.mailing_address.organization
      : r.name;
  return {
    personId: r.person_id,
    accountId: r.account_id,
    name,
    email: r.email && r.email.includes('@') ? r.email : null,
    hasMailingAddress: hasAddress(r.mailing_address),
    primaryLanguage: r.primary_language,
  };
}

export async function planHearingNotices(
  q: Queryable,
  ctx: RequestContext,
  hearing: HearingRow,
): Promise<HearingNoticePlan> {
  const today = todayOf(ctx.clock, ctx.timeZone);
  const hearingDate = localDate(new Date(hearing.scheduled_start), ctx.timeZone);
  const contacts = await repo.loadNoticeContacts(q, hearing.case_id, today);
  const findings = await repo.loadIcwaFindings(q, hearing.case_id);
  const byChild = new Map<string, typeof findings>();
  for (const f of findings) byChild.set(f.child_id, [...(byChild.get(f.child_id) ?? []), f]);
  const icwa = caseIcwaStatus(
    [...byChild.values()].map((fs) =>
      icwaStatusOf(fs.map((f) => ({ type: f.type, isMade: f.is_made, date: f.date }))),
    ),
  );
  const facts: NoticeFacts = {
    hearingType: hearing.hearing_type,
    hearingDate,
    participants: contacts.participants.map((r) => ({ ...contactOf(r), caseRole: r.kind })),
    children: contacts.children.map((r) => ({ ...contactOf(r), birthDate: r.birth_date })),
    caregivers: contacts.caregivers.map((r) => ({ ...contactOf(r), setting: r.kind })),
    icwa,
  };
  const { notices, warnings } = requiredNotices(facts, ctx.rulePack.notices);
  const addresses = new Map<string, MailingAddress | null>();
  for (const r of [...contacts.participants, ...contacts.children, ...contacts.caregivers])
    addresses.set(r.person_id, r.mailing_address);
  const sent = await repo.listNotices(q, hearing.id);
  return { hearing, hearingDate, icwa, notices, warnings, addresses, sent };
}

/**
 * The ICWA waiting period as things stand: each ICWA recipient's earliest notice of this hearing (its
 * return receipt, else its mailing), and for one not yet noticed, a notice mailed today.
 */
export function icwaCheckOf(plan: HearingNoticePlan, ctx: RequestContext): IcwaWaitingCheck {
  const tz = ctx.timeZone;
  const states: IcwaNoticeState[] = plan.notices
    .filter((n) => n.icwa)
    .map((n) => {
      const mine = plan.sent.filter((s) => s.icwa && s.recipient_person_id === n.personId);
      const earliest = <T extends string>(xs: (T | null)[]): T | null =>
        xs.filter((x): x is T => x !== null).sort()[0] ?? null;
      return {
        personId: n.personId,
        name: n.name,
        role: n.role,
        sentOn: earliest(mine.map((s) => s.served_date ?? localDate(new Date(s.sent_at), tz))),
        receivedOn: earliest(mine.map((s) => s.return_receipt_date)),
        additionalDaysRequested: Math.max(0, ...mine.map((s) => s.additional_days_requested)),
      };
    });
  return checkIcwaWaitingPeriod(
    {
      hearingType: plan.hearing.hearing_type,
      hearingDate: plan.hearingDate,
      status: plan.icwa,
      notices: states,
    },
    todayOf(ctx.clock, tz),
    ctx.rulePack.notices,
  );
}

export function noticeDto(r: repo.NoticeRow): NoticeDtoT {
  return {
    id: r.id,
    recipient: { personId: r.recipient_person_id, name: r.recipient_name, organization: r.organization },
    role: r.recipient_role as NoticeDtoT['role'],
    channel: r.channel as NoticeDtoT['channel'],
    language: r.language as NoticeDtoT['language'],
    icwa: r.icwa,
    sentAt: new Date(r.sent_at).toISOString(),
    sentBy: r.sent_by_name,
    delivery: {
      status: r.delivery_status as DeliveryStatus,
      detail: r.delivery_detail,
      smtpMessageId: r.smtp_message_id,
    },
    pdf: r.pdf_sha256 ? { sha256: r.pdf_sha256 } : null,
    proof:
      r.service_method && r.served_date
        ? {
            method: r.service_method as NonNullable<NoticeDtoT['proof']>['method'],
            servedDate: r.served_date,
            servedBy: r.served_by,
            returnReceiptDate: r.return_receipt_date,
          }
        : null,
    additionalDaysRequested: r.additional_days_requested,
    version: r.version,
  };
}

export function noticeLogOf(plan: HearingNoticePlan, ctx: RequestContext, mailServer: boolean): NoticeLogDto {
  const h = plan.hearing;
  const check = icwaCheckOf(plan, ctx);
  const lastSent = (personId: string, channel: string): string | null => {
    const s = plan.sent.find((x) => x.recipient_person_id === personId && x.channel === channel);
    return s ? new Date(s.sent_at).toISOString() : null;
  };
  return {
    hearing: {
      id: h.id,
      caseId: h.case_id,
      petitionNumber: h.petition_number,
      type: h.hearing_type,
      start: new Date(h.scheduled_start).toISOString(),
      end: new Date(h.scheduled_end).toISOString(),
      status: h.status,
      courtName: h.court_name,
      courtroom: h.courtroom_name,
      judgeName: h.judge_name,
      upcoming: h.status === 'scheduled' && new Date(h.scheduled_start) > ctx.clock.now(),
    },
    mailServer,
    icwa: {
      status: plan.icwa,
      gated: check.gated,
      earliestHearingDate: check.earliestHearingDate,
      tooEarly: check.tooEarly,
      estimated: check.estimated,
      citation: check.citation,
      periods: check.periods,
    },
    recipients: plan.notices.map((n) => ({
      personId: n.personId,
      name: n.name,
      organization: n.role === 'tribe' ? n.name : null,
      role: n.role,
      channel: n.channel,
      language: n.language,
      icwa: n.icwa,
      hasMailingAddress: n.hasMailingAddress,
      citation: n.citation,
      lastSentAt: lastSent(n.personId, n.channel),
    })),
    warnings: plan.warnings,
    notices: plan.sent.map(noticeDto),
  };
}
