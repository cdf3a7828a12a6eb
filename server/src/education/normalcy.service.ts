import { hasPermission, todayOf, type ActivityCategory } from '@hearth/core';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import { fieldError, invalid, notFound, type FieldError } from '../platform/problem.ts';
import type {
  NormalcyRecordDto,
  RecordNormalcyConversationBody,
  RecordNormalcyDecisionBody,
} from './education.dto.ts';
import { findChild } from './education.repo.ts';
import * as repo from './normalcy.repo.ts';

/**
 * Normalcy (SSA §475(10)–(11); domain-rules §7.3): the caregiver's reasonable-and-prudent-parent
 * decisions on activities, and conversations with the youth about what they want to do. Read by whoever
 * reads the child's basic record (the caregiver only for a child placed with them, the youth their own);
 * recorded by the caregiver it lives with and the agency's workers on the case (`normalcy.record`).
 */
export async function getNormalcy(ctx: RequestContext, childId: string): Promise<NormalcyRecordDto> {
  return ctx.db.transaction(async (tx) => {
    if (!(await findChild(tx, ctx.actor, 'child.read', childId))) throw notFound('child');
    const decisions = await repo.loadDecisions(tx, [childId]);
    const conversations = await repo.loadConversations(tx, childId);
    await recordAudit(tx, ctx.audit, {
      action: 'normalcy.viewed',
      entityType: 'child',
      entityId: childId,
      data: { decisions: decisions.length, conversations: conversations.length },
    });
    return {
      childId,
      decisions: decisions.map((d) => ({
        id: d.id,
        category: d.category as ActivityCategory,
        activity: d.activity,
        decidedOn: d.decided_on,
        decidedBy: d.decided_by_name,
        decidedByRole: d.decided_by_role,
        approved: d.approved,
        notes: d.notes,
      })),
      conversations: conversations.map((c) => ({
        id: c.id,
        heldOn: c.held_on,
        heldBy: c.held_by_name,
        heldByRole: c.held_by_role,
        wants: c.wants,
        barriers: c.barriers,
        followUp: c.follow_up,
        followUpBy: c.follow_up_by,
      })),
    };
  });
}

/** The role in which the actor records: the first of its roles that holds `normalcy.record`. */
const recordingRole = (ctx: RequestContext): string =>
  ctx.actor.roles.find((r) => hasPermission([r], 'normalcy.record')) ?? 'other';

/** A reasonable-and-prudent-parent decision: what, decided when, by whom, allowed or not (§475(10)). */
export async function recordNormalcyDecision(
  ctx: RequestContext,
  childId: string,
  input: z.infer<typeof RecordNormalcyDecisionBody>,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    if (!(await findChild(tx, ctx.actor, 'normalcy.record', childId, { forUpdate: true })))
      throw notFound('child');
    if (input.decidedOn > todayOf(ctx.clock, ctx.timeZone))
      throw invalid([fieldError('decidedOn', 'is in the future: record a decision once it is made')]);
    const id = await repo.insertDecision(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      childId,
      category: input.category,
      activity: input.activity,
      decidedOn: input.decidedOn,
      decidedByName: input.decidedBy || ctx.actor.label,
      decidedByRole: recordingRole(ctx),
      approved: input.approved,
      notes: input.notes || null,
      recordedBy: ctx.actor.accountId,
    });
    // What kind of activity and the answer; the activity's own words and notes stay in the record.
    await recordAudit(tx, ctx.audit, {
      action: 'normalcy.recorded',
      entityType: 'normalcy_decision',
      entityId: id,
      data: { childId, category: input.category, approved: input.approved, decidedOn: input.decidedOn },
    });
    return { id };
  });
}

/** A normalcy conversation with the youth: what they want to do, what stands in the way, what happens next. */
export async function recordNormalcyConversation(
  ctx: RequestContext,
  childId: string,
  input: z.infer<typeof RecordNormalcyConversationBody>,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    if (!(await findChild(tx, ctx.actor, 'normalcy.record', childId, { forUpdate: true })))
      throw notFound('child');
    const problems: FieldError[] = [];
    if (input.heldOn > todayOf(ctx.clock, ctx.timeZone))
      problems.push(fieldError('heldOn', 'is in the future'));
    if (input.followUpBy && input.followUpBy < input.heldOn)
      problems.push(fieldError('followUpBy', 'is before the conversation'));
    if (input.followUpBy && !input.followUp)
      problems.push(fieldError('followUp', 'say what is to be done by the follow-up date'));
    if (problems.length) throw invalid(problems);
    const id = await repo.insertConversation(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      childId,
      heldOn: input.heldOn,
      heldByName: ctx.actor.label,
      heldByRole: recordingRole(ctx),
      wants: input.wants,
      barriers: input.barriers || null,
      followUp: input.followUp || null,
      followUpBy: input.followUpBy ?? null,
      recordedBy: ctx.actor.accountId,
    });
    await recordAudit(tx, ctx.audit, {
      action: 'normalcy.recorded',
      entityType: 'normalcy_conversation',
      entityId: id,
      data: { childId, heldOn: input.heldOn, followUpBy: input.followUpBy ?? null },
    });
    return { id };
  });
}
