import {
  todayOf,
  voiceWindow,
  youthVoiceEligibility,
  type CaregiverKind,
  type VoiceEligibility,
} from '@hearth/core';
import type { RequestContext } from '../platform/context.ts';
import type { Queryable } from '../platform/db.ts';
import { conflict, notFound, preconditionFailed, preconditionRequired } from '../platform/problem.ts';
import { etagOf } from '../platform/schemas.ts';
import type { PlanDto, ReportDto, StatementDto } from './voice.dto.ts';
import * as repo from './voice.repo.ts';
import type * as reportRepo from './caregiver-report.repo.ts';
import type * as planRepo from './attendance-plan.repo.ts';

/**
 * What the voice use cases share (voice.service.ts, statement.service.ts, caregiver-report.service.ts,
 * attendance-plan.service.ts): DTO mappers, who may take part, the preconditions of every write. Each use
 * case is one exported function, one transaction, its audit row inside it. Audit rows record ids,
 * statuses, audiences and lengths, never the words: a youth's statement is for the judge, not for whoever
 * reads the audit log.
 */
export type Tagged<T> = { dto: T; etag: string };

export const toStatement = (s: repo.StatementRow): StatementDto => ({
  id: s.id,
  status: s.status,
  body: s.body,
  language: s.language,
  sharedWith: s.shared_with,
  sentAt: s.sent_at,
  updatedAt: s.updated_at,
  version: s.version,
});

export const toReport = (
  r: reportRepo.ReportRow & { health_withheld?: boolean },
  householdName: string,
): ReportDto => ({
  id: r.id,
  status: r.status,
  caregiverKind: r.caregiver_kind as CaregiverKind,
  householdName,
  health: r.health,
  healthWithheld: r.health_withheld ?? false,
  school: r.school,
  behaviour: r.behaviour,
  familyTime: r.family_time,
  needs: r.needs,
  forTheJudge: r.for_the_judge,
  submittedAt: r.submitted_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export const toPlan = (p: planRepo.PlanRow): PlanDto => ({
  attendance: p.attendance,
  reason: p.reason,
  recordedByRole: p.recorded_by_role,
  recordedAt: p.recorded_at,
  version: p.version,
});

const hearingDateOf = (start: string, timeZone: string): string =>
  todayOf({ now: () => new Date(start) }, timeZone);

export function eligibilityOf(
  ctx: RequestContext,
  child: repo.VoiceChildRow,
  hearingStart: string,
): VoiceEligibility {
  return youthVoiceEligibility(
    {
      birthDate: child.birth_date,
      hearingDate: hearingDateOf(hearingStart, child.time_zone),
      today: todayOf(ctx.clock, child.time_zone),
      permission:
        child.permission_granted === null
          ? null
          : { granted: child.permission_granted, orderDate: child.permission_order_date! },
    },
    ctx.rulePack.voice,
  );
}

export const whyOf = (e: VoiceEligibility) => (e.allowed ? e.basis : e.reason);

/**
 * Loads what every write needs: the child (read scope), the hearing of one of its cases (locked), whether
 * the youth may take part in it, and whether it still takes words. Out of reach → 404.
 */
export async function writable(
  tx: Queryable,
  ctx: RequestContext,
  hearingId: string,
  childId: string,
): Promise<{ child: repo.VoiceChildRow; hearing: repo.VoiceHearingRow; eligibility: VoiceEligibility }> {
  const child = await repo.findVoiceChild(tx, ctx.actor, 'voice.read', childId);
  if (!child) throw notFound('child');
  const hearing = await repo.hearingOfChild(tx, hearingId, childId);
  if (!hearing) throw notFound('hearing');
  const window = voiceWindow(hearing, ctx.clock.now(), ctx.rulePack.voice);
  if (!window.open)
    throw conflict(
      window.reason === 'not_scheduled'
        ? `This hearing is ${hearing.status}: it takes no more statements, reports or plans.`
        : `Statements, reports and plans for this hearing closed at ${window.closesAt}.`,
    );
  return { child, hearing, eligibility: eligibilityOf(ctx, child, hearing.start) };
}

export function notEligible(e: VoiceEligibility): never {
  throw conflict(
    e.allowed
      ? 'unreachable'
      : e.reason === 'no_birth_date'
        ? 'The birth date of this young person is not recorded: the court’s permission is needed to write to the judge.'
        : 'This young person is under the age to write to the judge, and the court has not given permission.',
  );
}

export function checkVersion<T extends { version: number }>(
  existing: T | null,
  ifMatch: number | null,
  current: () => Record<string, unknown>,
): number | null {
  if (!existing) return null;
  if (ifMatch === null) throw preconditionRequired();
  if (existing.version !== ifMatch) throw preconditionFailed(current(), etagOf(existing.version));
  return existing.version;
}
