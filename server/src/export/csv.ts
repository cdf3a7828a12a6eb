import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

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
  // flush: the file is synced to disk before it is closed, so a renamed file is never an empty shell.
  const stream = createWriteStream(path, { flags: 'w', encoding: 'utf8', flush: true });
  let failure: Error | null = null;
  stream.on('error', (err) => {
    failure = err;
  });
  const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
  let ended = false;

  const write = async (chunk: string): Promise<void> => {
    if (failure) throw failure;
    if (ended) throw new Error(`${path}: write after close`);
    if (chunk.length === 0) return;
    if (!stream.write(chunk)) await once(stream, 'drain'); // rejects if the stream emits 'error' meanwhile
    if (failure) throw failure;
  };

  try {
    await once(stream, 'ready'); // so that a file that cannot be opened fails here, not at the first write
    await write(formatCsvRow(header));
  } catch (err) {
    ended = true;
    stream.destroy();
    await closed;
    throw err;
  }

  return {
    writeRows: (rows) => write(rows.map(formatCsvRow).join('')),
    async close() {
      if (ended) throw new Error(`${path}: already closed`);
      ended = true;
      if (!failure) stream.end();
      await closed; // after 'finish', the flush and the close of the descriptor (or after an error)
      if (failure) throw failure;
    },
    async abort() {
      if (!ended) {
        ended = true;
        stream.destroy();
      }
      await closed;
    },
  };
}
