import { diffFields } from '@hearth/core';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit-log.ts';
import {
  acceptedReason,
  auditDoubleBooking,
  auditingConflicts,
  checkCalendar,
} from '../calendar/conflict-guard.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Queryable } from '../platform/db.ts';
import {
  fieldError,
  invalid,
  notFound,
  conflict,
  preconditionFailed,
  preconditionRequired,
} from '../platform/problem.ts';
import { etagOf } from '../platform/schemas.ts';
import type { HearingDto, MoveHearingBody } from './continuance.dto.ts';
import * as repo from './continuance.repo.ts';
import { courtroomOfCourt, findHearing, type HearingRow } from './hearing.repo.ts';

/** A hearing as the API shows it, from its row. */
export function toHearingDto(h: HearingRow): HearingDto {
  return {
    id: h.id,
    caseId: h.case_id,
    petitionNumber: h.petition_number,
    hearingType: h.hearing_type,
    start: new Date(h.scheduled_start).toISOString(),
    end: new Date(h.scheduled_end).toISOString(),
    status: h.status,
    courtId: h.court_id,
    judge: h.judge_id ? { id: h.judge_id, name: h.judge_name ?? '' } : null,
    courtroom: h.courtroom_id ? { id: h.courtroom_id, name: h.courtroom_name ?? '' } : null,
    deadlineDate: h.deadline_date,
    continuance:
      h.status === 'continued'
        ? { requestedBy: h.continuance_requested_by, reason: h.continuance_reason }
        : null,
    version: h.version,
  };
}

/** One hearing of a case the caller may read, with its ETag (for moving or continuing it). The read is audited. */
export async function getHearing(
  ctx: RequestContext,
  hearingId: string,
): Promise<{ dto: HearingDto; etag: string }> {
  return ctx.db.transaction(async (tx) => {
    const h = await findHearing(tx, ctx.actor, 'case.read', hearingId);
    if (!h) throw notFound('hearing');
    await recordAudit(tx, ctx.audit, {
      action: 'hearing.viewed',
      entityType: 'hearing',
      entityId: h.id,
      data: { caseId: h.case_id },
    });
    return { dto: toHearingDto(h), etag: etagOf(h.version) };
  });
}

/** The checks every new time of a hearing passes: an end after the start, not in the past, a room of the court. */
export async function checkNewTime(
  q: Queryable,
  ctx: RequestContext,
  t: { start: string; end: string; courtroomId: string | null; courtId: string },
  fields: { start: string; end: string; courtroom: string },
): Promise<void> {
  const problems = [];
  if (Date.parse(t.end) <= Date.parse(t.start))
    problems.push(fieldError(fields.end, 'must be after the start'));
  if (Date.parse(t.start) < ctx.clock.now().getTime())
    problems.push(fieldError(fields.start, 'is in the past'));
  if (t.courtroomId && !(await courtroomOfCourt(q, t.courtroomId, t.courtId)))
    problems.push(fieldError(fields.courtroom, "is not a courtroom of the case's court"));
  if (problems.length) throw invalid(problems);
}

/**
 * Moves a scheduled hearing to a new time (and room) under If-Match. The new time is checked for
 * double-bookings in the same transaction: 409 with the free slots to pick, unless accepted with a reason.
 */
export async function moveHearing(
  ctx: RequestContext,
  hearingId: string,
  ifMatchVersion: number | null,
  input: z.infer<typeof MoveHearingBody>,
): Promise<{ dto: HearingDto; etag: string }> {
  if (ifMatchVersion === null) throw preconditionRequired();
  return auditingConflicts(ctx, () =>
    ctx.db.transaction(async (tx) => {
      const before = await findHearing(tx, ctx.actor, 'hearing.schedule', hearingId, {
        forUpdate: true,
      });
      if (!before) throw notFound('hearing');
      if (before.version !== ifMatchVersion)
        throw preconditionFailed(toHearingDto(before), etagOf(before.version));
      if (before.status !== 'scheduled')
        throw conflict(`Only a scheduled hearing can be moved; this one is ${before.status}.`);
      const acceptReason = acceptedReason(input);
      const courtroomId = input.courtroomId === undefined ? before.courtroom_id : input.courtroomId;
      const next = { start: input.scheduledStart, end: input.scheduledEnd, courtroomId };
      await checkNewTime(
        tx,
        ctx,
        { ...next, courtId: before.court_id },
        {
          start: 'scheduledStart',
          end: 'scheduledEnd',
          courtroom: 'courtroomId',
        },
      );
      const accepted = await checkCalendar(
        tx,
        ctx,
        {
          caseId: before.case_id,
          courtId: before.court_id,
          hearingId: before.id,
          start: next.start,
          end: next.end,
          judgeId: before.judge_id,
          courtroomId,
          interpreterLanguages: before.interpreter_languages,
        },
        { deadline: before.deadline_date, acceptReason },
      );
      if (!(await repo.moveHearing(tx, { id: before.id, version: before.version, ...next })))
        throw preconditionFailed(toHearingDto(before), etagOf(before.version));
      const after = (await findHearing(tx, ctx.actor, 'hearing.schedule', hearingId))!;
      await recordAudit(tx, ctx.audit, {
        action: 'hearing.moved',
        entityType: 'hearing',
        entityId: before.id,
        data: {
          caseId: before.case_id,
          changes: diffFields(
            {
              start: toHearingDto(before).start,
              end: toHearingDto(before).end,
              courtroomId: before.courtroom_id,
            },
            {
              start: toHearingDto(after).start,
              end: toHearingDto(after).end,
              courtroomId: after.courtroom_id,
            },
          ),
          conflictsAccepted: accepted.length,
        },
      });
      if (acceptReason) await auditDoubleBooking(tx, ctx, before.id, acceptReason, accepted);
      return { dto: toHearingDto(after), etag: etagOf(after.version) };
    }),
  );
}
