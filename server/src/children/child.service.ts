import {
  ageOn,
  dateEnteredFosterCare,
  diffFields,
  hasPermission,
  SENSITIVE_FIELD_CLASSES,
  todayOf,
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
import { etagOf, paginate } from '../platform/schemas.ts';
import type { ChildRecordDto, RecordPlanBody, RecordSensitiveBody, UpdateChildBody } from './child.dto.ts';
import * as repo from './child.repo.ts';
import { loadParentalRights } from './parental-rights.repo.ts';

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
    const child = await repo.findChildForViewer(tx, ctx.actor, childId, breakGlass);
    if (!child) throw notFound('child');
    const now = ctx.clock.now();
    const today = todayOf(ctx.clock, ctx.timeZone);
    const full = breakGlass ? hasPermission(ctx.actor.roles, 'record.breakGlass') : child.may_read_history;
    const placements = await repo.loadPlacements(tx, childId);
    const hearings = await repo.loadUpcomingHearings(tx, childId, now);
    const removals = await repo.loadRemovals(tx, childId);
    const openRemoval = removals.find((r) => r.discharge_date === null);
    const current = placements.find((p) => p.removal_id === openRemoval?.id && p.end_date === null) ?? null;
    const classes = await visibleSensitiveClasses(tx, ctx, childId, breakGlass, child.may_read_sensitive);
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
      dto.parentalRights = (await loadParentalRights(tx, childId)).map((e) => ({
        id: e.id,
        parentPersonId: e.parent_person_id,
        parentName: e.parent_name,
        event: e.event,
        date: e.event_date,
        orderId: e.order_id,
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
  mayReadSensitive: boolean,
): Promise<SensitiveFieldClass[]> {
  if (breakGlass) return [...SENSITIVE_FIELD_CLASSES];
  if (!mayReadSensitive) return [];
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

export async function recordPlan(
  ctx: RequestContext,
  childId: string,
  input: z.infer<typeof RecordPlanBody>,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    const child = await repo.findChild(tx, ctx.actor, 'plan.record', childId, { forUpdate: true });
    if (!child) throw notFound('child');
    const problems: FieldError[] = [];
    if (input.establishedDate > todayOf(ctx.clock, ctx.timeZone))
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

/** Corrects a child's name, birth date, sex, language or county; If-Match guards against a stale edit. */
export async function updateChild(
  ctx: RequestContext,
  childId: string,
  ifMatchVersion: number | null,
  patch: z.infer<typeof UpdateChildBody>,
): Promise<{ dto: ChildRecordDto; etag: string }> {
  if (ifMatchVersion === null) throw preconditionRequired();
  if (patch.birthDate && patch.birthDate > todayOf(ctx.clock, ctx.timeZone))
    throw invalid([fieldError('birthDate', 'is in the future')]);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findChild(tx, ctx.actor, 'child.update', childId, { forUpdate: true });
    if (!before) throw notFound('child');
    const fields = (c: repo.ChildRow) => ({
      given_name: c.given_name,
      family_name: c.family_name,
      birth_date: c.birth_date,
      sex: c.sex,
      primary_language: c.primary_language,
      county: c.county,
    });
    // The 412 carries the record as it is now, named as the request names it, so a form can show the
    // other person's change next to the user's own.
    const current = {
      givenName: before.given_name,
      familyName: before.family_name,
      birthDate: before.birth_date,
      sex: before.sex,
      primaryLanguage: before.primary_language,
      county: before.county,
    };
    if (before.version !== ifMatchVersion) throw preconditionFailed(current, etagOf(before.version));
    const next = {
      given_name: patch.givenName ?? before.given_name,
      family_name: patch.familyName ?? before.family_name,
      birth_date: patch.birthDate ?? before.birth_date,
      sex: patch.sex ?? before.sex,
      primary_language: patch.primaryLanguage ?? before.primary_language,
      county: patch.county === undefined ? before.county : patch.county,
    };
    if (!(await repo.updateChild(tx, before, before.version, next)))
      throw preconditionFailed(current, etagOf(before.version));
    // Field names only for identity changes: the audit keeps no child's name in clear.
    const changed = Object.keys(diffFields(fields(before), next));
    await recordAudit(tx, ctx.audit, {
      action: 'child.updated',
      entityType: 'child',
      entityId: childId,
      data: { changedFields: changed },
    });
  });
  return getChild(ctx, childId, null);
}

/** The children the actor may read: a caregiver's placed children, a youth's own record, a caseload. */
export async function listChildren(ctx: RequestContext, limit: number, offset: number) {
  const rows = await repo.listChildren(ctx.db, ctx.actor, { limit, offset, now: ctx.clock.now() });
  const { items, page } = paginate(rows, limit, offset);
  await recordAudit(ctx.db, ctx.audit, {
    action: 'child.listed',
    entityType: 'child',
    entityId: null,
    data: { ids: items.map((r) => r.id) },
  });
  const today = todayOf(ctx.clock, ctx.timeZone);
  return {
    items: items.map((r) => ({
      id: r.id,
      givenName: r.given_name,
      familyName: r.family_name,
      birthDate: r.birth_date,
      age: r.birth_date ? ageOn(r.birth_date, today) : null,
      nextHearing:
        r.next_hearing_type && r.next_hearing_start
          ? { type: r.next_hearing_type, start: new Date(r.next_hearing_start).toISOString() }
          : null,
    })),
    page,
  };
}

/**
 * The sensitive facts of a child that the actor may read, decided as on the child page (`sensitive.read`
 * over the child and an explicit grant per class; no break-the-glass), inside the caller's transaction.
 * For court reports (server/src/reports), which then keep only the classes each copy's recipient may see.
 * The caller records the read in its own audit row.
 */
export async function readableSensitiveFacts(
  tx: Queryable,
  ctx: RequestContext,
  childId: string,
): Promise<{
  classes: SensitiveFieldClass[];
  facts: { fieldClass: SensitiveFieldClass; summary: string }[];
}> {
  const mayRead = (await repo.findChild(tx, ctx.actor, 'sensitive.read', childId)) !== null;
  const classes = await visibleSensitiveClasses(tx, ctx, childId, false, mayRead);
  const rows = await repo.loadSensitive(tx, childId, classes);
  return {
    classes,
    facts: rows.map((r) => ({ fieldClass: r.field_class as SensitiveFieldClass, summary: r.summary })),
  };
}
