import { diffFields } from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import { conflict, notFound, preconditionFailed, preconditionRequired } from '../platform/problem.ts';
import { etagOf } from '../platform/schemas.ts';
import type { NarrativeAnswer, NarrativeBody } from './report.dto.ts';
import * as repo from './report.repo.ts';

/**
 * The CASA volunteer's narrative for a hearing: observations, the child's wishes as the CASA heard them,
 * and recommendations (issue 6, "Court reports"). Read by those who may generate the CASA's report, written
 * by the CASA volunteer; a draft until submitted for the hearing, and every save guarded by If-Match.
 */

function toAnswer(h: repo.ReportHearingRow, n: repo.NarrativeRow | null): NarrativeAnswer {
  return {
    hearingId: h.id,
    caseId: h.case_id,
    petitionNumber: h.petition_number,
    hearingType: h.hearing_type,
    start: new Date(h.scheduled_start).toISOString(),
    kind: 'casa',
    status: n?.status ?? null,
    observations: n?.observations ?? '',
    childWishes: n?.child_wishes ?? '',
    recommendations: n?.recommendations ?? '',
    author: n?.author_name ?? null,
    updatedAt: n ? new Date(n.updated_at).toISOString() : null,
    submittedAt: n?.submitted_at ? new Date(n.submitted_at).toISOString() : null,
    version: n?.version ?? 0,
  };
}

export async function getCasaNarrative(
  ctx: RequestContext,
  hearingId: string,
): Promise<{ dto: NarrativeAnswer; etag: string }> {
  return ctx.db.transaction(async (tx) => {
    const h = await repo.findReportHearing(tx, ctx.actor, 'courtReport.casa', hearingId);
    if (!h) throw notFound('hearing');
    const n = await repo.findNarrative(tx, h.id, 'casa');
    await recordAudit(tx, ctx.audit, {
      action: 'court_report.narrative_viewed',
      entityType: 'hearing',
      entityId: h.id,
      data: { kind: 'casa', caseId: h.case_id, version: n?.version ?? 0 },
    });
    const dto = toAnswer(h, n);
    return { dto, etag: etagOf(dto.version) };
  });
}

/** A narrative is written for a hearing still to be held or just held, never for one called off. */
const CLOSED = new Set(['vacated', 'cancelled']);

export async function saveCasaNarrative(
  ctx: RequestContext,
  hearingId: string,
  ifMatchVersion: number | null,
  body: NarrativeBody,
): Promise<{ dto: NarrativeAnswer; etag: string }> {
  if (ifMatchVersion === null) throw preconditionRequired();
  return ctx.db.transaction(async (tx) => {
    const h = await repo.findReportHearing(tx, ctx.actor, 'courtReport.casaWrite', hearingId);
    if (!h) throw notFound('hearing');
    await repo.lockHearing(tx, h.id);
    const before = await repo.findNarrative(tx, h.id, 'casa', { forUpdate: true });
    if ((before?.version ?? 0) !== ifMatchVersion)
      throw preconditionFailed(toAnswer(h, before), etagOf(before?.version ?? 0));
    if (CLOSED.has(h.status))
      throw conflict('This hearing was called off: there is no report to write for it.');
    const write = { ...body, authorAccountId: ctx.actor.accountId, now: ctx.clock.now() };
    if (before) {
      // The hearing and the row were locked above: the version cannot have moved since.
      await repo.updateNarrative(tx, before.id, before.version, write);
    } else {
      await repo.insertNarrative(
        tx,
        { jurisdictionId: h.jurisdiction_id, hearingId: h.id, caseId: h.case_id, kind: 'casa' },
        write,
      );
    }
    const after = await repo.findNarrative(tx, h.id, 'casa');
    // The audit names what changed, not the words: the narrative is the child's record, read in its place.
    const changed = diffFields(
      before && {
        observations: before.observations,
        childWishes: before.child_wishes,
        recommendations: before.recommendations,
      },
      {
        observations: body.observations,
        childWishes: body.childWishes,
        recommendations: body.recommendations,
      },
    );
    await recordAudit(tx, ctx.audit, {
      action: 'court_report.narrative_saved',
      entityType: 'hearing',
      entityId: h.id,
      data: {
        kind: 'casa',
        caseId: h.case_id,
        fieldsChanged: Object.keys(changed),
        status: { old: before?.status ?? null, new: body.status },
        version: after!.version,
      },
    });
    const dto = toAnswer(h, after);
    return { dto, etag: etagOf(dto.version) };
  });
}
