import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebInterface } from './static.ts';

async function appFor(dist: string): Promise<FastifyInstance> {
  const app = Fastify();
  registerWebInterface(app, dist);
  app.setNotFoundHandler((_req, reply) =>
    reply.code(404).type('application/problem+json').send({ status: 404 }),
  );
  await app.ready();
  return app;
}

describe('the web interface, served', () => {
  let dir: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hearth-web-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Hearth</title>');
    await writeFile(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'assets', 'index-abc.js.br'), brotliCompressSync('console.log(1)'));
    app = await appFor(dir);
  });
  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers the page for any address the browser router owns, with a strict CSP', async () => {
    for (const url of ['/', '/cases/8a0c2f6e-0000-4000-8000-000000000000', '/index.html', '/a/b?x=1']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<title>Hearth</title>');
    }
  });

  it('sends the Brotli copy written at build time to a browser that accepts it, the plain file otherwise', async () => {
    const br = await app.inject({ url: '/assets/index-abc.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe('console.log(1)');
    const plain = await app.inject({
      url: '/assets/index-abc.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('console.log(1)');
  });

  it('serves hashed files for good and leaves /api and missing files to the 404 handler', async () => {
    const js = await app.inject({ url: '/assets/index-abc.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['cache-control']).toContain('immutable');
    // A rebuild while the server runs: its new files are served without a restart.
    await writeFile(path.join(dir, 'assets', 'index-def.js'), 'console.log(2)');
    expect((await app.inject({ url: '/assets/index-def.js' })).statusCode).toBe(200);
    for (const url of ['/api/v1/nothing', '/api', '/assets/missing.js', '/favicon.ico', '/a/b.js']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/problem\+json/);
    }
    expect((await app.inject({ method: 'POST', url: '/cases/x' })).statusCode).toBe(404);
    // A way out of web/dist is refused like a missing file, not as a server error.
    const out = await app.inject({ url: '/assets/..%2f..%2fpackage.json' });
    expect(out.statusCode).toBe(404);
    expect(out.body).not.toContain('"name"');
  });

  it('says the interface is not built when web/dist is missing', async () => {
    const bare = await appFor(path.join(dir, 'nowhere'));
    const res = await bare.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('not built');
    expect((await bare.inject({ url: '/cases/x' })).statusCode).toBe(404);
    await bare.close();
  });
});
