const KEY = 'offbeat.invite-token';
/** Invite tokens are 32 random bytes, base64url: 43 characters (as the server checks). */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The invite token from `/join#<token>`. It is moved out of the address bar
 * (so it is not left on screen or in history) into this tab's session storage,
 * so a reload or a detour through sign-up does not lose it.
 * Returns null when there is none, or when it cannot be a token.
 */
export function takeInviteToken(): string | null {
  const fromHash = decodeURIComponent(location.hash.replace(/^#/, '')).trim();
  if (fromHash) {
    history.replaceState(history.state, '', location.pathname + location.search);
    safeStorage()?.setItem(KEY, fromHash);
  }
  const token = fromHash || safeStorage()?.getItem(KEY) || '';
  return TOKEN.test(token) ? token : null;
}

export function forgetInviteToken(): void {
  safeStorage()?.removeItem(KEY);
}

function safeStorage(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}
