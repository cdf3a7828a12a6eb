import type { RequestContext } from '../platform/context.ts';
import type { CourtListDto, ProviderListDto } from './lookup.dto.ts';
import * as repo from './lookup.repo.ts';

/**
 * Reference lists for the forms. They hold no child's or family's data, so reading them is not audited
 * (the audit records reads of case and child records); a refused call is audited by the route guard.
 */
export async function listCourts(ctx: RequestContext): Promise<CourtListDto> {
  return { items: await repo.listCourts(ctx.db, ctx.actor.jurisdictionId, ctx.actor.courtId) };
}

export async function listProviders(ctx: RequestContext): Promise<ProviderListDto> {
  return { items: await repo.listProviders(ctx.db, ctx.actor.jurisdictionId) };
}
