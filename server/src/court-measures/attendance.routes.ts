import { z } from 'zod';
import { route, tagged, type RouteDef } from '../platform/route.ts';
import { uuid, versionFromIfMatch } from '../platform/schemas.ts';
import { AttendanceAnswer, RecordAttendanceBody } from './attendance.dto.ts';
import { getAttendance, recordAttendance } from './attendance.service.ts';

const HearingParams = z.strictObject({ hearingId: uuid });

/** Who was at a hearing: parents (and whether represented), children and youth, professionals. */
export function attendanceRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/hearings/:hearingId/attendance',
      tag: 'hearings',
      summary: 'Who is expected at a hearing and who was recorded there, with the hearing ETag',
      permission: 'case.read',
      params: HearingParams,
      response: AttendanceAnswer,
      async handler({ ctx, params, reply }) {
        return tagged(reply, await getAttendance(ctx, params.hearingId));
      },
    }),
    route({
      method: 'PUT',
      url: '/api/v1/hearings/:hearingId/attendance',
      tag: 'hearings',
      summary:
        'Record who was at a hearing (in person, remote, excused, absent; parents represented or not), replacing the last record (If-Match on the hearing)',
      // Attendance is part of the hearing's outcome, recorded by those who record its order: the judge
      // on their docket and the clerk of the court.
      permission: 'order.record',
      params: HearingParams,
      body: RecordAttendanceBody,
      response: AttendanceAnswer,
      async handler({ ctx, params, body, headers, reply }) {
        return tagged(
          reply,
          await recordAttendance(ctx, params.hearingId, versionFromIfMatch(headers['if-match']), body),
        );
      },
    }),
  ];
}
