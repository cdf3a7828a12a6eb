import { ATTENDANCE_STATUSES } from '@hearth/core';
import { z } from 'zod';
import { uuid } from '../platform/schemas.ts';

/** Who was at a hearing (PUT /api/v1/hearings/:hearingId/attendance): the whole set, replacing the last. */
export const RecordAttendanceBody = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        personId: uuid,
        attendance: z.enum(ATTENDANCE_STATUSES),
        /** Parents and Indian custodians only: represented by counsel at this hearing. */
        represented: z.boolean().optional(),
      }),
    )
    .max(100),
});
export type RecordAttendanceBody = z.infer<typeof RecordAttendanceBody>;

export const AttendancePerson = z.object({
  personId: z.string(),
  name: z.string(),
  /** The person's role on the case, or 'child'. */
  role: z.string(),
  /** A child's age on the hearing date. */
  age: z.number().nullable(),
  attendance: z.enum(ATTENDANCE_STATUSES).nullable(),
  represented: z.boolean().nullable(),
});

export const AttendanceAnswer = z.object({
  hearingId: z.string(),
  caseId: z.string(),
  petitionNumber: z.string(),
  hearingType: z.string(),
  start: z.string(),
  /** The hearing's date on the court's calendar. */
  date: z.string(),
  status: z.string(),
  /** Attendance can be recorded: the hearing's day has come and it was not vacated or cancelled. */
  open: z.boolean(),
  recorded: z.boolean(),
  people: z.array(AttendancePerson),
  version: z.number(),
});
export type AttendanceAnswer = z.infer<typeof AttendanceAnswer>;
