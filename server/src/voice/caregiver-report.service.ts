import { caregiverKindOf, diffFields, isSendableReport, type CaregiverKind } from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Queryable } from '../platform/db.ts';
import {
  conflict,
  fieldError,
  invalid,
  notFound,
  preconditionFailed,
  preconditionRequired,
} from '../platform/problem.ts';
import { etagOf } from '../platform/schemas.ts';
import type { ReportDto, SaveReportBody } from './voice.dto.ts';
import * as reportRepo from './caregiver-report.repo.ts';
import { checkVersion, toReport, writable, type Tagged } from './voice.shared.ts';

/**
 * A caregiver's report to the court (SSA §475(5)(G); domain-rules §9): a household's draft, then
 * submitted. One use case per exported function, one transaction each, its audit row inside it
 * (voice.shared.ts): ids, statuses and lengths, never the words.
 */

/** The household the caregiver reports for, and its kind; only foster, kin and pre-adoptive homes report. */
async function loadHousehold(
  tx: Queryable,
  ctx: RequestContext,
  hearingId: string,
  childId: string,
): Promise<{ household: reportRepo.Household; kind: CaregiverKind }> {
  const household = await reportRepo.reportingHousehold(tx, ctx.actor, hearingId, childId);
  if (!household) throw notFound('child');
  const kind = caregiverKindOf(
    household.setting,
    household.provider_kind,
    ctx.rulePack.notices.caregiverSettings.value,
  );
  // SSA §475(5)(G) gives foster, pre-adoptive and relative caregivers the right to be heard; a group
  // home or an institution speaks through the agency.
  if (!kind)
    throw conflict(
      'Only foster parents, pre-adoptive parents and relative caregivers send a caregiver report.',
    );
  return { household, kind };
}

const reportFields = (r: reportRepo.ReportRow | null): Record<string, number> =>
  r
    ? {
        health: (r.health ?? '').length,
        school: r.school.length,
        behaviour: r.behaviour.length,
        familyTime: r.family_time.length,
        needs: r.needs.length,
        forTheJudge: r.for_the_judge.length,
      }
    : {};

/** A caregiver saves the household's draft report for a child placed with it (If-Match after the first). */
export async function saveReport(
  ctx: RequestContext,
  hearingId: string,
  childId: string,
  ifMatch: number | null,
  input: SaveReportBody,
): Promise<Tagged<ReportDto>> {
  return ctx.db.transaction(async (tx) => {
    const { household, kind } = await loadHousehold(tx, ctx, hearingId, childId);
    const { child } = await writable(tx, ctx, hearingId, childId);
    const before = await reportRepo.reportOf(tx, hearingId, childId, household.provider_id, {
      forUpdate: true,
    });
    const version = checkVersion(before, ifMatch, () => toReport(before!, household.provider_name));
    if (before?.status === 'submitted')
      throw conflict('This report was sent to the court: it can no longer change.');
    const next = {
      ...input,
      writtenBy: ctx.actor.accountId,
      authorPersonId: ctx.actor.personId,
      now: ctx.clock.now(),
    };
    const saved =
      version === null
        ? await reportRepo.insertReport(tx, {
            ...next,
            jurisdictionId: child.jurisdiction_id,
            hearingId,
            childId,
            providerId: household.provider_id,
            kind,
          })
        : await reportRepo.updateDraftReport(tx, before!.id, version, next);
    const after = await reportRepo.reportOf(tx, hearingId, childId, household.provider_id);
    if (!saved || !after)
      throw preconditionFailed(
        after ? toReport(after, household.provider_name) : {},
        etagOf(after?.version ?? 0),
      );
    await recordAudit(tx, ctx.audit, {
      action: 'caregiver_report.saved',
      entityType: 'caregiver_report',
      entityId: after.id,
      data: { hearingId, childId, lengths: diffFields(reportFields(before), reportFields(after)) },
    });
    return { dto: toReport(after, household.provider_name), etag: etagOf(after.version) };
  });
}

/** Sends the household's report to the court (If-Match): fixed from now, and on the bench view. */
export async function submitReport(
  ctx: RequestContext,
  hearingId: string,
  childId: string,
  ifMatch: number | null,
): Promise<Tagged<ReportDto>> {
  if (ifMatch === null) throw preconditionRequired();
  return ctx.db.transaction(async (tx) => {
    const { household } = await loadHousehold(tx, ctx, hearingId, childId);
    await writable(tx, ctx, hearingId, childId);
    const r = await reportRepo.reportOf(tx, hearingId, childId, household.provider_id, { forUpdate: true });
    if (!r) throw notFound('report');
    if (r.version !== ifMatch)
      throw preconditionFailed(toReport(r, household.provider_name), etagOf(r.version));
    if (r.status === 'submitted') throw conflict('This report was already sent to the court.');
    if (
      !isSendableReport({
        health: r.health ?? '',
        school: r.school,
        behaviour: r.behaviour,
        familyTime: r.family_time,
        needs: r.needs,
        forTheJudge: r.for_the_judge,
      })
    )
      throw invalid([fieldError('forTheJudge', 'answer at least one question before you send the report')]);
    if (!(await reportRepo.markReportSubmitted(tx, r.id, r.version, ctx.clock.now())))
      throw preconditionFailed(toReport(r, household.provider_name), etagOf(r.version));
    const after = (await reportRepo.reportOf(tx, hearingId, childId, household.provider_id))!;
    await recordAudit(tx, ctx.audit, {
      action: 'caregiver_report.submitted',
      entityType: 'caregiver_report',
      entityId: r.id,
      data: { hearingId, childId, changes: diffFields({ status: r.status }, { status: after.status }) },
    });
    return { dto: toReport(after, household.provider_name), etag: etagOf(after.version) };
  });
}
