import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LoginThrottle, type Admission, type LoginSource } from './login-throttle';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const owner = 'owner@example.test';
const ownerPhone: LoginSource = { ip: '192.0.2.10', device: 'owner-phone-device-id' };
const stranger = (n: number): LoginSource => ({ ip: `203.0.113.${n % 250}.${Math.floor(n / 250)}`, device: null });

/** A wrong password: admitted (or not), and never followed by success. */
function guess(throttle: LoginThrottle, source: LoginSource, account = owner): Admission {
  return throttle.admit(account, source);
}

describe('LoginThrottle', () => {
  it('lets the owner in from their device while strangers fail from thousands of addresses', () => {
    const time = clock();
    const throttle = new LoginThrottle({ perMinute: 10, now: time.now });
    let refusedStrangers = 0;
    for (let i = 0; i < 5000; i++) {
      if (!guess(throttle, stranger(i)).ok) refusedStrangers++;
      time.advance(10);
    }
    // The account is cooling down for sources it does not know…
    expect(refusedStrangers).toBeGreaterThan(4900);
    expect(throttle.admit(owner, stranger(99_999)).ok).toBe(false);
    // …but the owner's device is let through, only slowed by the ceiling, never refused.
    const admission = throttle.admit(owner, ownerPhone);
    expect(admission).toEqual({ ok: true, delayMs: 1000 });
    throttle.succeeded(owner, ownerPhone);
  });

  it('lets an address that recently logged in to the account through, even without its device cookie', () => {
    const time = clock();
    const throttle = new LoginThrottle({ perMinute: 3, now: time.now });
    const home: LoginSource = { ip: '198.51.100.7', device: null };
    expect(throttle.admit(owner, home).ok).toBe(true);
    throttle.succeeded(owner, home);
    time.advance(86_400_000);
    for (let i = 0; i < 50; i++) guess(throttle, stranger(i));
    expect(throttle.admit(owner, stranger(1000)).ok).toBe(false);
    expect(throttle.admit(owner, home).ok).toBe(true);
    // A month later that address is a stranger again.
    throttle.succeeded(owner, home);
    time.advance(31 * 86_400_000);
    for (let i = 0; i < 50; i++) guess(throttle, stranger(i));
    expect(throttle.admit(owner, home).ok).toBe(false);
  });

  it('refuses a single address hammering many accounts', () => {
    const throttle = new LoginThrottle({ perMinute: 5, now: clock().now });
    const one: LoginSource = { ip: '203.0.113.66', device: null };
    const results = Array.from({ length: 8 }, (_, i) => guess(throttle, one, `victim-${i}@example.test`).ok);
    expect(results).toEqual([true, true, true, true, true, false, false, false]);
  });

  it('slows one source’s guesses at one account more and more, a copied device cookie included, and a success ends it', () => {
    const time = clock();
    const throttle = new LoginThrottle({ perMinute: 3, now: time.now });
    const copied: LoginSource = { ip: '203.0.113.9', device: 'stolen-device-id' };
    for (let i = 0; i < 3; i++) expect(guess(throttle, copied).ok).toBe(true);
    // Three free; then 1 s, 2 s, 4 s, 8 s… between tries.
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const admitted = guess(throttle, copied);
      expect(admitted.ok).toBe(true);
      const refused = guess(throttle, copied);
      expect(refused.ok).toBe(false);
      const wait = refused.ok ? 0 : refused.retryAfterSeconds;
      waits.push(wait);
      time.advance(wait * 1000);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32]);
    // The cap: never more than 15 minutes.
    for (let i = 0; i < 20; i++) {
      guess(throttle, copied);
      const refused = guess(throttle, copied);
      if (!refused.ok) {
        expect(refused.retryAfterSeconds).toBeLessThanOrEqual(900);
        time.advance(refused.retryAfterSeconds * 1000);
      }
    }
    // The owner's own device is another source: not slowed by the copy's streak.
    expect(throttle.admit(owner, ownerPhone).ok).toBe(true);
    throttle.succeeded(owner, ownerPhone);
    expect(throttle.admit(owner, ownerPhone)).toEqual({ ok: true, delayMs: expect.any(Number) });
  });

  it('counts parallel guesses before any of them is checked', () => {
    const throttle = new LoginThrottle({ perMinute: 3, now: clock().now });
    const burst = Array.from({ length: 20 }, (_, i) => throttle.admit(owner, stranger(i)).ok);
    expect(burst.filter(Boolean)).toHaveLength(3);
  });

  it('never lets a known device be refused by other sources’ failures, for any order of events', () => {
    const event = fc.oneof(
      fc.record({ kind: fc.constant('stranger' as const), n: fc.integer({ min: 0, max: 10_000 }) }),
      fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 120_000 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.array(event, { maxLength: 300 }), (perMinute, events) => {
        const time = clock();
        const throttle = new LoginThrottle({ perMinute, now: time.now, maxKeys: 50 });
        for (const e of events) {
          if (e.kind === 'wait') time.advance(e.ms);
          else guess(throttle, stranger(e.n));
        }
        const admission = throttle.admit(owner, ownerPhone);
        expect(admission.ok).toBe(true);
        throttle.succeeded(owner, ownerPhone);
      }),
    );
  });

  it('keeps its memory bounded under a flood of distinct addresses and accounts', () => {
    const throttle = new LoginThrottle({ perMinute: 10, now: clock().now, maxKeys: 500 });
    let largest = 0;
    for (let i = 0; i < 30_000; i++) {
      const source = stranger(i);
      if (throttle.admit(`someone-${i}@example.test`, source).ok && i % 3 === 0) throttle.succeeded(`someone-${i}@example.test`, source);
      largest = Math.max(largest, throttle.size);
    }
    expect(largest).toBeLessThanOrEqual(5 * 500);
    expect(largest).toBeGreaterThan(500);
  });
});
