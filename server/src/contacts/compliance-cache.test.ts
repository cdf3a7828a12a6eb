import { describe, expect, it } from 'vitest';
import { cachedCompliance, COMPLIANCE_CACHE_MS, invalidateCompliance } from './compliance-cache.ts';

/** The kept compliance answers: a minute per key, shared by concurrent reads, dropped by a recorded contact. */
describe('the compliance cache', () => {
  it('keeps an answer for a minute, then computes it again', async () => {
    let n = 0;
    const compute = async () => ++n;
    expect(await cachedCompliance('a', 1_000, compute)).toBe(1);
    expect(await cachedCompliance('a', 1_000 + COMPLIANCE_CACHE_MS - 1, compute)).toBe(1);
    expect(await cachedCompliance('b', 1_000, compute)).toBe(2);
    expect(await cachedCompliance('a', 1_000 + COMPLIANCE_CACHE_MS, compute)).toBe(3);
    // A clock that went back is not trusted either.
    expect(await cachedCompliance('a', 500, compute)).toBe(4);
  });

  it('shares one computation among concurrent reads', async () => {
    let n = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const compute = async () => {
      n += 1;
      await gate;
      return 'x';
    };
    const both = Promise.all([cachedCompliance('c', 0, compute), cachedCompliance('c', 1, compute)]);
    release();
    expect(await both).toEqual(['x', 'x']);
    expect(n).toBe(1);
  });

  it('drops everything when a contact is recorded, and never keeps a failure', async () => {
    let n = 0;
    expect(await cachedCompliance('d', 0, async () => ++n)).toBe(1);
    invalidateCompliance();
    expect(await cachedCompliance('d', 1, async () => ++n)).toBe(2);
    await expect(
      cachedCompliance('e', 0, async () => Promise.reject(new Error('db down'))),
    ).rejects.toThrow();
    expect(await cachedCompliance('e', 1, async () => 'ok')).toBe('ok');
  });
});
