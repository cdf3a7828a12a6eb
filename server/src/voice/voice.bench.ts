import { rulePackById, todayOf, youthVoiceEligibility } from '@hearth/core';
import { z } from 'zod';
import type { Actor } from '../access/actor.ts';
import type { Queryable } from '../platform/db.ts';
import { plansFor } from './attendance-plan.repo.ts';
import { reportsFor } from './caregiver-report.repo.ts';
import * as repo from './voice.repo.ts';

/**
 * The voices of a hearing for the judge's bench view (issue 6): what the young person wants the judge to
 * know (domain-rules §7.3), the caregivers' reports (§9, SSA §475(5)(G)) and how each youth of the case
 * will attend or attended. The bench view's use case calls `hearingVoices` inside its own transaction,
 * after loading the hearing through the scoped hearing repository; this loader applies its own access
 * predicates as well (deny by default) and writes no audit row of its own: the caller audits the bench
 * view once, and may add `auditData(voices)` to that row.
 *
 * `HearingVoices` (zod) is exported so the bench view's response schema can embed it.
 */

const ATTENDANCE = ['in_person', 'remote', 'excused', 'absent'] as const;

/** A young person's statement to the judge, once sent. Drafts are never shown to the court. */
export const BenchYouthStatement = z.object({
  id: z.string(),
  childId: z.string(),
  childName: z.string(),
  /** Age on the hearing's date. */
  age: z.number().nullable(),
  /** The young person's own words, exactly as sent. */
  body: z.string(),
  /** The language the young person wrote in: 'en' or 'es'. */
  language: z.string(),
  /** When it was sent (ISO instant). */
  sentAt: z.string(),
  /** Who else the young person chose may read it, beside the judge and their own attorney or GAL. */
  sharedWith: z.array(z.string()),
});
export type BenchYouthStatement = z.infer<typeof BenchYouthStatement>;

/** A caregiver's report to the court for this hearing, once submitted. */
export const BenchCaregiverReport = z.object({
  id: z.string(),
  childId: z.string(),
  childName: z.string(),
  caregiverName: z.string(),
  /** 'foster_parent' | 'kin' | 'pre_adoptive' (SSA §475(5)(G)'s three kinds of caregiver). */
  caregiverKind: z.string(),
  /** Null when the reader holds no health grant for the child (the health sensitive class). */
  health: z.string().nullable(),
  healthWithheld: z.boolean(),
  school: z.string(),
  behaviour: z.string(),
  familyTime: z.string(),
  needs: z.string(),
  forTheJudge: z.string(),
  submittedAt: z.string(),
});
export type BenchCaregiverReport = z.infer<typeof BenchCaregiverReport>;

/** How a youth of the case will attend (the plan, before the hearing) or attended (the clerk's record). */
export const BenchYouthAttendance = z.object({
  childId: z.string(),
  childName: z.string(),
  age: z.number().nullable(),
  /** 'plan' until attendance is recorded for the hearing; then 'recorded' (hearing_attendance). */
  source: z.enum(['plan', 'recorded']),
  attendance: z.enum(ATTENDANCE).nullable(),
  /** Why the youth is excused, when excused. */
  reason: z.string().nullable(),
  /** The role of whoever recorded it: 'youth', 'guardian_ad_litem', 'caseworker', 'court' … */
  recordedByRole: z.string().nullable(),
  recordedAt: z.string().nullable(),
});
export type BenchYouthAttendance = z.infer<typeof BenchYouthAttendance>;

export const HearingVoices = z.object({
  youthStatements: z.array(BenchYouthStatement),
  caregiverReports: z.array(BenchCaregiverReport),
  youthAttendance: z.array(BenchYouthAttendance),
});
export type HearingVoices = z.infer<typeof HearingVoices>;

/**
 * The voices of one hearing that the actor may see. Empty lists when there are none or none are the
 * actor's to read (never an error: the bench view has already decided the hearing itself is visible).
 */
export async function hearingVoices(
  tx: Queryable,
  actor: Actor,
  hearingId: string,
  opts: { now?: Date } = {},
): Promise<HearingVoices> {
  const now = opts.now ?? new Date();
  const facts = await repo.hearingFacts(tx, hearingId);
  if (!facts) return { youthStatements: [], caregiverReports: [], youthAttendance: [] };
  const rules = rulePackById(facts.rule_pack_id).voice;
  const hearingDate = todayOf({ now: () => new Date(facts.start) }, facts.time_zone);
  const today = todayOf({ now: () => now }, facts.time_zone);
  const ageOf = (birthDate: string | null) =>
    youthVoiceEligibility({ birthDate, hearingDate, today, permission: null }, rules).age;

  const statements = await repo.statementsFor(tx, actor, [hearingId], null);
  const reports = await reportsFor(tx, actor, [hearingId], null, now);
  const children = await repo.hearingChildren(tx, actor, hearingId);
  const plans = new Map((await plansFor(tx, actor, [hearingId], null)).map((p) => [p.child_id, p]));

  return {
    youthStatements: statements
      .filter((s) => s.status === 'sent')
      .map((s) => ({
        id: s.id,
        childId: s.child_id,
        childName: `${s.given_name} ${s.family_name}`,
        age: ageOf(s.birth_date),
        body: s.body,
        language: s.language,
        sentAt: s.sent_at!,
        sharedWith: s.shared_with,
      })),
    caregiverReports: reports
      .filter((r) => r.status === 'submitted')
      .map((r) => ({
        id: r.id,
        childId: r.child_id,
        childName: `${r.given_name} ${r.family_name}`,
        caregiverName: r.provider_name,
        caregiverKind: r.caregiver_kind,
        health: r.health,
        healthWithheld: r.health_withheld,
        school: r.school,
        behaviour: r.behaviour,
        familyTime: r.family_time,
        needs: r.needs,
        forTheJudge: r.for_the_judge,
        submittedAt: r.submitted_at!,
      })),
    // The youth who may take part (the voice age on the hearing's date, or the court's permission): their
    // plan until the clerk records attendance, then the record (hearing_attendance) is what happened.
    youthAttendance: children.flatMap((c): BenchYouthAttendance[] => {
      const permission =
        c.permission_granted === null
          ? null
          : { granted: c.permission_granted, orderDate: c.permission_order_date! };
      const eligible = youthVoiceEligibility(
        { birthDate: c.birth_date, hearingDate, today, permission },
        rules,
      );
      if (!eligible.allowed) return [];
      const base = { childId: c.child_id, childName: `${c.given_name} ${c.family_name}`, age: eligible.age };
      if (facts.attendance_recorded)
        return [
          {
            ...base,
            source: 'recorded',
            attendance: c.recorded_attendance,
            reason: null,
            recordedByRole: 'court',
            recordedAt: c.recorded_at,
          },
        ];
      const plan = plans.get(c.child_id);
      return [
        {
          ...base,
          source: 'plan',
          attendance: plan?.attendance ?? null,
          reason: plan?.reason ?? null,
          recordedByRole: plan?.recorded_by_role ?? null,
          recordedAt: plan?.recorded_at ?? null,
        },
      ];
    }),
  };
}

/** What the bench view's audit row may record about the voices it showed: ids and counts, no words. */
export function auditData(v: HearingVoices): Record<string, unknown> {
  return {
    youthStatements: v.youthStatements.map((s) => s.id),
    caregiverReports: v.caregiverReports.map((r) => r.id),
    youthAttendance: v.youthAttendance.length,
  };
}
