import {
  advanceCalendar,
  BusyCalendar,
  calendarRulesFor,
  closedDaysFor,
  courtHoursFor,
  deadlineRuleById,
  federalFloorFor,
  GENERAL_DOCKET,
  todayOf,
  type CalendarRulePack,
  type Interval,
  type ScheduledStep,
} from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import * as cases from '../cases/case.repo.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Queryable } from '../platform/db.ts';
import { fieldError, invalid, notFound } from '../platform/problem.ts';
import { busyIntervalsFor, caseResources } from './conflicts.ts';
import type { ScheduleDto } from './schedule.dto.ts';
import * as repo from './schedule.repo.ts';

/**
 * Advance calendaring: when a petition is filed, the case's hearings through the first permanency
 * hearing and the reviews after it are proposed on the assigned judge's calendar, each with its statutory
 * deadline and why (core/src/calendar/schedule.ts). Events move them: an adjudication, a finding that
 * reasonable efforts are not required, a continuance, a dismissal.
 */

/** What set off a computation of the schedule (stored with each run and audited). */
export type ScheduleReason =
  'petition_filed' | 'adjudication' | 'no_reasonable_efforts' | 'continuance' | 'dismissal' | 'recomputed';

export type ScheduleSummary = { placed: number; moved: number; vacated: number; late: number };

/** How the new case got its judge: chosen when opened, the family's judge, or the least loaded one. */
type JudgeAssignment =
  | { how: 'chosen' | 'least_loaded'; judgeId: string | null }
  | { how: 'family'; judgeId: string; viaCaseId: string };

/**
 * Advance calendaring of a case just opened, inside the open-case transaction: the judge (one judge for
 * one family: the judge of a case of the same children, siblings or parents; else the court's least
 * loaded judge), the docket, then the schedule.
 */
export async function calendarNewCase(
  tx: Queryable,
  ctx: RequestContext,
  caseId: string,
  opts: { childIds: readonly string[]; docket: string | undefined },
): Promise<ScheduleSummary> {
  const c = await repo.loadScheduleCase(tx, caseId);
  if (!c) throw notFound('case');
  const pack = calendarRulesFor(ctx.rulePack.jurisdiction, c.filing_date);
  const docket = opts.docket ?? GENERAL_DOCKET;
  if (docket !== GENERAL_DOCKET && !pack.dockets[docket])
    throw invalid([
      fieldError(
        'docket',
        `is not a docket of this court (${Object.keys(pack.dockets).join(', ') || 'none'})`,
      ),
    ]);
  let assignment: JudgeAssignment = { how: 'chosen', judgeId: c.assigned_judge_id };
  if (!c.assigned_judge_id) {
    const family = await repo.familyJudge(tx, c.jurisdiction_id, caseId, opts.childIds);
    assignment = family
      ? { how: 'family', judgeId: family.judgeId, viaCaseId: family.caseId }
      : { how: 'least_loaded', judgeId: await repo.leastLoadedJudge(tx, c.court_id) };
  }
  if (assignment.judgeId !== c.assigned_judge_id || docket !== c.docket)
    await repo.setCaseJudgeAndDocket(tx, caseId, assignment.judgeId, docket);
  return recomputeSchedule(tx, ctx, caseId, 'petition_filed', { judgeAssignment: assignment });
}

const sameInterval = (a: Interval, b: Interval): boolean =>
  Date.parse(a.start) === Date.parse(b.start) && Date.parse(a.end) === Date.parse(b.end);

/** The busy time of the judge, the courtroom and the case's professionals and interpreters, less the case's own proposals. */
async function busyFor(
  tx: Queryable,
  ctx: RequestContext,
  c: repo.ScheduleCaseRow,
  courtroomId: string | null,
  today: string,
  ownProposals: readonly Interval[],
): Promise<{ busy: Interval[]; interpreterLanguages: string[] }> {
  const resources = await caseResources(tx, c.id, today);
  const busy = await busyIntervalsFor(tx, {
    judgeId: c.assigned_judge_id,
    courtroomId,
    personIds: resources.professionals.map((p) => p.personId),
    accountIds: resources.professionals.flatMap((p) => (p.accountId ? [p.accountId] : [])),
    from: today,
    until: null,
    interpreter: {
      courtId: c.court_id,
      languages: resources.interpreterLanguages,
      settings: ctx.rulePack.conflicts.interpretersPerLanguage.value,
    },
  });
  // The case's own proposed hearings may move: each frees its own interval once.
  for (const own of ownProposals) {
    const i = busy.findIndex((b) => sameInterval(b, own));
    if (i >= 0) busy.splice(i, 1);
  }
  return { busy, interpreterLanguages: resources.interpreterLanguages };
}

/**
 * What is kept with a hearing beside its rule id, so the page can say why in either language: the event
 * or hearing the time ran from (the rule's period and citation come from the rule pack by its id).
 */
export function scheduleBasis(
  step: ScheduledStep,
): { anchor: ScheduledStep['anchor']; late: boolean } | null {
  if (!step.rule || !step.deadline) return null;
  return { anchor: step.anchor, late: step.late };
}

/**
 * Computes the case's schedule again and writes it, inside the caller's transaction: proposed hearings
 * are placed, kept (still lawful and free) or moved; hearings a person set are never moved, only given
 * their deadline and why; proposals no longer called for are vacated. Exported for the use cases that
 * record events (orders and findings, continuances, dismissals). The caller has checked access.
 * @param reason - what set it off, kept with the run and in the audit
 */
export async function recomputeSchedule(
  tx: Queryable,
  ctx: RequestContext,
  caseId: string,
  reason: ScheduleReason,
  more: { judgeAssignment?: JudgeAssignment } = {},
): Promise<ScheduleSummary> {
  const c = await repo.loadScheduleCase(tx, caseId);
  if (!c) throw notFound('case');
  const today = todayOf(ctx.clock, ctx.timeZone);
  const pack = calendarRulesFor(ctx.rulePack.jurisdiction, c.filing_date);
  const year = Number(today.slice(0, 4));
  const hours = courtHoursFor(pack, ctx.timeZone, c.docket);
  // Schedules reach about two years ahead; late placements look a year further.
  const closedDays = closedDaysFor(
    pack,
    c.docket,
    Math.min(year, Number(c.filing_date.slice(0, 4))),
    year + 4,
  );
  const factsRow = await repo.loadFacts(tx, caseId);
  const hearings = factsRow.hearings.map(repo.toExisting);
  const courtroomId = c.assigned_judge_id
    ? await repo.judgeCourtroom(tx, c.assigned_judge_id, c.court_id)
    : null;
  const own = hearings.filter((h) => h.proposed && h.status === 'scheduled');
  const { busy, interpreterLanguages } = await busyFor(tx, ctx, c, courtroomId, today, own);
  const ended = c.status !== 'open' ? (c.closed_date ?? today) : factsRow.dismissal_date;
  const result = advanceCalendar(
    {
      filingDate: c.filing_date,
      serviceDate: null,
      removalDate: factsRow.removal_date,
      adjudicationDate: factsRow.adjudication_date,
      noReasonableEffortsDate: factsRow.no_re_date,
      endedOn: ended,
      endedHow: ended ? (c.status === 'closed' ? 'closed' : 'dismissed') : null,
      hearings,
    },
    {
      pack,
      floor: federalFloorFor(c.filing_date),
      enteredCareDaysAfterRemoval: ctx.rulePack.enteredCareDaysAfterRemoval.value,
      today,
      hours,
      closedDays,
      placer: new BusyCalendar(busy),
    },
  );
  const summary = await writeSteps(tx, ctx, c, courtroomId, result.steps, interpreterLanguages);
  const why = ended
    ? `Vacated: the case was ${c.status === 'closed' ? 'closed' : 'dismissed'} on ${ended}.`
    : 'Vacated: no longer called for by the schedule.';
  await repo.vacateHearings(tx, result.vacate, why);
  summary.vacated = result.vacate.length;
  await repo.insertScheduleRun(tx, {
    jurisdictionId: c.jurisdiction_id,
    caseId,
    reason,
    rulePackId: pack.id,
    ...summary,
    at: ctx.clock.now(),
  });
  await recordAudit(tx, ctx.audit, {
    action: 'schedule.computed',
    entityType: 'court_case',
    entityId: caseId,
    data: {
      reason,
      rulePack: pack.id,
      ...summary,
      judgeAssignment: more.judgeAssignment ?? null,
      steps: result.steps.map((s) => ({
        step: s.key,
        status: s.status,
        change: s.change,
        deadline: s.deadline,
        ruleId: s.rule?.id ?? null,
        day: s.day,
      })),
    },
  });
  return summary;
}

async function writeSteps(
  tx: Queryable,
  ctx: RequestContext,
  c: repo.ScheduleCaseRow,
  courtroomId: string | null,
  steps: readonly ScheduledStep[],
  interpreterLanguages: readonly string[],
): Promise<ScheduleSummary> {
  const summary: ScheduleSummary = { placed: 0, moved: 0, vacated: 0, late: 0 };
  for (const step of steps) {
    if (step.status === 'held' || step.status === 'dropped') continue;
    if (step.late) summary.late += 1;
    const w = { step, basis: scheduleBasis(step), interpreterLanguages };
    if (step.hearingId === null) {
      if (step.status !== 'proposed' || !step.slot) continue;
      await repo.insertProposedHearing(
        tx,
        { jurisdictionId: ctx.actor.jurisdictionId, caseId: c.id, judgeId: c.assigned_judge_id, courtroomId },
        w,
      );
      summary.placed += 1;
    } else if (step.change === 'moved' && step.slot) {
      await repo.updateScheduledHearing(tx, step.hearingId, w, step.slot);
      summary.moved += 1;
    } else {
      await repo.updateScheduledHearing(tx, step.hearingId, w, null);
    }
  }
  return summary;
}

/** The case's schedule: its hearings with their deadlines, proposed times and why. Audited as a read. */
export async function getSchedule(
  ctx: RequestContext,
  caseId: string,
  breakGlassReason: string | null,
): Promise<ScheduleDto> {
  const found = await cases.findCase(ctx.db, ctx.actor, 'case.read', caseId, {
    breakGlass: breakGlassReason !== null,
  });
  if (!found) throw notFound('case');
  const c = (await repo.loadScheduleCase(ctx.db, caseId))!;
  const pack = calendarRulesFor(ctx.rulePack.jurisdiction, c.filing_date);
  const { hearings, run } = await repo.loadSchedule(ctx.db, caseId);
  await recordAudit(ctx.db, ctx.audit, {
    action: 'schedule.viewed',
    entityType: 'court_case',
    entityId: caseId,
    breakGlass: breakGlassReason !== null,
    reason: breakGlassReason,
  });
  return {
    caseId,
    rulePack: { id: pack.id, name: pack.name, fictitious: pack.fictitious ?? false },
    docket: c.docket,
    judge:
      found.assigned_judge_id && found.judge_name
        ? { id: found.assigned_judge_id, name: found.judge_name }
        : null,
    lastRun: run
      ? {
          reason: run.reason,
          computedAt: new Date(run.computed_at).toISOString(),
          placed: run.placed,
          moved: run.moved,
          vacated: run.vacated,
          late: run.late,
        }
      : null,
    hearings: hearings.map((h) => toHearingDto(h, pack, ctx.timeZone)),
  };
}

function toHearingDto(
  h: repo.ScheduleHearingRow,
  pack: CalendarRulePack,
  timeZone: string,
): ScheduleDto['hearings'][number] {
  const basis = (h.deadline_basis ?? null) as {
    anchor: { kind: string; date: string; estimated: boolean } | null;
  } | null;
  const rule = h.rule_id ? deadlineRuleById(pack, h.rule_id) : null;
  const start = new Date(h.scheduled_start).toISOString();
  const day = todayOf({ now: () => new Date(start) }, timeZone);
  return {
    id: h.id,
    hearingType: h.hearing_type,
    step: h.schedule_step,
    status: h.status,
    start,
    end: new Date(h.scheduled_end).toISOString(),
    proposed: h.proposed,
    deadline: h.deadline_date,
    late: h.deadline_date !== null && h.status === 'scheduled' && day > h.deadline_date,
    ruleId: h.rule_id,
    citation: rule?.citation ?? null,
    unconfirmed: rule?.unconfirmed ?? false,
    within: rule?.within ?? null,
    anchor: basis?.anchor ?? null,
    explanation: h.explanation,
    interpreterLanguages: h.interpreter_languages,
    courtroom: h.courtroom,
    judgeName: h.judge_name,
  };
}
