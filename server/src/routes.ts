import type { AppServices } from './app.ts';
import { accountRoutes } from './accounts/account.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { sessionRoutes } from './auth/session.routes.ts';
import { caseRoutes } from './cases/case.routes.ts';
import { childRoutes } from './children/child.routes.ts';
import { hearingRoutes } from './hearings/hearing.routes.ts';
import { publicRoute, type RouteDef } from './platform/route.ts';

/** Every product route, slice by slice. A route missing here is not served. */
export function allRoutes(services: AppServices): RouteDef[] {
  return [
    ...sessionRoutes(services),
    ...caseRoutes(),
    ...childRoutes(),
    ...hearingRoutes(),
    ...accountRoutes(services),
    ...auditRoutes(),
  ];
}

export function systemRoutes(openApi: () => Record<string, unknown>): RouteDef[] {
  return [
    publicRoute({
      method: 'GET',
      url: '/api/health',
      tag: 'system',
      summary: 'Liveness',
      public: true,
      handler: async () => ({ status: 'ok' }),
    }),
    publicRoute({
      method: 'GET',
      url: '/api/openapi.json',
      tag: 'system',
      summary: 'This API as an OpenAPI 3.1 document',
      public: true,
      handler: async () => openApi(),
    }),
  ];
}
