import {
  ageOn,
  checkEpisodeDates,
  checkPlacementInEpisode,
  dateEnteredFosterCare,
  diffFields,
  episodesOverlap,
  hasPermission,
  SENSITIVE_FIELD_CLASSES,
  todayOf,
  type EpisodeDates,
  type SensitiveFieldClass,
} from '@hearth/core';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Queryable } from '../platform/db.ts';
import {
  fieldError,
  invalid,
  notFound,
  preconditionFailed,
  preconditionRequired,
  type FieldError,
} from '../platform/problem.ts';
import { etagOf } from '../platform/schemas.ts';
import type {
  ChildRecordDto,
  RecordPlacementBody,
  RecordPlanBody,
  RecordRemovalBody,
  RecordSensitiveBody,
  UpdateRemovalBody,
} from './child.dto.ts';
import * as repo from './child.repo.ts';

const toPlacement = (p: repo.PlacementRow) => ({
  id: p.id,
  setting: p.setting,
  providerName: p.provider_name,
  startDate: p.start_date,
  endDate: p.end_date,
});

/**
 * A child's record as this viewer may see it. Professionals with `child.readHistory` get the full story
 * (removals, placements, plans, findings); a caregiver or the youth gets the basic record: who, where now,
 * and the next hearings. Sensitive classes appear only with an explicit grant, or by breaking the glass.
 */
export async function getChild(
  ctx: RequestContext,
  childId: string,
  breakGlassReason: string | null,
): Promise<{ dto: ChildRecordDto; etag: string }> {
  const breakGlass = breakGlassReason !== null;
  return ctx.db.transaction(async (tx) => {
    const child = await repo.findChild(tx, ctx.actor, 'child.read', childId, { breakGlass });
    if (!child) throw notFound('child');
    const now = ctx.clock.now();
    const today = todayOf(ctx.clock);
    const full = breakGlass
      ? hasPermission(ctx.actor.roles, 'record.breakGlass')
      : await repo.hasChildPermission(tx, ctx.actor, 'child.readHistory', childId);
    const placements = await repo.loadPlacements(tx, childId);
    const hearings = await repo.loadUpcomingHearings(tx, childId, now);
    const removals = await repo.loadRemovals(tx, childId);
    const openRemoval = removals.find((r) => r.discharge_date === null);
    const current = placements.find((p) => p.removal_id === openRemoval?.id && p.end_date === null) ?? null;
    const classes = await visibleSensitiveClasses(tx, ctx, childId, breakGlass);
    const sensitiveRows = await repo.loadSensitive(tx, childId, classes);
    const sensitive: ChildRecordDto['sensitive'] = {};
    for (const c of classes) sensitive[c] = [];
    for (const s of sensitiveRows)
      sensitive[s.field_class]?.push({
        summary: s.summary,
        recordedAt: new Date(s.recorded_at).toISOString(),
      });

    const dto: ChildRecordDto = {
      id: child.id,
      givenName: child.given_name,
      familyName: child.family_name,
      birthDate: child.birth_date,
      age: child.birth_date ? ageOn(child.birth_date, today) : null,
      sex: child.sex,
      primaryLanguage: child.primary_language,
      county: child.county,
      version: child.version,
      view: full ? 'full' : 'basic',
      currentPlacement: current ? toPlacement(current) : null,
      upcomingHearings: hearings.map((h) => ({
        id: h.id,
        type: h.hearing_type,
        start: new Date(h.scheduled_start).toISOString(),
        courtroom: h.courtroom,
      })),
      sensitive,
      sensitiveWithheld: SENSITIVE_FIELD_CLASSES.filter((c) => !classes.includes(c)),
    };
    if (full) {
      const cases = await repo.loadChildCases(tx, childId);
      const plans = await repo.loadPlans(tx, childId);
      const findings = await repo.loadFindings(tx, childId);
      dto.cases = cases.map((c) => ({ id: c.id, petitionNumber: c.petition_number, status: c.status }));
      dto.removals = removals.map((r) => ({
        id: r.id,
        caseId: r.case_id,
        removalDate: r.removal_date,
        removalManner: r.removal_manner,
        removalReasons: r.removal_reasons,
        adjudicationDate: r.adjudication_date,
        dateEnteredFosterCare: dateEnteredFosterCare(
          { removalDate: r.removal_date, adjudicationDate: r.adjudication_date },
          ctx.rulePack,
        ),
        dischargeDate: r.discharge_date,
        dischargeReason: r.discharge_reason,
        version: r.version,
        placements: placements.filter((p) => p.removal_id === r.id).map(toPlacement),
      }));
      dto.permanencyPlans = plans.map((p) => ({
        id: p.id,
        planKind: p.plan_kind,
        goal: p.goal,
        establishedDate: p.established_date,
        endedDate: p.ended_date,
      }));
      dto.findings = findings.map((f) => ({
        type: f.finding_type,
        isMade: f.is_made,
        date: f.finding_date,
        orderId: f.order_id,
      }));
    }
    await recordAudit(tx, ctx.audit, {
      action: 'child.viewed',
      entityType: 'child',
      entityId: childId,
      breakGlass,
      reason: breakGlassReason,
      data: { view: dto.view },
    });
    if (classes.length)
      await recordAudit(tx, ctx.audit, {
        action: 'sensitive.viewed',
        entityType: 'child',
        entityId: childId,
        breakGlass,
        reason: breakGlassReason,
        data: { classes },
      });
    return { dto, etag: etagOf(child.version) };
  });
}

/** Grant-gated: the role's `sensitive.read` over this child, and an explicit grant per class. */
async function visibleSensitiveClasses(
  tx: Queryable,
  ctx: RequestContext,
  childId: string,
  breakGlass: boolean,
): Promise<SensitiveFieldClass[]> {
  if (breakGlass) return [...SENSITIVE_FIELD_CLASSES];
  if (!(await repo.hasChildPermission(tx, ctx.actor, 'sensitive.read', childId))) return [];
  return repo.grantedClasses(tx, ctx.actor, childId, ctx.clock.now());
}

export async function recordSensitive(
  ctx: RequestContext,
  childId: string,
  input: z.infer<typeof RecordSensitiveBody>,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.findChild(tx, ctx.actor, 'sensitive.write', childId))) throw notFound('child');
    const granted = await repo.grantedClasses(tx, ctx.actor, childId, ctx.clock.now());
    if (!granted.includes(input.fieldClass))
      throw invalid([fieldError('fieldClass', 'you hold no grant for this class of information')]);
    const id = await repo.insertSensitive(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      childId,
      fieldClass: input.fieldClass,
      summary: input.summary,
      recordedBy: ctx.actor.accountId,
    });
    // The audit names the class, never the content.
    await recordAudit(tx, ctx.audit, {
      action: 'sensitive.recorded',
      entityType: 'child',
      entityId: childId,
      data: { fieldClass: input.fieldClass, factId: id },
    });
    return { id };
  });
}

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
): Promise<{ id: string; etag: string }> {
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
    return { id: removalId, etag: etagOf(before.version + 1) };
  });
}

export async function recordPlacement(
  ctx: RequestContext,
  removalId: string,
  input: z.infer<typeof RecordPlacementBody>,
): Promise<{ id: string }> {
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
      },
    });
    return { id };
  });
}

export async function recordPlan(
  ctx: RequestContext,
  childId: string,
  input: z.infer<typeof RecordPlanBody>,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    const child = await repo.findChild(tx, ctx.actor, 'plan.record', childId, { forUpdate: true });
    if (!child) throw notFound('child');
    const problems: FieldError[] = [];
    if (input.establishedDate > todayOf(ctx.clock))
      problems.push(fieldError('establishedDate', 'is in the future'));
    // APPLA is allowed only for youth 16 and older (SSA §475(5)(C), P.L. 113-183).
    const minAge = ctx.rulePack.applaMinimumAge.value;
    if (
      input.goal === 'appla' &&
      (!child.birth_date || ageOn(child.birth_date, input.establishedDate) < minAge)
    )
      problems.push(
        fieldError(
          'goal',
          `APPLA may be the goal only for youth ${minAge} or older (${ctx.rulePack.applaMinimumAge.citation})`,
        ),
      );
    if (input.removalId && !(await repo.loadRemovals(tx, childId)).some((r) => r.id === input.removalId))
      problems.push(fieldError('removalId', 'is not a removal episode of this child'));
    if (problems.length) throw invalid(problems);
    const id = await repo.insertPlan(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      childId,
      removalId: input.removalId ?? null,
      planKind: input.planKind,
      goal: input.goal,
      establishedDate: input.establishedDate,
    });
    await recordAudit(tx, ctx.audit, {
      action: 'plan.recorded',
      entityType: 'permanency_plan',
      entityId: id,
      data: { childId, changes: diffFields(null, input) },
    });
    return { id };
  });
}
