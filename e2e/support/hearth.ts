import type { AddressInfo } from 'node:net';
import { buildApp } from '../../server/src/app.ts';
import type { Db } from '../../server/src/platform/db.ts';
import { ensureWebBuilt } from '../../server/src/platform/web-build.ts';
import { loadDemoData } from '../../server/src/seed/demo.ts';
import { createTestDb } from '../../server/test/test-db.ts';

/** The demo's fixed "today", so the journeys see the same docket every run. */
export const E2E_TODAY = '2026-11-23';

export type RunningHearth = { url: string; db: Db; stop: () => Promise<void> };

/**
 * The whole of Hearth for one journey file: a fresh database (PGlite, or the server CI names), the demo
 * data, the built web interface, listening on a free loopback port. `smtpUrl`: where notices are e-mailed.
 */
export async function startHearth(opts: { smtpUrl?: string } = {}): Promise<RunningHearth> {
  await ensureWebBuilt(() => undefined);
  const db = await createTestDb();
  await loadDemoData(db, { today: E2E_TODAY });
  const now = new Date(`${E2E_TODAY}T15:00:00Z`);
  const { app } = await buildApp({ db, clock: { now: () => now }, smtpUrl: opts.smtpUrl });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    stop: async () => {
      await app.close();
      await db.close();
    },
  };
}
