import { CONTINUANCE_REASONS, CONTINUANCE_REQUESTERS } from '@hearth/core';
import { z } from 'zod';
import { isoDateTime, uuid } from '../platform/schemas.ts';

/** A knowing double-booking: the flag and its reason (audited). */
const acceptance = {
  acceptConflicts: z.boolean().optional(),
  acceptConflictsReason: z.string().max(1000).optional(),
};

export const MoveHearingBody = z.strictObject({
  scheduledStart: isoDateTime,
  scheduledEnd: isoDateTime,
  /** Another courtroom of the case's court; null takes the hearing out of any room; absent keeps it. */
  courtroomId: uuid.nullable().optional(),
  ...acceptance,
});

export const ContinueHearingBody = z.strictObject({
  requestedBy: z.enum(CONTINUANCE_REQUESTERS),
  reason: z.enum(CONTINUANCE_REASONS),
  note: z.string().trim().max(2000).optional(),
  /** The new time; without it, the first free slot (before the deadline if any is free). */
  newStart: isoDateTime.optional(),
  /** Defaults to the continued hearing's length. */
  newEnd: isoDateTime.optional(),
  courtroomId: uuid.nullable().optional(),
  ...acceptance,
});

export const HearingAnswer = z.object({
  id: z.string(),
  caseId: z.string(),
  petitionNumber: z.string(),
  hearingType: z.string(),
  start: z.string(),
  end: z.string(),
  status: z.string(),
  courtId: z.string(),
  judge: z.object({ id: z.string(), name: z.string() }).nullable(),
  courtroom: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The statutory deadline advance calendaring keeps on the hearing; null when none is known. */
  deadlineDate: z.string().nullable(),
  continuance: z.object({ requestedBy: z.string().nullable(), reason: z.string().nullable() }).nullable(),
  version: z.number(),
});
export type HearingDto = z.infer<typeof HearingAnswer>;

const DeadlineEffect = z.object({
  date: z.string().nullable(),
  /** Days the new date is after the deadline (0 on or before it; null without a deadline). */
  daysPast: z.number().nullable(),
  missed: z.boolean(),
  /** The rule that says whether a continuance moves the deadline (it does not, unless a rule says so). */
  citation: z.string(),
  unconfirmed: z.boolean(),
});

export const ContinuanceAnswer = z.object({
  id: z.string(),
  continuedHearingId: z.string(),
  newHearing: z.object({
    id: z.string(),
    start: z.string(),
    end: z.string(),
    courtroom: z.object({ id: z.string(), name: z.string() }).nullable(),
  }),
  requestedBy: z.enum(CONTINUANCE_REQUESTERS),
  reason: z.enum(CONTINUANCE_REASONS),
  daysAdded: z.number(),
  deadline: DeadlineEffect,
  conflictsAccepted: z.boolean(),
});
export type ContinuanceDto = z.infer<typeof ContinuanceAnswer>;

export const ContinuancesReport = z.object({
  items: z.array(
    z.object({
      hearingId: z.string(),
      hearingType: z.string(),
      originalStart: z.string(),
      requestedBy: z.string().nullable(),
      reason: z.string().nullable(),
      note: z.string().nullable(),
      newHearingId: z.string().nullable(),
      newStart: z.string().nullable(),
      daysAdded: z.number().nullable(),
      deadline: DeadlineEffect,
      conflictsAccepted: z.boolean(),
      /** False for a continuance found in the hearing history, not recorded through Hearth. */
      recorded: z.boolean(),
      recordedBy: z.string().nullable(),
      recordedAt: z.string().nullable(),
    }),
  ),
  summary: z.object({
    continuances: z.number(),
    daysAdded: z.number(),
    deadlinesMissed: z.number(),
    byRequester: z.record(z.string(), z.number()),
    byReason: z.record(z.string(), z.number()),
  }),
});
export type ContinuancesReportDto = z.infer<typeof ContinuancesReport>;
