import { todayOf, type Clock } from '@hearth/core';
import { buildApp } from './app.ts';
import { startAuditSealer } from './audit/audit-log.ts';
import type { Config } from './config.ts';
import { openDb } from './platform/db.ts';
import { migrate } from './platform/migrate.ts';
import { ensureWebBuilt } from './platform/web-build.ts';
import { loadDemoData } from './seed/demo.ts';

/**
 * Starts Hearth: builds the web interface when it is missing or stale, opens the database (PGlite in the
 * data folder, or the server in DATABASE_URL), migrates it, loads the synthetic demo data on first start,
 * and listens. Ctrl-C closes cleanly.
 */
export async function startServer(
  config: Config,
  log: (line: string) => void = console.log,
): Promise<() => Promise<void>> {
  const clock: Clock = { now: () => new Date() };
  await ensureWebBuilt(log);
  log(
    config.databaseUrl ? 'Connecting to PostgreSQL…' : `Opening the embedded database in ${config.dataDir}…`,
  );
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrate(db);
  if (applied.length) log(`Applied ${applied.length} migration(s).`);
  if (config.loadDemoData) {
    const demo = await loadDemoData(db, { today: todayOf(clock) });
    log(
      demo.created
        ? 'Loaded the synthetic demo data (no real person appears in it).'
        : 'Demo data already loaded.',
    );
    log('\nDemo sign-ins (password for all: hearth-demo):');
    for (const l of demo.logins) log(`  ${l.email.padEnd(32)} ${l.role.padEnd(20)} ${l.sees}`);
  }
  const { app } = await buildApp({
    db,
    clock,
    cookieSecure: config.cookieSecure,
    smtpUrl: config.smtpUrl,
    smtpFrom: config.smtpFrom,
  });
  const stopSealer = startAuditSealer(db);
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(`\nHearth is running on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`);
  let closing = false;
  return async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await stopSealer();
    await db.close();
  };
}
