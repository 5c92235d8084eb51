import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimDeviceDrafts, deviceDraft, forgetDeviceDrafts } from './device-drafts';

/** A Storage over a Map (the unit tests run in Node, which has none). */
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
  // Object.keys(localStorage) lists stored keys in browsers; mirror that.
  return new Proxy(storage, { ownKeys: () => [...items.keys()], getOwnPropertyDescriptor: (_t, k) => (items.has(String(k)) ? { enumerable: true, configurable: true, value: items.get(String(k)) } : undefined) }) as Storage;
}

beforeEach(() => {
  (globalThis as { localStorage?: Storage }).localStorage = memoryStorage();
});
afterEach(() => {
  delete (globalThis as { localStorage?: Storage }).localStorage;
});

describe('device drafts', () => {
  it('keeps a person’s unsent words until they are taken', () => {
    const draft = deviceDraft('alex', 'map.m1.alex');
    expect(draft.load()).toBeNull();
    draft.save('I text again');
    expect(deviceDraft('alex', 'map.m1.alex').load()).toBe('I text again');
    draft.save(null);
    expect(draft.load()).toBeNull();
  });

  it('forgets everyone else’s when someone signs in, and everyone’s on sign-out; other app data stays', () => {
    localStorage.setItem('offbeat.theme', 'dark');
    deviceDraft('alex', 'map.m1.alex').save('a');
    deviceDraft('blair', 'map.m1.blair').save('b');
    forgetDeviceDrafts('blair');
    expect(deviceDraft('alex', 'map.m1.alex').load()).toBeNull();
    expect(deviceDraft('blair', 'map.m1.blair').load()).toBe('b');
    forgetDeviceDrafts(null);
    expect(deviceDraft('blair', 'map.m1.blair').load()).toBeNull();
    expect(localStorage.getItem('offbeat.theme')).toBe('dark');
  });

  it('lets a screen take what other screens left for the same side, and nothing else', () => {
    deviceDraft('alex', 'map.m1.alex.tab1').save('one');
    deviceDraft('alex', 'map.m1.alex.tab2').save('two');
    deviceDraft('alex', 'map.m1.blair.tab1').save('other side');
    deviceDraft('blair', 'map.m1.alex.tab3').save('other person');
    expect(claimDeviceDrafts('alex', 'map.m1.alex.').sort()).toEqual(['one', 'two']);
    expect(claimDeviceDrafts('alex', 'map.m1.alex.')).toEqual([]); // taken: gone from the device
    expect(deviceDraft('alex', 'map.m1.blair.tab1').load()).toBe('other side');
    expect(deviceDraft('blair', 'map.m1.alex.tab3').load()).toBe('other person');
  });

  it('does not fail where storage is blocked', () => {
    delete (globalThis as { localStorage?: Storage }).localStorage;
    const draft = deviceDraft('alex', 'x');
    expect(() => draft.save('words')).not.toThrow();
    expect(draft.load()).toBeNull();
    expect(() => forgetDeviceDrafts(null)).not.toThrow();
  });
});
