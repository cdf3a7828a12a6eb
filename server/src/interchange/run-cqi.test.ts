import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCqiFolder } from '../../../bench/cqi-generate.ts';
import { runCqiFolder, type CqiRun } from './run-cqi.ts';
import { removeTestFolder, writeTestFolder } from './test-folder.ts';

const P = '2024-10-01';
const FILES = ['children.csv', 'removals.csv', 'placements.csv', 'maltreatment.csv', 'visits.csv'];
let generated: string;
let reference: CqiRun;
const dirs: string[] = [];

beforeAll(async () => {
  generated = writeTestFolder({});
  dirs.push(generated);
  generateCqiFolder(generated, { children: 3000, seed: 7 });
  reference = await runCqiFolder(generated, { periodStart: P, workers: 1 });
}, 120_000);
afterAll(() => dirs.forEach(removeTestFolder));

/** The generated folder's files rewritten by `rewrite` (file name, rows as arrays of fields). */
function rewritten(rewrite: (file: string, rows: string[][]) => string): string {
  const dir = writeTestFolder({});
  dirs.push(dir);
  for (const file of FILES) {
    const rows = readFileSync(join(generated, file), 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.split(','));
    writeFileSync(join(dir, file), rewrite(file, rows));
  }
  return dir;
}

describe('runCqiFolder over a generated folder', { timeout: 120_000 }, () => {
  it('the generated folder is valid and every population is populated', () => {
    expect(reference.errors).toEqual([]);
    const figures = Object.values(reference.result!.indicators);
    expect(figures.every((f) => f.denominator > 0)).toBe(true);
    expect(reference.result!.exclusions.length).toBeGreaterThan(0);
  });

  it('1, 2 and 3 workers give identical JSON', async () => {
    const json = JSON.stringify(reference.result);
    for (const workers of [2, 3]) {
      const out = await runCqiFolder(generated, { periodStart: P, workers });
      expect(out.errors).toEqual([]);
      expect(JSON.stringify(out.result)).toBe(json);
    }
  });

  it('reading in tiny chunks gives the same result', async () => {
    const out = await runCqiFolder(generated, { periodStart: P, workers: 2, chunkSize: 1000 });
    expect(out.result).toEqual(reference.result);
  });

  it('the same data quoted, reordered, with CRLF, a BOM, an unknown column and rows reversed gives the same result', async () => {
    const dir = rewritten((_file, [header, ...rows]) => {
      // Columns reversed, an unknown column first, every field quoted, rows in reverse order.
      const order = header!.map((_, i) => header!.length - 1 - i);
      const line = (fields: string[], extra: string): string =>
        [extra, ...order.map((i) => fields[i] ?? '')].map((f) => `"${f.replaceAll('"', '""')}"`).join(',');
      const body = [
        line(header!, 'note'),
        ...rows.reverse().map((r, i) => line(r, `row "${i}",\nsee below`)),
      ];
      return `\uFEFF${body.join('\r\n')}\r\n`;
    });
    const out = await runCqiFolder(dir, { periodStart: P, workers: 3 });
    expect(out.errors).toEqual([]);
    expect(out.result).toEqual(reference.result);
  });
});
