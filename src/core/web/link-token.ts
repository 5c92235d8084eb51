/** Link tokens are 32 random bytes, base64url: 43 characters (as the server checks). */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The token of a one-time link (`/join#<token>`, `/connect#<token>`). It is moved out of the
 * address bar (so it is not left on screen or in history) into this tab's session storage under
 * `key`, so a reload or a detour through sign-up does not lose it.
 */
export function linkToken(key: string) {
  return {
    /** The token from the address, or the one kept earlier; null when there is none, or when it cannot be a token. */
    take(): string | null {
      const fromHash = decodeURIComponent(location.hash.replace(/^#/, '')).trim();
      if (fromHash) {
        history.replaceState(history.state, '', location.pathname + location.search);
        safeStorage()?.setItem(key, fromHash);
      }
      const token = fromHash || safeStorage()?.getItem(key) || '';
      return TOKEN.test(token) ? token : null;
    },
    forget(): void {
      safeStorage()?.removeItem(key);
    },
  };
}

function safeStorage(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}
