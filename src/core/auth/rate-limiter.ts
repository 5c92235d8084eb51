import { TooManyRequests } from '../errors';

/**
 * A Map that keeps at most `maxKeys` entries, forgetting the least recently
 * used one when a new key would pass the bound. Every operation is O(1): a Map
 * iterates in insertion order, so re-inserting on use keeps the oldest first.
 * Attempt counters live here, so a flood of made-up addresses or emails costs a
 * bounded amount of memory and never a sweep over everything.
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly maxKeys: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.maxKeys) this.entries.delete(this.entries.keys().next().value as K);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }
}

/** Bound on the keys one limiter remembers (about 100 bytes each). */
export const DEFAULT_MAX_KEYS = 100_000;

/**
 * Fixed-window attempt counter keyed by IP or account ("ip:1.2.3.4",
 * "account:a@b.c"). Counts are per process; with several processes the
 * effective limit is that many times higher, which still stops brute force.
 */
export class RateLimiter {
  private readonly windows: BoundedMap<string, { startedAt: number; count: number }>;

  constructor(
    readonly maxPerWindow: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
    maxKeys = DEFAULT_MAX_KEYS,
  ) {
    this.windows = new BoundedMap(maxKeys);
  }

  /** How many keys are remembered (never more than the bound). */
  get size(): number {
    return this.windows.size;
  }

  /** Records one attempt under every key; throws 429 if any key is over its limit. */
  hit(...keys: string[]): void {
    let limited = false;
    for (const key of keys) if (this.add(key) > this.maxPerWindow) limited = true;
    if (limited) throw new TooManyRequests();
  }

  /** Records one attempt under `key` and returns how many it has in the current window. */
  add(key: string): number {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) window = { startedAt: now, count: 0 };
    window.count += 1;
    this.windows.set(key, window);
    return window.count;
  }

  /** Takes back one attempt under `key` (it turned out to be no threat, e.g. the right password). */
  forgive(key: string): void {
    const window = this.windows.get(key);
    if (window && window.count > 0) window.count -= 1;
  }
}
