import { z } from 'zod';
import { route, tagged, type RouteDef } from '../platform/route.ts';
import { uuid, versionFromIfMatch } from '../platform/schemas.ts';
import {
  ContinuanceAnswer,
  ContinuancesReport,
  ContinueHearingBody,
  HearingAnswer,
  MoveHearingBody,
} from './continuance.dto.ts';
import { continueHearing, listContinuances } from './continuance.service.ts';
import { getHearing, moveHearing } from './hearing-move.service.ts';

const HearingParams = z.strictObject({ hearingId: uuid });
const CaseParams = z.strictObject({ caseId: uuid });

/** Moving and continuing hearings, and the continuances report of a case. */
export function continuanceRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/hearings/:hearingId',
      tag: 'hearings',
      summary: 'One hearing of a case you may open, with its deadline and an ETag for moving it',
      permission: 'case.read',
      params: HearingParams,
      response: HearingAnswer,
      async handler({ ctx, params, reply }) {
        return tagged(reply, await getHearing(ctx, params.hearingId));
      },
    }),
    route({
      method: 'PATCH',
      url: '/api/v1/hearings/:hearingId',
      tag: 'hearings',
      summary:
        'Move a hearing to a new time or courtroom (If-Match). A double-booking answers 409 with each conflict and the next free slots, unless acceptConflicts is sent with a reason',
      permission: 'hearing.schedule',
      params: HearingParams,
      body: MoveHearingBody,
      response: HearingAnswer,
      async handler({ ctx, params, body, headers, reply }) {
        return tagged(
          reply,
          await moveHearing(ctx, params.hearingId, versionFromIfMatch(headers['if-match']), body),
        );
      },
    }),
    route({
      method: 'POST',
      url: '/api/v1/hearings/:hearingId/continuance',
      tag: 'hearings',
      summary:
        'Continue a hearing: who asked and why (coded), the new hearing (at the time given or the first free slot), and what it did to the deadline',
      permission: 'hearing.schedule',
      params: HearingParams,
      body: ContinueHearingBody,
      response: ContinuanceAnswer,
      successStatus: 201,
      handler: ({ ctx, params, body }) => continueHearing(ctx, params.hearingId, body),
    }),
    route({
      method: 'GET',
      url: '/api/v1/cases/:caseId/continuances',
      tag: 'hearings',
      summary: 'The continuances of a case: who asked, why, the days each added and the deadlines passed',
      permission: 'case.read',
      params: CaseParams,
      response: ContinuancesReport,
      handler: ({ ctx, params }) => listContinuances(ctx, params.caseId),
    }),
  ];
}
