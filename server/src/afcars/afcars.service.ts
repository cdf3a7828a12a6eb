import { createReadStream, type ReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scopesFor } from '@hearth/core';
import type { RequestContext } from '../platform/context.ts';
import { fieldError, forbidden, invalid } from '../platform/problem.ts';
import { checkReportPeriod, exportAfcars } from './afcars-export.ts';

/**
 * The Data page's AFCARS download. The file describes the whole jurisdiction, so a `data.export` held over
 * anything narrower is refused rather than silently widened (as the interchange files are). The export runs
 * as `hearth afcars export` does: one read transaction into a temporary file, audited before it is
 * published; the file is then streamed to the client, so a slow reader holds no connection, and removed
 * when the stream closes.
 */
export async function startAfcarsDownload(
  ctx: RequestContext,
  reportPeriod: string | undefined,
): Promise<{ stream: ReadStream; reportPeriod: string }> {
  if (!scopesFor(ctx.actor.roles, 'data.export').includes('jurisdiction'))
    throw forbidden('The AFCARS file covers the whole jurisdiction; your export right does not.');
  if (reportPeriod !== undefined) {
    try {
      checkReportPeriod(reportPeriod);
    } catch (err) {
      throw invalid([
        fieldError('reportPeriod', (err as Error).message.replace(/^--report-period /, ''), 'query'),
      ]);
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'hearth-afcars-'));
  const file = join(dir, 'afcars.xml');
  try {
    const result = await exportAfcars(ctx.db, {
      jurisdictionId: ctx.actor.jurisdictionId,
      outFile: file,
      reportPeriod,
      clock: ctx.clock,
      audit: ctx.audit,
    });
    const stream = createReadStream(file);
    stream.once('close', () => void rm(dir, { recursive: true, force: true }).catch(() => undefined));
    return { stream, reportPeriod: result.reportPeriod };
  } catch (err) {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    throw err;
  }
}
