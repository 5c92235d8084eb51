/**
 * The app lock of a shared device, decided without I/O: from a session's hidden time, its
 * lock and its wrong PINs, and now. Routes and the request gate only load, call and save.
 *
 * Invariants:
 * - No lock set → always open; nobody without a lock pays for any of this.
 * - Away is counted from when the page was last hidden (the client says so, see
 *   POST /api/account/app-lock/away); visible screens are never locked by idleness.
 * - Signing out wins over locking: past the sign-out time, or after too many wrong PINs,
 *   the session ends even if it was locked already.
 * - Once locked, a session stays locked until the right PIN (or it is signed out).
 */

/** Wrong PINs in a row on one session before it is signed out. */
export const MAX_UNLOCK_FAILURES = 5;

export interface AppLockSettings {
  lockAfterMinutes: number;
  /** null: never signed out for time away. */
  signOutAfterMinutes: number | null;
}

export interface SessionLockFacts {
  hiddenSince: number | null;
  lockedAt: number | null;
  unlockFailures: number;
}

export type LockState = 'open' | 'locked' | 'signed_out';

/**
 * What the session is at `now` (epoch ms). `minuteMs` is the length of a minute: 60 000,
 * except in tests that shorten it (APP_LOCK_MINUTE_MS).
 */
export function lockStateAt(
  settings: AppLockSettings | null,
  facts: SessionLockFacts,
  now: number,
  minuteMs = 60_000,
): LockState {
  if (!settings) return 'open';
  if (facts.unlockFailures >= MAX_UNLOCK_FAILURES) return 'signed_out';
  const away = facts.hiddenSince === null ? null : Math.max(0, now - facts.hiddenSince);
  if (away !== null && settings.signOutAfterMinutes !== null && away >= settings.signOutAfterMinutes * minuteMs) return 'signed_out';
  if (facts.lockedAt !== null) return 'locked';
  if (away !== null && away >= settings.lockAfterMinutes * minuteMs) return 'locked';
  return 'open';
}

/**
 * When an open session, hidden since `hiddenSince`, will next change state (lock or sign
 * out), or null when it will not by time alone. The live hub closes its sockets then.
 */
export function nextLockChangeAt(settings: AppLockSettings | null, hiddenSince: number | null, minuteMs = 60_000): number | null {
  if (!settings || hiddenSince === null) return null;
  const lock = hiddenSince + settings.lockAfterMinutes * minuteMs;
  const out = settings.signOutAfterMinutes === null ? Infinity : hiddenSince + settings.signOutAfterMinutes * minuteMs;
  return Math.min(lock, out);
}
