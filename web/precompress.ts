import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside each built script and style sheet, once at build time,
 * so the server sends them compressed without compressing on every request (@fastify/static's
 * `preCompressed`). Fonts and images are compressed already.
 */
export function precompress(): Plugin {
  return {
    name: 'hearth-precompress',
    apply: 'build',
    async writeBundle(options) {
      const dir = path.join(options.dir ?? 'dist', 'assets');
      const files = (await readdir(dir).catch(() => [])).filter((f) => /\.(js|css|svg)$/.test(f));
      await Promise.all(
        files.map(async (f) => {
          const body = await readFile(path.join(dir, f));
          await writeFile(
            path.join(dir, `${f}.br`),
            await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
          );
          await writeFile(path.join(dir, `${f}.gz`), await gz(body, { level: 9 }));
        }),
      );
    },
  };
}
