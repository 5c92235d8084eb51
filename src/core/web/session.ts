import { useQuery } from '@tanstack/react-query';
import { ApiError, fetchSession, setLockedHandler, setUnauthorizedHandler, type Me, type SessionState } from './api';
import { queryClient } from './query-client';
import { showFlash } from './flash';
import { coreCopy } from './copy';
import { forgetDeviceDrafts } from './device-drafts';
import { forgetDeviceCopies, keepCopy, keepPerson, keptCopy, keptPerson } from './device-copies';

export const sessionKey = ['session'] as const;

/** Who is signed in on this device (null when nobody). Every screen reads this one query. */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: sessionOrKept,
    staleTime: 5 * 60_000,
    // Asked even offline, and not again and again: without a connection the answer is the offline screens, at once.
    networkMode: 'always',
    retry: (failures, error) => !(error instanceof ApiError && (error.isOffline || error.status < 500)) && failures < 2,
  });
}

/** The server's answer (remembered for offline); without a connection, who this device last knew, if anyone. */
async function sessionOrKept(): Promise<SessionState> {
  try {
    const state = await fetchSession();
    keepPerson(state);
    return state;
  } catch (error) {
    const user = error instanceof ApiError && error.isOffline ? keptPerson() : null;
    if (user) return { user, csrfToken: '', offline: true };
    throw error;
  }
}

/**
 * A query's loader whose last answer stays on this device for the calm tools offline
 * (device-copies.ts): without a connection it answers with that copy, if there is one.
 */
export function keptOnDevice<T>(name: string, load: () => Promise<T>): () => Promise<T> {
  return async () => {
    const userId = queryClient.getQueryData<SessionState>(sessionKey)?.user?.id ?? null;
    try {
      const data = await load();
      if (userId) keepCopy(userId, name, data);
      return data;
    } catch (error) {
      const kept = userId && error instanceof ApiError && error.isOffline ? keptCopy<T>(userId, name) : null;
      if (kept) return kept;
      throw error;
    }
  };
}

/** The signed-in person; only for screens the router shows to signed-in people. */
export function useMe(): Me {
  const { data } = useSession();
  if (!data?.user) throw new Error('useMe() used on a screen for signed-out people');
  return data.user;
}

const leaveListeners = new Set<() => void>();
/**
 * Work a feature keeps running for the signed-in person (a side of the pattern map still
 * sending edits, say) must stop when they leave this device: a later request would go
 * out with the next person's cookie.
 */
export function onPersonLeaves(listener: () => void): () => void {
  leaveListeners.add(listener);
  return () => void leaveListeners.delete(listener);
}

function personLeaves(): void {
  for (const listener of leaveListeners) listener();
}

/** After sign-up or log-in: this device now belongs to `state.user`. */
export function setSignedIn(state: SessionState): void {
  const before = queryClient.getQueryData<SessionState>(sessionKey)?.user?.id ?? null;
  if (before !== (state.user?.id ?? null)) personLeaves();
  // Unsent words kept on this device belong to whoever typed them: nobody else's stay.
  forgetDeviceDrafts(state.user?.id ?? null);
  keepPerson(state);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
  queryClient.setQueryData(sessionKey, state);
}

/**
 * This device is signed out (logged out here, ended elsewhere, or account deleted):
 * forget every cached answer that belonged to the person, then fetch a fresh
 * anonymous session (for its CSRF token). Words they typed but could not send yet
 * stay on the device for them (their session may just have expired) until someone
 * else signs in here, or they sign out by choice (`signOutByChoice`).
 */
export async function setSignedOut(): Promise<void> {
  personLeaves();
  // What the calm tools kept for offline goes at once; only words not yet sent wait (above).
  forgetDeviceCopies();
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
  queryClient.setQueryData<SessionState>(sessionKey, (old) => ({ user: null, csrfToken: old?.csrfToken ?? '' }));
  await queryClient.invalidateQueries({ queryKey: sessionKey });
}

/** The person signed out here, ended this device's session or deleted their account: nothing of theirs stays. */
export function signOutByChoice(): Promise<void> {
  forgetDeviceDrafts(null);
  return setSignedOut();
}

/** Re-reads the session (e.g. after creating, joining or leaving a couple space). */
export function refreshSession(): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: sessionKey });
}

/**
 * This device's app lock came on (the server answered 423, the socket closed with 4423, or
 * the page came back after the lock time): every cached answer of the person is let go of,
 * as a quick exit does, and the lock screen shows. Nothing of theirs is fetched until the PIN.
 */
export function setLocked(): void {
  const old = queryClient.getQueryData<SessionState>(sessionKey);
  if (old?.locked) return;
  forgetDeviceCopies();
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
  queryClient.setQueryData<SessionState>(sessionKey, { user: null, csrfToken: old?.csrfToken ?? '', locked: true });
}

let endingSession = false;
/** The server no longer knows this device: say so once, kindly, and show the signed-out screens. */
export function onSessionEnded(): void {
  const state = queryClient.getQueryData<SessionState>(sessionKey);
  const wasSignedIn = Boolean(state?.user || state?.locked);
  if (!wasSignedIn || endingSession) return;
  endingSession = true;
  showFlash(coreCopy.loggedOutElsewhere);
  void setSignedOut().finally(() => (endingSession = false));
}

setUnauthorizedHandler(onSessionEnded);
setLockedHandler(setLocked);
