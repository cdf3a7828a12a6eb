import {
  addDays,
  checkBestInterest,
  checkDecisionMaker,
  diffFields,
  nextReviewOf,
  todayOf,
} from '@hearth/core';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Queryable } from '../platform/db.ts';
import { conflict, fieldError, invalid, notFound, type FieldError } from '../platform/problem.ts';
import { assembleEducation } from './education.assemble.ts';
import type {
  EducationRecordDto,
  RecordAdvocateBody,
  RecordAttendanceBody,
  RecordBestInterestBody,
  RecordCreditsBody,
  RecordDecisionMakerBody,
  RecordEnrollmentBody,
  RecordSpecialEducationBody,
} from './education.dto.ts';
import * as repo from './education.repo.ts';
import * as writes from './education-writes.repo.ts';

const today = (ctx: RequestContext): string => todayOf(ctx.clock, ctx.timeZone);
const orNull = (v: string | undefined): string | null => (v === undefined || v === '' ? null : v);

/**
 * A child's education record (SSA §475(1)(G); ESSA): schools and moves, determinations with their
 * transport plans, decision-maker, attendance, credits, advocate, and the flags. Readers of the child's
 * history only; IEP and 504 plans (health class) only with the health grant, else marked withheld.
 */
export async function getEducation(ctx: RequestContext, childId: string): Promise<EducationRecordDto> {
  return ctx.db.transaction(async (tx) => {
    const child = await repo.findChild(tx, ctx.actor, 'child.readHistory', childId, {
      healthAt: ctx.clock.now(),
    });
    if (!child) throw notFound('child');
    const shown = child.health_shown;
    const rows = await repo.loadEducationRows(tx, [childId], shown ? [childId] : []);
    const dto = assembleEducation(child, rows, shown, today(ctx), ctx.rulePack.education);
    await recordAudit(tx, ctx.audit, {
      action: 'education.viewed',
      entityType: 'child',
      entityId: childId,
      data: { specialEducation: shown ? 'shown' : 'withheld', flags: dto.flags.map((f) => f.kind) },
    });
    if (shown)
      await recordAudit(tx, ctx.audit, {
        action: 'sensitive.viewed',
        entityType: 'child',
        entityId: childId,
        data: { classes: ['health'], via: 'education' },
      });
    return dto;
  });
}

/** Finds the child for a write (locked) or answers 404, the same as a missing child. */
async function childForWrite(
  tx: Queryable,
  ctx: RequestContext,
  childId: string,
): Promise<repo.EducationChildRow> {
  const child = await repo.findChild(tx, ctx.actor, 'education.record', childId, { forUpdate: true });
  if (!child) throw notFound('child');
  return child;
}

function notFuture(
  ctx: RequestContext,
  problems: FieldError[],
  field: string,
  date: string | undefined,
): void {
  if (date !== undefined && date > today(ctx)) problems.push(fieldError(field, 'is in the future'));
}

async function audited(
  tx: Queryable,
  ctx: RequestContext,
  entityType: string,
  id: string,
  childId: string,
  data: Record<string, unknown>,
): Promise<{ id: string }> {
  await recordAudit(tx, ctx.audit, {
    action: 'education.recorded',
    entityType,
    entityId: id,
    data: { childId, changes: diffFields(null, data) },
  });
  return { id };
}

/**
 * Enrolls the child in a school. When the child attends another school now, this is a change of school:
 * that enrollment ends the day before (or on `previousExitedOn`) with the reason "moved".
 */
export async function recordEnrollment(
  ctx: RequestContext,
  childId: string,
  input: z.infer<typeof RecordEnrollmentBody>,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    await childForWrite(tx, ctx, childId);
    const problems: FieldError[] = [];
    notFuture(ctx, problems, 'recordsRequestedOn', input.recordsRequestedOn);
    notFuture(ctx, problems, 'recordsReceivedOn', input.recordsReceivedOn);
    if (
      input.recordsReceivedOn &&
      input.recordsRequestedOn &&
      input.recordsReceivedOn < input.recordsRequestedOn
    )
      problems.push(fieldError('recordsReceivedOn', 'is before the records were requested'));
    const rows = await repo.loadEducationRows(tx, [childId], []);
    const open = rows.enrollments
      .filter((e) => e.exited_on === null && e.enrolled_on < input.enrolledOn)
      .at(-1);
    const exit = input.previousExitedOn ?? (open ? addDays(input.enrolledOn, -1) : undefined);
    if (input.previousExitedOn && !open)
      problems.push(fieldError('previousExitedOn', 'the child attends no other school to leave'));
    if (open && exit && (exit < open.enrolled_on || exit >= input.enrolledOn))
      problems.push(
        fieldError(
          'previousExitedOn',
          `must be on or after ${open.enrolled_on} and before the new enrollment`,
        ),
      );
    if (
      rows.enrollments.some((e) => e.enrolled_on === input.enrolledOn && e.school_name === input.schoolName)
    )
      problems.push(fieldError('enrolledOn', 'this enrollment is recorded already'));
    if (problems.length) throw invalid(problems);
    if (open && exit) {
      await writes.updateEnrollment(tx, open.id, open.version, {
        exited_on: exit,
        exit_reason: 'moved',
        records_requested_on: open.records_requested_on,
        records_received_on: open.records_received_on,
      });
      await recordAudit(tx, ctx.audit, {
        action: 'education.updated',
        entityType: 'school_enrollment',
        entityId: open.id,
        data: { childId, changes: diffFields({ exitedOn: null }, { exitedOn: exit, exitReason: 'moved' }) },
      });
    }
    const fields = {
      schoolName: input.schoolName,
      schoolDistrict: orNull(input.schoolDistrict),
      enrolledOn: input.enrolledOn,
      reason: input.reason,
      isSchoolOfOrigin: input.isSchoolOfOrigin,
      recordsRequestedOn: input.recordsRequestedOn ?? null,
      recordsReceivedOn: input.recordsReceivedOn ?? null,
    };
    const id = await writes.insertEnrollment(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      childId,
      ...fields,
      recordedBy: ctx.actor.accountId,
    });
    return audited(tx, ctx, 'school_enrollment', id, childId, fields);
  });
}

export async function recordBestInterest(
  ctx: RequestContext,
  childId: string,
  input: z.infer<typeof RecordBestInterestBody>,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    await childForWrite(tx, ctx, childId);
    const transport = input.transport ? { ...input.transport, notes: orNull(input.transport.notes) } : null;
    const problems: FieldError[] = checkBestInterest({
      ...input,
      disputeOutcome: input.disputeOutcome ?? null,
      transport,
    }).map((p) => fieldError(p.field, p.message));
    notFuture(ctx, problems, 'decidedOn', input.decidedOn);
    if (input.placementId) {
      const { placements } = await repo.loadEducationRows(tx, [childId], []);
      if (!placements.some((p) => p.id === input.placementId))
        problems.push(fieldError('placementId', "is not a placement of this child's current episode"));
    }
    if (problems.length) throw invalid(problems);
    const fields = {
      placementId: input.placementId ?? null,
      decidedOn: input.decidedOn,
      participants: input.participants,
      factors: input.factors,
      decision: input.decision,
      disputed: input.disputed,
      disputeOutcome: input.disputeOutcome ?? null,
      notes: orNull(input.notes),
      transport,
    };
    const id = await writes.insertDetermination(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      childId,
      ...fields,
      recordedBy: ctx.actor.accountId,
    });
    // Participants' names stay out of the audit: their roles say who took part.
    return audited(tx, ctx, 'education_best_interest', id, childId, {
      ...fields,
      participants: input.participants.map((p) => p.role),
    });
  });
}

/** A new decision-maker; the one before ends the day before. A parent unless limited, with the authority. */
export async function recordDecisionMaker(
  ctx: RequestContext,
  childId: string,
  input: z.infer<typeof RecordDecisionMakerBody>,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    await childForWrite(tx, ctx, childId);
    const reference = orNull(input.authorityReference);
    const problems = checkDecisionMaker({ ...input, authorityReference: reference }).map((p) =>
      fieldError(p.field, p.message),
    );
    notFuture(ctx, problems, 'since', input.since);
    const latest = await writes.latestSince(tx, 'education_decision_maker', childId);
    if (latest !== null && input.since <= latest)
      problems.push(fieldError('since', `must be after ${latest}, when the current decision-maker started`));
    if (problems.length) throw invalid(problems);
    await writes.endCurrent(tx, 'education_decision_maker', childId, addDays(input.since, -1));
    const fields = {
      relationship: input.relationship,
      authority: input.authority,
      authorityReference: reference,
      since: input.since,
    };
    const id = await writes.insertDecisionMaker(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      childId,
      name: input.name,
      ...fields,
      recordedBy: ctx.actor.accountId,
    });
    return audited(tx, ctx, 'education_decision_maker', id, childId, fields);
  });
}

/**
 * An IEP or 504 plan: the health class. Besides the education record, the writer needs `sensitive.write`
 * over the child and an explicit health grant, as for any health fact (child.service.ts recordSensitive).
 */
export async function recordSpecialEducation(
  ctx: RequestContext,
  childId: string,
  input: z.infer<typeof RecordSpecialEducationBody>,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    await childForWrite(tx, ctx, childId);
    if (!(await repo.mayWriteHealth(tx, ctx.actor, childId, ctx.clock.now())))
      throw invalid([
        fieldError(
          'planType',
          'IEP and 504 plans are health information: you hold no health grant for this child',
        ),
      ]);
    const problems: FieldError[] = [];
    notFuture(ctx, problems, 'planDate', input.planDate);
    const nextReviewOn =
      input.nextReviewOn ?? nextReviewOf(input.planType, input.planDate, ctx.rulePack.education);
    if (nextReviewOn <= input.planDate)
      problems.push(fieldError('nextReviewOn', 'must be after the plan date'));
    if (problems.length) throw invalid(problems);
    const id = await writes.insertPlan(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      childId,
      planType: input.planType,
      planDate: input.planDate,
      nextReviewOn,
      disabilityCategory: orNull(input.disabilityCategory),
      notes: orNull(input.notes),
      recordedBy: ctx.actor.accountId,
    });
    // The audit names the class and the dates, never the disability or the notes.
    return audited(tx, ctx, 'special_education_plan', id, childId, {
      fieldClass: 'health',
      planType: input.planType,
      planDate: input.planDate,
      nextReviewOn,
    });
  });
}

export async function recordAttendance(
  ctx: RequestContext,
  childId: string,
  input: z.infer<typeof RecordAttendanceBody>,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    await childForWrite(tx, ctx, childId);
    const problems: FieldError[] = [];
    if (input.termEnd <= input.termStart)
      problems.push(fieldError('termEnd', 'must be after the term starts'));
    if (input.termStart > today(ctx)) problems.push(fieldError('termStart', 'is in the future'));
    if (input.daysEnrolled !== undefined && input.daysAbsent > input.daysEnrolled)
      problems.push(fieldError('daysAbsent', 'is more than the days enrolled'));
    if (problems.length) throw invalid(problems);
    const fields = { ...input, daysEnrolled: input.daysEnrolled ?? null };
    const id = await writes.insertAttendance(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      childId,
      ...fields,
      recordedBy: ctx.actor.accountId,
    });
    if (id === null)
      throw conflict('This term is recorded already.', [
        fieldError('termStart', 'a term starting this day is recorded already'),
      ]);
    return audited(tx, ctx, 'school_attendance', id, childId, fields);
  });
}

export async function recordCredits(
  ctx: RequestContext,
  childId: string,
  input: z.infer<typeof RecordCreditsBody>,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    await childForWrite(tx, ctx, childId);
    const problems: FieldError[] = [];
    notFuture(ctx, problems, 'asOf', input.asOf);
    if (problems.length) throw invalid(problems);
    const fields = { ...input, expected: input.expected ?? null };
    const id = await writes.insertCredits(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      childId,
      ...fields,
      recordedBy: ctx.actor.accountId,
    });
    return audited(tx, ctx, 'school_credits', id, childId, fields);
  });
}

/** A new education advocate (a person); the one before ends the day before. */
export async function recordAdvocate(
  ctx: RequestContext,
  childId: string,
  input: z.infer<typeof RecordAdvocateBody>,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    await childForWrite(tx, ctx, childId);
    const problems: FieldError[] = [];
    notFuture(ctx, problems, 'since', input.since);
    const latest = await writes.latestSince(tx, 'education_advocate', childId);
    if (latest !== null && input.since <= latest)
      problems.push(fieldError('since', `must be after ${latest}, when the current advocate started`));
    if (problems.length) throw invalid(problems);
    await writes.endCurrent(tx, 'education_advocate', childId, addDays(input.since, -1));
    const id = await writes.insertAdvocate(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      childId,
      name: input.name,
      organization: orNull(input.organization),
      phone: orNull(input.phone),
      email: orNull(input.email),
      since: input.since,
      recordedBy: ctx.actor.accountId,
    });
    // The advocate's name and contact stay out of the audit.
    return audited(tx, ctx, 'education_advocate', id, childId, { since: input.since });
  });
}
