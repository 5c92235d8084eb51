import { BoundedMap, DEFAULT_MAX_KEYS, RateLimiter } from './rate-limiter';

/** Where a log-in attempt comes from. */
export interface LoginSource {
  ip: string;
  /** The id in a valid device cookie this account gave this browser at an earlier log-in, or null. */
  device: string | null;
}

export type Admission = { ok: true; delayMs: number } | { ok: false; retryAfterSeconds: number };

export interface LoginThrottleOptions {
  /** Attempts a minute from one address (any account), and for one account from sources it does not know. */
  perMinute: number;
  now?: () => number;
  maxKeys?: number;
}

/** A source that logged in to an account within this long is known to it. */
const RECENT_SUCCESS_MS = 30 * 86_400_000;
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 15 * 60_000;
/** Over this many attempts a minute on one account (times perMinute), even known devices wait a moment. */
const CEILING_FACTOR = 10;
const CEILING_DELAY_MS = 1000;

/**
 * Keeps guessing a password expensive without letting a stranger lock the owner
 * out. Every attempt is judged before the password is checked, and counted as a
 * failure until it succeeds (so parallel guesses gain nothing):
 * - per address: `perMinute` attempts, over every account (a device cookie of the
 *   account is exempt: it has its own count below);
 * - per account: `perMinute` attempts from sources the account does not know. A
 *   browser with its device cookie, or an address that logged in to it in the last
 *   30 days, is known, so a flood from elsewhere never stops the owner;
 * - per (account, source): after `perMinute` failures in a row, each further try
 *   waits twice as long as the last (1 s, 2 s, … up to 15 minutes) — also for a
 *   known device, whose cookie could have been copied;
 * - a ceiling per account (10 × perMinute a minute) past which even known devices
 *   are slowed by a second, never refused.
 * Memory is bounded (`maxKeys` per map) and each check is O(1).
 */
export class LoginThrottle {
  private readonly perAddress: RateLimiter;
  private readonly perAccount: RateLimiter;
  private readonly ceiling: RateLimiter;
  private readonly streaks: BoundedMap<string, { failures: number; nextAt: number }>;
  private readonly recentSuccess: BoundedMap<string, number>;
  private readonly now: () => number;

  constructor(private readonly options: LoginThrottleOptions) {
    this.now = options.now ?? Date.now;
    const maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
    this.perAddress = new RateLimiter(options.perMinute, 60_000, this.now, maxKeys);
    this.perAccount = new RateLimiter(options.perMinute, 60_000, this.now, maxKeys);
    this.ceiling = new RateLimiter(options.perMinute * CEILING_FACTOR, 60_000, this.now, maxKeys);
    this.streaks = new BoundedMap(maxKeys);
    this.recentSuccess = new BoundedMap(maxKeys);
  }

  /** Keys remembered, over every map: stays within five times `maxKeys`. */
  get size(): number {
    return this.perAddress.size + this.perAccount.size + this.ceiling.size + this.streaks.size + this.recentSuccess.size;
  }

  /** Whether to check this attempt's password now, after a delay, or not at all. Counts the attempt. */
  admit(account: string, source: LoginSource): Admission {
    const now = this.now();
    const streakKey = this.streakKey(account, source);
    const streak = this.streaks.get(streakKey);
    if (streak && now < streak.nextAt) return { ok: false, retryAfterSeconds: Math.ceil((streak.nextAt - now) / 1000) };

    // Every attempt on the account counts toward the ceiling, refused ones too: it measures the pressure.
    const busy = this.ceiling.add(account) > this.options.perMinute * CEILING_FACTOR;
    const limited =
      (source.device === null && this.perAddress.add(source.ip) > this.options.perMinute) ||
      (!this.knows(account, source, now) && this.perAccount.add(account) > this.options.perMinute);
    if (limited) return { ok: false, retryAfterSeconds: 60 };

    const failures = (streak?.failures ?? 0) + 1;
    const over = failures - this.options.perMinute;
    this.streaks.set(streakKey, { failures, nextAt: over > 0 ? now + Math.min(FIRST_DELAY_MS * 2 ** (over - 1), MAX_DELAY_MS) : 0 });
    return { ok: true, delayMs: busy ? CEILING_DELAY_MS : 0 };
  }

  /** The password was right: this source's streak ends, the attempt is taken back, and the address is known. */
  succeeded(account: string, source: LoginSource): void {
    const now = this.now();
    if (!this.knows(account, source, now)) this.perAccount.forgive(account);
    this.streaks.delete(this.streakKey(account, source));
    this.recentSuccess.set(`${account}\n${source.ip}`, now);
  }

  private knows(account: string, source: LoginSource, now: number): boolean {
    if (source.device !== null) return true;
    const at = this.recentSuccess.get(`${account}\n${source.ip}`);
    return at !== undefined && now - at < RECENT_SUCCESS_MS;
  }

  private streakKey(account: string, source: LoginSource): string {
    return `${account}\n${source.device === null ? `ip ${source.ip}` : `device ${source.device}`}`;
  }
}
