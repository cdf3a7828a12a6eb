import { FINDING_TYPES, HEARING_TYPES, ORDER_TYPES } from '@hearth/core';
import { z } from 'zod';
import { isoDate, isoDateTime, uuid } from '../platform/schemas.ts';

export const ScheduleHearingBody = z.strictObject({
  hearingType: z.enum(HEARING_TYPES),
  scheduledStart: isoDateTime,
  scheduledEnd: isoDateTime,
  courtroomId: uuid.optional(),
  judgeId: uuid.optional(),
  /** Set it over a double-booking, knowingly: the reason is audited (server/src/calendar/conflict-guard.ts). */
  acceptConflicts: z.boolean().optional(),
  acceptConflictsReason: z.string().max(1000).optional(),
});

export const RecordOrderBody = z.strictObject({
  orderType: z.enum(ORDER_TYPES),
  signedDate: isoDate,
  hearingId: uuid.optional(),
  findings: z
    .array(
      z.strictObject({
        childId: uuid,
        findingType: z.enum(FINDING_TYPES),
        isMade: z.boolean(),
        findingDate: isoDate.optional(),
        detail: z.string().trim().max(4000).optional(),
      }),
    )
    .max(100)
    .default([]),
});
