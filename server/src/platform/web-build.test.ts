import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { webBuildIsStale } from './web-build.ts';

let repo: string;
const at = (seconds: number) => new Date(1_800_000_000_000 + seconds * 1000);

beforeAll(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'hearth-build-'));
  await mkdir(path.join(repo, 'web', 'src', 'app'), { recursive: true });
  await writeFile(path.join(repo, 'web', 'index.html'), '<!doctype html>');
  await writeFile(path.join(repo, 'web', 'src', 'app', 'App.tsx'), 'export {}');
});
afterAll(() => rm(repo, { recursive: true, force: true }));

async function touch(rel: string, seconds: number): Promise<void> {
  await utimes(path.join(repo, rel), at(seconds), at(seconds));
}

it('rebuilds when web/dist is missing or older than a source, not otherwise', async () => {
  const web = path.join(repo, 'web');
  expect(await webBuildIsStale(web)).toBe(true);
  await mkdir(path.join(web, 'dist'));
  await writeFile(path.join(web, 'dist', 'index.html'), '<!doctype html>');
  for (const rel of ['web', 'web/index.html', 'web/src', 'web/src/app', 'web/src/app/App.tsx'])
    await touch(rel, 0);
  await touch('web/dist/index.html', 10);
  expect(await webBuildIsStale(web)).toBe(false);
  await touch('web/src/app/App.tsx', 20);
  expect(await webBuildIsStale(web)).toBe(true);
  await touch('web/dist/index.html', 30);
  expect(await webBuildIsStale(web)).toBe(false);
  await touch('web/index.html', 40);
  expect(await webBuildIsStale(web)).toBe(true);
});
