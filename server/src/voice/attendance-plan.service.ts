import { diffFields, todayOf } from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import { fieldError, invalid, notFound, preconditionFailed } from '../platform/problem.ts';
import { etagOf } from '../platform/schemas.ts';
import type { PermissionDto, PlanDto, RecordPermissionBody, RecordPlanBody } from './voice.dto.ts';
import * as repo from './voice.repo.ts';
import * as planRepo from './attendance-plan.repo.ts';
import { checkVersion, notEligible, toPlan, writable, type Tagged } from './voice.shared.ts';

/**
 * How the youth will attend, and the court's permission for a younger child to take part (domain-rules
 * §7.3, §9). One use case per exported function, one transaction each, its audit row inside it
 * (voice.shared.ts).
 */

/**
 * How the youth will attend (in person, remote, excused with a reason), recorded by the youth, their
 * attorney or GAL, or their caseworker, until the hearing closes. What happened is the clerk's record.
 */
export async function recordPlan(
  ctx: RequestContext,
  hearingId: string,
  childId: string,
  ifMatch: number | null,
  input: RecordPlanBody,
): Promise<Tagged<PlanDto>> {
  if ((input.attendance === 'excused') !== (input.reason !== undefined))
    throw invalid([
      fieldError(
        'reason',
        input.attendance === 'excused' ? 'say why the youth is excused' : 'is only for an excused youth',
      ),
    ]);
  return ctx.db.transaction(async (tx) => {
    const role = await planRepo.planWriterRole(tx, ctx.actor, hearingId, childId);
    if (!role) throw notFound('hearing');
    const { child, eligibility } = await writable(tx, ctx, hearingId, childId);
    if (!eligibility.allowed) notEligible(eligibility);
    const before = await planRepo.planOf(tx, hearingId, childId);
    const version = checkVersion(before, ifMatch, () => toPlan(before!));
    const ok = await planRepo.upsertPlan(
      tx,
      {
        jurisdictionId: child.jurisdiction_id,
        hearingId,
        childId,
        attendance: input.attendance,
        reason: input.reason ?? null,
        recordedBy: ctx.actor.accountId,
        role,
        now: ctx.clock.now(),
      },
      version,
    );
    const after = await planRepo.planOf(tx, hearingId, childId);
    if (!ok || !after) throw preconditionFailed(after ? toPlan(after) : {}, etagOf(after?.version ?? 0));
    await recordAudit(tx, ctx.audit, {
      action: 'attendance_plan.recorded',
      entityType: 'hearing',
      entityId: hearingId,
      data: {
        childId,
        role,
        changes: diffFields(
          before ? { attendance: before.attendance, excusedWithReason: before.reason !== null } : {},
          { attendance: after.attendance, excusedWithReason: after.reason !== null },
        ),
      },
    });
    return { dto: toPlan(after), etag: etagOf(after.version) };
  });
}

/**
 * The court's permission for a child under the voice age to write to the judge, as its order says
 * (order.record: the judge on their docket, the clerk of the court). If-Match once recorded.
 */
export async function recordPermission(
  ctx: RequestContext,
  childId: string,
  ifMatch: number | null,
  input: RecordPermissionBody,
): Promise<Tagged<PermissionDto>> {
  return ctx.db.transaction(async (tx) => {
    const child = await repo.findVoiceChild(tx, ctx.actor, 'order.record', childId, { forUpdate: true });
    if (!child) throw notFound('child');
    if (input.orderDate > todayOf(ctx.clock, child.time_zone))
      throw invalid([fieldError('orderDate', 'is after today: record the order once it is made')]);
    const before =
      child.permission_version === null
        ? null
        : {
            granted: child.permission_granted!,
            orderDate: child.permission_order_date!,
            version: child.permission_version,
          };
    const version = checkVersion(before, ifMatch, () => before!);
    const ok = await planRepo.upsertPermission(
      tx,
      {
        jurisdictionId: child.jurisdiction_id,
        childId,
        granted: input.granted,
        orderDate: input.orderDate,
        recordedBy: ctx.actor.accountId,
        now: ctx.clock.now(),
      },
      version,
    );
    const after = await repo.findVoiceChild(tx, ctx.actor, 'order.record', childId);
    if (!ok || !after?.permission_version)
      throw preconditionFailed(before ?? {}, etagOf(before?.version ?? 0));
    const dto = {
      granted: after.permission_granted!,
      orderDate: after.permission_order_date!,
      version: after.permission_version,
    };
    await recordAudit(tx, ctx.audit, {
      action: 'voice_permission.recorded',
      entityType: 'child',
      entityId: childId,
      data: {
        changes: diffFields(before ? { granted: before.granted, orderDate: before.orderDate } : {}, {
          granted: dto.granted,
          orderDate: dto.orderDate,
        }),
      },
    });
    return { dto, etag: etagOf(dto.version) };
  });
}
