import {
  ICWA_STATUSES,
  NOTICE_CHANNELS,
  NOTICE_LANGUAGES,
  NOTICE_ROLES,
  NOTICE_WARNINGS,
} from '@hearth/core';
import { z } from 'zod';
import { isoDate, uuid } from '../platform/schemas.ts';

export const DELIVERY_STATUSES = [
  'sending',
  'sent',
  'failed',
  'not_sent',
  'ready_to_mail',
  'no_address',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const SERVICE_METHODS = [
  'email',
  'first_class_mail',
  'registered_mail',
  'certified_mail',
  'personal',
  'in_court',
] as const;

export const HearingParams = z.strictObject({ hearingId: uuid });
export const NoticeParams = z.strictObject({ noticeId: uuid });

/** Proof of service of one notice: how and when it was served, by whom, and the return receipt. */
export const RecordServiceBody = z.strictObject({
  method: z.enum(SERVICE_METHODS),
  servedDate: isoDate,
  /** Who served it; the signed-in person when left out. */
  servedBy: z.string().trim().min(1).max(200).optional(),
  /** The date on the return receipt (registered or certified mail). */
  returnReceiptDate: isoDate.nullable().optional(),
  /** Days to prepare the parent, custodian or tribe asked for (ICWA notices; 25 CFR 23.112(a)). */
  additionalDaysRequested: z.number().int().min(0).optional(),
});

export const NoticeDto = z.object({
  id: z.string(),
  recipient: z.object({ personId: z.string(), name: z.string(), organization: z.string().nullable() }),
  role: z.enum(NOTICE_ROLES),
  channel: z.enum(NOTICE_CHANNELS),
  language: z.enum(NOTICE_LANGUAGES),
  icwa: z.boolean(),
  sentAt: z.string(),
  sentBy: z.string().nullable(),
  delivery: z.object({
    status: z.enum(DELIVERY_STATUSES),
    detail: z.string().nullable(),
    smtpMessageId: z.string().nullable(),
  }),
  /** The PDF for mail, by its SHA-256; null for e-mail. */
  pdf: z.object({ sha256: z.string() }).nullable(),
  proof: z
    .object({
      method: z.enum(SERVICE_METHODS),
      servedDate: z.string(),
      servedBy: z.string().nullable(),
      returnReceiptDate: z.string().nullable(),
    })
    .nullable(),
  additionalDaysRequested: z.number(),
  version: z.number(),
});
export type NoticeDtoT = z.infer<typeof NoticeDto>;

export const NoticeLog = z.object({
  hearing: z.object({
    id: z.string(),
    caseId: z.string(),
    petitionNumber: z.string(),
    type: z.string(),
    start: z.string(),
    end: z.string(),
    status: z.string(),
    courtName: z.string(),
    courtroom: z.string().nullable(),
    judgeName: z.string().nullable(),
    /** Scheduled and still to come (by the server's clock): notices may be sent. */
    upcoming: z.boolean(),
  }),
  /** Whether e-mail can go out: a mail server is configured. */
  mailServer: z.boolean(),
  icwa: z.object({
    status: z.enum(ICWA_STATUSES),
    gated: z.boolean(),
    earliestHearingDate: z.string().nullable(),
    tooEarly: z.boolean(),
    estimated: z.boolean(),
    citation: z.string(),
    periods: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        role: z.string(),
        receivedOn: z.string(),
        estimated: z.boolean(),
        additionalDays: z.number(),
        earliestHearingDate: z.string(),
      }),
    ),
  }),
  /** Who must get notice of this hearing now, and how; `lastSentAt` when a notice went already. */
  recipients: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      organization: z.string().nullable(),
      role: z.enum(NOTICE_ROLES),
      channel: z.enum(NOTICE_CHANNELS),
      language: z.enum(NOTICE_LANGUAGES),
      icwa: z.boolean(),
      hasMailingAddress: z.boolean(),
      citation: z.string(),
      lastSentAt: z.string().nullable(),
    }),
  ),
  warnings: z.array(
    z.object({ code: z.enum(NOTICE_WARNINGS), personId: z.string().nullable(), citation: z.string() }),
  ),
  /** What was sent, newest first. */
  notices: z.array(NoticeDto),
});
export type NoticeLogDto = z.infer<typeof NoticeLog>;
