import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import {
  AFCARS_2020,
  AFCARS_NOT_HELD,
  afcarsAgencyCode,
  afcarsRecordXml,
  afcarsReportPeriod,
  afcarsReportPeriodOf,
  afcarsXmlHead,
  afcarsXmlTail,
  buildAfcarsRecord,
  cellOf,
  REMOVAL_1993_EXIT_EDITOR,
  todayOf,
  type AfcarsOmission,
  type Clock,
  type Removal1993Coding,
} from '@hearth/core';
import { recordAudit, type AuditContext } from '../audit/audit-log.ts';
import type { Db } from '../platform/db.ts';
import { loadChildrenPage, loadJurisdiction } from './afcars-export.repo.ts';

/**
 * `hearth afcars export` and the Data page's download: one jurisdiction's records as AFCARS 2020
 * out-of-home-care XML (core/src/afcars/xml.ts decides the layout, from-hearth.ts what goes in).
 *
 * As exportInterchange does: every read runs in one REPEATABLE READ, READ ONLY transaction (the file is one
 * moment), children are read in keyset pages and written through a stream that honours backpressure (memory
 * stays flat), the file is written as `FILE.tmp`, the export is audited, and only then is the file renamed
 * into place. A failure removes the temporary file and leaves an earlier export untouched.
 */

export type ExportAfcarsOptions = {
  jurisdictionId: string;
  outFile: string;
  /** E2, `YYYY03` or `YYYY09`; by default the period that holds today (in the court's time zone). */
  reportPeriod?: string;
  clock: Clock;
  audit: AuditContext;
  removal1993?: Removal1993Coding;
  /** Children read per page; 500 unless given. */
  batchSize?: number;
  onProgress?: (records: number) => void;
};

export type ExportAfcarsResult = {
  reportPeriod: string;
  records: number;
  /** What Hearth holds that the file leaves out, or needs and Hearth lacks (from-hearth.ts AFCARS_OMISSIONS). */
  omitted: Partial<Record<AfcarsOmission, number>>;
};

/** A reporting period the 2020 format can carry, or the reason it cannot. */
export function checkReportPeriod(e2: string): { start: string; end: string; code: string } {
  const period = afcarsReportPeriod(e2);
  if (period === null) throw new RangeError(`--report-period must be YYYY03 or YYYY09 (got "${e2}")`);
  if (period.end < AFCARS_2020.effectiveFrom.value)
    throw new RangeError(
      `--report-period ${period.code} ends before ${AFCARS_2020.effectiveFrom.value}, when the 2020 rule took effect`,
    );
  return period;
}

async function write(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

export async function exportAfcars(db: Db, opts: ExportAfcarsOptions): Promise<ExportAfcarsResult> {
  const batchSize = opts.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError('batchSize must be a positive integer');
  const coding = opts.removal1993 ?? REMOVAL_1993_EXIT_EDITOR;
  const tmp = `${opts.outFile}.tmp`;
  const stream = createWriteStream(tmp, { flags: 'w', encoding: 'utf8', flush: true });
  let failure: Error | null = null;
  stream.on('error', (err) => {
    failure = err;
  });
  const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
  const omitted: Partial<Record<AfcarsOmission, number>> = {};
  let records = 0;
  let period = '';

  try {
    await once(stream, 'ready');
    await db.transaction(async (tx) => {
      // One snapshot for the whole file; must be the transaction's first statement.
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const j = await loadJurisdiction(tx, opts.jurisdictionId);
      if (!j) throw new Error(`no jurisdiction ${opts.jurisdictionId}`);
      const { code, end } = checkReportPeriod(
        opts.reportPeriod ?? afcarsReportPeriodOf(todayOf(opts.clock, j.timeZone)),
      );
      period = code;
      await write(
        stream,
        afcarsXmlHead(
          { E1: cellOf(afcarsAgencyCode(j.stateCode)), E2: cellOf(code) },
          {
            comment:
              `Written by Hearth for ${j.code}, reporting period ${code}. No official XSD was available: ` +
              `names and order follow the AFCARS XML Editor (see docs/afcars-2020.md). Empty elements are ` +
              `not held by Hearth: ${AFCARS_NOT_HELD}. Historical removal_1993 exit reasons use the ` +
              `${coding.id === 'editor' ? "editor's 2020 numbering" : 'FC 58 numbering'}.`,
          },
        ),
      );
      let after: string | null = null;
      for (;;) {
        const page = await loadChildrenPage(tx, j, after, batchSize);
        if (page.length === 0) break;
        let chunk = '';
        for (const child of page) {
          const built = buildAfcarsRecord(child, { periodEnd: end, removal1993: coding });
          for (const [key, n] of Object.entries(built.omitted) as [AfcarsOmission, number][])
            omitted[key] = (omitted[key] ?? 0) + n;
          if (built.record === null) continue;
          chunk += afcarsRecordXml(built.record);
          records += 1;
        }
        await write(stream, chunk);
        opts.onProgress?.(records);
        after = page[page.length - 1]!.afcarsId;
        if (page.length < batchSize) break;
      }
      await write(stream, afcarsXmlTail());
    });
    stream.end();
    await closed;
    if (failure) throw failure;

    // Audited before the file is published, so no export becomes visible without its audit row.
    await db.transaction((tx) =>
      recordAudit(tx, opts.audit, {
        action: 'data.exported',
        entityType: 'jurisdiction',
        entityId: opts.jurisdictionId,
        data: { format: AFCARS_2020.id, reportPeriod: period, records },
      }),
    );
    await rename(tmp, opts.outFile);
  } catch (err) {
    stream.destroy();
    await closed;
    await rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
  return { reportPeriod: period, records, omitted };
}
