/**
 * Words a person typed that the server has not taken yet, kept on this device
 * (localStorage) so closing the tab offline loses nothing. Kept per person:
 * signing out — or someone else signing in on the same device — forgets them,
 * so a shared device never shows one partner's unsent words to the other.
 */
const PREFIX = 'offbeat.unsent.';

export interface DeviceDraft {
  load(): string | null;
  /** `null`: nothing waits any more. */
  save(value: string | null): void;
}

export function deviceDraft(userId: string, name: string): DeviceDraft {
  const storageKey = `${PREFIX}${userId}.${name}`;
  return {
    load() {
      try {
        return localStorage.getItem(storageKey);
      } catch {
        return null;
      }
    },
    save(value) {
      try {
        if (value) localStorage.setItem(storageKey, value);
        else localStorage.removeItem(storageKey);
      } catch {
        // Storage full or blocked: the words still wait in memory while the tab is open.
      }
    },
  };
}

/**
 * Takes every kept draft of `userId` whose name starts with `prefix` (left by another tab,
 * or by this one before it closed): returns their values and forgets them here, since the
 * taker now keeps them under its own name.
 */
export function claimDeviceDrafts(userId: string, prefix: string): string[] {
  const start = `${PREFIX}${userId}.${prefix}`;
  try {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith(start));
    const values = keys.map((k) => localStorage.getItem(k)).filter((v): v is string => v !== null);
    for (const k of keys) localStorage.removeItem(k);
    return values;
  } catch {
    return [];
  }
}

/** Forgets every kept draft except `keepFor`'s (null: everyone's). */
export function forgetDeviceDrafts(keepFor: string | null): void {
  try {
    for (const storageKey of Object.keys(localStorage)) {
      if (storageKey.startsWith(PREFIX) && (keepFor === null || !storageKey.startsWith(`${PREFIX}${keepFor}.`))) localStorage.removeItem(storageKey);
    }
  } catch {
    // No storage, nothing kept.
  }
}
