import {
  checkEpisodeDates,
  checkPlacementInEpisode,
  diffFields,
  episodesOverlap,
  todayOf,
  type EpisodeDates,
} from '@hearth/core';
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
import { guardTrialHomeVisit } from '../transition/home-plan.service.ts';
import type { RecordPlacementBody, RecordRemovalBody, UpdateRemovalBody } from './child.dto.ts';
import * as repo from './child.repo.ts';

/** Removal episodes and placements: the dates that every federal clock is counted from. */

function overlapErrors(candidate: EpisodeDates, others: repo.RemovalRow[], field: string): FieldError[] {
  const clash = others.find((o) =>
    episodesOverlap(candidate, {
      removalDate: o.removal_date,
      dischargeDate: o.discharge_date,
      adjudicationDate: null,
    }),
  );
  return clash ? [fieldError(field, `overlaps the child's removal episode of ${clash.removal_date}`)] : [];
}

export async function recordRemoval(
  ctx: RequestContext,
  childId: string,
  input: z.infer<typeof RecordRemovalBody>,
): Promise<{ id: string }> {
  const episode = {
    removalDate: input.removalDate,
    dischargeDate: input.dischargeDate ?? null,
    adjudicationDate: input.adjudicationDate ?? null,
  };
  const problems = checkEpisodeDates(episode, todayOf(ctx.clock)).map((p) => fieldError(p.field, p.message));
  if (input.dischargeReason && !input.dischargeDate)
    problems.push(fieldError('dischargeReason', 'needs a discharge date'));
  if (problems.length) throw invalid(problems);
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.findChild(tx, ctx.actor, 'removal.record', childId, { forUpdate: true })))
      throw notFound('child');
    if (!(await repo.caseHasChild(tx, input.caseId, childId)))
      throw invalid([fieldError('caseId', 'is not a case of this child')]);
    const overlap = overlapErrors(episode, await repo.loadRemovals(tx, childId), 'removalDate');
    if (overlap.length) throw invalid(overlap);
    const id = await repo.insertRemoval(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      childId,
      caseId: input.caseId,
      removalDate: input.removalDate,
      removalManner: input.removalManner,
      removalReasons: input.removalReasons,
      removalEnvironment: input.removalEnvironment ?? null,
      adjudicationDate: episode.adjudicationDate,
      dischargeDate: episode.dischargeDate,
      dischargeReason: input.dischargeReason ?? null,
    });
    await recordAudit(tx, ctx.audit, {
      action: 'removal.recorded',
      entityType: 'removal_episode',
      entityId: id,
      data: { childId, changes: diffFields(null, { ...episode, removalManner: input.removalManner }) },
    });
    return { id };
  });
}

/** Records an adjudication date or a discharge; If-Match guards against a stale edit. */
export async function updateRemoval(
  ctx: RequestContext,
  removalId: string,
  ifMatchVersion: number | null,
  patch: z.infer<typeof UpdateRemovalBody>,
): Promise<{ dto: { id: string }; etag: string }> {
  if (ifMatchVersion === null) throw preconditionRequired();
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findRemoval(tx, ctx.actor, 'removal.record', removalId, true);
    if (!before) throw notFound('removal episode');
    const beforeFields = {
      adjudicationDate: before.adjudication_date,
      dischargeDate: before.discharge_date,
      dischargeReason: before.discharge_reason,
    };
    if (before.version !== ifMatchVersion) throw preconditionFailed(beforeFields, etagOf(before.version));
    const next = {
      adjudicationDate:
        patch.adjudicationDate === undefined ? before.adjudication_date : patch.adjudicationDate,
      dischargeDate: patch.dischargeDate === undefined ? before.discharge_date : patch.dischargeDate,
      dischargeReason: patch.dischargeReason === undefined ? before.discharge_reason : patch.dischargeReason,
    };
    const episode = {
      removalDate: before.removal_date,
      dischargeDate: next.dischargeDate,
      adjudicationDate: next.adjudicationDate,
    };
    const problems = checkEpisodeDates(episode, todayOf(ctx.clock)).map((p) =>
      fieldError(p.field, p.message),
    );
    if (next.dischargeReason && !next.dischargeDate)
      problems.push(fieldError('dischargeReason', 'needs a discharge date'));
    const others = (await repo.loadRemovals(tx, before.child_id)).filter((r) => r.id !== removalId);
    problems.push(...overlapErrors(episode, others, 'dischargeDate'));
    if (next.dischargeDate) {
      const late = (await repo.loadPlacements(tx, before.child_id)).filter((p) => p.removal_id === removalId);
      for (const p of late) {
        const issues = checkPlacementInEpisode({ startDate: p.start_date, endDate: p.end_date }, episode);
        if (issues.length) {
          problems.push(
            fieldError('dischargeDate', `would leave the placement of ${p.start_date} outside the episode`),
          );
          break;
        }
      }
    }
    if (problems.length) throw invalid(problems);
    if (
      !(await repo.updateRemoval(
        tx,
        removalId,
        before.version,
        {
          adjudication_date: next.adjudicationDate,
          discharge_date: next.dischargeDate,
          discharge_reason: next.dischargeReason,
        },
        ctx.clock.now(),
      ))
    )
      throw preconditionFailed(beforeFields, etagOf(before.version));
    // A discharge ends the placement the child was in.
    if (next.dischargeDate) await repo.closeOpenPlacement(tx, removalId, next.dischargeDate);
    await recordAudit(tx, ctx.audit, {
      action: 'removal.updated',
      entityType: 'removal_episode',
      entityId: removalId,
      data: { childId: before.child_id, changes: diffFields(beforeFields, next) },
    });
    return { dto: { id: removalId }, etag: etagOf(before.version + 1) };
  });
}

export async function recordPlacement(
  ctx: RequestContext,
  removalId: string,
  input: z.infer<typeof RecordPlacementBody>,
): Promise<{ id: string; warnings?: string[] }> {
  return ctx.db.transaction(async (tx) => {
    const removal = await repo.findRemoval(tx, ctx.actor, 'placement.record', removalId, true);
    if (!removal) throw notFound('removal episode');
    const episode = {
      removalDate: removal.removal_date,
      dischargeDate: removal.discharge_date,
      adjudicationDate: removal.adjudication_date,
    };
    const placement = { startDate: input.startDate, endDate: input.endDate ?? null };
    const problems = checkPlacementInEpisode(placement, episode).map((p) => fieldError(p.field, p.message));
    if (input.startDate > todayOf(ctx.clock)) problems.push(fieldError('startDate', 'is in the future'));
    if (
      input.providerId &&
      !(await repo.providerInJurisdiction(tx, ctx.actor.jurisdictionId, input.providerId))
    )
      problems.push(fieldError('providerId', 'is not a provider of your jurisdiction'));
    if (problems.length) throw invalid(problems);
    // A trial home visit begins with a completed transition home plan or a court order (server/src/transition).
    const homePlan =
      input.setting === 'trial_home_visit'
        ? await guardTrialHomeVisit(tx, ctx, {
            removalId,
            childId: removal.child_id,
            courtOrderId: input.courtOrderId ?? null,
          })
        : null;
    await repo.closeOpenPlacement(tx, removalId, input.startDate);
    const id = await repo.insertPlacement(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      removalId,
      childId: removal.child_id,
      setting: input.setting,
      providerId: input.providerId ?? null,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      outOfState: input.outOfState,
    });
    await recordAudit(tx, ctx.audit, {
      action: 'placement.recorded',
      entityType: 'placement',
      entityId: id,
      data: {
        childId: removal.child_id,
        removalId,
        changes: diffFields(null, { ...placement, setting: input.setting }),
        ...homePlan?.audit,
      },
    });
    return homePlan?.warnings.length ? { id, warnings: homePlan.warnings } : { id };
  });
}
