import { closeSync, openSync, readSync } from 'node:fs';

/**
 * A CSV reader over bytes for the interchange files (shared/reference/cqi-interchange.md, "Files": UTF-8,
 * header row, RFC 4180 quoting). Built for national-scale folders (hundreds of MB): the file is read in
 * chunks into one reused Buffer, records are found with the native `Buffer.indexOf`, and a record's fields
 * are byte ranges of that buffer, so the caller decides what to turn into strings or numbers. No record
 * ever becomes a JavaScript string unless the caller asks for a field.
 *
 * Records with a double quote take the slow path: a quote-aware scan finds the record's end (a quoted
 * field may hold commas, doubled quotes and newlines) and the fields are unescaped in place. Lines end in
 * LF or CRLF; a UTF-8 byte order mark is dropped; blank lines are skipped (and counted). `line` is the
 * physical line on which a record starts, the header being line 1, as an editor shows it.
 */

/** Where the bytes come from: `read` fills buf[offset, offset + length) and returns the bytes read (0 at the end). */
export type ByteSource = {
  read(buf: Buffer, offset: number, length: number): number;
  close(): void;
};

export function fileSource(path: string): ByteSource {
  const fd = openSync(path, 'r');
  return {
    read: (buf, offset, length) => readSync(fd, buf, offset, length, null),
    close: () => closeSync(fd),
  };
}

/** A source over bytes in memory, handing them out at most `piece` bytes per read (tests use small pieces). */
export function bytesSource(bytes: Uint8Array, pieces: readonly number[] = []): ByteSource {
  let pos = 0;
  let call = 0;
  return {
    read(buf, offset, length) {
      const limit = Math.max(1, pieces[call++] ?? Infinity); // 0 would mean the end
      const n = Math.min(length, limit, bytes.length - pos);
      buf.set(bytes.subarray(pos, pos + n), offset);
      pos += n;
      return n;
    },
    close() {},
  };
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;
export const DEFAULT_CHUNK = 4 * 1024 * 1024;

export class CsvScanner {
  /** The buffer holding the current record; its fields are buf[fieldStart[i], fieldEnd[i]). */
  buf: Buffer;
  /** Physical line of the current record (1 = the first line of the file). */
  line = 0;
  /** Fields split for the current record (split() or a quoted record); reading past them gives ''. */
  fieldCount = 0;
  readonly fieldStart: Int32Array;
  readonly fieldEnd: Int32Array;
  private recStart = 0;
  private recEnd = 0;
  private split_ = false;
  private pos = 0;
  private end = 0;
  private eof = false;
  private nextLine = 1;
  /** Position of the next double quote at or after `pos` in [pos, end), or `end` when there is none. */
  private nextQuote = -1;
  private bomChecked = false;

  /**
   * @param maxFields - fields kept per record; later ones are ignored (the reader only needs the columns
   *   it maps). The header is read with the default, so give the header's width for a header.
   */
  constructor(
    private readonly source: ByteSource,
    chunkSize = DEFAULT_CHUNK,
    public maxFields = 256,
  ) {
    this.buf = Buffer.allocUnsafe(Math.max(1, chunkSize));
    this.fieldStart = new Int32Array(Math.max(maxFields, 256));
    this.fieldEnd = new Int32Array(Math.max(maxFields, 256));
  }

  close(): void {
    this.source.close();
  }

  /** Moves to the next non-blank record; false at the end of the file. */
  nextRecord(): boolean {
    for (;;) {
      if (this.pos >= this.end) {
        if (this.eof || !this.refill()) return false;
        continue;
      }
      const buf = this.buf;
      let nl = buf.indexOf(LF, this.pos);
      if (nl >= this.end) nl = -1;
      if (nl < 0 && !this.eof) {
        this.refill();
        continue;
      }
      const lineEnd = nl < 0 ? this.end : nl;
      if (this.nextQuote < this.pos) {
        const q = buf.indexOf(QUOTE, this.pos);
        this.nextQuote = q < 0 || q >= this.end ? this.end : q;
      }
      if (this.nextQuote >= lineEnd) {
        // Fast path: no quote before the end of the line, so the line is the record.
        const start = this.pos;
        let e = lineEnd;
        if (e > start && buf[e - 1] === CR) e--;
        this.pos = nl < 0 ? this.end : nl + 1;
        this.line = this.nextLine++;
        if (e === start) continue; // blank line
        this.recStart = start;
        this.recEnd = e;
        this.split_ = false;
        this.fieldCount = 0;
        return true;
      }
      const recordEnd = this.findQuotedEnd();
      if (recordEnd < 0) {
        this.refill();
        continue;
      }
      if (this.quotedRecord(recordEnd)) return true;
    }
  }

  /**
   * The shard (0 … shards − 1) of the current record's field `col`: FNV-1a over its unescaped bytes, so a
   * quoted and an unquoted spelling of the same value land in the same shard. Does not split the record.
   */
  shardOf(col: number, shards: number): number {
    let s: number;
    let e: number;
    if (this.split_) {
      if (col >= this.fieldCount) return hashBytes(this.buf, 0, 0) % shards;
      s = this.fieldStart[col]!;
      e = this.fieldEnd[col]!;
    } else {
      const buf = this.buf;
      const end = this.recEnd;
      s = this.recStart;
      for (let c = 0; c < col && s <= end; c++) {
        while (s < end && buf[s] !== COMMA) s++;
        s++;
      }
      if (s > end) return hashBytes(buf, 0, 0) % shards;
      e = s;
      while (e < end && buf[e] !== COMMA) e++;
    }
    return hashBytes(this.buf, s, e) % shards;
  }

  /** Splits the current record into fields (at most maxFields). */
  split(): void {
    if (this.split_) return;
    this.split_ = true;
    const buf = this.buf;
    const max = this.maxFields;
    const fs = this.fieldStart;
    const fe = this.fieldEnd;
    const end = this.recEnd;
    let s = this.recStart;
    let n = 0;
    for (let i = s; i < end; i++) {
      if (buf[i] === COMMA) {
        fs[n] = s;
        fe[n] = i;
        s = i + 1;
        if (++n === max) break;
      }
    }
    if (n < max) {
      fs[n] = s;
      fe[n] = end;
      n++;
    }
    this.fieldCount = n;
  }

  /** Field `i` of the current (split) record as a string ('' when the record has fewer fields). */
  text(i: number): string {
    if (i < 0 || i >= this.fieldCount) return '';
    return this.buf.toString('utf8', this.fieldStart[i], this.fieldEnd[i]);
  }

  /** Field `i`'s length in bytes (0 when absent). */
  length(i: number): number {
    return i < 0 || i >= this.fieldCount ? 0 : this.fieldEnd[i]! - this.fieldStart[i]!;
  }

  /** All fields of the current record as strings. */
  texts(): string[] {
    this.split();
    const out: string[] = [];
    for (let i = 0; i < this.fieldCount; i++) out.push(this.text(i));
    return out;
  }

  /**
   * The end of a record that holds a quote, starting at `pos`: the first LF outside quotes, or the end of
   * the data at the end of the file. −1 when more bytes are needed.
   */
  private findQuotedEnd(): number {
    const buf = this.buf;
    const end = this.end;
    const more = this.eof ? end : -1;
    let atFieldStart = true;
    let i = this.pos;
    while (i < end) {
      const b = buf[i];
      if (b === QUOTE && atFieldStart) {
        // A quoted field: up to the quote that is not doubled. Quotes elsewhere are plain text.
        for (i++; ; i++) {
          if (i >= end) return more;
          if (buf[i] !== QUOTE) continue;
          if (i + 1 >= end) {
            if (!this.eof) return -1;
            break;
          }
          if (buf[i + 1] !== QUOTE) break;
          i++;
        }
        atFieldStart = false;
        i++;
        continue;
      }
      if (b === LF) return i;
      atFieldStart = b === COMMA;
      i++;
    }
    return more;
  }

  /** Unescapes the record [pos, recordEnd) in place and splits it; false when it is blank. */
  private quotedRecord(recordEnd: number): boolean {
    const buf = this.buf;
    const start = this.pos;
    let stop = recordEnd;
    if (stop > start && buf[stop - 1] === CR) stop--;
    let newlines = 0;
    for (let i = start; i < stop; i++) if (buf[i] === LF) newlines++;
    this.pos = recordEnd < this.end ? recordEnd + 1 : this.end;
    this.nextQuote = -1;
    this.line = this.nextLine;
    this.nextLine += newlines + 1;
    const fs = this.fieldStart;
    const fe = this.fieldEnd;
    const max = this.maxFields;
    let n = 0;
    let r = start;
    let w = start;
    for (;;) {
      const fieldStart = w;
      if (r < stop && buf[r] === QUOTE) {
        r++;
        for (;;) {
          if (r >= stop) break;
          const b = buf[r]!;
          if (b === QUOTE) {
            if (r + 1 < stop && buf[r + 1] === QUOTE) {
              buf[w++] = QUOTE;
              r += 2;
              continue;
            }
            r++;
            break;
          }
          buf[w++] = b;
          r++;
        }
      }
      // Unquoted text, or anything after a closing quote (lenient: kept as it stands).
      while (r < stop && buf[r] !== COMMA) buf[w++] = buf[r++]!;
      if (n < max) {
        fs[n] = fieldStart;
        fe[n] = w;
        n++;
      }
      if (r >= stop) break;
      r++; // the comma
    }
    this.recStart = start;
    this.recEnd = w;
    this.fieldCount = n;
    this.split_ = true;
    return !(n === 1 && fe[0] === fs[0] && stop === start);
  }

  /** Keeps the unread bytes, moves them to the front (growing the buffer if they fill it) and reads more. */
  private refill(): boolean {
    const rest = this.end - this.pos;
    if (rest > 0 && this.pos > 0) this.buf.copy(this.buf, 0, this.pos, this.end);
    if (rest === this.buf.length) {
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, rest);
      this.buf = bigger;
    }
    this.pos = 0;
    this.end = rest;
    this.nextQuote = -1;
    const n = this.source.read(this.buf, rest, this.buf.length - rest);
    if (n === 0) {
      this.eof = true;
      return rest > 0;
    }
    this.end += n;
    if (!this.bomChecked && this.end >= 3) this.dropBom();
    return true;
  }

  private dropBom(): void {
    this.bomChecked = true;
    if (this.nextLine === 1 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf)
      this.pos = 3;
  }
}

/** FNV-1a, 32 bits, over buf[s, e). */
export function hashBytes(buf: Uint8Array, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  return h >>> 0;
}
