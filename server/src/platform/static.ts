import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `vite build` writes the web interface (see web/vite.config.ts and web-build.ts). */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/**
 * The page itself may load only Hearth's own scripts, styles, fonts and images, and no other site may
 * frame it (a child's record must not be clickjacked). The USWDS styles use data: URIs for icons.
 */
const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cache-control': 'no-cache',
} as const;

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hearth</title></head>
<body><main><h1>Hearth is running</h1>
<p>The web interface is not built. Run <code>npm start</code>, or <code>npm run build -w web</code>.
The API answers under <a href="/api/openapi.json">/api</a>.</p></main></body></html>`;

/**
 * Serves the built web interface from web/dist: its hashed files under /assets/ (cached for good), and
 * `index.html` for every other GET outside /api so the browser's router can take the address (a
 * single-page app). A GET under /api, or for a file that does not exist, stays a problem+json 404.
 * Files are looked up per request, so a rebuild while the server runs is served at once. Without a
 * build, `/` says so.
 */
export function registerWebInterface(app: FastifyInstance, distDir: string = WEB_DIST): boolean {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.get('/', async (_req, reply) => reply.type('text/html; charset=utf-8').send(NOT_BUILT));
    return false;
  }
  // Not awaited: awaiting here would load the routes declared so far, before app.ts sets its error handler.
  void app.register(async (assets) => {
    // A refused path (`/assets/../x` gets 403 from send) is just not there; other 4xx keep their status.
    assets.setErrorHandler((err: FastifyError, _req, reply) => {
      const status = err.statusCode ?? 500;
      if (status >= 500) throw err;
      if (status === 400 || status === 403 || status === 404) return reply.callNotFound();
      return reply
        .code(status)
        .type('application/problem+json')
        .send({ type: 'about:blank', title: err.message, status });
    });
    await assets.register(fastifyStatic, {
      root: path.join(distDir, 'assets'),
      prefix: '/assets/',
      index: false,
      // The build writes .br and .gz beside each script and style sheet (web/precompress.ts).
      preCompressed: true,
      cacheControl: false,
      setHeaders(res) {
        res.setHeader('cache-control', 'public, max-age=31536000, immutable');
        res.setHeader('x-content-type-options', 'nosniff');
      },
    });
  });
  const page = async (req: FastifyRequest, reply: FastifyReply) => {
    const pathname = req.url.split('?')[0]!;
    const last = pathname.slice(pathname.lastIndexOf('/') + 1);
    // Only /assets/ holds files (Vite puts everything there; web/public is not used).
    const isFile = last.includes('.') && last !== 'index.html';
    if (pathname === '/api' || pathname.startsWith('/api/') || isFile) return reply.callNotFound();
    return reply
      .headers(PAGE_HEADERS)
      .type('text/html; charset=utf-8')
      .send(await readFile(indexFile, 'utf8'));
  };
  app.get('/', page);
  app.get('/*', page);
  return true;
}
