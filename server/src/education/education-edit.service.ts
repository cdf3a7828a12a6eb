import { checkBestInterest, diffFields, todayOf, type BestInterestDecision } from '@hearth/core';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import {
  fieldError,
  invalid,
  notFound,
  preconditionFailed,
  preconditionRequired,
  type FieldError,
} from '../platform/problem.ts';
import { etagOf } from '../platform/schemas.ts';
import type { UpdateBestInterestBody, UpdateEnrollmentBody } from './education.dto.ts';
import * as repo from './education.repo.ts';
import * as writes from './education-writes.repo.ts';

/**
 * Edits of the education record that arrive later: a school's exit and records dates, a determination's
 * dispute and outcome, or its transport plan. Each sends the version it loaded in If-Match; a stale one
 * answers 412 with the record as it is now, named as the request names it.
 */

export async function updateEnrollment(
  ctx: RequestContext,
  childId: string,
  enrollmentId: string,
  ifMatch: number | null,
  patch: z.infer<typeof UpdateEnrollmentBody>,
): Promise<{ dto: { id: string; version: number }; etag: string }> {
  if (ifMatch === null) throw preconditionRequired();
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.findChild(tx, ctx.actor, 'education.record', childId, { forUpdate: true })))
      throw notFound('child');
    const before = await repo.findEnrollment(tx, childId, enrollmentId);
    if (!before) throw notFound('school enrollment');
    const current = {
      exitedOn: before.exited_on,
      exitReason: before.exit_reason,
      recordsRequestedOn: before.records_requested_on,
      recordsReceivedOn: before.records_received_on,
    };
    if (before.version !== ifMatch) throw preconditionFailed(current, etagOf(before.version));
    const next = {
      exitedOn: patch.exitedOn === undefined ? before.exited_on : patch.exitedOn,
      exitReason: patch.exitReason === undefined ? before.exit_reason : patch.exitReason,
      recordsRequestedOn:
        patch.recordsRequestedOn === undefined ? before.records_requested_on : patch.recordsRequestedOn,
      recordsReceivedOn:
        patch.recordsReceivedOn === undefined ? before.records_received_on : patch.recordsReceivedOn,
    };
    const today = todayOf(ctx.clock, ctx.timeZone);
    const problems: FieldError[] = [];
    if (next.exitedOn !== null && next.exitedOn < before.enrolled_on)
      problems.push(fieldError('exitedOn', `is before the child enrolled (${before.enrolled_on})`));
    for (const f of ['exitedOn', 'recordsRequestedOn', 'recordsReceivedOn'] as const)
      if (patch[f] && patch[f] > today) problems.push(fieldError(f, 'is in the future'));
    if ((next.exitedOn === null) !== (next.exitReason === null))
      problems.push(fieldError('exitReason', 'an exit date and its reason go together'));
    if (problems.length) throw invalid(problems);
    const saved = await writes.updateEnrollment(tx, enrollmentId, before.version, {
      exited_on: next.exitedOn,
      exit_reason: next.exitReason,
      records_requested_on: next.recordsRequestedOn,
      records_received_on: next.recordsReceivedOn,
    });
    if (!saved) throw preconditionFailed(current, etagOf(before.version));
    await recordAudit(tx, ctx.audit, {
      action: 'education.updated',
      entityType: 'school_enrollment',
      entityId: enrollmentId,
      data: { childId, changes: diffFields(current, next) },
    });
    const version = before.version + 1;
    return { dto: { id: enrollmentId, version }, etag: etagOf(version) };
  });
}

export async function updateBestInterest(
  ctx: RequestContext,
  childId: string,
  determinationId: string,
  ifMatch: number | null,
  patch: z.infer<typeof UpdateBestInterestBody>,
): Promise<{ dto: { id: string; version: number }; etag: string }> {
  if (ifMatch === null) throw preconditionRequired();
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.findChild(tx, ctx.actor, 'education.record', childId, { forUpdate: true })))
      throw notFound('child');
    const before = await repo.findDetermination(tx, childId, determinationId);
    if (!before) throw notFound('best-interest determination');
    const beforeTransport =
      before.transport_provider && before.transport_payer && before.transport_starts_on
        ? {
            provider: before.transport_provider,
            payer: before.transport_payer,
            startsOn: before.transport_starts_on,
            notes: before.transport_notes,
          }
        : null;
    const current = {
      disputed: before.disputed,
      disputeOutcome: before.dispute_outcome,
      transport: beforeTransport,
    };
    if (before.version !== ifMatch) throw preconditionFailed(current, etagOf(before.version));
    const transport =
      patch.transport === undefined
        ? beforeTransport
        : patch.transport && { ...patch.transport, notes: patch.transport.notes || null };
    const next = {
      disputed: patch.disputed ?? before.disputed,
      disputeOutcome: patch.disputeOutcome === undefined ? before.dispute_outcome : patch.disputeOutcome,
      transport,
    };
    const problems = checkBestInterest({
      decidedOn: before.decided_on,
      decision: before.decision as BestInterestDecision,
      participants: before.participants,
      factors: before.factors,
      ...next,
      transport: next.transport as Parameters<typeof checkBestInterest>[0]['transport'],
    }).map((p) => fieldError(p.field, p.message));
    if (problems.length) throw invalid(problems);
    const saved = await writes.updateDetermination(tx, determinationId, before.version, {
      disputed: next.disputed,
      dispute_outcome: next.disputeOutcome,
      transport_provider: next.transport?.provider ?? null,
      transport_payer: next.transport?.payer ?? null,
      transport_starts_on: next.transport?.startsOn ?? null,
      transport_notes: next.transport?.notes ?? null,
    });
    if (!saved) throw preconditionFailed(current, etagOf(before.version));
    await recordAudit(tx, ctx.audit, {
      action: 'education.updated',
      entityType: 'education_best_interest',
      entityId: determinationId,
      data: { childId, changes: diffFields(current, next) },
    });
    const version = before.version + 1;
    return { dto: { id: determinationId, version }, etag: etagOf(version) };
  });
}
