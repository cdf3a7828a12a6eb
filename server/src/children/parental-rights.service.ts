import { todayOf } from '@hearth/core';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import { fieldError, invalid, notFound, type FieldError } from '../platform/problem.ts';
import type { RecordParentalRightsBody } from './child.dto.ts';
import { findChild } from './child.repo.ts';
import * as repo from './parental-rights.repo.ts';

/**
 * Records a TPR petition, its dismissal, or the end of one parent's rights to one child: AFCARS 2020
 * reports these dates per parent (E63–E68), and the 15-of-22 clock asks whether a petition was filed
 * (SSA §475(5)(E); 45 CFR 1356.21(i)).
 */
export async function recordParentalRights(
  ctx: RequestContext,
  childId: string,
  input: z.infer<typeof RecordParentalRightsBody>,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    if (!(await findChild(tx, ctx.actor, 'parentalRights.record', childId, { forUpdate: true })))
      throw notFound('child');
    const problems: FieldError[] = [];
    if (input.eventDate > todayOf(ctx.clock)) problems.push(fieldError('eventDate', 'is in the future'));
    if (!(await repo.isParentOnChildsCase(tx, childId, input.parentPersonId)))
      problems.push(fieldError('parentPersonId', "is not a parent on this child's case"));
    if (input.orderId && !(await repo.isOrderOfChildsCase(tx, childId, input.orderId)))
      problems.push(fieldError('orderId', "is not an order of this child's case"));
    if (problems.length) throw invalid(problems);
    const id = await repo.insertParentalRightsEvent(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      childId,
      parentPersonId: input.parentPersonId,
      event: input.event,
      eventDate: input.eventDate,
      orderId: input.orderId ?? null,
    });
    await recordAudit(tx, ctx.audit, {
      action: 'parental_rights.recorded',
      entityType: 'child',
      entityId: childId,
      data: {
        eventId: id,
        event: input.event,
        eventDate: input.eventDate,
        parentPersonId: input.parentPersonId,
      },
    });
    return { id };
  });
}
