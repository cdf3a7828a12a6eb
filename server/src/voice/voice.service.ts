import { caregiverKindOf, voiceWindow } from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import { notFound } from '../platform/problem.ts';
import { hearingVoices } from './voice.bench.ts';
import type { ChildVoice, HearingVoicesPage } from './voice.dto.ts';
import * as repo from './voice.repo.ts';
import * as reportRepo from './caregiver-report.repo.ts';
import * as planRepo from './attendance-plan.repo.ts';
import { eligibilityOf, toPlan, toReport, toStatement, whyOf } from './voice.shared.ts';

/** The voice reads: a child's coming hearings, and a hearing's voices (domain-rules §7.3, §9). */

/**
 * Young people's and caregivers' voice (domain-rules §7.3, §9): one use case per exported function, one
 * transaction each, its audit row inside it. Audit rows record ids, statuses, audiences and lengths, never
 * the words: a youth's statement is for the judge, not for whoever reads the audit log.
 */

/** A child's coming hearings, with what the reader may see and write for each. The read is audited. */
export async function getChildVoice(ctx: RequestContext, childId: string): Promise<ChildVoice> {
  return ctx.db.transaction(async (tx) => {
    const child = await repo.findVoiceChild(tx, ctx.actor, 'voice.read', childId);
    if (!child) throw notFound('child');
    const now = ctx.clock.now();
    const hearings = await repo.upcomingHearings(tx, childId, now);
    const ids = hearings.map((h) => h.id);
    const statements = new Map(
      (await repo.statementsFor(tx, ctx.actor, ids, childId)).map((s) => [s.hearing_id, s]),
    );
    const plans = new Map(
      (await planRepo.plansFor(tx, ctx.actor, ids, childId)).map((p) => [p.hearing_id, p]),
    );
    const reports = await reportRepo.reportsFor(tx, ctx.actor, ids, childId, now);
    const out: ChildVoice['hearings'] = [];
    for (const h of hearings) {
      const eligibility = eligibilityOf(ctx, child, h.start);
      const window = voiceWindow({ start: h.start, status: h.status }, now, ctx.rulePack.voice);
      const household = await reportRepo.reportingHousehold(tx, ctx.actor, h.id, childId);
      const kind = household
        ? caregiverKindOf(
            household.setting,
            household.provider_kind,
            ctx.rulePack.notices.caregiverSettings.value,
          )
        : null;
      // A household sees its own report first; a reader of submitted reports sees the first of them.
      const report =
        reports.find((r) => r.hearing_id === h.id && household && r.provider_id === household.provider_id) ??
        reports.find((r) => r.hearing_id === h.id && r.status === 'submitted') ??
        null;
      const statement = statements.get(h.id) ?? null;
      const planRole = await planRepo.planWriterRole(tx, ctx.actor, h.id, childId);
      out.push({
        hearingId: h.id,
        caseId: h.case_id,
        hearingType: h.hearing_type,
        start: h.start,
        courtroom: h.courtroom,
        judgeName: h.judge_name,
        open: window.open,
        closesAt: window.closesAt,
        eligibility: { allowed: eligibility.allowed, why: whyOf(eligibility) },
        may: {
          writeStatement: child.is_self && eligibility.allowed && window.open && statement?.status !== 'sent',
          writePlan: planRole !== null && eligibility.allowed && window.open,
          writeReport: kind !== null && window.open && report?.status !== 'submitted',
        },
        statement: statement ? toStatement(statement) : null,
        attendancePlan: plans.has(h.id) ? toPlan(plans.get(h.id)!) : null,
        caregiverReport: report ? toReport(report, report.provider_name) : null,
      });
    }
    await recordAudit(tx, ctx.audit, {
      action: 'voice.viewed',
      entityType: 'child',
      entityId: childId,
      data: {
        hearings: ids,
        statements: [...statements.values()].map((s) => s.id),
        reports: reports.map((r) => r.id),
      },
    });
    return {
      child: {
        id: child.id,
        givenName: child.given_name,
        familyName: child.family_name,
        age: eligibilityOf(ctx, child, now.toISOString()).age,
      },
      isSelf: child.is_self,
      isHousehold: child.is_household,
      voiceAge: ctx.rulePack.voice.youthVoiceAge.value,
      permission:
        child.permission_granted === null
          ? null
          : {
              granted: child.permission_granted,
              orderDate: child.permission_order_date!,
              version: child.permission_version!,
            },
      hearings: out,
    };
  });
}

/** The hearing and the voices the reader may see on it (the bench view's section, on a page of its own). */
export async function getHearingVoices(ctx: RequestContext, hearingId: string): Promise<HearingVoicesPage> {
  return ctx.db.transaction(async (tx) => {
    const h = await repo.findVoiceHearing(tx, ctx.actor, hearingId);
    if (!h) throw notFound('hearing');
    const voices = await hearingVoices(tx, ctx.actor, hearingId, { now: ctx.clock.now() });
    await recordAudit(tx, ctx.audit, {
      action: 'voice.hearing_viewed',
      entityType: 'hearing',
      entityId: hearingId,
      data: {
        caseId: h.case_id,
        statements: voices.youthStatements.map((s) => s.id),
        reports: voices.caregiverReports.map((r) => r.id),
        attendance: voices.youthAttendance.length,
      },
    });
    return {
      hearing: {
        id: h.id,
        caseId: h.case_id,
        petitionNumber: h.petition_number,
        hearingType: h.hearing_type,
        start: h.start,
        status: h.status,
        courtroom: h.courtroom,
        judgeName: h.judge_name,
      },
      voices,
    };
  });
}
