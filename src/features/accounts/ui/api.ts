import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type SessionState } from '../../../core/web/api';
import { refreshSession, setSignedIn, signOutByChoice } from '../../../core/web/session';
import { showFlash } from '../../../core/web/flash';
import { copy } from './copy';

/** Request and response shapes of /api/auth and /api/account (see the server's routes.ts / OpenAPI). */
export interface SignupInput {
  email: string;
  password: string;
  displayName: string;
}

export interface LoginInput {
  email: string;
  password: string;
}

export interface DeviceSession {
  id: string;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

const sessionsKey = ['account', 'sessions'] as const;

export function useSignup() {
  return useMutation({
    mutationFn: (input: SignupInput) => api.post<SessionState>('/api/auth/signup', input),
    onSuccess: setSignedIn,
  });
}

export function useLogin() {
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<SessionState>('/api/auth/login', input),
    onSuccess: setSignedIn,
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: () => api.post<null>('/api/auth/logout'),
    onSuccess: () => signOutByChoice(),
  });
}

export function useRenameMe() {
  return useMutation({
    mutationFn: (displayName: string) => api.patch<null>('/api/account', { displayName }),
    onSuccess: refreshSession,
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => api.post<null>('/api/account/password', input),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useDeviceSessions() {
  return useQuery({
    queryKey: sessionsKey,
    queryFn: () => api.get<{ sessions: DeviceSession[] }>('/api/account/sessions').then((r) => r.sessions),
  });
}

export function useEndSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (session: DeviceSession) => api.delete<null>(`/api/account/sessions/${session.id}`),
    onSuccess: (_data, session) => (session.current ? signOutByChoice() : client.invalidateQueries({ queryKey: sessionsKey })),
  });
}

export function useEndAllSessions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (includeThisDevice: boolean) =>
      api.post<{ ended: number }>('/api/account/sessions/end-all', { includeThisDevice }),
    onSuccess: (_data, includeThisDevice) =>
      includeThisDevice ? signOutByChoice() : client.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useDeleteAccount() {
  return useMutation({
    mutationFn: (password: string) => api.delete<null>('/api/account', { password }),
    onSuccess: () => {
      showFlash(copy.settings.deleteAccount.done);
      return signOutByChoice();
    },
  });
}
