import { useQuery } from '@tanstack/react-query';
import { fetchSession, setUnauthorizedHandler, type Me, type SessionState } from './api';
import { queryClient } from './query-client';
import { showFlash } from './flash';
import { coreCopy } from './copy';
import { forgetDeviceDrafts } from './device-drafts';

export const sessionKey = ['session'] as const;

/** Who is signed in on this device (null when nobody). Every screen reads this one query. */
export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/** The signed-in person; only for screens the router shows to signed-in people. */
export function useMe(): Me {
  const { data } = useSession();
  if (!data?.user) throw new Error('useMe() used on a screen for signed-out people');
  return data.user;
}

/** After sign-up or log-in: this device now belongs to `state.user`. */
export function setSignedIn(state: SessionState): void {
  forgetDeviceDrafts(state.user?.id ?? null);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
  queryClient.setQueryData(sessionKey, state);
}

/**
 * This device is signed out (logged out here, ended elsewhere, or account deleted):
 * forget every cached answer that belonged to the person, then fetch a fresh
 * anonymous session (for its CSRF token).
 */
export async function setSignedOut(): Promise<void> {
  forgetDeviceDrafts(null);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
  queryClient.setQueryData<SessionState>(sessionKey, (old) => ({ user: null, csrfToken: old?.csrfToken ?? '' }));
  await queryClient.invalidateQueries({ queryKey: sessionKey });
}

/** Re-reads the session (e.g. after creating, joining or leaving a couple space). */
export function refreshSession(): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: sessionKey });
}

let endingSession = false;
/** The server no longer knows this device: say so once, kindly, and show the signed-out screens. */
export function onSessionEnded(): void {
  const wasSignedIn = Boolean(queryClient.getQueryData<SessionState>(sessionKey)?.user);
  if (!wasSignedIn || endingSession) return;
  endingSession = true;
  showFlash(coreCopy.loggedOutElsewhere);
  void setSignedOut().finally(() => (endingSession = false));
}

setUnauthorizedHandler(onSessionEnded);
