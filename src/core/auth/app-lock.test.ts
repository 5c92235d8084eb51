import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_UNLOCK_FAILURES, lockStateAt, nextLockChangeAt, type AppLockSettings, type SessionLockFacts } from './app-lock';

const MIN = 60_000;
const t0 = Date.UTC(2026, 11, 3, 8, 0);
const lock: AppLockSettings = { lockAfterMinutes: 5, signOutAfterMinutes: 60 };
const fresh: SessionLockFacts = { hiddenSince: null, lockedAt: null, unlockFailures: 0 };

describe('lockStateAt', () => {
  it('is always open without a lock', () => {
    expect(lockStateAt(null, { hiddenSince: t0, lockedAt: t0, unlockFailures: 99 }, t0 + 1e9)).toBe('open');
  });

  it('stays open while the page is in sight, however long', () => {
    expect(lockStateAt(lock, fresh, t0 + 1000 * MIN)).toBe('open');
  });

  it('locks once hidden for the lock time, not before', () => {
    const hidden = { ...fresh, hiddenSince: t0 };
    expect(lockStateAt(lock, hidden, t0 + 5 * MIN - 1)).toBe('open');
    expect(lockStateAt(lock, hidden, t0 + 5 * MIN)).toBe('locked');
  });

  it('signs out once hidden for the sign-out time, even when locked', () => {
    expect(lockStateAt(lock, { hiddenSince: t0, lockedAt: t0 + 5 * MIN, unlockFailures: 0 }, t0 + 60 * MIN)).toBe('signed_out');
  });

  it('never signs out for time when no sign-out time is set', () => {
    expect(lockStateAt({ lockAfterMinutes: 1, signOutAfterMinutes: null }, { ...fresh, hiddenSince: t0 }, t0 + 1e9)).toBe('locked');
  });

  it('stays locked once locked, even back in sight', () => {
    expect(lockStateAt(lock, { ...fresh, lockedAt: t0 }, t0 + 1)).toBe('locked');
  });

  it('signs out after too many wrong PINs', () => {
    expect(lockStateAt(lock, { ...fresh, lockedAt: t0, unlockFailures: MAX_UNLOCK_FAILURES - 1 }, t0)).toBe('locked');
    expect(lockStateAt(lock, { ...fresh, lockedAt: t0, unlockFailures: MAX_UNLOCK_FAILURES }, t0)).toBe('signed_out');
  });

  it('honours a shortened minute (tests only)', () => {
    expect(lockStateAt({ lockAfterMinutes: 1, signOutAfterMinutes: 2 }, { ...fresh, hiddenSince: t0 }, t0 + 1000, 1000)).toBe('locked');
    expect(lockStateAt({ lockAfterMinutes: 1, signOutAfterMinutes: 2 }, { ...fresh, hiddenSince: t0 }, t0 + 2000, 1000)).toBe('signed_out');
  });

  it('treats a hidden time in the future (clock skew) as not away yet', () => {
    expect(lockStateAt(lock, { ...fresh, hiddenSince: t0 + MIN }, t0)).toBe('open');
  });
});

const settings = fc.record({
  lockAfterMinutes: fc.integer({ min: 1, max: 1440 }),
  signOutAfterMinutes: fc.option(fc.integer({ min: 1, max: 10080 }), { nil: null }),
});
const facts = fc.record({
  hiddenSince: fc.option(fc.integer({ min: t0 - 30 * 86_400_000, max: t0 }), { nil: null }),
  lockedAt: fc.option(fc.integer({ min: t0 - 30 * 86_400_000, max: t0 }), { nil: null }),
  unlockFailures: fc.integer({ min: 0, max: 10 }),
});
const later = fc.integer({ min: 0, max: 30 * 86_400_000 });
const rank = { open: 0, locked: 1, signed_out: 2 } as const;

describe('lockStateAt (properties)', () => {
  it('only moves forward as time passes: open → locked → signed out, never back', () => {
    fc.assert(
      fc.property(settings, facts, later, later, (s, f, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(rank[lockStateAt(s, f, t0 + late)]).toBeGreaterThanOrEqual(rank[lockStateAt(s, f, t0 + early)]);
      }),
    );
  });

  it('is open whenever nothing says away, locked or failed', () => {
    fc.assert(
      fc.property(settings, later, (s, at) => {
        expect(lockStateAt(s, fresh, t0 + at)).toBe('open');
      }),
    );
  });

  it('a wrong PIN never opens a session', () => {
    fc.assert(
      fc.property(settings, facts, later, (s, f, at) => {
        const before = lockStateAt(s, f, t0 + at);
        const after = lockStateAt(s, { ...f, unlockFailures: f.unlockFailures + 1 }, t0 + at);
        expect(rank[after]).toBeGreaterThanOrEqual(rank[before]);
      }),
    );
  });

  it('changes state exactly at nextLockChangeAt for an open hidden session', () => {
    fc.assert(
      fc.property(settings, fc.integer({ min: t0 - 86_400_000, max: t0 }), (s, hiddenSince) => {
        const f = { hiddenSince, lockedAt: null, unlockFailures: 0 };
        const at = nextLockChangeAt(s, hiddenSince)!;
        expect(lockStateAt(s, f, at - 1)).toBe('open');
        expect(lockStateAt(s, f, at)).not.toBe('open');
      }),
    );
  });
});
