import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusClass } from '../metrics';
import { bearerMatches } from './ops';

const token = fc.stringMatching(/^[A-Za-z0-9._~+/-]{16,64}$/);

describe('bearerMatches', () => {
  it('accepts exactly `Bearer <token>`', () => {
    fc.assert(fc.property(token, (t) => bearerMatches(`Bearer ${t}`, t) && bearerMatches(`bearer ${t}`, t)));
  });

  it('refuses any other token, a missing header, another scheme or extra words', () => {
    fc.assert(fc.property(token, token, (t, other) => other === t || !bearerMatches(`Bearer ${other}`, t)));
    fc.assert(fc.property(token, (t) => !bearerMatches(`Bearer ${t}x`, t) && !bearerMatches(`Bearer ${t.slice(1)}`, t)));
    expect(bearerMatches(undefined, 'a-token-of-sixteen')).toBe(false);
    expect(bearerMatches('', 'a-token-of-sixteen')).toBe(false);
    expect(bearerMatches('Basic a-token-of-sixteen', 'a-token-of-sixteen')).toBe(false);
    expect(bearerMatches('Bearer a-token-of-sixteen extra', 'a-token-of-sixteen')).toBe(false);
    expect(bearerMatches('a-token-of-sixteen', 'a-token-of-sixteen')).toBe(false);
  });
});

describe('statusClass', () => {
  it('keeps only the hundreds, so the label has five values', () => {
    expect([101, 200, 204, 302, 404, 429, 500, 503].map(statusClass)).toEqual(['1xx', '2xx', '2xx', '3xx', '4xx', '4xx', '5xx', '5xx']);
    expect(statusClass(0)).toBe('other');
    expect(statusClass(600)).toBe('other');
  });
});
