import type { Queryable } from '../platform/db.ts';

/** A PostgreSQL array literal of plain codes, passed as text and cast to text[] in the insert. */
export const pgArray = (values: readonly string[]): string =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

// Column buffers flushed with one `INSERT … SELECT … FROM unnest(…)` per table: works on PGlite and on a
// PostgreSQL server alike. Each column travels as one text parameter, its values joined by a separator
// character and split again with string_to_array (cheaper to send and parse than a JS array); values are
// cast to the column type in the SELECT. Generated text never contains the two control characters used.

export type ColumnType = 'uuid' | 'text' | 'date' | 'int4' | 'bool' | 'timestamptz' | 'text[]' | 'jsonb';
const SEPARATOR = '\u001f';
const NULL_MARK = '\u001e';

export class TableBuffer {
  private columns: string[][];
  private readonly sql: string;
  rows = 0;
  constructor(
    readonly table: string,
    private readonly spec: readonly (readonly [string, ColumnType])[],
  ) {
    this.columns = spec.map(() => []);
    const n = spec.length;
    const names = spec.map(([name]) => name).join(', ');
    const aliases = spec.map((_, i) => `c${i}`).join(', ');
    const select = spec.map(([, type], i) => (type === 'text' ? `c${i}` : `c${i}::${type}`)).join(', ');
    const arrays = spec.map((_, i) => `string_to_array($${i + 1}, $${n + 1}, $${n + 2})`).join(', ');
    this.sql = `INSERT INTO ${table} (${names}) SELECT ${select} FROM unnest(${arrays}) AS u(${aliases})`;
  }

  add(...values: (string | number | boolean | null | undefined)[]): void {
    if (values.length !== this.spec.length)
      throw new Error(`${this.table}: ${values.length} values for ${this.spec.length} columns`);
    for (let i = 0; i < values.length; i += 1) {
      const v = values[i];
      const encoded =
        v === null || v === undefined ? NULL_MARK : v === true ? 't' : v === false ? 'f' : String(v);
      if (encoded === '') throw new Error(`${this.table}: empty text is not seeded`);
      (this.columns[i] as string[]).push(encoded);
    }
    this.rows += 1;
  }

  async flush(q: Queryable): Promise<void> {
    if (this.rows === 0) return;
    await q.query(this.sql, [...this.columns.map((c) => c.join(SEPARATOR)), SEPARATOR, NULL_MARK]);
    this.columns = this.spec.map(() => []);
    this.rows = 0;
  }
}
