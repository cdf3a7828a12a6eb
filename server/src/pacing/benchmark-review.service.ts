import {
  BENCHMARK_ANSWERS,
  BENCHMARK_OUTCOMES,
  benchmarkCheckpoints,
  benchmarkStatus,
  checkBenchmarkAnswers,
  todayOf,
} from '@hearth/core';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit-log.ts';
import { findCase } from '../cases/case.repo.ts';
import type { RequestContext } from '../platform/context.ts';
import { conflict, fieldError, invalid, notFound, type FieldError } from '../platform/problem.ts';
import type { BenchmarkReviewsDto, RecordBenchmarkReviewBody } from './benchmark-review.dto.ts';
import * as repo from './benchmark-review.repo.ts';
import { loadPacingFacts } from './pacing.repo.ts';
import { factsOf } from './pacing.service.ts';

/** A review reads as due soon two weeks before its date: an agency's display choice. */
const SOON_DAYS = 14;

type Review = BenchmarkReviewsDto['reviews'][number];
const keyOf = (childId: string, checkpoint: string, anchorDate: string): string =>
  `${childId}|${checkpoint}|${anchorDate}`;

/**
 * The benchmark reviews of a case: those its checkpoints put on the calendar for each child in foster
 * care on it (computed from the rule pack), and those recorded, with their checklist answers and outcome.
 * Readers of the children's history may list them (`child.readHistory` over the case).
 */
export async function listBenchmarkReviews(
  ctx: RequestContext,
  caseId: string,
): Promise<BenchmarkReviewsDto> {
  return ctx.db.transaction(async (tx) => {
    const found = await findCase(tx, ctx.actor, 'child.readHistory', caseId);
    if (!found) throw notFound('case');
    const today = todayOf(ctx.clock, ctx.timeZone);
    const rows = await loadPacingFacts(tx, ctx.actor, today, { caseId });
    const recorded = await repo.loadRecordedReviews(tx, caseId);
    const seen = new Set(recorded.map((r) => keyOf(r.child_id, r.checkpoint, r.anchor_date)));
    const due: Review[] = rows.flatMap((row) =>
      benchmarkCheckpoints(factsOf(row), today, ctx.rulePack)
        .filter((c) => !seen.has(keyOf(row.child_id, c.checkpoint, c.anchorDate)))
        .map((c) => ({
          id: null,
          child: { id: row.child_id, givenName: row.given_name, familyName: row.family_name },
          checkpoint: c.checkpoint,
          status: benchmarkStatus(c.dueDate, false, today, SOON_DAYS),
          dueDate: c.dueDate,
          anchorDate: c.anchorDate,
          hearingId: c.hearingId,
          recorded: null,
        })),
    );
    due.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.child.id.localeCompare(b.child.id));
    const done: Review[] = recorded.map((r) => ({
      id: r.id,
      child: { id: r.child_id, givenName: r.given_name, familyName: r.family_name },
      checkpoint: r.checkpoint,
      status: 'recorded',
      dueDate: r.due_date,
      anchorDate: r.anchor_date,
      hearingId: r.hearing_id,
      recorded: {
        reviewDate: r.review_date,
        answers: r.answers,
        outcome: r.outcome,
        outcomeNote: r.outcome_note,
        recordedBy: r.recorded_by,
        recordedAt: new Date(r.recorded_at).toISOString(),
      },
    }));
    await recordAudit(tx, ctx.audit, {
      action: 'benchmark_review.listed',
      entityType: 'case',
      entityId: caseId,
      data: { due: due.length, recorded: done.length, childIds: rows.map((r) => r.child_id) },
    });
    const rules = ctx.rulePack.pacing.benchmarkReviews;
    return {
      today,
      caseId,
      petitionNumber: found.petition_number,
      checklist: rules.checklist.map((i) => ({ ...i })),
      answers: [...BENCHMARK_ANSWERS],
      outcomes: [...BENCHMARK_OUTCOMES],
      citation: rules.citation,
      unconfirmed: rules.unconfirmed,
      reviews: [...due, ...done],
    };
  });
}

/**
 * Records a benchmark review a checkpoint put on the calendar: the checklist answered item by item and
 * the outcome. The agency keeps the case plan, so it needs `plan.record` on the case. Once per checkpoint
 * and date (409 after that); the audit names the child, checkpoint and outcome, never the notes.
 */
export async function recordBenchmarkReview(
  ctx: RequestContext,
  caseId: string,
  input: z.infer<typeof RecordBenchmarkReviewBody>,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    if (!(await findCase(tx, ctx.actor, 'plan.record', caseId, { forUpdate: true }))) throw notFound('case');
    const today = todayOf(ctx.clock, ctx.timeZone);
    const rows = await loadPacingFacts(tx, ctx.actor, today, { caseId });
    const row = rows.find((r) => r.child_id === input.childId);
    if (!row || !row.removal_id)
      throw invalid([fieldError('childId', 'is not a child in foster care on this case')]);
    const checkpoint = benchmarkCheckpoints(factsOf(row), today, ctx.rulePack).find(
      (c) => c.checkpoint === input.checkpoint && c.anchorDate === input.anchorDate,
    );
    const problems: FieldError[] = [];
    if (!checkpoint)
      problems.push(fieldError('anchorDate', 'no benchmark review of this checkpoint is due for this date'));
    for (const p of checkBenchmarkAnswers(input.answers, ctx.rulePack.pacing.benchmarkReviews))
      problems.push(fieldError(p.field, p.message));
    const removal = row.episodes.find((e) => e.id === row.removal_id);
    if (input.reviewDate > today) problems.push(fieldError('reviewDate', 'is in the future'));
    else if (removal && input.reviewDate < removal.removalDate)
      problems.push(fieldError('reviewDate', 'is before the removal date'));
    if (problems.length) throw invalid(problems);
    if (await repo.reviewRecorded(tx, input.childId, input.checkpoint, input.anchorDate))
      throw conflict('This benchmark review was already recorded.');
    const id = await repo.insertReview(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      caseId,
      childId: input.childId,
      removalId: row.removal_id,
      checkpoint: input.checkpoint,
      dueDate: checkpoint!.dueDate,
      anchorDate: input.anchorDate,
      hearingId: checkpoint!.hearingId,
      reviewDate: input.reviewDate,
      answers: input.answers,
      outcome: input.outcome,
      outcomeNote: input.outcomeNote?.trim() || null,
      recordedBy: ctx.actor.accountId,
    });
    await recordAudit(tx, ctx.audit, {
      action: 'benchmark_review.recorded',
      entityType: 'case',
      entityId: caseId,
      data: {
        reviewId: id,
        childId: input.childId,
        checkpoint: input.checkpoint,
        anchorDate: input.anchorDate,
        outcome: input.outcome,
      },
    });
    return { id };
  });
}
