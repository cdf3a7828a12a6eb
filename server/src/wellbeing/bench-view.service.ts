import { ageOn, checklistBenchOrder, daysBetween, todayOf } from '@hearth/core';
import { recordAudits } from '../audit/audit-log.ts';
import { contactSummary } from '../contacts/contacts.bench.ts';
import { educationSummary } from '../education/education.bench.ts';
import { findHearing } from '../hearings/hearing.repo.ts';
import type { RequestContext } from '../platform/context.ts';
import { notFound } from '../platform/problem.ts';
import { transitionSummary } from '../transition/transition.bench.ts';
import { hearingVoices } from '../voice/voice.bench.ts';
import type { BenchChildDto, BenchViewDto } from './bench-view.dto.ts';
import { buildChecklist, courtDateOf, historyPoints } from './checklist.view.ts';
import * as repo from './wellbeing.repo.ts';

/**
 * The judge's bench view of a hearing: one request, one transaction that reads one snapshot (REPEATABLE
 * READ), a handful of set-based queries for all the children of the case at once, and one audit row per
 * child shown. Only the bench reaches it: `docket.read` over the hearing's case (the judge on their docket,
 * the clerk in their court); out of reach is the same as missing. What each section shows inside is the
 * section's own loader's to decide, with the same actor.
 */
export async function getBenchView(ctx: RequestContext, hearingId: string): Promise<BenchViewDto> {
  return ctx.db.transaction(async (tx) => {
    // The sections must agree with one another: one snapshot for all of them.
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    // The view's reads are the same dozen statements every time, each carrying the access predicates
    // (scope.ts), whose OR-ed EXISTS branches made PostgreSQL spend more time planning them than running
    // them: 60% of a view (BENCHMARKS.md). Their best plans do not depend on which hearing or child the
    // ids name, so each connection plans them once and reuses the plan, for this transaction only.
    await tx.query('SET LOCAL plan_cache_mode = force_generic_plan');
    const h = await findHearing(tx, ctx.actor, 'docket.read', hearingId);
    if (!h) throw notFound('hearing');
    const today = todayOf(ctx.clock, ctx.timeZone);
    const date = courtDateOf(h.scheduled_start, ctx.timeZone);
    const kids = await repo.benchChildren(tx, ctx.actor, h.case_id, ctx.clock.now());
    const ids = kids.map((k) => k.id);
    const classesOf = (k: repo.BenchChildRow) => (k.may_read_sensitive ? k.granted : []);
    const children: BenchChildDto[] = kids.map((k) => {
      const viewer = { household: false, classes: classesOf(k) };
      const own = k.checklists;
      const built = buildChecklist({
        hearing: {
          id: h.id,
          start: h.scheduled_start,
          status: h.status,
          type: h.hearing_type,
          caseId: h.case_id,
          petitionNumber: h.petition_number,
        },
        child: { id: k.id, birthDate: k.birth_date, givenName: k.given_name, familyName: k.family_name },
        rows: own,
        viewer,
        // The bench reads; writing is the checklist page's, for those who may.
        mayWrite: false,
        today,
        timeZone: ctx.timeZone,
      });
      const checklist = built && {
        ...built.dto,
        items: checklistBenchOrder(built.dto.items.map((i) => ({ ...i, answered: i.answer !== null }))).map(
          ({ answered: _answered, ...i }) => i,
        ),
      };
      return {
        id: k.id,
        givenName: k.given_name,
        familyName: k.family_name,
        age: k.birth_date ? ageOn(k.birth_date, date) : null,
        placement: k.setting
          ? { setting: k.setting, providerName: k.provider_name, since: k.placed_since! }
          : null,
        removalDate: k.removal_date,
        daysInCare: k.removal_date ? daysBetween(k.removal_date, today) : null,
        checklist,
        history: historyPoints(own, viewer, ctx.timeZone),
      };
    });
    const voices = await hearingVoices(tx, ctx.actor, h.id);
    const education = await educationSummary(tx, ctx.actor, ids, { today, rulePack: ctx.rulePack });
    const contacts = await contactSummary(tx, ctx.actor, ids, today);
    const transition = await transitionSummary(tx, ctx.actor, ids, today);

    // Once per child shown (an auditor asks "who looked at this child?"), naming what was shown.
    await recordAudits(
      tx,
      ctx.audit,
      children.length === 0
        ? [
            {
              action: 'bench_view.viewed',
              entityType: 'hearing',
              entityId: h.id,
              data: { caseId: h.case_id, children: 0 },
            },
          ]
        : children.map((c, i) => ({
            action: 'bench_view.viewed',
            entityType: 'child',
            entityId: c.id,
            data: {
              hearingId: h.id,
              caseId: h.case_id,
              checklist: c.checklist?.status ?? null,
              concerns: c.checklist?.concerns.total ?? null,
              sensitiveClasses: classesOf(kids[i]!),
              youthStatements: voices.youthStatements.filter((s) => s.childId === c.id).map((s) => s.id),
              caregiverReports: voices.caregiverReports.filter((r) => r.childId === c.id).map((r) => r.id),
            },
          })),
    );
    return {
      hearing: {
        id: h.id,
        type: h.hearing_type,
        start: new Date(h.scheduled_start).toISOString(),
        date,
        status: h.status,
        caseId: h.case_id,
        petitionNumber: h.petition_number,
        judgeName: h.judge_name,
        courtroom: h.courtroom_name,
      },
      today,
      children,
      voices,
      education,
      contacts,
      transition,
    };
  });
}
