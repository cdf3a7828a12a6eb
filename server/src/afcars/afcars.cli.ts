import { AFCARS_OMISSIONS, todayOf, type Clock } from '@hearth/core';
import { z } from 'zod';
import type { AuditContext } from '../audit/audit-log.ts';
import { parseFlags, UsageError } from '../cli/args.ts';
import type { Db } from '../platform/db.ts';
import { exportAfcars } from './afcars-export.ts';
import { formatAfcarsProblem, importAfcars } from './import.ts';

export const AFCARS_USAGE = `  afcars import --in FILE_OR_DIR [--in …] --out DIR [--skip-invalid] [--today YYYY-MM-DD]
                                          AFCARS 2020 out-of-home-care XML to interchange CSV files
  afcars export --out FILE [--jurisdiction CODE] [--report-period YYYYMM]
                                          write the AFCARS 2020 out-of-home-care XML`;

/** What the command needs of the CLI around it (server/src/cli/main.ts). */
export type AfcarsCliDeps = {
  clock: Clock;
  withDb<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  jurisdictionId(db: Db, code: string | undefined): Promise<{ id: string; code: string }>;
  systemAudit(label: string): AuditContext;
};

/** `hearth afcars import|export …`; returns the exit status. */
export async function afcarsCommand(argv: string[], deps: AfcarsCliDeps): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'import') return afcarsImport(rest, deps);
  if (sub === 'export') return afcarsExport(rest, deps);
  throw new UsageError('the afcars command has two subcommands: afcars import, afcars export');
}

async function afcarsImport(argv: string[], deps: AfcarsCliDeps): Promise<number> {
  const { values } = parseFlags(argv, {
    in: { type: 'string', multiple: true },
    out: { type: 'string' },
    'skip-invalid': { type: 'boolean' },
    today: { type: 'string' },
  });
  if (!values.in?.length) throw new UsageError('--in FILE_OR_DIR is required');
  if (!values.out) throw new UsageError('--out DIR is required');
  const today = values.today ?? todayOf(deps.clock);
  if (!z.iso.date().safeParse(today).success)
    throw new UsageError(`--today must be YYYY-MM-DD (got "${today}")`);
  let result;
  try {
    result = await importAfcars({
      inputs: values.in,
      outDir: values.out,
      today,
      skipInvalid: values['skip-invalid'],
    });
  } catch (err) {
    if ((err as Error).message.startsWith('--')) throw new UsageError((err as Error).message);
    throw err;
  }
  for (const p of result.skipped) console.error(`skipped: ${formatAfcarsProblem(p)}`);
  for (const p of result.errors) console.error(`error: ${formatAfcarsProblem(p)}`);
  if (!result.ok) {
    console.error(
      `hearth: nothing was written to ${values.out}; fix the errors above, or use --skip-invalid`,
    );
    return 2;
  }
  const rows = Object.entries(result.rows)
    .map(([f, n]) => `${f} ${n}`)
    .join(', ');
  console.log(
    `Imported ${result.records} records from ${result.files} files into ${values.out}: ${rows}` +
      (result.skippedRecords ? ` (${result.skippedRecords} records skipped)` : ''),
  );
  return 0;
}

async function afcarsExport(argv: string[], deps: AfcarsCliDeps): Promise<number> {
  const { values } = parseFlags(argv, {
    out: { type: 'string' },
    jurisdiction: { type: 'string' },
    'report-period': { type: 'string' },
  });
  if (!values.out) throw new UsageError('--out FILE is required');
  return deps.withDb(async (db) => {
    const j = await deps.jurisdictionId(db, values.jurisdiction);
    let result;
    try {
      result = await exportAfcars(db, {
        jurisdictionId: j.id,
        outFile: values.out!,
        reportPeriod: values['report-period'],
        clock: deps.clock,
        audit: { ...deps.systemAudit('hearth afcars export'), jurisdictionId: j.id },
        onProgress: (n) => process.stderr.write(`records: ${n.toLocaleString('en-US')}\n`),
      });
    } catch (err) {
      if (err instanceof RangeError) throw new UsageError(err.message);
      throw err;
    }
    console.log(
      `Wrote ${result.records} records of ${j.code} for the reporting period ${result.reportPeriod} to ${values.out}`,
    );
    for (const [key, n] of Object.entries(result.omitted))
      console.log(`  not carried: ${n} ${AFCARS_OMISSIONS[key as keyof typeof AFCARS_OMISSIONS]}`);
    return 0;
  });
}
