import { z } from 'zod';
import { breakGlassReason } from '../access/break-glass.ts';
import { route, tagged, type RouteDef } from '../platform/route.ts';
import { uuid, versionFromIfMatch } from '../platform/schemas.ts';
import {
  AddParticipantBody,
  CaseDetail,
  CaseList,
  CaseListQuery,
  NewChild,
  OpenCaseBody,
  UpdateCaseBody,
} from './case.dto.ts';
import * as cases from './case.service.ts';

const CaseParams = z.strictObject({ caseId: uuid });
const Created = z.object({ id: z.string() });

export function caseRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/cases',
      tag: 'cases',
      summary: 'List the cases you may open (your caseload, docket or court), soonest hearing first',
      permission: 'case.read',
      query: CaseListQuery,
      response: CaseList,
      handler: ({ ctx, query }) => cases.listCases(ctx, query),
    }),
    route({
      method: 'POST',
      url: '/api/v1/cases',
      tag: 'cases',
      summary: 'Open a case from a filed petition, with its children',
      permission: 'case.open',
      body: OpenCaseBody,
      response: Created,
      successStatus: 201,
      handler: ({ ctx, body }) => cases.openCase(ctx, body),
    }),
    route({
      method: 'GET',
      url: '/api/v1/cases/:caseId',
      tag: 'cases',
      summary: 'The case page: parties, children, hearings, orders and findings. ETag for updates.',
      permission: 'case.read',
      params: CaseParams,
      response: CaseDetail,
      async handler({ ctx, params, headers, reply }) {
        return tagged(reply, await cases.getCase(ctx, params.caseId, breakGlassReason(ctx.actor, headers)));
      },
    }),
    route({
      method: 'PATCH',
      url: '/api/v1/cases/:caseId',
      tag: 'cases',
      summary: 'Change a case (If-Match required; a stale ETag gets 412 and changes nothing)',
      permission: 'case.update',
      params: CaseParams,
      body: UpdateCaseBody,
      response: CaseDetail,
      async handler({ ctx, params, body, headers, reply }) {
        return tagged(
          reply,
          await cases.updateCase(ctx, params.caseId, versionFromIfMatch(headers['if-match']), body),
        );
      },
    }),
    route({
      method: 'POST',
      url: '/api/v1/cases/:caseId/participants',
      tag: 'cases',
      summary: 'Add a party or professional to a case',
      permission: 'participant.manage',
      params: CaseParams,
      body: AddParticipantBody,
      response: Created,
      successStatus: 201,
      handler: ({ ctx, params, body }) => cases.addParticipant(ctx, params.caseId, body),
    }),
    route({
      method: 'POST',
      url: '/api/v1/cases/:caseId/children',
      tag: 'cases',
      summary: 'Add a child to an open case (the petition amended to name another child)',
      // A child named in the petition is a party to the case, and `participant.manage` is the registry's
      // "add a party to a case": the clerk (their court), the caseworker (their cases) and the supervisor
      // (their unit) hold it, the people who file or docket an amended petition. `case.update` is the
      // clerk's alone and changes the case's own fields (judge, allegations, status), not who is on it.
      permission: 'participant.manage',
      params: CaseParams,
      body: NewChild,
      response: Created,
      successStatus: 201,
      handler: ({ ctx, params, body }) => cases.addChild(ctx, params.caseId, body),
    }),
  ];
}
