/**
 * This device's memory of the person's "quiet for a while" (Settings → At your own pace), so
 * in-app cues that would buzz (a partner's pulse) stay silent until it ends. The server is what
 * keeps pushes away; this only spares the vibration of an item that arrives in the open app.
 */
const KEY = 'offbeat.quietUntil';

export function rememberQuietUntil(iso: string | null): void {
  try {
    if (iso) localStorage.setItem(KEY, iso);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the cue simply buzzes as before.
  }
}

export function isQuietNow(nowMs = Date.now()): boolean {
  try {
    const until = Date.parse(localStorage.getItem(KEY) ?? '');
    return Number.isFinite(until) && until > nowMs;
  } catch {
    return false;
  }
}
