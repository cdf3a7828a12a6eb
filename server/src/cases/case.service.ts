import { diffFields, todayOf } from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import { calendarNewCase, recomputeSchedule } from '../calendar/schedule.service.ts';
import type { RequestContext } from '../platform/context.ts';
import {
  conflict,
  fieldError,
  invalid,
  notFound,
  preconditionFailed,
  preconditionRequired,
} from '../platform/problem.ts';
import { etagOf, paginate, type PageInfo } from '../platform/schemas.ts';
import type { z } from 'zod';
import type {
  AddParticipantBody,
  CaseDetailDto,
  CaseListQuery,
  NewChild,
  OpenCaseBody,
  UpdateCaseBody,
} from './case.dto.ts';
import { caseChildDto } from './case-children.ts';
import { findCasePage } from './case-page.repo.ts';
import * as repo from './case.repo.ts';

type Summary = {
  id: string;
  petitionNumber: string;
  filingDate: string;
  status: string;
  courtName: string;
  judgeName: string | null;
  childCount: number;
  nextHearing: { type: string; start: string } | null;
};

/** The caseload: the cases the actor may open, soonest hearing first. The listing itself is audited. */
export async function listCases(
  ctx: RequestContext,
  query: z.infer<typeof CaseListQuery>,
): Promise<{ items: Summary[]; page: PageInfo }> {
  return ctx.db.transaction(async (tx) => {
    const rows = await repo.listCases(tx, ctx.actor, { ...query, now: ctx.clock.now() });
    const { items, page } = paginate(rows, query.limit, query.offset);
    await recordAudit(tx, ctx.audit, {
      action: 'case.listed',
      entityType: 'court_case',
      entityId: null,
      data: { ids: items.map((r) => r.id), q: query.q ? 'search' : null },
    });
    return {
      items: items.map((r) => ({
        id: r.id,
        petitionNumber: r.petition_number,
        filingDate: r.filing_date,
        status: r.status,
        courtName: r.court_name,
        judgeName: r.judge_name,
        childCount: r.child_count,
        nextHearing:
          r.next_hearing_type && r.next_hearing_start
            ? { type: r.next_hearing_type, start: new Date(r.next_hearing_start).toISOString() }
            : null,
      })),
      page,
    };
  });
}

/**
 * The case page. Out of scope looks the same as missing: 404. One query reads the page and one records
 * the read; a read needs no transaction, and the audit row is committed before anything is answered.
 */
export async function getCase(
  ctx: RequestContext,
  caseId: string,
  breakGlassReason: string | null,
): Promise<{ dto: CaseDetailDto; etag: string }> {
  const c = await findCasePage(ctx.db, ctx.actor, caseId, { breakGlass: breakGlassReason !== null });
  if (!c) throw notFound('case');
  const { children, participants, hearings, orders } = c;
  await recordAudit(ctx.db, ctx.audit, {
    action: 'case.viewed',
    entityType: 'court_case',
    entityId: caseId,
    breakGlass: breakGlassReason !== null,
    reason: breakGlassReason,
  });
  const dto: CaseDetailDto = {
    id: c.id,
    petitionNumber: c.petition_number,
    filingDate: c.filing_date,
    allegations: c.allegations,
    status: c.status,
    closedDate: c.closed_date,
    court: { id: c.court_id, name: c.court_name },
    judge: c.assigned_judge_id && c.judge_name ? { id: c.assigned_judge_id, name: c.judge_name } : null,
    version: c.version,
    children: children.map((ch) => caseChildDto(ch, ctx.rulePack)),
    participants: participants.map((p) => ({
      id: p.id,
      caseRole: p.case_role,
      isParty: p.is_party,
      name: p.name,
      childId: p.child_id,
      startDate: p.start_date,
      endDate: p.end_date,
    })),
    hearings: hearings.map((h) => ({
      id: h.id,
      type: h.hearing_type,
      start: new Date(h.scheduled_start).toISOString(),
      end: new Date(h.scheduled_end).toISOString(),
      status: h.status,
      result: h.result,
      continuanceReason: h.continuance_reason,
      judgeName: h.judge_name,
      courtroom: h.courtroom,
    })),
    orders: orders.map((o) => ({
      id: o.id,
      type: o.order_type,
      signedDate: o.signed_date,
      hearingId: o.hearing_id,
      findings: o.findings,
    })),
  };
  return { dto, etag: etagOf(c.version) };
}

/** Opens a case from a filed petition, with its children, in one transaction. */
export async function openCase(
  ctx: RequestContext,
  input: z.infer<typeof OpenCaseBody>,
): Promise<{ id: string }> {
  const today = todayOf(ctx.clock, ctx.timeZone);
  const errors = [];
  if (input.filingDate > today) errors.push(fieldError('filingDate', 'is in the future'));
  input.children.forEach((ch, i) => {
    if (ch.birthDate > today) errors.push(fieldError(`children.${i}.birthDate`, 'is in the future'));
  });
  if (errors.length) throw invalid(errors);
  const j = ctx.actor.jurisdictionId;
  return ctx.db.transaction(async (tx) => {
    const problems = [];
    if (!(await repo.courtInJurisdiction(tx, j, input.courtId)))
      problems.push(fieldError('courtId', 'is not a court of your jurisdiction'));
    if (input.assignedJudgeId && !(await repo.judgeInJurisdiction(tx, j, input.assignedJudgeId)))
      problems.push(fieldError('assignedJudgeId', 'is not a judge of your jurisdiction'));
    const visible = await repo.visibleChildIds(tx, ctx.actor, input.existingChildIds);
    input.existingChildIds.forEach((id, i) => {
      if (!visible.includes(id))
        problems.push(fieldError(`existingChildIds.${i}`, 'is not a child you can see'));
    });
    if (problems.length) throw invalid(problems);
    if (await repo.petitionNumberTaken(tx, j, input.petitionNumber))
      throw conflict('A case with this petition number exists.', [
        fieldError('petitionNumber', 'is already used by another case'),
      ]);
    const caseId = await repo.insertCase(tx, {
      jurisdictionId: j,
      courtId: input.courtId,
      petitionNumber: input.petitionNumber,
      filingDate: input.filingDate,
      allegations: input.allegations,
      assignedJudgeId: input.assignedJudgeId ?? null,
    });
    const childIds = [...visible];
    for (const child of input.children) childIds.push(await repo.insertChildPerson(tx, j, child));
    for (const childId of childIds) await repo.linkCaseChild(tx, j, caseId, childId);
    // The person who opens the case is on it, so they can go on working it (their "assigned" relationship).
    if (ctx.actor.personId && ctx.actor.roles.some((r) => r === 'caseworker' || r === 'agency_attorney')) {
      await repo.insertParticipant(tx, {
        jurisdictionId: j,
        caseId,
        personId: ctx.actor.personId,
        accountId: ctx.actor.accountId,
        childId: null,
        caseRole: ctx.actor.roles.includes('caseworker') ? 'caseworker' : 'agency_attorney',
        isParty: false,
        startDate: input.filingDate,
      });
    }
    await recordAudit(tx, ctx.audit, {
      action: 'case.opened',
      entityType: 'court_case',
      entityId: caseId,
      data: {
        changes: diffFields(null, {
          petitionNumber: input.petitionNumber,
          filingDate: input.filingDate,
          allegations: input.allegations,
          assignedJudgeId: input.assignedJudgeId ?? null,
        }),
        childIds,
      },
    });
    // Advance calendaring: the hearings through permanency, on the judge's calendar (issue 4).
    await calendarNewCase(tx, ctx, caseId, { childIds, docket: input.docket });
    return { id: caseId };
  });
}

/** Changes a case under optimistic concurrency: the If-Match version must be the current one. */
export async function updateCase(
  ctx: RequestContext,
  caseId: string,
  ifMatchVersion: number | null,
  patch: z.infer<typeof UpdateCaseBody>,
): Promise<{ dto: CaseDetailDto; etag: string }> {
  if (ifMatchVersion === null) throw preconditionRequired();
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findCase(tx, ctx.actor, 'case.update', caseId, { forUpdate: true });
    if (!before) throw notFound('case');
    if (before.version !== ifMatchVersion)
      throw preconditionFailed(caseFields(before), etagOf(before.version));
    if (
      patch.assignedJudgeId &&
      !(await repo.judgeInJurisdiction(tx, ctx.actor.jurisdictionId, patch.assignedJudgeId))
    )
      throw invalid([fieldError('assignedJudgeId', 'is not a judge of your jurisdiction')]);
    const next = {
      allegations: patch.allegations ?? before.allegations,
      assigned_judge_id:
        patch.assignedJudgeId === undefined ? before.assigned_judge_id : patch.assignedJudgeId,
      status: patch.status ?? before.status,
      closed_date: patch.closedDate === undefined ? before.closed_date : patch.closedDate,
    };
    if (next.closed_date && next.closed_date < before.filing_date)
      throw invalid([fieldError('closedDate', 'is before the filing date')]);
    if (next.status === 'open' && next.closed_date)
      throw invalid([fieldError('closedDate', 'must be empty while the case is open')]);
    if (!(await repo.updateCase(tx, caseId, before.version, next, ctx.clock.now())))
      throw preconditionFailed(caseFields(before), etagOf(before.version));
    // A dismissed or closed case sets no further hearing: its proposed hearings are vacated.
    if (before.status === 'open' && next.status !== 'open')
      await recomputeSchedule(tx, ctx, caseId, 'dismissal');
    await recordAudit(tx, ctx.audit, {
      action: 'case.updated',
      entityType: 'court_case',
      entityId: caseId,
      data: {
        changes: diffFields(caseFields(before), {
          allegations: next.allegations,
          assignedJudgeId: next.assigned_judge_id,
          status: next.status,
          closedDate: next.closed_date,
        }),
      },
    });
  });
  return getCase(ctx, caseId, null);
}

function caseFields(c: repo.CaseRow): Record<string, unknown> {
  return {
    allegations: c.allegations,
    assignedJudgeId: c.assigned_judge_id,
    status: c.status,
    closedDate: c.closed_date,
  };
}

export async function addParticipant(
  ctx: RequestContext,
  caseId: string,
  input: z.infer<typeof AddParticipantBody>,
): Promise<{ id: string }> {
  if ((input.personId === undefined) === (input.newPerson === undefined))
    throw invalid([fieldError('personId', 'give either personId or newPerson, not both or neither')]);
  const j = ctx.actor.jurisdictionId;
  return ctx.db.transaction(async (tx) => {
    const c = await repo.findCase(tx, ctx.actor, 'participant.manage', caseId);
    if (!c) throw notFound('case');
    const problems = [];
    if (input.personId && !(await repo.personInJurisdiction(tx, j, input.personId)))
      problems.push(fieldError('personId', 'is not a person of your jurisdiction'));
    if (input.accountId && !(await repo.accountInJurisdiction(tx, j, input.accountId)))
      problems.push(fieldError('accountId', 'is not an account of your jurisdiction'));
    if (input.childId && !(await repo.loadCaseChildren(tx, caseId)).some((ch) => ch.id === input.childId))
      problems.push(fieldError('childId', 'is not a child on this case'));
    if (input.startDate < c.filing_date) problems.push(fieldError('startDate', 'is before the filing date'));
    if (problems.length) throw invalid(problems);
    const personId = input.personId ?? (await repo.insertPerson(tx, j, input.newPerson!));
    const id = await repo.insertParticipant(tx, {
      jurisdictionId: j,
      caseId,
      personId,
      accountId: input.accountId ?? null,
      childId: input.childId ?? null,
      caseRole: input.caseRole,
      isParty: input.isParty,
      startDate: input.startDate,
    });
    await recordAudit(tx, ctx.audit, {
      action: 'participant.added',
      entityType: 'court_case',
      entityId: caseId,
      data: { participantId: id, caseRole: input.caseRole, isParty: input.isParty },
    });
    return { id };
  });
}

/**
 * Adds a child to an open case: the petition amended to name a sibling or a newborn. One transaction; the
 * audit row is a write to the new child's record and names the fields recorded, never their values (no
 * child's name in clear in the audit, as for `child.updated`).
 */
export async function addChild(
  ctx: RequestContext,
  caseId: string,
  input: z.infer<typeof NewChild>,
): Promise<{ id: string }> {
  if (input.birthDate > todayOf(ctx.clock, ctx.timeZone))
    throw invalid([fieldError('birthDate', 'is in the future')]);
  const j = ctx.actor.jurisdictionId;
  return ctx.db.transaction(async (tx) => {
    // Locked so that a concurrent close of the case cannot slip between the check and the insert.
    const c = await repo.findCase(tx, ctx.actor, 'participant.manage', caseId, { forUpdate: true });
    if (!c) throw notFound('case');
    if (c.status !== 'open') throw conflict('A child can be added only to an open case.');
    const childId = await repo.insertChildPerson(tx, j, input);
    await repo.linkCaseChild(tx, j, caseId, childId);
    const recordedFields = Object.entries(input).flatMap(([k, v]) => (v === undefined ? [] : [k]));
    await recordAudit(tx, ctx.audit, {
      action: 'child.added',
      entityType: 'child',
      entityId: childId,
      data: { caseId, recordedFields },
    });
    return { id: childId };
  });
}
