import { addDays, continuanceEffect, courtDayOf, type ContinuanceEffect } from '@hearth/core';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit-log.ts';
import {
  acceptedReason,
  auditDoubleBooking,
  auditingConflicts,
  checkCalendar,
  offersFor,
} from '../calendar/conflict-guard.ts';
import type { ConflictProposal } from '../calendar/conflicts.ts';
import { recomputeSchedule } from '../calendar/schedule.service.ts';
import * as cases from '../cases/case.repo.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Queryable } from '../platform/db.ts';
import { conflict, notFound, preconditionFailed } from '../platform/problem.ts';
import { etagOf } from '../platform/schemas.ts';
import type { ContinuanceDto, ContinuancesReportDto, ContinueHearingBody } from './continuance.dto.ts';
import * as repo from './continuance.repo.ts';
import { carryHearingRecords } from './continuance-carry.ts';
import { findHearing, insertHearing, type HearingRow } from './hearing.repo.ts';
import { checkNewTime, toHearingDto } from './hearing-move.service.ts';

/**
 * Continuing a hearing: the hearing is marked continued with who asked and why (coded, for the court
 * performance measures of domain-rules §10), a new hearing is set (conflict-checked, or at the first
 * free slot), and what the continuance did to the deadline is recorded. One transaction, audited.
 */
export async function continueHearing(
  ctx: RequestContext,
  hearingId: string,
  input: z.infer<typeof ContinueHearingBody>,
): Promise<ContinuanceDto> {
  return auditingConflicts(ctx, () =>
    ctx.db.transaction(async (tx) => {
      const before = await findHearing(tx, ctx.actor, 'hearing.schedule', hearingId, {
        forUpdate: true,
      });
      if (!before) throw notFound('hearing');
      if (before.status !== 'scheduled')
        throw conflict(`Only a scheduled hearing can be continued; this one is ${before.status}.`);
      const acceptReason = acceptedReason(input);
      const original = toHearingDto(before);
      const courtroomId = input.courtroomId === undefined ? before.courtroom_id : input.courtroomId;
      const base: Omit<ConflictProposal, 'start' | 'end'> = {
        caseId: before.case_id,
        courtId: before.court_id,
        hearingId: before.id,
        judgeId: before.judge_id,
        courtroomId,
        interpreterLanguages: before.interpreter_languages,
      };
      const time = await newTimeOf(tx, ctx, input, original, base, before.deadline_date);
      await checkNewTime(
        tx,
        ctx,
        { ...time, courtroomId, courtId: before.court_id },
        {
          start: 'newStart',
          end: 'newEnd',
          courtroom: 'courtroomId',
        },
      );
      // The continued hearing no longer holds its time: its own slot is free for the new one.
      const accepted = await checkCalendar(
        tx,
        ctx,
        { ...base, ...time },
        { deadline: before.deadline_date, acceptReason },
      );
      if (
        !(await repo.markContinued(tx, {
          id: before.id,
          version: before.version,
          reason: input.reason,
          requestedBy: input.requestedBy,
        }))
      )
        throw preconditionFailed(original, etagOf(before.version));
      const newId = await insertHearing(tx, {
        jurisdictionId: before.jurisdiction_id,
        caseId: before.case_id,
        hearingType: before.hearing_type,
        scheduledStart: time.start,
        scheduledEnd: time.end,
        judgeId: before.judge_id,
        courtroomId,
      });
      const effect = continuanceEffect({
        originalStart: original.start,
        newStart: time.start,
        deadline: before.deadline_date,
        timeZone: ctx.timeZone,
        rule: ctx.rulePack.conflicts.continuanceMovesDeadlineDays,
      });
      await repo.carryDeadline(tx, before.id, newId, effect.deadlineDate);
      const carried = await carryHearingRecords(tx, before.id, newId);
      const id = await repo.insertContinuance(tx, {
        jurisdictionId: before.jurisdiction_id,
        caseId: before.case_id,
        hearingId: before.id,
        newHearingId: newId,
        requestedBy: input.requestedBy,
        reason: input.reason,
        note: input.note || null,
        originalStart: original.start,
        newStart: time.start,
        daysAdded: effect.daysAdded,
        deadlineDate: effect.deadlineDate,
        daysPastDeadline: effect.daysPastDeadline,
        deadlineMissed: effect.deadlineMissed,
        citation: effect.citation,
        conflictsAccepted: accepted.length > 0,
        recordedBy: ctx.actor.accountId,
      });
      // Advance calendaring moves the case's proposed hearings after it (server/src/calendar/schedule.service.ts).
      await recomputeSchedule(tx, ctx, before.case_id, 'continuance');
      await audit(tx, ctx, { before, newId, input, effect, time, carried });
      if (acceptReason) await auditDoubleBooking(tx, ctx, newId, acceptReason, accepted);
      const after = (await findHearing(tx, ctx.actor, 'hearing.schedule', newId))!;
      return {
        id,
        continuedHearingId: before.id,
        newHearing: {
          id: newId,
          start: toHearingDto(after).start,
          end: toHearingDto(after).end,
          courtroom: toHearingDto(after).courtroom,
        },
        requestedBy: input.requestedBy,
        reason: input.reason,
        daysAdded: effect.daysAdded,
        deadline: deadlineOf(effect),
        conflictsAccepted: accepted.length > 0,
      };
    }),
  );
}

/**
 * The new time: as asked (its end defaulting to the hearing's length), or the first free slot from the
 * day after the continued hearing, before its deadline when one is free there.
 */
async function newTimeOf(
  q: Queryable,
  ctx: RequestContext,
  input: z.infer<typeof ContinueHearingBody>,
  original: { start: string; end: string },
  base: Omit<ConflictProposal, 'start' | 'end'>,
  deadline: string | null,
): Promise<{ start: string; end: string }> {
  const length = Date.parse(original.end) - Date.parse(original.start);
  if (input.newStart)
    return {
      start: new Date(input.newStart).toISOString(),
      end: new Date(input.newEnd ?? Date.parse(input.newStart) + length).toISOString(),
    };
  const { offers } = await offersFor(
    q,
    ctx,
    { ...base, ...original },
    { deadline, from: addDays(courtDayOf(original.start, ctx.timeZone), 1), count: 1 },
  );
  const [first] = offers;
  if (!first) throw conflict('No free time was found in the next year; give the new time.');
  return first;
}

function deadlineOf(e: ContinuanceEffect): ContinuanceDto['deadline'] {
  return {
    date: e.deadlineDate,
    daysPast: e.daysPastDeadline,
    missed: e.deadlineMissed,
    citation: e.citation,
    unconfirmed: e.unconfirmed,
  };
}

async function audit(
  q: Queryable,
  ctx: RequestContext,
  a: {
    before: HearingRow;
    newId: string;
    input: z.infer<typeof ContinueHearingBody>;
    effect: ContinuanceEffect;
    time: { start: string; end: string };
    carried: Record<string, number>;
  },
): Promise<void> {
  const { before, newId, input, effect, time, carried } = a;
  await recordAudit(q, ctx.audit, {
    action: 'hearing.continued',
    entityType: 'hearing',
    entityId: before.id,
    data: {
      caseId: before.case_id,
      newHearingId: newId,
      requestedBy: input.requestedBy,
      reason: input.reason,
      changes: {
        status: { old: 'scheduled', new: 'continued' },
        continuanceReason: { old: before.continuance_reason, new: input.reason },
        continuanceRequestedBy: { old: before.continuance_requested_by, new: input.requestedBy },
      },
      daysAdded: effect.daysAdded,
      deadlineDate: effect.deadlineDate,
      daysPastDeadline: effect.daysPastDeadline,
      deadlineMissed: effect.deadlineMissed,
      carried,
    },
  });
  await recordAudit(q, ctx.audit, {
    action: 'hearing.scheduled',
    entityType: 'hearing',
    entityId: newId,
    data: {
      caseId: before.case_id,
      hearingType: before.hearing_type,
      start: time.start,
      continuedFrom: before.id,
    },
  });
}

/** The continuances of a case: who asked, why, the days each added and the deadlines passed. Audited. */
export async function listContinuances(ctx: RequestContext, caseId: string): Promise<ContinuancesReportDto> {
  return ctx.db.transaction(async (tx) => {
    const c = await cases.findCase(tx, ctx.actor, 'case.read', caseId);
    if (!c) throw notFound('case');
    const rows = await repo.listContinuances(tx, caseId);
    const rule = ctx.rulePack.conflicts.continuanceMovesDeadlineDays;
    const items = rows.map((r) => {
      const originalStart = new Date(r.original_start).toISOString();
      const newStart = r.new_start ? new Date(r.new_start).toISOString() : null;
      // A continuance from the hearing history: its effect is worked out now, by the same rule.
      const inferred =
        r.continuance_id === null && newStart
          ? continuanceEffect({
              originalStart,
              newStart,
              deadline: r.deadline_date,
              timeZone: ctx.timeZone,
              rule,
            })
          : null;
      return {
        hearingId: r.hearing_id,
        hearingType: r.hearing_type,
        originalStart,
        requestedBy: r.requested_by,
        reason: r.reason,
        note: r.note,
        newHearingId: r.new_hearing_id,
        newStart,
        daysAdded: r.days_added ?? inferred?.daysAdded ?? null,
        deadline: inferred
          ? deadlineOf(inferred)
          : {
              date: r.deadline_date,
              daysPast: r.days_past_deadline,
              missed: r.deadline_missed ?? false,
              citation: r.deadline_citation ?? rule.citation,
              unconfirmed: r.continuance_id === null ? (rule.unconfirmed ?? false) : false,
            },
        conflictsAccepted: r.conflicts_accepted ?? false,
        recorded: r.continuance_id !== null,
        recordedBy: r.recorded_by,
        recordedAt: r.recorded_at ? new Date(r.recorded_at).toISOString() : null,
      };
    });
    await recordAudit(tx, ctx.audit, {
      action: 'continuance.listed',
      entityType: 'court_case',
      entityId: caseId,
      data: { hearingIds: items.map((i) => i.hearingId) },
    });
    return { items, summary: summarize(items) };
  });
}

function summarize(items: ContinuancesReportDto['items']): ContinuancesReportDto['summary'] {
  const count = (key: 'requestedBy' | 'reason'): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const i of items) {
      const k = i[key] ?? 'unknown';
      out[k] = (out[k] ?? 0) + 1;
    }
    return out;
  };
  return {
    continuances: items.length,
    daysAdded: items.reduce((n, i) => n + Math.max(0, i.daysAdded ?? 0), 0),
    deadlinesMissed: items.filter((i) => i.deadline.missed).length,
    byRequester: count('requestedBy'),
    byReason: count('reason'),
  };
}
