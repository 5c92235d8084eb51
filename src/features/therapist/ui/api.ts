import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import { useLiveMessages } from '../../../core/web/live/live-provider';
import { sharedQuery } from '../../../core/web/versioned-view';
import type { ConnectAccepted, ConnectLink, ConnectPreview, ConsentChoice, ConsentHistory, Looks, MyTherapist, TherapistProfile } from '../contract';

export const therapistKeys = {
  all: ['my-therapist'] as const,
  connection: ['my-therapist', 'connection'] as const,
  history: ['my-therapist', 'history'] as const,
  looks: ['my-therapist', 'looks'] as const,
  profile: ['therapist', 'profile'] as const,
  choose: ['my-therapist', 'choose'] as const,
};

const LOOKS_PAGE = 50;

export function useMyTherapist() {
  return useQuery({ queryKey: therapistKeys.connection, queryFn: () => api.get<MyTherapist>('/api/my-therapist') });
}

export function useConsentHistory() {
  return useQuery({ queryKey: therapistKeys.history, queryFn: () => api.get<ConsentHistory>('/api/my-therapist/history') });
}

export function useLooks() {
  return useInfiniteQuery({
    queryKey: therapistKeys.looks,
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) => api.get<Looks>(`/api/my-therapist/looks?limit=${LOOKS_PAGE}${pageParam ? `&before=${pageParam}` : ''}`),
    getNextPageParam: (last) => (last.looks.length === LOOKS_PAGE ? (last.looks.at(-1)?.id ?? null) : null),
  });
}

/** The card reads afresh when the connection or a shared choice changes, on either partner's phone. */
export function useTherapistLive() {
  const client = useQueryClient();
  useLiveMessages((message) => {
    // While my own choices are on their way, the last of them reads afresh (an earlier answer would flip a toggle back).
    if (client.isMutating({ mutationKey: therapistKeys.choose }) > 0) return;
    if ((message.type === 'event' && message.event.type.startsWith('therapist.')) || message.type === 'resync') {
      void client.invalidateQueries({ queryKey: therapistKeys.all });
    }
  });
}

/** The choice as the screen shows it at once: mine flips before the server answers (and flips back if it refuses). */
export function withChoice(answer: MyTherapist | undefined, choice: ConsentChoice): MyTherapist | undefined {
  const c = answer?.connection;
  if (!c) return answer;
  const mine = <T extends { mine: boolean }>(row: T, match: boolean): T => (match ? { ...row, mine: choice.granted } : row);
  return {
    connection: {
      ...c,
      shared: c.shared.map((s) => mine(s, s.scope === choice.scope)),
      own: c.own.map((s) => mine(s, s.scope === choice.scope)),
      conversations: c.conversations.map((v) => mine(v, choice.scope === 'repair_words' && v.ruptureId === choice.subjectId)),
    },
  };
}

export function useChoose() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: therapistKeys.choose,
    mutationFn: (choice: ConsentChoice) => api.put<null>('/api/my-therapist/consent', choice),
    onMutate: async (choice) => {
      const before = client.getQueryData<MyTherapist>(therapistKeys.connection);
      // At once, before any await: a render in between would set the switch back for a frame.
      client.setQueryData(therapistKeys.connection, withChoice(before, choice));
      // A read in flight could overwrite it with an older answer: cancelled (which restores what it held), then set again.
      await client.cancelQueries({ queryKey: therapistKeys.connection });
      client.setQueryData(therapistKeys.connection, withChoice(client.getQueryData<MyTherapist>(therapistKeys.connection), choice));
      return { before };
    },
    onError: (_error, _choice, context) => client.setQueryData(therapistKeys.connection, context?.before),
    // Only the last choice in flight reads afresh: an earlier answer would flip a later toggle back.
    onSettled: () => (client.isMutating({ mutationKey: therapistKeys.choose }) === 1 ? client.invalidateQueries({ queryKey: therapistKeys.all }) : undefined),
  });
}
export function useEndConnection() {
  const client = useQueryClient();
  return useMutation({ mutationFn: () => api.post<null>('/api/my-therapist/end'), onSettled: () => client.invalidateQueries({ queryKey: therapistKeys.all }) });
}

/** A link for the space's therapist (partner) or for a couple (therapist); shown only in this tab. */
export function useMakeLink(path: '/api/my-therapist/link' | '/api/therapist/link') {
  return useMutation({ mutationFn: () => api.post<ConnectLink>(path) });
}

export function useConnectPreview(token: string | null) {
  return useQuery({
    queryKey: ['connect-preview', token],
    queryFn: () => api.post<ConnectPreview>('/api/connect/preview', { token }),
    enabled: token !== null,
    staleTime: Infinity,
    retry: false,
  });
}

export function useAcceptConnect() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => api.post<ConnectAccepted>('/api/connect/accept', { token }),
    onSuccess: () => client.invalidateQueries({ queryKey: therapistKeys.all }),
  });
}

export function useTherapistProfile() {
  return useQuery({ queryKey: therapistKeys.profile, queryFn: () => api.get<TherapistProfile>('/api/therapist/profile') });
}

export function useSaveProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: { practice: string; contact: string }) => api.patch<null>('/api/therapist/profile', change),
    onSuccess: () => client.invalidateQueries({ queryKey: therapistKeys.profile }),
  });
}

/** The other partner's name (null while the space waits for them), from the couple's one cache entry. */
export function usePartnerName() {
  return useQuery({ ...sharedQuery('/api/couple'), select: (answer) => answer.couple?.members.find((m) => !m.isMe)?.displayName ?? null }).data ?? null;
}
