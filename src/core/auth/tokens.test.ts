import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csrfTokenFor, hashToken, randomToken, safeEqual } from './tokens';

describe('tokens', () => {
  it('makes URL-safe tokens of 256 random bits that do not repeat', () => {
    const tokens = Array.from({ length: 1000 }, randomToken);
    for (const token of tokens.slice(0, 20)) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('hashes with SHA-256 as lowercase hex', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('derives a CSRF token that is stable per session, distinct across sessions, and unlike the stored session id', () => {
    const token = randomToken();
    expect(csrfTokenFor(token)).toBe(csrfTokenFor(token));
    expect(csrfTokenFor(token)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(csrfTokenFor(token)).not.toBe(token);
    expect(csrfTokenFor(token)).not.toBe(Buffer.from(hashToken(token), 'hex').toString('base64url'));
    expect(csrfTokenFor(randomToken())).not.toBe(csrfTokenFor(token));
  });

  it('compares for equality, including strings of different lengths', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(safeEqual(a, b)).toBe(a === b);
        expect(safeEqual(a, a)).toBe(true);
      }),
    );
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(safeEqual('', '')).toBe(true);
  });
});
