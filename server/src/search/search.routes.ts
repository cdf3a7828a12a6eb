import { route, type RouteDef } from '../platform/route.ts';
import { SearchQueryParams, SearchResults } from './search.dto.ts';
import * as search from './search.service.ts';

export function searchRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/search',
      tag: 'search',
      summary:
        'Find the children, cases and people on cases you may read by name (close spellings too), date of birth or petition number',
      // Every role that may read a case may also read its children, so `child.read` admits exactly the
      // roles holding `case.read` or `child.read`; which cases come back is then `case.read`'s scope.
      permission: 'child.read',
      query: SearchQueryParams,
      response: SearchResults,
      handler: ({ ctx, query }) => search.search(ctx, query),
    }),
  ];
}
