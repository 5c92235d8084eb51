import type { Me, SessionState } from './api';

/**
 * The last-known copies that let the calm tools open without a connection: who is signed in
 * here, and what a few screens last read (their scripts, what helps them, their journal).
 * Kept only for a partner without an app lock (the lock's PIN is checked by the server, so
 * offline nothing of theirs may show), and let go of whenever the person leaves this device:
 * signing out, a session that ended, the app lock, a quick exit, someone else signing in.
 */
const PREFIX = 'offbeat.kept.';
const PERSON = `${PREFIX}person`;

function read<T>(key: string): T | null {
  try {
    const text = localStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as T);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: offline, the screen says what needs a connection instead.
  }
}

/** After the server said who this device belongs to: remember them for offline, or forget everything. */
export function keepPerson(state: SessionState): void {
  const user = state.user;
  const keep = user?.kind === 'partner' && !state.locked && !state.appLock;
  if (!keep || keptPerson()?.id !== user.id) forgetDeviceCopies();
  if (keep) write(PERSON, user);
}

export function keptPerson(): Me | null {
  return read<Me>(PERSON);
}

/** Keeps `name`'s last answer for the kept person only. */
export function keepCopy(userId: string, name: string, data: unknown): void {
  if (keptPerson()?.id === userId) write(`${PREFIX}${userId}.${name}`, data);
}

export function keptCopy<T>(userId: string, name: string): T | null {
  return keptPerson()?.id === userId ? read<T>(`${PREFIX}${userId}.${name}`) : null;
}

/** Lets go of every kept copy on this device. */
export function forgetDeviceCopies(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    // No storage, nothing kept.
  }
}
