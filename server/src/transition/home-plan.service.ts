import {
  diffFields,
  homePlanCompletionProblems,
  todayOf,
  trialHomeVisitGuard,
  visitProgressionProblems,
} from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Queryable } from '../platform/db.ts';
import {
  conflict,
  fieldError,
  invalid,
  notFound,
  preconditionFailed,
  preconditionRequired,
  type FieldError,
} from '../platform/problem.ts';
import { etagOf } from '../platform/schemas.ts';
import type { HomePlanDto, HomePlanInput, HomePlansDto } from './transition.dto.ts';
import * as repo from './transition.repo.ts';

/**
 * The transition home plan of a child going home (NMSA 1978 §32A-4-25.1(C): the court "shall adopt a plan
 * for transitioning the child home"): services, the safety plan, the steps of family time, aftercare.
 * One per removal episode; read with the child's history, written with `plan.record`; audited.
 */

const toDto = (r: repo.HomePlanRow, currentRemoval: string | null): HomePlanDto => ({
  id: r.id,
  removalId: r.removal_id,
  current: r.removal_id === currentRemoval,
  version: r.version,
  status: r.status,
  completedOn: r.completed_on,
  services: r.services,
  safetyPlan: r.safety_plan,
  visits: r.visits,
  aftercare: r.aftercare,
  updatedAt: new Date(r.updated_at).toISOString(),
});

export async function listHomePlans(ctx: RequestContext, childId: string): Promise<HomePlansDto> {
  const today = todayOf(ctx.clock, ctx.timeZone);
  return ctx.db.transaction(async (tx) => {
    const facts = await repo.findChildFacts(tx, ctx.actor, 'child.readHistory', childId, today);
    if (!facts) throw notFound('child');
    const rows = await repo.loadHomePlans(tx, childId);
    await recordAudit(tx, ctx.audit, {
      action: 'transition_home_plan.viewed',
      entityType: 'child',
      entityId: childId,
      data: { plans: rows.map((r) => r.id) },
    });
    return {
      childId,
      inCare: facts.removal_id !== null,
      items: rows.map((r) => toDto(r, facts.removal_id)),
      mayRecord: facts.may_record,
      citation: ctx.rulePack.transition.homePlanBeforeTrialHomeVisit.citation,
    };
  });
}

function problemsOf(input: HomePlanInput): FieldError[] {
  const messages =
    input.status === 'completed' ? homePlanCompletionProblems(input) : visitProgressionProblems(input.visits);
  return messages.map((m) => {
    const at = m.indexOf(': ');
    return fieldError(m.slice(0, at), m.slice(at + 2));
  });
}

const contentOf = (input: HomePlanInput, completedOn: string | null): repo.HomePlanContentRow => ({
  status: input.status,
  completedOn: input.status === 'completed' ? completedOn : null,
  services: input.services,
  safetyPlan: input.safetyPlan,
  visits: input.visits,
  aftercare: input.aftercare,
});

/** Writes the plan of the child's current removal episode (409 when it has one: PUT it instead). */
export async function createHomePlan(
  ctx: RequestContext,
  childId: string,
  input: HomePlanInput,
): Promise<{ dto: { id: string }; etag: string }> {
  const today = todayOf(ctx.clock, ctx.timeZone);
  return ctx.db.transaction(async (tx) => {
    const facts = await repo.findChildFacts(tx, ctx.actor, 'plan.record', childId, today, true);
    if (!facts) throw notFound('child');
    if (!facts.removal_id)
      throw invalid([fieldError('childId', 'the child is not in foster care now', 'params')]);
    const problems = problemsOf(input);
    if (problems.length) throw invalid(problems);
    const content = contentOf(input, today);
    const now = ctx.clock.now();
    const id = await repo.insertHomePlan(
      tx,
      {
        jurisdictionId: facts.jurisdiction_id,
        childId,
        removalId: facts.removal_id,
        by: ctx.actor.accountId,
        now,
      },
      content,
    );
    if (!id) throw conflict('This removal episode has a transition home plan already: change it with PUT.');
    await recordAudit(tx, ctx.audit, {
      action: 'transition_home_plan.recorded',
      entityType: 'transition_home_plan',
      entityId: id,
      data: { childId, version: 1, changes: diffFields(null, { ...content, safetyPlan: '(written)' }) },
    });
    return { dto: { id }, etag: etagOf(1) };
  });
}

export async function updateHomePlan(
  ctx: RequestContext,
  childId: string,
  planId: string,
  ifMatch: number | null,
  input: HomePlanInput,
): Promise<{ dto: { id: string }; etag: string }> {
  if (ifMatch === null) throw preconditionRequired();
  const today = todayOf(ctx.clock, ctx.timeZone);
  return ctx.db.transaction(async (tx) => {
    const facts = await repo.findChildFacts(tx, ctx.actor, 'plan.record', childId, today, true);
    if (!facts) throw notFound('child');
    const before = await repo.findHomePlan(tx, childId, planId);
    if (!before) throw notFound('transition home plan');
    if (before.version !== ifMatch)
      throw preconditionFailed(toDto(before, facts.removal_id), etagOf(before.version));
    const problems = problemsOf(input);
    if (problems.length) throw invalid(problems);
    // A completed plan keeps the day it was first completed.
    const content = contentOf(input, before.completed_on ?? today);
    const ok = await repo.updateHomePlan(
      tx,
      { planId, version: before.version, by: ctx.actor.accountId, now: ctx.clock.now() },
      content,
    );
    if (!ok) throw preconditionFailed(toDto(before, facts.removal_id), etagOf(before.version));
    const old = {
      status: before.status,
      completedOn: before.completed_on,
      services: before.services,
      safetyPlan: before.safety_plan,
      visits: before.visits,
      aftercare: before.aftercare,
    };
    const changes = diffFields(old, content);
    // The safety plan's words stay out of the audit: that it changed is recorded.
    if (changes.safetyPlan) changes.safetyPlan = { old: '(before)', new: '(changed)' };
    await recordAudit(tx, ctx.audit, {
      action: 'transition_home_plan.recorded',
      entityType: 'transition_home_plan',
      entityId: planId,
      data: { childId, version: before.version + 1, changes },
    });
    return { dto: { id: planId }, etag: etagOf(before.version + 1) };
  });
}

/**
 * The trial home visit guard, called inside the placement's own transaction (server/src/children/
 * removal.service.ts) before a placement with setting `trial_home_visit` is written. New Mexico refuses
 * it without a completed transition home plan (NMSA 1978 §32A-4-25.1(C); rule pack, unconfirmed), unless
 * the placement names a recorded court order of the child's case: a judge may send a child home on trial
 * before the agency's plan is done, and the order is the record of that decision. Under the `warn` rule
 * the placement is recorded and the warning returned. What was decided goes into the placement's audit.
 * @returns the audit note and any warning for the response
 */
export async function guardTrialHomeVisit(
  tx: Queryable,
  ctx: RequestContext,
  w: { removalId: string; childId: string; courtOrderId: string | null },
): Promise<{ audit: Record<string, unknown>; warnings: string[] }> {
  const plan = await repo.homePlanOfRemoval(tx, w.removalId);
  const order = w.courtOrderId !== null && (await repo.orderOfChild(tx, w.courtOrderId, w.childId));
  if (w.courtOrderId !== null && !order)
    throw invalid([fieldError('courtOrderId', 'is not a recorded order of this child’s case')]);
  const rule = ctx.rulePack.transition.homePlanBeforeTrialHomeVisit;
  const decision = trialHomeVisitGuard(plan, order, ctx.rulePack);
  if (decision === 'refuse')
    throw invalid([
      fieldError(
        'setting',
        `a trial home visit begins only with a completed transition home plan, or a court order allowing it (${rule.citation})`,
      ),
    ]);
  return {
    audit: { transitionHomePlan: { decision, planId: plan?.id ?? null, courtOrderId: w.courtOrderId } },
    warnings: decision === 'warn' ? ['transition_home_plan_missing'] : [],
  };
}
