import { route, type RouteDef } from '../platform/route.ts';
import { CourtList, ProviderList } from './lookup.dto.ts';
import * as lookups from './lookup.service.ts';

export function lookupRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/lookups/courts',
      tag: 'lookups',
      summary:
        'The courts of your jurisdiction, with their courtrooms and judges (to open a case, set a hearing)',
      // Everyone who opens a case, changes one or sets a hearing may also open cases (`case.read`).
      permission: 'case.read',
      response: CourtList,
      handler: ({ ctx }) => lookups.listCourts(ctx),
    }),
    route({
      method: 'GET',
      url: '/api/v1/lookups/providers',
      tag: 'lookups',
      summary:
        'The placement providers of your jurisdiction (foster homes, group homes), to record a placement',
      // Only the people who record placements need the list of homes.
      permission: 'placement.record',
      response: ProviderList,
      handler: ({ ctx }) => lookups.listProviders(ctx),
    }),
  ];
}
