/**
 * Computed monthly-compliance answers, kept for a minute. A unit's compliance reads every child of the unit
 * (20,000 in the benchmark district) through the scope predicate, which costs a second or more on the
 * embedded database; the figures are a dashboard's, read again and again by the same supervisor. So each
 * answer is kept per account (its scope), month and court date, for at most `CACHE_MS`, and every entry is
 * dropped at once when a contact is recorded in this process (the commonest change). A change made
 * elsewhere (a discharge, a reassignment, another server process) shows within the minute; the answer says
 * when it was computed. Every read is still audited, cached or not (contacts.service.ts).
 */
export const COMPLIANCE_CACHE_MS = 60_000;
const MAX_ENTRIES = 500;
/** `HEARTH_COMPLIANCE_CACHE=off` computes every answer afresh: to measure the read itself under load. */
const CACHE_OFF = process.env.HEARTH_COMPLIANCE_CACHE === 'off';

type Entry<T> = { at: number; generation: number; value: Promise<T> };

let generation = 0;
const entries = new Map<string, Entry<unknown>>();

/**
 * The kept answer for `key` when it is younger than the cache's life and no contact was recorded since,
 * else `compute()`'s, kept for the next read. Concurrent reads of one key share one computation; a
 * computation that fails is not kept.
 * @param key - who asks (the account: its scope) and for what (month, court date)
 * @param now - the request clock's time, in milliseconds
 * @param compute - reads and computes the answer
 */
export function cachedCompliance<T>(key: string, now: number, compute: () => Promise<T>): Promise<T> {
  if (CACHE_OFF) return compute();
  const hit = entries.get(key) as Entry<T> | undefined;
  if (hit && hit.generation === generation && now - hit.at < COMPLIANCE_CACHE_MS && now >= hit.at)
    return hit.value;
  const started = generation;
  const value = compute();
  const entry: Entry<T> = { at: now, generation: started, value };
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(key, entry);
  value.catch(() => {
    if (entries.get(key) === entry) entries.delete(key);
  });
  return value;
}

/** Drops every kept answer: a contact was recorded (called after its transaction commits). */
export function invalidateCompliance(): void {
  generation += 1;
  entries.clear();
}
