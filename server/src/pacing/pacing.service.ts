import {
  DEFAULT_PACING_WINDOW,
  isAtRisk,
  permanencyClocks,
  todayOf,
  type PacingFacts,
  type PermanencyClock,
} from '@hearth/core';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit-log.ts';
import { findChild } from '../children/child.repo.ts';
import type { RequestContext } from '../platform/context.ts';
import { fieldError, invalid, notFound, type FieldError } from '../platform/problem.ts';
import type { AtRiskDto, ChildClocksDto, ClockDtoType, RecordTprExceptionBody } from './pacing.dto.ts';
import * as repo from './pacing.repo.ts';

/** The facts the core clocks take, from one row of the pacing query. */
export function factsOf(row: repo.PacingRow): PacingFacts {
  return {
    episodes: row.episodes,
    hearings: row.hearings,
    orders: row.orders,
    findings: row.findings,
    tprPetitionsFiled: row.tpr_petitions,
    tprExceptions: row.tpr_exceptions,
  };
}

const toDto = (c: PermanencyClock): ClockDtoType => ({ ...c, atRisk: isAtRisk(c) });

/**
 * A child's permanency clocks (domain-rules §4): one scoped query for the facts, the rules from core, and
 * the read in the audit (flagged when the glass was broken).
 */
export async function getChildClocks(
  ctx: RequestContext,
  childId: string,
  breakGlassReason: string | null,
): Promise<ChildClocksDto> {
  const breakGlass = breakGlassReason !== null;
  return ctx.db.transaction(async (tx) => {
    const today = todayOf(ctx.clock, ctx.timeZone);
    const [row] = await repo.loadPacingFacts(tx, ctx.actor, today, { childId, breakGlass });
    if (!row) throw notFound('child');
    const result = permanencyClocks(factsOf(row), today, ctx.rulePack, DEFAULT_PACING_WINDOW);
    const clocks = result.clocks.map(toDto);
    await recordAudit(tx, ctx.audit, {
      action: 'pacing.clocks_viewed',
      entityType: 'child',
      entityId: childId,
      breakGlass,
      reason: breakGlassReason,
      data: { removalId: result.removalId, atRisk: clocks.filter((c) => c.atRisk).map((c) => c.kind) },
    });
    return {
      today,
      childId,
      removalId: result.removalId,
      caseId: row.case_id,
      soonDays: DEFAULT_PACING_WINDOW.soonDays,
      clocks,
    };
  });
}

/**
 * The children on the actor's cases at risk of a missed deadline: in foster care today, with a clock
 * overdue (and still actionable) or due within the window. Most urgent first: any overdue, then by the
 * earliest due date. The audit names the children listed.
 */
export async function listAtRisk(ctx: RequestContext): Promise<AtRiskDto> {
  return ctx.db.transaction(async (tx) => {
    const today = todayOf(ctx.clock, ctx.timeZone);
    const rows = await repo.loadPacingFacts(tx, ctx.actor, today, { inCareOnly: true });
    const children = rows
      .map((row) => {
        const { clocks } = permanencyClocks(factsOf(row), today, ctx.rulePack, DEFAULT_PACING_WINDOW);
        const atRisk = clocks
          .filter(isAtRisk)
          .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
        return { row, atRisk };
      })
      .filter((c) => c.atRisk.length > 0)
      .sort(
        (a, b) =>
          Number(b.atRisk.some((c) => c.status === 'overdue')) -
            Number(a.atRisk.some((c) => c.status === 'overdue')) ||
          (a.atRisk[0]!.dueDate ?? '').localeCompare(b.atRisk[0]!.dueDate ?? ''),
      );
    await recordAudit(tx, ctx.audit, {
      action: 'pacing.at_risk_listed',
      entityType: 'child',
      entityId: null,
      data: { childIds: children.map((c) => c.row.child_id), considered: rows.length },
    });
    return {
      today,
      soonDays: DEFAULT_PACING_WINDOW.soonDays,
      children: children.map(({ row, atRisk }) => ({
        child: { id: row.child_id, givenName: row.given_name, familyName: row.family_name },
        case:
          row.case_id && row.petition_number
            ? { id: row.case_id, petitionNumber: row.petition_number }
            : null,
        clocks: atRisk.map((c) => ({
          kind: c.kind,
          status: c.status,
          dueDate: c.dueDate,
          citation: c.citation,
          unconfirmed: c.unconfirmed,
        })),
      })),
    };
  });
}

/**
 * Records why no TPR petition is filed at 15 of 22 months (45 CFR 1356.21(i)(2)): relative care (if the
 * state allows it), a compelling reason (its text is required: it goes in the case plan for the court to
 * review), or services the case plan calls for not provided. It is the agency's case plan, so it needs
 * `plan.record`; the audit names the reason, never the note.
 */
export async function recordTprException(
  ctx: RequestContext,
  childId: string,
  input: z.infer<typeof RecordTprExceptionBody>,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    if (!(await findChild(tx, ctx.actor, 'plan.record', childId, { forUpdate: true })))
      throw notFound('child');
    const today = todayOf(ctx.clock, ctx.timeZone);
    const problems: FieldError[] = [];
    const allowed = ctx.rulePack.pacing.tprExceptionReasons.value;
    if (!allowed.includes(input.reason))
      problems.push(fieldError('reason', 'is not an exception this jurisdiction recognises'));
    const note = input.note?.trim() || null;
    if (input.reason === 'compelling_reason' && !note)
      problems.push(fieldError('note', 'state the compelling reason'));
    if (input.documentedDate > today) problems.push(fieldError('documentedDate', 'is in the future'));
    let removalId = input.removalId ?? null;
    if (removalId) {
      const removal = await repo.removalOfChild(tx, childId, removalId);
      if (!removal) problems.push(fieldError('removalId', 'is not a removal of this child'));
      else if (input.documentedDate < removal.removal_date)
        problems.push(fieldError('documentedDate', 'is before the removal date'));
    } else {
      const [row] = await repo.loadPacingFacts(tx, ctx.actor, today, { childId, breakGlass: false });
      removalId = row?.removal_id ?? null;
      const current = row?.episodes.find((e) => e.id === removalId);
      if (!removalId) problems.push(fieldError('removalId', 'the child is not in foster care today'));
      else if (current && input.documentedDate < current.removalDate)
        problems.push(fieldError('documentedDate', 'is before the removal date'));
    }
    if (problems.length) throw invalid(problems);
    const id = await repo.insertTprException(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      childId,
      removalId: removalId!,
      reason: input.reason,
      documentedDate: input.documentedDate,
      documentedBy: ctx.actor.accountId,
      note,
    });
    await recordAudit(tx, ctx.audit, {
      action: 'tpr_exception.recorded',
      entityType: 'child',
      entityId: childId,
      data: { exceptionId: id, removalId, reason: input.reason, documentedDate: input.documentedDate },
    });
    return { id };
  });
}
