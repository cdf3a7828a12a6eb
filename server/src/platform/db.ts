import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createHash } from 'node:crypto';
import pg from 'pg';

export type Row = Record<string, unknown>;

/** Something SQL can be sent to: the database, or one transaction on it. */
export type Queryable = {
  query<T = Row>(text: string, values?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements with no parameters (migrations). */
  exec(script: string): Promise<void>;
};

/**
 * The database: embedded PGlite by default, a PostgreSQL server through DATABASE_URL. Both speak the same
 * SQL and run the same migrations; only this file knows which one it is.
 */
export type Db = Queryable & {
  kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

// Calendar dates stay `YYYY-MM-DD` strings: a Date object would drag a time zone into court deadlines.
const keepString = (v: string): string => v;

export async function openPglite(dataDir?: string): Promise<Db> {
  const lite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    // Search (migration 20261123_0300) needs these two; PostgreSQL servers have them in contrib.
    extensions: { pg_trgm, unaccent },
    parsers: { [DATE_OID]: keepString, [INT8_OID]: Number, [NUMERIC_OID]: Number },
  });
  type LiteQueryable = Pick<PGlite, 'query' | 'exec'>;
  const wrap = (q: LiteQueryable): Queryable => ({
    query: async <T>(text: string, values?: readonly unknown[]) =>
      (await q.query<T>(text, values as unknown[] | undefined)).rows,
    exec: async (script) => {
      await q.exec(script);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(lite),
    transaction: (fn) => lite.transaction((tx) => fn(wrap(tx))),
    close: () => lite.close(),
  };
}

export async function openPostgres(url: string, maxConnections = 10): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max: maxConnections,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === DATE_OID) return keepString;
        if (oid === INT8_OID || oid === NUMERIC_OID) return Number;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server ends (a restart, a terminated backend) must not bring the process
  // down: the pool drops it and opens another on the next query.
  pool.on('error', (err) => console.error(`PostgreSQL connection lost: ${err.message}`));
  const client = await pool.connect(); // fail at start, not at the first request, if the server is down
  client.release();
  // Named statements are parsed and planned once per connection, then reused: the name is derived from
  // the text, so the same SQL always maps to the same prepared statement.
  const names = new Map<string, string>();
  const nameOf = (text: string): string => {
    let name = names.get(text);
    if (!name) {
      name = `h${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      names.set(text, name);
    }
    return name;
  };
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <T>(text: string, values?: readonly unknown[]) =>
      (await q.query({ name: nameOf(text), text, values: values as unknown[] | undefined })).rows as T[],
    exec: async (script) => {
      await q.query(script);
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const result = await fn(wrap(c));
        await c.query('COMMIT');
        return result;
      } catch (err) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        c.release();
      }
    },
    close: () => pool.end(),
  };
}

export async function openDb(opts: {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
}): Promise<Db> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}
