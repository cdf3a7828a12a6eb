import { route, type RouteDef } from '../platform/route.ts';
import { ChildParams } from './child.dto.ts';
import { ChildPeople } from './child-people.dto.ts';
import { getChildPeople } from './child-people.service.ts';

export function childPeopleRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/children/:childId/people',
      tag: 'children',
      summary:
        "The professionals on a child's open cases (judge, caseworker, the child's GAL or attorney, CASA) and how to reach the caseworker and the child's counsel; never parents or other children",
      // Part of the basic record: whoever may open the child's basic record (the youth themself, the
      // caregiver it lives with, the professionals on the case) may know who is working on it.
      permission: 'child.read',
      params: ChildParams,
      response: ChildPeople,
      handler: ({ ctx, params }) => getChildPeople(ctx, params.childId),
    }),
  ];
}
