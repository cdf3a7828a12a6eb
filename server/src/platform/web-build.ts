import { existsSync } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const WEB_ROOT = path.join(REPO, 'web');

/** What the built web interface is made from: its sources, and the shared domain code it imports. */
const SOURCES = ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/package.json', 'core/src'];

async function newestMtime(target: string): Promise<number> {
  const s = await stat(target).catch(() => null);
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs; // a deleted file changes its folder's time
  for (const entry of await readdir(target, { withFileTypes: true }))
    newest = Math.max(newest, await newestMtime(path.join(target, entry.name)));
  return newest;
}

/** True when web/dist is missing or older than any of its sources. */
export async function webBuildIsStale(webRoot: string = WEB_ROOT): Promise<boolean> {
  const built = await stat(path.join(webRoot, 'dist', 'index.html')).catch(() => null);
  if (!built) return true;
  const repo = path.dirname(webRoot);
  for (const source of SOURCES) if ((await newestMtime(path.join(repo, source))) > built.mtimeMs) return true;
  return false;
}

/**
 * Builds the web interface with Vite when it is missing or out of date, so `npm ci && npm start` needs no
 * other step. A failed build is reported and the server starts anyway (the API does not depend on it).
 */
export async function ensureWebBuilt(
  log: (line: string) => void = console.log,
  webRoot: string = WEB_ROOT,
): Promise<void> {
  if (!existsSync(path.join(webRoot, 'index.html')) || !(await webBuildIsStale(webRoot))) return;
  log('Building the web interface…');
  // Built beside dist and swapped in at the end, so a server reading dist (or a second process building
  // at the same moment) never sees a half-written folder.
  const dist = path.join(webRoot, 'dist');
  const fresh = path.join(webRoot, `.dist-${process.pid}-${Date.now()}`);
  try {
    const { build } = await import('vite');
    await build({ root: webRoot, logLevel: 'warn', build: { outDir: fresh, emptyOutDir: true } });
    const old = `${fresh}-old`;
    await rename(dist, old).catch(() => undefined);
    await rename(fresh, dist);
    await rm(old, { recursive: true, force: true });
  } catch (err) {
    await rm(fresh, { recursive: true, force: true });
    log(`The web interface could not be built: ${err instanceof Error ? err.message : String(err)}`);
  }
}
