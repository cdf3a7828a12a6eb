import { statSync } from 'node:fs';
import { intFlag, parseFlags, UsageError } from '../cli/args.ts';
import { CQI_FORMATS, formatCqi, type CqiFormat } from './cqi-format.ts';
import { BAD_DATE, parseDayText } from './fields.ts';
import { formatError, formatSkipped } from './issues.ts';
import { runCqiFolder } from './run-cqi.ts';

export const CQI_USAGE = `  cqi --data DIR --period-start YYYY-MM-DD [--format table|json|csv] [--skip-invalid] [--workers N]
                                          compute the CQI indicators of an interchange folder`;

/**
 * `hearth cqi`: the indicators of an interchange folder (shared/reference/cqi-interchange.md). Validation
 * errors go to standard error, one line each, and exit with status 2; with --skip-invalid each skipped row
 * is listed there instead and the rest is computed.
 */
export async function cqiCommand(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    data: { type: 'string' },
    'period-start': { type: 'string' },
    format: { type: 'string' },
    'skip-invalid': { type: 'boolean' },
    workers: { type: 'string' },
  });
  const dir = values.data;
  if (!dir) throw new UsageError('--data DIR is required');
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`--data: "${dir}" is not a folder`);
  const periodStart = checkPeriodStart(values['period-start']);
  const format = (values.format ?? 'table') as CqiFormat;
  if (!CQI_FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${CQI_FORMATS.join(', ')} (got "${values.format}")`);
  // Unset: runCqiFolder picks one thread for a small folder, every core for a large one.
  const workers = values.workers === undefined ? undefined : intFlag('workers', values.workers, 1, 1, 64);

  const run = await runCqiFolder(dir, { periodStart, skipInvalid: values['skip-invalid'] ?? false, workers });
  await writeLines(process.stderr, run.skipped.map(formatSkipped));
  if (run.errors.length > 0 || !run.result) {
    await writeLines(process.stderr, run.errors.map(formatError));
    return 2;
  }
  await write(process.stdout, formatCqi(run.result, format));
  return 0;
}

/** P: a real date, and not 29 February (cqi-interchange.md, Clarifications "Dates"). */
function checkPeriodStart(value: string | undefined): string {
  if (!value) throw new UsageError('--period-start YYYY-MM-DD is required');
  if (parseDayText(value) === BAD_DATE)
    throw new UsageError(`--period-start must be a date written YYYY-MM-DD (got "${value}")`);
  if (value.endsWith('-02-29'))
    throw new UsageError(
      `--period-start ${value} is an error: a period cannot start on 29 February (it has no same day a year later)`,
    );
  return value;
}

/**
 * Resolves once the text is handed to the operating system: the command exits right after, and a pipe
 * (`hearth cqi … | jq`) is written asynchronously, so an exit without waiting would cut the output short.
 */
function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (err) => (err ? reject(err) : resolve())));
}

/** Many lines in few writes: a long list of skipped rows should not cost a system call each. */
async function writeLines(stream: NodeJS.WriteStream, lines: string[]): Promise<void> {
  for (let i = 0; i < lines.length; i += 10_000)
    await write(stream, `${lines.slice(i, i + 10_000).join('\n')}\n`);
}
