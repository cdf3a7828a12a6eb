import { z } from 'zod';
import { route, type RouteDef } from '../platform/route.ts';
import { uuid } from '../platform/schemas.ts';
import { RecordOrderBody, ScheduleHearingBody } from './hearing.dto.ts';
import * as hearings from './hearing.service.ts';

const CaseParams = z.strictObject({ caseId: uuid });

export function hearingRoutes(): RouteDef[] {
  return [
    route({
      method: 'POST',
      url: '/api/v1/cases/:caseId/hearings',
      tag: 'hearings',
      summary: 'Set a hearing on a case',
      permission: 'hearing.schedule',
      params: CaseParams,
      body: ScheduleHearingBody,
      response: z.object({ id: z.string() }),
      successStatus: 201,
      handler: ({ ctx, params, body }) => hearings.scheduleHearing(ctx, params.caseId, body),
    }),
    route({
      method: 'POST',
      url: '/api/v1/cases/:caseId/orders',
      tag: 'hearings',
      summary:
        'Record an order with its findings (contrary to the welfare, reasonable efforts, adjudication, ICWA)',
      permission: 'order.record',
      params: CaseParams,
      body: RecordOrderBody,
      response: z.object({ id: z.string(), adjudicatedEpisodes: z.array(z.string()) }),
      successStatus: 201,
      handler: ({ ctx, params, body }) => hearings.recordOrder(ctx, params.caseId, body),
    }),
  ];
}
