/**
 * Counts calendar-feed requests in a sliding window per key: per feed (a leaked address polled hard)
 * and per address for unknown tokens (someone trying tokens). Calendar clients poll every 15 minutes
 * to a day, so the limits are far above any real subscriber. In memory, like the sign-in limiter: one
 * server process is the deployment it is for.
 */
export class FeedLimiter {
  private readonly hits = new Map<string, number[]>();
  private calls = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  private recent(key: string, now: number): number[] {
    const times = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (times.length) this.hits.set(key, times);
    else this.hits.delete(key);
    return times;
  }

  /** Seconds until another request under `key` is allowed, or 0 when one is allowed now. */
  retryAfter(key: string, now: number): number {
    this.sweep(now);
    const times = this.recent(key, now);
    if (times.length < this.max) return 0;
    const oldest = times[times.length - this.max] ?? now;
    return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
  }

  count(key: string, now: number): void {
    this.hits.set(key, [...this.recent(key, now), now]);
  }

  /** Forgets idle keys now and then, so many one-off addresses cannot grow the map without end. */
  private sweep(now: number): void {
    this.calls += 1;
    if (this.calls % 1000 !== 0) return;
    for (const key of [...this.hits.keys()]) this.recent(key, now);
  }
}
