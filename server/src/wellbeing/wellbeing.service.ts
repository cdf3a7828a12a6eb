import {
  checklistAnswerProblem,
  checklistItemsFor,
  diffFields,
  isChecklistItemVisible,
  mergeChecklistAnswers,
  todayOf,
  type ChecklistAnswer,
  type ChecklistAnswers,
  type ChecklistViewer,
  type WellbeingItem,
} from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import { grantedClasses } from '../children/child.repo.ts';
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
import { buildChecklist, historyPoints } from './checklist.view.ts';
import type { ChecklistDto, SaveChecklistBody, WellbeingHistoryDto } from './wellbeing.dto.ts';
import * as repo from './wellbeing.repo.ts';

/**
 * Who sees what of a checklist, decided by relationship (server/src/access/scope.ts), never by role name:
 * - the child's professionals (`child.readHistory`) and the bench of the case (`docket.read`: the judge and
 *   the clerk) see every checklist, drafts too;
 * - a caregiver of the child placed with them now, and the youth themself (`child.read` through placement
 *   or self), see only checklists sent to the court, and only items marked shown at home: never how safe
 *   the child says they feel where they live, whether they want to stay, or the parents' family time;
 * - sensitive classes (health, substance use, SOGI) only with an explicit grant (core/src/access/sensitive.ts).
 * Writers are those with `wellbeing.record` over the child: the caseworker and supervisor, the GAL and the
 * CASA volunteer.
 */

async function viewerOf(
  tx: Queryable,
  ctx: RequestContext,
  childId: string,
  row: { full_view: boolean; may_read_sensitive: boolean },
): Promise<ChecklistViewer> {
  const classes = row.may_read_sensitive ? await grantedClasses(tx, ctx.actor, childId, ctx.clock.now()) : [];
  return { household: !row.full_view, classes };
}

const hearingOf = (row: repo.ChildAtHearingRow) => ({
  id: row.hearing_id,
  start: row.scheduled_start,
  status: row.hearing_status,
  type: row.hearing_type,
  caseId: row.case_id,
  petitionNumber: row.petition_number,
});
const childOf = (row: repo.ChildAtHearingRow) => ({
  id: row.child_id,
  birthDate: row.birth_date,
  givenName: row.given_name,
  familyName: row.family_name,
});

const noInstrument = () =>
  conflict(
    'No well-being checklist is asked for this hearing: it is before the first version of the checklist.',
  );

/** A child's checklist at a hearing, or its starting point (last time's answers) before the first save. */
export async function getChecklist(
  ctx: RequestContext,
  hearingId: string,
  childId: string,
): Promise<{ dto: ChecklistDto; etag: string }> {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findChildAtHearing(tx, ctx.actor, 'child.read', hearingId, childId);
    if (!row) throw notFound('child at this hearing');
    const viewer = await viewerOf(tx, ctx, childId, row);
    const built = buildChecklist({
      hearing: hearingOf(row),
      child: childOf(row),
      rows: await repo.loadChecklists(tx, [childId]),
      viewer,
      mayWrite: row.may_write,
      today: todayOf(ctx.clock, ctx.timeZone),
      timeZone: ctx.timeZone,
    });
    // At home only what was sent to the court: a draft is the professionals' work in progress.
    if (built && viewer.household && built.dto.status !== 'submitted') throw notFound('well-being checklist');
    await recordAudit(tx, ctx.audit, {
      action: 'wellbeing.viewed',
      entityType: 'child',
      entityId: childId,
      data: {
        hearingId,
        caseId: row.case_id,
        status: built?.dto.status ?? null,
        view: viewer.household ? 'household' : 'full',
        sensitiveClasses: viewer.classes,
      },
    });
    if (!built) throw noInstrument();
    return { dto: built.dto, etag: etagOf(built.dto.version) };
  });
}

/** What the audit keeps of an answer: the value of a yes-no or rating item; of words or a sensitive class, only that there is one. */
function audited(item: WellbeingItem | undefined, a: ChecklistAnswer | undefined): unknown {
  if (!a) return null;
  if (!item || item.sensitiveClass || item.answer.type === 'text')
    return a.note ? 'answered, with a note' : 'answered';
  return a.note ? `${String(a.value)}, with a note` : a.value;
}

function checkAnswers(
  body: SaveChecklistBody,
  asked: readonly WellbeingItem[],
  visible: ReadonlySet<string>,
): FieldError[] {
  const byId = new Map(asked.map((i) => [i.id, i]));
  const seen = new Set<string>();
  const problems: FieldError[] = [];
  body.answers.forEach((a, i) => {
    const item = byId.get(a.itemId);
    if (!item) problems.push(fieldError(`answers.${i}.itemId`, 'is not a question of this checklist'));
    else if (!visible.has(a.itemId))
      problems.push(fieldError(`answers.${i}.itemId`, 'you hold no grant for this class of information'));
    else {
      const problem = checklistAnswerProblem(item, a.value);
      if (problem) problems.push(fieldError(`answers.${i}.value`, problem));
    }
    if (seen.has(a.itemId)) problems.push(fieldError(`answers.${i}.itemId`, 'is listed twice'));
    seen.add(a.itemId);
  });
  return problems;
}

/**
 * Saves a child's checklist for a hearing (the whole of what the writer sees, replacing it), under
 * If-Match: "0" for the first save. Open until the hearing's day has passed, and while it is scheduled.
 */
export async function saveChecklist(
  ctx: RequestContext,
  hearingId: string,
  childId: string,
  ifMatchVersion: number | null,
  body: SaveChecklistBody,
): Promise<{ dto: ChecklistDto; etag: string }> {
  if (ifMatchVersion === null) throw preconditionRequired();
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findChildAtHearing(tx, ctx.actor, 'wellbeing.record', hearingId, childId);
    if (!row) throw notFound('child at this hearing');
    const locked = await repo.lockChecklist(tx, hearingId, childId);
    const viewer = await viewerOf(tx, ctx, childId, row);
    const today = todayOf(ctx.clock, ctx.timeZone);
    const context = {
      hearing: hearingOf(row),
      child: childOf(row),
      viewer,
      mayWrite: row.may_write,
      today,
      timeZone: ctx.timeZone,
    };
    const built = buildChecklist({ ...context, rows: await repo.loadChecklists(tx, [childId]) });
    if (!built) throw noInstrument();
    const current = built.dto;
    if ((locked?.version ?? 0) !== ifMatchVersion) throw preconditionFailed(current, etagOf(current.version));
    if (!current.mayEdit)
      throw conflict(
        row.hearing_status !== 'scheduled'
          ? `This hearing was ${row.hearing_status}: its checklist is kept as it was.`
          : 'The hearing’s day has passed: its checklist is kept as the record of what was known before it.',
      );
    if (current.status === 'submitted' && body.status === 'draft')
      throw invalid([
        fieldError('status', 'a checklist sent to the court stays sent; change its answers instead'),
      ]);
    const asked = checklistItemsFor(built.instrument, current.ageBand);
    const visible = new Set(asked.filter((i) => isChecklistItemVisible(i, viewer)).map((i) => i.id));
    const problems = checkAnswers(body, asked, visible);
    if (problems.length) throw invalid(problems);

    const by = await repo.writerRole(tx, ctx.actor, row.case_id);
    const answers = mergeChecklistAnswers(built.answers, body.answers, visible, by, today);
    const saved = locked
      ? await repo.updateChecklist(tx, {
          id: locked.id,
          version: locked.version,
          status: body.status,
          answers,
          by: ctx.actor.accountId,
        })
      : await repo.insertChecklist(tx, {
          jurisdictionId: row.jurisdiction_id,
          hearingId,
          childId,
          instrumentVersion: current.instrumentVersion,
          ageBand: current.ageBand,
          status: body.status,
          answers,
          carriedFrom: built.prior?.id ?? null,
          by: ctx.actor.accountId,
        });
    if (!saved) throw preconditionFailed(current, etagOf(current.version));

    const items = new Map(asked.map((i) => [i.id, i]));
    const shown = (a: ChecklistAnswers) =>
      Object.fromEntries([...items.keys()].map((id) => [id, audited(items.get(id), a[id])]));
    await recordAudit(tx, ctx.audit, {
      action: 'wellbeing.recorded',
      entityType: 'child',
      entityId: childId,
      data: {
        hearingId,
        caseId: row.case_id,
        instrumentVersion: current.instrumentVersion,
        changes: {
          ...diffFields({ status: current.status }, { status: body.status }),
          ...diffFields(shown(built.answers), shown(answers)),
        },
      },
    });
    const after = buildChecklist({ ...context, rows: await repo.loadChecklists(tx, [childId]) })!;
    return { dto: after.dto, etag: etagOf(after.dto.version) };
  });
}

/** Each domain's concerns per hearing over time, as the viewer may see them. */
export async function getHistory(ctx: RequestContext, childId: string): Promise<WellbeingHistoryDto> {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findChildForHistory(tx, ctx.actor, childId);
    if (!row) throw notFound('child');
    const viewer = await viewerOf(tx, ctx, childId, row);
    const points = historyPoints(await repo.loadChecklists(tx, [childId]), viewer, ctx.timeZone);
    await recordAudit(tx, ctx.audit, {
      action: 'wellbeing.history_viewed',
      entityType: 'child',
      entityId: childId,
      data: {
        points: points.length,
        view: viewer.household ? 'household' : 'full',
        sensitiveClasses: viewer.classes,
      },
    });
    return {
      childId,
      points,
      withheldClasses: (['health', 'substance_use', 'sogi'] as const).filter(
        (c) => !viewer.classes.includes(c),
      ),
    };
  });
}
