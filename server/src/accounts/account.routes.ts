import { z } from 'zod';
import type { AppServices } from '../app.ts';
import { route, type RouteDef } from '../platform/route.ts';
import { Page, uuid } from '../platform/schemas.ts';
import { CreateAccountBody, GrantBody, SetRolesBody } from './account.dto.ts';
import * as accounts from './account.service.ts';

export function accountRoutes(services: AppServices): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/accounts',
      tag: 'accounts',
      summary: 'Accounts of your jurisdiction with their roles',
      permission: 'account.manage',
      query: Page,
      handler: ({ ctx, query }) => accounts.listAccounts(ctx, query.limit, query.offset),
    }),
    route({
      method: 'POST',
      url: '/api/v1/accounts',
      tag: 'accounts',
      summary: 'Create an account',
      permission: 'account.manage',
      body: CreateAccountBody,
      response: z.object({ id: z.string() }),
      successStatus: 201,
      handler: ({ ctx, body }) =>
        accounts.createAccount(ctx.db, ctx.audit, { ...body, jurisdictionId: ctx.actor.jurisdictionId }),
    }),
    route({
      method: 'PUT',
      url: '/api/v1/accounts/:accountId/roles',
      tag: 'accounts',
      summary: "Replace an account's roles (you cannot remove your own right to manage accounts)",
      permission: 'account.manage',
      params: z.strictObject({ accountId: uuid }),
      body: SetRolesBody,
      async handler({ ctx, params, body }) {
        await accounts.setRoles(ctx, params.accountId, body);
        services.sessions.evictAccount(params.accountId); // the new roles apply from the next request
      },
    }),
    route({
      method: 'POST',
      url: '/api/v1/sensitive-grants',
      tag: 'accounts',
      summary: 'Grant an account one sensitive field class, for one case or all it may open',
      permission: 'sensitive.grant',
      body: GrantBody,
      response: z.object({ id: z.string() }),
      successStatus: 201,
      handler: ({ ctx, body }) => accounts.grantSensitive(ctx, body),
    }),
  ];
}
