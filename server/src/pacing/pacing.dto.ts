import { CLOCK_KINDS, CLOCK_NOTES, CLOCK_STATUSES, TPR_EXCEPTION_REASONS } from '@hearth/core';
import { z } from 'zod';
import { isoDate, uuid } from '../platform/schemas.ts';

const date = z.string().nullable();

export const TprExceptionDto = z.object({
  removalId: z.string(),
  reason: z.string(),
  documentedDate: z.string(),
  note: z.string().nullable(),
});

export const ClockDto = z.object({
  kind: z.enum(CLOCK_KINDS),
  status: z.enum(CLOCK_STATUSES),
  /** The last day to act; null for a clock that only counts. */
  dueDate: date,
  /** The day the period runs from. */
  since: date,
  /** The date the clock is about (the date entered foster care). */
  date,
  /** Days counted (days in care; days of the 15 of 22) and out of how many. */
  days: z.number().nullable(),
  ofDays: z.number().nullable(),
  metOn: date,
  scheduledOn: date,
  /** The deadline passed and can no longer be met. */
  missed: z.boolean(),
  /** The first day of IV-E ineligibility if the finding is not made by its due date. */
  ineligibleFrom: date,
  exception: TprExceptionDto.nullable(),
  notes: z.array(z.enum(CLOCK_NOTES)),
  citation: z.string().nullable(),
  unconfirmed: z.boolean(),
  /** Due within the window or overdue and still actionable. */
  atRisk: z.boolean(),
});
export type ClockDtoType = z.infer<typeof ClockDto>;

export const ChildClocksAnswer = z.object({
  today: z.string(),
  childId: z.string(),
  /** The episode the child is in today; null when not in foster care. */
  removalId: z.string().nullable(),
  caseId: z.string().nullable(),
  /** A clock reads as due soon this many days before its due date. */
  soonDays: z.number(),
  clocks: z.array(ClockDto),
});
export type ChildClocksDto = z.infer<typeof ChildClocksAnswer>;

export const AtRiskAnswer = z.object({
  today: z.string(),
  soonDays: z.number(),
  children: z.array(
    z.object({
      child: z.object({ id: z.string(), givenName: z.string(), familyName: z.string() }),
      case: z.object({ id: z.string(), petitionNumber: z.string() }).nullable(),
      clocks: z.array(
        ClockDto.pick({ kind: true, status: true, dueDate: true, citation: true, unconfirmed: true }),
      ),
    }),
  ),
});
export type AtRiskDto = z.infer<typeof AtRiskAnswer>;

export const RecordTprExceptionBody = z.strictObject({
  reason: z.enum(TPR_EXCEPTION_REASONS),
  documentedDate: isoDate,
  /** The episode it is for; the child's current one when left out. */
  removalId: uuid.optional(),
  note: z.string().trim().max(2000).optional(),
});
