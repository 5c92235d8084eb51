import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import type { NotificationPrefs, PushKey, SharingPrefsUpdate, SharingPrefsView } from '../contract';
import type { SubscriptionBody } from './push-helpers';

export type { NotificationPrefs, SharingPrefsUpdate, SharingPrefsView };

export const notificationKeys = {
  prefs: ['notifications', 'prefs'] as const,
  sharing: ['notifications', 'sharing'] as const,
};

export function useSharing() {
  return useQuery({ queryKey: notificationKeys.sharing, queryFn: () => api.get<SharingPrefsView>('/api/notifications/sharing') });
}

export function useSaveSharing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (update: SharingPrefsUpdate) => api.put<SharingPrefsView>('/api/notifications/sharing', update),
    onSuccess: (prefs) => client.setQueryData(notificationKeys.sharing, prefs),
  });
}

export function usePrefs() {
  return useQuery({ queryKey: notificationKeys.prefs, queryFn: () => api.get<NotificationPrefs>('/api/notifications/prefs') });
}

export function useSavePrefs() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (prefs: NotificationPrefs) => api.put<NotificationPrefs>('/api/notifications/prefs', prefs),
    onSuccess: (prefs) => client.setQueryData(notificationKeys.prefs, prefs),
  });
}

export function fetchPushKey(): Promise<string> {
  return api.get<PushKey>('/api/push/key').then((r) => r.publicKey);
}

export function saveSubscription(body: SubscriptionBody): Promise<null> {
  return api.post<null>('/api/push/subscriptions', body);
}

export function forgetSubscription(endpoint: string): Promise<null> {
  return api.delete<null>('/api/push/subscriptions', { endpoint });
}
