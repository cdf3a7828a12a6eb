import { scopesFor } from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import { interchangeCsvChunks, type InterchangeFile } from '../export/interchange.ts';
import type { RequestContext } from '../platform/context.ts';
import { forbidden } from '../platform/problem.ts';
import type { DataSummary } from './data.dto.ts';
import * as repo from './data.repo.ts';

/** The Data page's counts, read and audited in one transaction: who looked at the figures is asked too. */
export async function dataSummary(ctx: RequestContext): Promise<DataSummary> {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.loadSummary(tx, ctx.actor, ctx.clock.now());
    await recordAudit(tx, ctx.audit, {
      action: 'cqi.viewed',
      entityType: 'jurisdiction',
      entityId: ctx.actor.jurisdictionId,
      data: { view: 'data.summary' },
    });
    return {
      asOf: row.as_of,
      openCases: row.open_cases,
      childrenInCare: row.children_in_care,
      removalsThisYear: row.removals_this_year,
      hearingsThisMonth: row.hearings_this_month,
    };
  });
}

/**
 * Starts the download of one interchange file of the actor's jurisdiction. The files describe the whole
 * jurisdiction, so a `data.export` held over anything narrower is refused rather than silently widened.
 * The export is audited before its first byte leaves, as `hearth export` audits before it publishes: no
 * download goes unrecorded, even one the client breaks off. The rows are then read batch by batch outside
 * any transaction (see interchangeCsvChunks), so a slow reader holds no connection.
 */
export async function startInterchangeDownload(
  ctx: RequestContext,
  file: InterchangeFile,
): Promise<AsyncGenerator<string>> {
  if (!scopesFor(ctx.actor.roles, 'data.export').includes('jurisdiction'))
    throw forbidden('The interchange files cover the whole jurisdiction; your export right does not.');
  await ctx.db.transaction((tx) =>
    recordAudit(tx, ctx.audit, {
      action: 'data.exported',
      entityType: 'jurisdiction',
      entityId: ctx.actor.jurisdictionId,
      data: { format: 'interchange', file },
    }),
  );
  return interchangeCsvChunks(ctx.db, file, ctx.actor.jurisdictionId);
}
