import { z } from 'zod';
import { breakGlassReason } from '../access/break-glass.ts';
import { route, tagged, type RouteDef } from '../platform/route.ts';
import { Page, versionFromIfMatch } from '../platform/schemas.ts';
import {
  ChildParams,
  ChildRecord,
  RecordPlacementBody,
  RecordParentalRightsBody,
  RecordPlanBody,
  RecordRemovalBody,
  RecordSensitiveBody,
  RemovalParams,
  UpdateChildBody,
  UpdateRemovalBody,
} from './child.dto.ts';
import * as children from './child.service.ts';
import * as removals from './removal.service.ts';
import { recordParentalRights } from './parental-rights.service.ts';

const Created = z.object({ id: z.string() });

export function childRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/children',
      tag: 'children',
      summary:
        'The children you may see (placed with you, your own record, your caseload), with next hearings',
      permission: 'child.read',
      query: Page,
      handler: ({ ctx, query }) => children.listChildren(ctx, query.limit, query.offset),
    }),
    route({
      method: 'GET',
      url: '/api/v1/children/:childId',
      tag: 'children',
      summary:
        "A child's record as you may see it; sensitive classes only with a grant or a stated break-the-glass reason",
      permission: 'child.read',
      params: ChildParams,
      response: ChildRecord,
      async handler({ ctx, params, headers, reply }) {
        return tagged(
          reply,
          await children.getChild(ctx, params.childId, breakGlassReason(ctx.actor, headers)),
        );
      },
    }),
    route({
      method: 'PATCH',
      url: '/api/v1/children/:childId',
      tag: 'children',
      summary: "Correct a child's name, birth date, sex, language or county (If-Match required)",
      permission: 'child.update',
      params: ChildParams,
      body: UpdateChildBody,
      response: ChildRecord,
      async handler({ ctx, params, body, headers, reply }) {
        return tagged(
          reply,
          await children.updateChild(ctx, params.childId, versionFromIfMatch(headers['if-match']), body),
        );
      },
    }),
    route({
      method: 'POST',
      url: '/api/v1/children/:childId/removals',
      tag: 'children',
      summary: 'Record a removal (the start of an episode in foster care)',
      permission: 'removal.record',
      params: ChildParams,
      body: RecordRemovalBody,
      response: Created,
      successStatus: 201,
      handler: ({ ctx, params, body }) => removals.recordRemoval(ctx, params.childId, body),
    }),
    route({
      method: 'PATCH',
      url: '/api/v1/removals/:removalId',
      tag: 'children',
      summary: 'Record the adjudication date or the discharge of an episode (If-Match required)',
      permission: 'removal.record',
      params: RemovalParams,
      body: UpdateRemovalBody,
      response: Created,
      async handler({ ctx, params, body, headers, reply }) {
        return tagged(
          reply,
          await removals.updateRemoval(ctx, params.removalId, versionFromIfMatch(headers['if-match']), body),
        );
      },
    }),
    route({
      method: 'POST',
      url: '/api/v1/removals/:removalId/placements',
      tag: 'children',
      summary: 'Record a placement (living arrangement) inside a removal episode',
      permission: 'placement.record',
      params: RemovalParams,
      body: RecordPlacementBody,
      response: Created,
      successStatus: 201,
      handler: ({ ctx, params, body }) => removals.recordPlacement(ctx, params.removalId, body),
    }),
    route({
      method: 'POST',
      url: '/api/v1/children/:childId/permanency-plans',
      tag: 'children',
      summary: 'Record a primary or concurrent permanency plan',
      permission: 'plan.record',
      params: ChildParams,
      body: RecordPlanBody,
      response: Created,
      successStatus: 201,
      handler: ({ ctx, params, body }) => children.recordPlan(ctx, params.childId, body),
    }),
    route({
      method: 'POST',
      url: '/api/v1/children/:childId/parental-rights',
      tag: 'children',
      summary:
        "Record a TPR petition, its dismissal, or the termination or relinquishment of a parent's rights",
      permission: 'parentalRights.record',
      params: ChildParams,
      body: RecordParentalRightsBody,
      response: Created,
      successStatus: 201,
      handler: ({ ctx, params, body }) => recordParentalRights(ctx, params.childId, body),
    }),
    route({
      method: 'POST',
      url: '/api/v1/children/:childId/sensitive',
      tag: 'children',
      summary: 'Record a sensitive fact (needs a grant for its class)',
      permission: 'sensitive.write',
      params: ChildParams,
      body: RecordSensitiveBody,
      response: Created,
      successStatus: 201,
      handler: ({ ctx, params, body }) => children.recordSensitive(ctx, params.childId, body),
    }),
  ];
}
