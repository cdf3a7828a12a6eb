import { z } from 'zod';
import { breakGlassReason } from '../access/break-glass.ts';
import { route, type RouteDef } from '../platform/route.ts';
import { uuid } from '../platform/schemas.ts';
import { Schedule } from './schedule.dto.ts';
import * as schedule from './schedule.service.ts';

const CaseParams = z.strictObject({ caseId: uuid });

export function scheduleRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/cases/:caseId/schedule',
      tag: 'calendar',
      summary:
        "The case's schedule: each hearing with its statutory deadline, its time on the judge's calendar and the rule that set it",
      permission: 'case.read',
      params: CaseParams,
      response: Schedule,
      handler: ({ ctx, params, headers }) =>
        schedule.getSchedule(ctx, params.caseId, breakGlassReason(ctx.actor, headers)),
    }),
  ];
}
