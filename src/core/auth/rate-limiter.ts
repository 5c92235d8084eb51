import { TooManyRequests } from '../errors';

/**
 * Fixed-window attempt counter keyed by IP or account ("ip:1.2.3.4",
 * "account:a@b.c"). Counts are per process; with several processes the
 * effective limit is that many times higher, which still stops brute force.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly maxPerWindow: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records one attempt under every key; throws 429 if any key is over its limit. */
  hit(...keys: string[]): void {
    const now = this.now();
    let limited = false;
    for (const key of keys) {
      let window = this.windows.get(key);
      if (!window || now - window.startedAt >= this.windowMs) {
        window = { startedAt: now, count: 0 };
        this.windows.set(key, window);
      }
      window.count += 1;
      if (window.count > this.maxPerWindow) limited = true;
    }
    if (this.windows.size > 50_000) this.sweep(now);
    if (limited) throw new TooManyRequests();
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
    }
  }
}
