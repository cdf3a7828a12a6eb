import {
  addMonths,
  ageOn,
  computeCourtMeasures,
  PERMANENCY_EXITS,
  scopesFor,
  TIME_MEASURE_TARGET,
  TIME_MEASURES,
  todayOf,
  type AttendanceEntry,
  type CourtMeasureInput,
  type HearingEvents,
  type IsoDate,
  type Permission,
} from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import { forbidden } from '../platform/problem.ts';
import { renderTable, type RenderedTable, type TableFormat } from '../platform/table-export.ts';
import type { MeasuresAnswer, MeasuresQuery } from './measures.dto.ts';
import * as repo from './measures.repo.ts';
import { shownRows } from './measures.shown.ts';
import { measuresTable } from './measures.table.ts';

/**
 * Court performance measures (issue 5; domain-rules §10.1): the jurisdiction's events read in one
 * transaction, computed by core (core/src/court-measures), small counts suppressed (measures.shown.ts),
 * and the read audited in the same transaction.
 */

/** The measures cover the whole jurisdiction: a right held over less is refused, not silently widened. */
function requireJurisdiction(ctx: RequestContext, permission: Permission): void {
  if (!scopesFor(ctx.actor.roles, permission).includes('jurisdiction'))
    throw forbidden(
      `Court performance measures cover the whole jurisdiction; your ${permission} right does not.`,
    );
}

/** Default period: the 12 full months before the current one. */
function defaultPeriodStart(today: IsoDate): IsoDate {
  return addMonths(`${today.slice(0, 7)}-01`, -12);
}

const PARENT_ROLES = ['parent', 'indian_custodian'];

function toInput(
  cases: repo.CaseRow[],
  children: repo.ChildEventsRow[],
  hearings: repo.HearingRow[],
  attendance: repo.AttendanceRow[],
): CourtMeasureInput {
  const byHearing = new Map<string, repo.AttendanceRow[]>();
  for (const a of attendance) {
    const list = byHearing.get(a.hearing_id);
    if (list) list.push(a);
    else byHearing.set(a.hearing_id, [a]);
  }
  const hearingEvents = hearings.map((h): HearingEvents => ({
    hearingId: h.hearing_id,
    caseId: h.case_id,
    courtId: h.court_id,
    judgeId: h.judge_id,
    date: h.date,
    status: h.status,
    deadlineDate: h.deadline_date,
    continuance:
      h.status === 'continued'
        ? { reason: h.continuance_reason ?? 'other', requestedBy: h.continuance_requested_by ?? 'other' }
        : null,
    attendance: (byHearing.get(h.hearing_id) ?? []).map((a): AttendanceEntry => ({
      kind: PARENT_ROLES.includes(a.attendee_role)
        ? 'parent'
        : a.attendee_role === 'child'
          ? 'child'
          : 'other',
      status: a.attendance,
      represented: a.represented,
      ageOnDate: a.attendee_role === 'child' && a.birth_date ? ageOn(a.birth_date, h.date) : null,
    })),
  }));
  return {
    cases: cases.map((c) => ({ caseId: c.case_id, courtId: c.court_id, judgeId: c.judge_id })),
    children: children.map((c) => ({
      caseId: c.case_id,
      childId: c.child_id,
      courtId: c.court_id,
      judgeId: c.judge_id,
      petitionDate: c.petition_date,
      removalDate: c.removal_date,
      events: {
        adjudication: c.adjudication_finding ?? c.episode_adjudication,
        disposition: c.disposition,
        first_permanency_hearing: c.first_permanency_hearing,
        tpr_order: c.tpr_order,
        permanency: c.permanency,
      },
    })),
    hearings: hearingEvents,
  };
}

/** The measures by court or by judge for a 12-month period, suppressed, audited as a CQI read. */
export async function courtMeasures(ctx: RequestContext, query: MeasuresQuery): Promise<MeasuresAnswer> {
  requireJurisdiction(ctx, 'cqi.read');
  const targets = ctx.rulePack.courtMeasures;
  const threshold = ctx.rulePack.smallCellThreshold.value;
  const periodStart = query.periodStart ?? defaultPeriodStart(todayOf(ctx.clock, ctx.timeZone));
  return ctx.db.transaction(async (tx) => {
    const end = addMonths(periodStart, 12);
    const w: repo.Window = {
      jurisdictionId: ctx.actor.jurisdictionId,
      timeZone: ctx.timeZone,
      start: periodStart,
      end: new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10),
    };
    const cases = await repo.loadCases(tx, w);
    const children = await repo.loadChildEvents(tx, w, PERMANENCY_EXITS);
    const hearings = await repo.loadHearings(tx, w);
    const attendance = await repo.loadAttendance(tx, w);
    const labels = await repo.loadLabels(tx, ctx.actor.jurisdictionId);
    const result = computeCourtMeasures(
      toInput(cases, children, hearings, attendance),
      periodStart,
      query.by,
      targets,
    );
    const names = new Map([...labels.courts, ...labels.judges].map((l) => [l.id, l.name]));
    const shownInOrder = shownRows(
      result,
      (key) => (key === null ? 'No judge recorded' : (names.get(key) ?? key)),
      'All',
      threshold,
    );
    // People read groups by name: courts and judges alphabetically, "no judge" and the total last.
    const rows = [...shownInOrder].sort(
      (x, y) =>
        Number(x.total) - Number(y.total) ||
        Number(x.key === null) - Number(y.key === null) ||
        x.label.localeCompare(y.label),
    );
    await recordAudit(tx, ctx.audit, {
      action: 'cqi.viewed',
      entityType: 'jurisdiction',
      entityId: ctx.actor.jurisdictionId,
      data: { view: 'court_measures', periodStart, by: query.by },
    });
    return {
      period: result.period,
      by: query.by,
      threshold,
      targets: Object.fromEntries(
        TIME_MEASURES.map((k) => {
          const t = targets[TIME_MEASURE_TARGET[k]] as {
            amount: number;
            unit: 'days' | 'months';
            citation: string;
            unconfirmed?: boolean;
          };
          return [
            k,
            { amount: t.amount, unit: t.unit, citation: t.citation, unconfirmed: t.unconfirmed ?? false },
          ];
        }),
      ) as MeasuresAnswer['targets'],
      youthAge: targets.youthAttendanceAge.value,
      rows,
    };
  });
}

/**
 * The measures as a CSV or XLSX file: `data.export` (the route's permission) and `cqi.read`, both over the
 * jurisdiction. The download is audited (`data.exported`) with what was in it.
 */
export async function exportCourtMeasures(
  ctx: RequestContext,
  query: MeasuresQuery,
  format: TableFormat,
): Promise<RenderedTable> {
  requireJurisdiction(ctx, 'data.export');
  const dto = await courtMeasures(ctx, query);
  const table = measuresTable(dto);
  const rendered = renderTable(table, format);
  await ctx.db.transaction((tx) =>
    recordAudit(tx, ctx.audit, {
      action: 'data.exported',
      entityType: 'jurisdiction',
      entityId: ctx.actor.jurisdictionId,
      data: {
        format,
        table: 'court_measures',
        periodStart: dto.period.start,
        by: dto.by,
        rows: table.rows.length,
      },
    }),
  );
  return rendered;
}
