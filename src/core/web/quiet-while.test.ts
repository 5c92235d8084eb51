import { afterEach, describe, expect, it, vi } from 'vitest';
import { isQuietNow, rememberQuietUntil } from './quiet-while';

describe('quiet for a while, on this device', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is quiet until the remembered time, and not after or once forgotten', () => {
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v), removeItem: (k: string) => store.delete(k) });
    const now = Date.UTC(2026, 11, 3, 8, 0);
    expect(isQuietNow(now)).toBe(false);
    rememberQuietUntil(new Date(now + 60_000).toISOString());
    expect(isQuietNow(now)).toBe(true);
    expect(isQuietNow(now + 61_000)).toBe(false);
    rememberQuietUntil(null);
    expect(isQuietNow(now)).toBe(false);
  });

  it('is never quiet where storage is refused', () => {
    vi.stubGlobal('localStorage', { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => {} });
    rememberQuietUntil('2999-01-01T00:00:00Z');
    expect(isQuietNow()).toBe(false);
  });
});
