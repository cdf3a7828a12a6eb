import { once } from 'node:events';
import { open } from 'node:fs/promises';

/** One CSV cell: `null` and `undefined` are written as an empty cell. */
export type CsvField = string | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field as RFC 4180 writes it: quoted when it holds a comma, a double quote, CR or LF, with embedded
 * quotes doubled; otherwise as is. Nothing else is changed (no trimming, no escaping of other characters).
 */
export function formatCsvField(value: CsvField): string {
  if (value === null || value === undefined) return '';
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record, ending with `\n`. */
export function formatCsvRow(fields: readonly CsvField[]): string {
  return `${fields.map(formatCsvField).join(',')}\n`;
}

/** A CSV file being written through a Node write stream; `writeRows` waits when the stream asks it to. */
export type CsvFileWriter = {
  /** Appends the rows as one chunk; resolves once the stream can take more (backpressure). */
  writeRows(rows: readonly (readonly CsvField[])[]): Promise<void>;
  /** Flushes, syncs the file to disk and closes it. */
  close(): Promise<void>;
  /** Stops writing and closes the file without waiting for buffered data (after a failure). */
  abort(): Promise<void>;
};

/** Creates (or truncates) `path`, writes the header row, and returns a writer for the data rows. UTF-8. */
export async function openCsvFile(path: string, header: readonly string[]): Promise<CsvFileWriter> {
  const handle = await open(path, 'w');
  // The handle stays ours (autoClose off) so the file can be synced before it is closed and renamed.
  const stream = handle.createWriteStream({ encoding: 'utf8', autoClose: false });
  let failure: Error | null = null;
  stream.on('error', (err) => {
    failure = err;
  });
  let closed = false;

  const write = async (chunk: string): Promise<void> => {
    if (failure) throw failure;
    if (closed) throw new Error(`${path}: write after close`);
    if (chunk.length === 0) return;
    if (!stream.write(chunk)) await once(stream, 'drain'); // rejects if the stream emits 'error' meanwhile
    if (failure) throw failure;
  };

  const closeHandle = async (): Promise<void> => {
    await handle.close().catch(() => undefined);
  };

  try {
    await write(formatCsvRow(header));
  } catch (err) {
    stream.destroy();
    await closeHandle();
    throw err;
  }

  return {
    writeRows: (rows) => write(rows.map(formatCsvRow).join('')),
    async close() {
      if (closed) return;
      closed = true;
      try {
        if (failure) throw failure;
        await new Promise<void>((resolve, reject) => {
          stream.once('error', reject);
          stream.end(() => resolve());
        });
        if (failure) throw failure;
        await handle.sync();
      } finally {
        await closeHandle();
      }
    },
    async abort() {
      if (closed) return;
      closed = true;
      stream.destroy();
      await closeHandle();
    },
  };
}
