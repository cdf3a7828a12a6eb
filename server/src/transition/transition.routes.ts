import { route, tagged, type RouteDef } from '../platform/route.ts';
import { versionFromIfMatch } from '../platform/schemas.ts';
import {
  createAdulthoodPlan,
  getAdulthoodPlan,
  updateAdulthoodPlan,
  writeOwnGoals,
} from './adulthood.service.ts';
import { createHomePlan, listHomePlans, updateHomePlan } from './home-plan.service.ts';
import {
  AdulthoodPlanAnswer,
  AdulthoodPlanBody,
  ChildParams,
  Created,
  GoalsBody,
  HomePlanBody,
  HomePlanParams,
  HomePlansAnswer,
} from './transition.dto.ts';

export function transitionRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/children/:childId/transition-plans',
      tag: 'transition',
      summary:
        "A youth's plan to adulthood with its 90-day deadline, exit documents and versions (the youth reads their own)",
      permission: 'transition.read',
      params: ChildParams,
      response: AdulthoodPlanAnswer,
      async handler({ ctx, params, reply }) {
        return tagged(reply, await getAdulthoodPlan(ctx, params.childId));
      },
    }),
    route({
      method: 'POST',
      url: '/api/v1/children/:childId/transition-plans',
      tag: 'transition',
      summary: 'Record the plan to adulthood of a youth of 14 or older',
      // Part of the youth's case plan (SSA §475(1)(B)): the agency's right to record plans.
      permission: 'plan.record',
      params: ChildParams,
      body: AdulthoodPlanBody,
      response: Created,
      successStatus: 201,
      async handler({ ctx, params, body, reply }) {
        return tagged(reply, await createAdulthoodPlan(ctx, params.childId, body));
      },
    }),
    route({
      method: 'PUT',
      url: '/api/v1/children/:childId/transition-plans',
      tag: 'transition',
      summary: 'Record a new version of the plan to adulthood (If-Match required)',
      permission: 'plan.record',
      params: ChildParams,
      body: AdulthoodPlanBody,
      response: Created,
      async handler({ ctx, params, body, headers, reply }) {
        const version = versionFromIfMatch(headers['if-match']);
        return tagged(reply, await updateAdulthoodPlan(ctx, params.childId, version, body));
      },
    }),
    route({
      method: 'PUT',
      url: '/api/v1/children/:childId/transition-plans/goals',
      tag: 'transition',
      summary: 'The youth writes their own goals in their plan to adulthood (If-Match required)',
      permission: 'transition.writeGoals',
      params: ChildParams,
      body: GoalsBody,
      response: Created,
      async handler({ ctx, params, body, headers, reply }) {
        const version = versionFromIfMatch(headers['if-match']);
        return tagged(reply, await writeOwnGoals(ctx, params.childId, version, body.goals));
      },
    }),
    route({
      method: 'GET',
      url: '/api/v1/children/:childId/transition-home-plans',
      tag: 'transition',
      summary:
        "A child's transition home plans (services, safety plan, visit steps, aftercare), newest first",
      // Part of the child's permanency history: its readers, within their relationships.
      permission: 'child.readHistory',
      params: ChildParams,
      response: HomePlansAnswer,
      handler: ({ ctx, params }) => listHomePlans(ctx, params.childId),
    }),
    route({
      method: 'POST',
      url: '/api/v1/children/:childId/transition-home-plans',
      tag: 'transition',
      summary: 'Record the transition home plan of the current removal episode',
      permission: 'plan.record',
      params: ChildParams,
      body: HomePlanBody,
      response: Created,
      successStatus: 201,
      async handler({ ctx, params, body, reply }) {
        return tagged(reply, await createHomePlan(ctx, params.childId, body));
      },
    }),
    route({
      method: 'PUT',
      url: '/api/v1/children/:childId/transition-home-plans/:planId',
      tag: 'transition',
      summary: 'Change or complete a transition home plan (If-Match required)',
      permission: 'plan.record',
      params: HomePlanParams,
      body: HomePlanBody,
      response: Created,
      async handler({ ctx, params, body, headers, reply }) {
        const version = versionFromIfMatch(headers['if-match']);
        return tagged(reply, await updateHomePlan(ctx, params.childId, params.planId, version, body));
      },
    }),
  ];
}
