import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.ts';
import { SessionCache } from './session-cache.ts';

const actor = { accountId: 'a1', roles: ['judge'] } as unknown as Actor;
const entry = (sessionId: string, accountId = 'a1') => ({
  session: { sessionId, accountId, csrfToken: 'c' },
  actor,
});

describe('session cache', () => {
  it('forgets an entry after its time to live', () => {
    const cache = new SessionCache(2000);
    cache.set('h1', entry('s1'), 1000);
    expect(cache.get('h1', 2999)?.session.sessionId).toBe('s1');
    expect(cache.get('h1', 3000)).toBeNull();
  });

  it('evicts a signed-out session and every session of an account whose roles changed', () => {
    const cache = new SessionCache(2000);
    cache.set('h1', entry('s1'), 0);
    cache.set('h2', entry('s2'), 0);
    cache.set('h3', entry('s3', 'a2'), 0);
    cache.evictSession('s1');
    expect(cache.get('h1', 1)).toBeNull();
    cache.evictAccount('a1');
    expect(cache.get('h2', 1)).toBeNull();
    expect(cache.get('h3', 1)?.session.accountId).toBe('a2');
  });

  it('stays bounded', () => {
    const cache = new SessionCache(2000, 3);
    for (let i = 0; i < 5; i++) cache.set(`h${i}`, entry(`s${i}`), 0);
    expect(cache.get('h4', 1)).not.toBeNull();
    expect(cache.get('h0', 1)).toBeNull();
  });
});
