/**
 * How quick exit behaves on this device: where it goes, and whether the app
 * leaves any history entries behind. Kept on the device only (localStorage),
 * never on the server: nobody else learns that a person set it up.
 */
export interface QuickExitPrefs {
  /** A neutral site that replaces the app (https only). */
  to: string;
  /** Each move inside the app replaces the history entry, so Back cannot walk back through it. */
  leaveNoTrail: boolean;
}

export const DEFAULT_QUICK_EXIT: QuickExitPrefs = { to: 'https://www.bbc.com/weather', leaveNoTrail: false };
const STORAGE_KEY = 'offbeat.quick-exit';

/** An https address with a host, or null: quick exit never goes anywhere else. */
export function neutralSite(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && url.hostname.includes('.') ? url.toString() : null;
  } catch {
    return null;
  }
}

export function readQuickExitPrefs(): QuickExitPrefs {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<QuickExitPrefs> | null;
    return {
      to: (typeof saved?.to === 'string' && neutralSite(saved.to)) || DEFAULT_QUICK_EXIT.to,
      leaveNoTrail: saved?.leaveNoTrail === true,
    };
  } catch {
    return DEFAULT_QUICK_EXIT;
  }
}

export function saveQuickExitPrefs(prefs: QuickExitPrefs): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(prefs));
  } catch {
    // Storage blocked: quick exit still works, with the default site.
  }
}
