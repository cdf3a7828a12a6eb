import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import { notFound } from '../platform/problem.ts';
import type { ChildPeopleDto } from './child-people.dto.ts';
import { findChildPeople } from './child-people.repo.ts';

/** The people on a child's case, for the child's own page (the youth's home). Out of reach → 404. */
export async function getChildPeople(ctx: RequestContext, childId: string): Promise<ChildPeopleDto> {
  const people = await findChildPeople(ctx.db, ctx.actor, childId);
  if (!people) throw notFound('child');
  await recordAudit(ctx.db, ctx.audit, {
    action: 'child.people_viewed',
    entityType: 'child',
    entityId: childId,
    data: { roles: people.map((p) => p.role) },
  });
  return { people };
}
