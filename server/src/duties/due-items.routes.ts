import { route, type RouteDef } from '../platform/route.ts';
import { DueItemsAnswer } from './due-items.dto.ts';
import { listDueItems } from './due-items.service.ts';

export function dueItemRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/me/due-items',
      tag: 'duties',
      summary:
        'What is due for the children in foster care whose history you read (your cases, your unit): monthly visits, permanency hearings, trial home visits, 15 of 22 months, court reports',
      // The items are computed from each child's removals, placements and visits: their history.
      permission: 'child.readHistory',
      response: DueItemsAnswer,
      handler: ({ ctx }) => listDueItems(ctx),
    }),
  ];
}
