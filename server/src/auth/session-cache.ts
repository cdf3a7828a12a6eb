import type { Actor } from '../access/actor.ts';
import type { SessionInfo } from './session.repo.ts';

type Entry = { session: SessionInfo; actor: Actor; until: number };

/**
 * Remembers a session and its actor for a moment, so a burst of requests does not look the session up
 * each time. Signing out and role changes evict at once in this process; another process sees them
 * within `ttlMs` (ADR 0004). Tokens are keyed by their hash, never kept in the clear.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = 2000,
    private readonly maxEntries = 10_000,
  ) {}

  get(tokenHash: string, nowMs: number): { session: SessionInfo; actor: Actor } | null {
    const e = this.entries.get(tokenHash);
    if (!e) return null;
    if (e.until <= nowMs) {
      this.entries.delete(tokenHash);
      return null;
    }
    return e;
  }

  set(tokenHash: string, value: { session: SessionInfo; actor: Actor }, nowMs: number): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(tokenHash, { ...value, until: nowMs + this.ttlMs });
  }

  evictAccount(accountId: string): void {
    for (const [key, e] of this.entries) if (e.session.accountId === accountId) this.entries.delete(key);
  }

  evictSession(sessionId: string): void {
    for (const [key, e] of this.entries) if (e.session.sessionId === sessionId) this.entries.delete(key);
  }
}
