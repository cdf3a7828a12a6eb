import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type Db } from '../src/platform/db.ts';
import { migrate } from '../src/platform/migrate.ts';

/**
 * A fresh, migrated database for one test file: embedded PGlite by default, or a new database on the
 * PostgreSQL server named by HEARTH_TEST_DATABASE_URL (CI runs the suite both ways). No mocks.
 */
export async function createTestDb(): Promise<Db> {
  const serverUrl = process.env.HEARTH_TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await openPglite();
    await migrate(db);
    return db;
  }
  const name = `hearth_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString(), 5);
  await migrate(db);
  return {
    ...db,
    async close() {
      await db.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      // The pool's sockets may still be closing after pool.end(): a forced drop would kill them mid-close,
      // and a killed client with no listener left throws outside any test. Wait for them to go first.
      for (let tries = 0; ; tries++) {
        try {
          await dropper.query(`DROP DATABASE IF EXISTS ${name}${tries < 40 ? '' : ' WITH (FORCE)'}`);
          break;
        } catch (err) {
          if ((err as { code?: string }).code !== '55006' || tries >= 40) throw err; // 55006: in use
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      await dropper.end();
    },
  };
}

export const testDbKind = (): 'pglite' | 'postgres' =>
  process.env.HEARTH_TEST_DATABASE_URL ? 'postgres' : 'pglite';
