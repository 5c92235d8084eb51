import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import { refreshSession, setSignedIn, signOutByChoice } from '../../../core/web/session';
import { showFlash } from '../../../core/web/flash';
import type { AppLockView, CheckEmail, DeviceSession, DeviceSessions, EmailChange, EmailVerified, ResetAsked, SessionState, SessionsEnded } from '../contract';
import type { Locale } from '../../../core/i18n/locales';
import { copy } from './copy';

export type { DeviceSession };

/** What /api/auth is asked with; what it answers comes from the contract. */
export interface SignupInput {
  email: string;
  password: string;
  displayName: string;
  /** A therapist's practice and contact: the account is a therapist's. */
  therapist?: { practice: string; contact: string };
}

export interface LoginInput {
  email: string;
  password: string;
}

const sessionsKey = ['account', 'sessions'] as const;

/** Signed in at once (no mail on this server), or "check your email" (the link makes the account). */
export function useSignup() {
  return useMutation({
    mutationFn: (input: SignupInput) => api.post<SessionState | CheckEmail>('/api/auth/signup', input),
    onSuccess: (state) => {
      if ('csrfToken' in state) setSignedIn(state);
    },
  });
}

export function useAskReset() {
  return useMutation({ mutationFn: (email: string) => api.post<ResetAsked>('/api/auth/password-reset', { email }) });
}

/** Every session of the account ends, this browser's too if it had one. */
export function useCompleteReset() {
  return useMutation({
    mutationFn: (input: { token: string; newPassword: string }) => api.post<null>('/api/auth/password-reset/complete', input),
    onSuccess: refreshSession,
  });
}

export function useVerifyEmail() {
  return useMutation({
    mutationFn: (token: string) => api.post<EmailVerified>('/api/auth/verify-email', { token }),
    onSuccess: (result) => (result.outcome === 'signed_up' ? setSignedIn(result) : refreshSession()),
  });
}

export function useChangeEmail() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; email: string }) => api.post<EmailChange>('/api/account/email', input),
    onSuccess: (result) => (result.next === 'changed' ? refreshSession() : undefined),
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
    queryFn: () => api.get<DeviceSessions>('/api/account/sessions').then((r) => r.sessions),
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
      api.post<SessionsEnded>('/api/account/sessions/end-all', { includeThisDevice }),
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

export interface AppLockInput {
  password: string;
  pin: string;
  lockAfterMinutes: number;
  signOutAfterMinutes: number | null;
}

export function useSetAppLock() {
  return useMutation({
    mutationFn: (input: AppLockInput) => api.put<AppLockView>('/api/account/app-lock', input),
    onSuccess: refreshSession,
  });
}

export function useRemoveAppLock() {
  return useMutation({
    mutationFn: (input: { pin: string } | { password: string }) => api.delete<null>('/api/account/app-lock', input),
    onSuccess: refreshSession,
  });
}

/** The right PIN opens this device again as the same person; 5 wrong ones sign it out (the server says 401). */
export function useUnlock() {
  return useMutation({
    mutationFn: (pin: string) => api.post<SessionState>('/api/account/app-lock/unlock', { pin }),
    onSuccess: setSignedIn,
  });
}

/** The language the account's notifications, reminders and mails are written in. */
export function saveAccountLanguage(locale: Locale): Promise<null> {
  return api.put<null>('/api/account/language', { locale });
}
