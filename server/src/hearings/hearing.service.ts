import { todayOf } from '@hearth/core';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit-log.ts';
import * as cases from '../cases/case.repo.ts';
import { recomputeSchedule } from '../calendar/schedule.service.ts';
import type { RequestContext } from '../platform/context.ts';
import { fieldError, invalid, notFound, type FieldError } from '../platform/problem.ts';
import {
  acceptedReason,
  auditDoubleBooking,
  auditingConflicts,
  checkCalendar,
} from '../calendar/conflict-guard.ts';
import type { RecordOrderBody, ScheduleHearingBody } from './hearing.dto.ts';
import * as repo from './hearing.repo.ts';

/**
 * Sets a hearing on a case. The judge defaults to the case's assigned judge (one family, one judge).
 * Double-bookings are checked in the same transaction: 409 with the free slots offered instead, unless
 * knowingly accepted with a reason (server/src/calendar/conflict-guard.ts).
 */
export async function scheduleHearing(
  ctx: RequestContext,
  caseId: string,
  input: z.infer<typeof ScheduleHearingBody>,
): Promise<{ id: string }> {
  return auditingConflicts(ctx, () => setHearing(ctx, caseId, input));
}

async function setHearing(
  ctx: RequestContext,
  caseId: string,
  input: z.infer<typeof ScheduleHearingBody>,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    const c = await cases.findCase(tx, ctx.actor, 'hearing.schedule', caseId);
    if (!c) throw notFound('case');
    const problems: FieldError[] = [];
    if (new Date(input.scheduledEnd) <= new Date(input.scheduledStart))
      problems.push(fieldError('scheduledEnd', 'must be after the start'));
    if (input.courtroomId && !(await repo.courtroomOfCourt(tx, input.courtroomId, c.court_id)))
      problems.push(fieldError('courtroomId', "is not a courtroom of the case's court"));
    if (input.judgeId && !(await cases.judgeInJurisdiction(tx, ctx.actor.jurisdictionId, input.judgeId)))
      problems.push(fieldError('judgeId', 'is not a judge of your jurisdiction'));
    if (problems.length) throw invalid(problems);
    const acceptReason = acceptedReason(input);
    const judgeId = input.judgeId ?? c.assigned_judge_id;
    const accepted = await checkCalendar(
      tx,
      ctx,
      {
        caseId,
        courtId: c.court_id,
        hearingId: null,
        start: input.scheduledStart,
        end: input.scheduledEnd,
        judgeId,
        courtroomId: input.courtroomId ?? null,
      },
      { deadline: null, acceptReason },
    );
    const id = await repo.insertHearing(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      caseId,
      hearingType: input.hearingType,
      scheduledStart: input.scheduledStart,
      scheduledEnd: input.scheduledEnd,
      judgeId,
      courtroomId: input.courtroomId ?? null,
    });
    if (acceptReason) await auditDoubleBooking(tx, ctx, id, acceptReason, accepted);
    await recordAudit(tx, ctx.audit, {
      action: 'hearing.scheduled',
      entityType: 'hearing',
      entityId: id,
      data: { caseId, hearingType: input.hearingType, start: input.scheduledStart },
    });
    return { id };
  });
}

/** Records an order and its findings, as structured data, in one transaction. */
export async function recordOrder(
  ctx: RequestContext,
  caseId: string,
  input: z.infer<typeof RecordOrderBody>,
): Promise<{ id: string; adjudicatedEpisodes: string[] }> {
  return ctx.db.transaction(async (tx) => {
    const c = await cases.findCase(tx, ctx.actor, 'order.record', caseId);
    if (!c) throw notFound('case');
    const problems: FieldError[] = [];
    const today = todayOf(ctx.clock);
    if (input.signedDate > today) problems.push(fieldError('signedDate', 'is in the future'));
    if (input.signedDate < c.filing_date)
      problems.push(fieldError('signedDate', 'is before the petition was filed'));
    if (input.hearingId && !(await repo.hearingOfCase(tx, input.hearingId, caseId)))
      problems.push(fieldError('hearingId', 'is not a hearing of this case'));
    const childIds = new Set((await cases.loadCaseChildren(tx, caseId)).map((ch) => ch.id));
    input.findings.forEach((f, i) => {
      if (!childIds.has(f.childId))
        problems.push(fieldError(`findings.${i}.childId`, 'is not a child on this case'));
      if (f.findingDate && f.findingDate > today)
        problems.push(fieldError(`findings.${i}.findingDate`, 'is in the future'));
    });
    if (problems.length) throw invalid(problems);
    const orderId = await repo.insertOrder(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      caseId,
      hearingId: input.hearingId ?? null,
      orderType: input.orderType,
      signedDate: input.signedDate,
      judgeId: ctx.actor.judgeId ?? c.assigned_judge_id,
    });
    const adjudicated: string[] = [];
    for (const f of input.findings) {
      const findingDate = f.findingDate ?? input.signedDate;
      await repo.insertFinding(tx, {
        jurisdictionId: ctx.actor.jurisdictionId,
        orderId,
        childId: f.childId,
        findingType: f.findingType,
        isMade: f.isMade,
        findingDate,
        detail: f.detail ?? null,
      });
      if (f.findingType === 'adjudication' && f.isMade)
        adjudicated.push(...(await repo.setAdjudicationDate(tx, f.childId, findingDate)));
    }
    await recordAudit(tx, ctx.audit, {
      action: 'order.recorded',
      entityType: 'court_order',
      entityId: orderId,
      data: {
        caseId,
        orderType: input.orderType,
        findings: input.findings.map((f) => ({ childId: f.childId, type: f.findingType, isMade: f.isMade })),
        adjudicatedEpisodes: adjudicated,
      },
    });
    // Events that move the schedule (advance calendaring, issue 4).
    const made = (type: string): boolean => input.findings.some((f) => f.findingType === type && f.isMade);
    const reason =
      input.orderType === 'dismissal'
        ? 'dismissal'
        : made('reasonable_efforts_not_required')
          ? 'no_reasonable_efforts'
          : made('adjudication')
            ? 'adjudication'
            : null;
    if (reason) await recomputeSchedule(tx, ctx, caseId, reason);
    return { id: orderId, adjudicatedEpisodes: adjudicated };
  });
}
