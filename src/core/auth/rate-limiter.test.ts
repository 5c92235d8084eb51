import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TooManyRequests } from '../errors';
import { BoundedMap, RateLimiter } from './rate-limiter';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
  it('allows the limit within a window, then answers 429 until the window ends', () => {
    const time = clock();
    const limiter = new RateLimiter(3, 60_000, time.now);
    for (let i = 0; i < 3; i++) limiter.hit('ip:1.2.3.4');
    expect(() => limiter.hit('ip:1.2.3.4')).toThrow(TooManyRequests);
    time.advance(59_999);
    expect(() => limiter.hit('ip:1.2.3.4')).toThrow(TooManyRequests);
    time.advance(1);
    expect(() => limiter.hit('ip:1.2.3.4')).not.toThrow();
  });

  it('says so kindly, with status 429 and code rate_limited', () => {
    const limiter = new RateLimiter(0, 60_000, clock().now);
    try {
      limiter.hit('ip:x');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TooManyRequests);
      expect(error).toMatchObject({ status: 429, code: 'rate_limited' });
    }
  });

  it('counts each key on its own', () => {
    const limiter = new RateLimiter(1, 60_000, clock().now);
    limiter.hit('ip:a');
    limiter.hit('ip:b');
    expect(() => limiter.hit('ip:a')).toThrow(TooManyRequests);
    expect(() => limiter.hit('account:a@example.test')).not.toThrow();
  });

  it('refuses when any of several keys is over, and counts the attempt under all of them', () => {
    const limiter = new RateLimiter(2, 60_000, clock().now);
    limiter.hit('ip:1', 'account:x');
    limiter.hit('ip:2', 'account:x');
    // A third address, same account: the account key is over its limit.
    expect(() => limiter.hit('ip:3', 'account:x')).toThrow(TooManyRequests);
    // The refused attempt still counted for ip:3 (one more allowed), and ip:1 has one left.
    expect(() => limiter.hit('ip:3')).not.toThrow();
    expect(() => limiter.hit('ip:3')).toThrow(TooManyRequests);
    expect(() => limiter.hit('ip:1')).not.toThrow();
  });

  it('matches a simple model of fixed one-minute windows for any sequence of attempts', () => {
    const step = fc.record({ key: fc.constantFrom('a', 'b', 'c'), wait: fc.integer({ min: 0, max: 30_000 }) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(step, { maxLength: 60 }), (limit, steps) => {
        const time = clock();
        const limiter = new RateLimiter(limit, 60_000, time.now);
        const windows = new Map<string, { start: number; count: number }>();
        for (const { key, wait } of steps) {
          const now = time.advance(wait);
          let w = windows.get(key);
          if (!w || now - w.start >= 60_000) windows.set(key, (w = { start: now, count: 0 }));
          w.count += 1;
          const allowed = w.count <= limit;
          let threw = false;
          try {
            limiter.hit(key);
          } catch {
            threw = true;
          }
          expect(threw).toBe(!allowed);
        }
      }),
    );
  });

  it('remembers at most maxKeys keys however many distinct ones arrive, forgetting the least recently used', () => {
    const time = clock();
    const limiter = new RateLimiter(2, 60_000, time.now, 1000);
    limiter.hit('ip:kept');
    limiter.hit('ip:kept');
    let largest = 0;
    for (let i = 0; i < 100_000; i++) {
      limiter.hit(`ip:flood-${i}`);
      // A key in use stays remembered: the flood evicts only the idle ones.
      if (i % 500 === 0) limiter.add('ip:busy');
      largest = Math.max(largest, limiter.size);
    }
    expect(largest).toBe(1000);
    expect(limiter.size).toBe(1000);
    expect(limiter.add('ip:busy')).toBeGreaterThan(2);
    // 'ip:kept' was forgotten long ago: it starts again (the price of a bound, paid by idle keys).
    expect(limiter.add('ip:kept')).toBe(1);
  });

  it('takes an attempt back with forgive, never below zero', () => {
    const limiter = new RateLimiter(1, 60_000, clock().now);
    limiter.hit('account:x');
    limiter.forgive('account:x');
    limiter.forgive('account:x');
    expect(() => limiter.hit('account:x')).not.toThrow();
    expect(() => limiter.hit('account:x')).toThrow(TooManyRequests);
  });
});

describe('BoundedMap', () => {
  it('keeps the most recently used entries within its bound', () => {
    const map = new BoundedMap<string, number>(3);
    map.set('a', 1);
    map.set('b', 2);
    map.set('c', 3);
    map.get('a');
    map.set('d', 4);
    expect([map.get('a'), map.get('b'), map.get('c'), map.get('d'), map.size]).toEqual([1, undefined, 3, 4, 3]);
  });
});
