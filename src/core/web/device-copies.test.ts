import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Me } from './api';
import { forgetDeviceCopies, keepCopy, keepPerson, keptCopy, keptPerson } from './device-copies';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  const storage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, String(v)),
    removeItem: (k: string) => void items.delete(k),
    clear: () => items.clear(),
    key: (i: number) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
  return new Proxy(storage, { ownKeys: () => [...items.keys()], getOwnPropertyDescriptor: (_t, k) => (items.has(String(k)) ? { enumerable: true, configurable: true, value: items.get(String(k)) } : undefined) }) as Storage;
}

beforeEach(() => {
  (globalThis as { localStorage?: Storage }).localStorage = memoryStorage();
});
afterEach(() => {
  delete (globalThis as { localStorage?: Storage }).localStorage;
});

const alex: Me = { id: 'alex', email: 'a@example.test', displayName: 'Alex', coupleId: 'c1', kind: 'partner' };
const sam: Me = { ...alex, id: 'sam', displayName: 'Sam' };

describe('device copies for offline', () => {
  it('keeps a partner and their copies, for them only', () => {
    keepPerson({ user: alex, csrfToken: 't' });
    keepCopy('alex', 'journal', { entries: ['x'] });
    keepCopy('sam', 'journal', { entries: ['not kept: Sam is not the kept person'] });
    expect(keptPerson()).toEqual(alex);
    expect(keptCopy('alex', 'journal')).toEqual({ entries: ['x'] });
    expect(keptCopy('sam', 'journal')).toBeNull();
    // The session's token is never kept.
    expect(JSON.stringify(Object.keys(localStorage).map((k) => localStorage.getItem(k)))).not.toContain('"t"');
  });

  it.each([
    ['someone else signs in', { user: sam, csrfToken: '' }],
    ['nobody is signed in', { user: null, csrfToken: '' }],
    ['the app lock is set', { user: alex, csrfToken: '', appLock: { lockAfterMinutes: 5, signOutAfterMinutes: null } }],
    ['the app is locked', { user: null, csrfToken: '', locked: true as const }],
    ['a therapist signs in', { user: { ...sam, kind: 'therapist' as const }, csrfToken: '' }],
  ])('forgets the copies when %s', (_when, state) => {
    keepPerson({ user: alex, csrfToken: '' });
    keepCopy('alex', 'toolkit', { scripts: [] });
    keepPerson(state);
    expect(keptCopy('alex', 'toolkit')).toBeNull();
    expect(Object.keys(localStorage).filter((k) => k.includes('alex'))).toEqual([]);
  });

  it('forgets everything at once (a quick exit, signing out)', () => {
    keepPerson({ user: alex, csrfToken: '' });
    keepCopy('alex', 'journal', { entries: [] });
    localStorage.setItem('offbeat.quick-exit', 'kept: not a copy of the person');
    forgetDeviceCopies();
    expect(keptPerson()).toBeNull();
    expect(Object.keys(localStorage)).toEqual(['offbeat.quick-exit']);
  });
});
