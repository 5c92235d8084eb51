import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import { queryClient } from '../../../core/web/query-client';
import { refreshSession } from '../../../core/web/session';
import { sharedKey, sharedQuery } from '../../../core/web/versioned-view';
import type {
  ActivityPage,
  CoupleAnswer,
  CoupleCreated,
  CoupleSnapshot,
  CreatedInvite,
  InviteAccepted,
  InvitePreview,
} from '../contract';

export type ActivityData = InfiniteData<ActivityPage, number | null>;

export const coupleKeys = {
  all: ['couple'] as const,
  /** GET /api/couple's whole answer (the snapshot, or without a space how the last one ended), shared with other features. */
  answer: sharedKey('/api/couple'),
  activity: ['couple', 'activity'] as const,
  /** The link of the invite made in this tab (the only time it can be shown). */
  inviteLink: ['couple', 'invite-link'] as const,
};

const ACTIVITY_PAGE = 20;

/** The couple's answer with its snapshot changed (nothing cached, or no space: left as it is). */
export function withSnapshot(answer: CoupleAnswer | undefined, change: (snapshot: CoupleSnapshot) => CoupleSnapshot): CoupleAnswer | undefined {
  return answer?.couple ? { ...answer, couple: change(answer.couple) } : answer;
}

export function useSpaceEnded() {
  // Read afresh whenever the screen without a space opens: the space may have just ended.
  return useQuery({ ...sharedQuery('/api/couple'), select: (answer) => answer.ended, refetchOnMount: 'always' });
}

export function useReadSpaceEnded() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<null>('/api/couple/ended/read'),
    onSuccess: () => client.setQueryData<CoupleAnswer>(coupleKeys.answer, (answer) => answer && { ...answer, ended: false }),
  });
}

/**
 * The couple snapshot. `fresh` refetches on mount: the partner's display name
 * is not an event in the couple's log, so screens that name the partner in a
 * decision (leaving) re-read it.
 */
export function useCouple(options: { fresh?: boolean } = {}) {
  return useQuery({ ...sharedQuery('/api/couple'), select: (answer) => answer.couple, refetchOnMount: options.fresh ? 'always' : true });
}

/**
 * Where this tab's live stream starts: the snapshot's headSeq. A fresh (≤ 1 s)
 * snapshot is reused; otherwise one is fetched, so the socket never starts
 * from a seq older than what the screens show.
 */
export async function coupleCursor(): Promise<number | null> {
  const answer = await queryClient.fetchQuery({ ...sharedQuery('/api/couple'), staleTime: 1000 });
  return answer.couple?.headSeq ?? null;
}

export function useActivity() {
  return useInfiniteQuery({
    queryKey: coupleKeys.activity,
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) =>
      api.get<ActivityPage>(`/api/couple/activity?limit=${ACTIVITY_PAGE}${pageParam ? `&before=${pageParam}` : ''}`),
    getNextPageParam: (last) => (last.items.length === ACTIVITY_PAGE ? (last.items[last.items.length - 1]?.seq ?? null) : null),
  });
}

/** After the couple space changed under this person (create, join, leave): re-read who they are and what they share. */
async function membershipChanged(): Promise<void> {
  queryClient.removeQueries({ queryKey: coupleKeys.all });
  queryClient.removeQueries({ queryKey: coupleKeys.answer });
  await refreshSession();
}

export function useCreateCouple() {
  return useMutation({
    mutationFn: (name: string | undefined) => api.post<CoupleCreated>('/api/couple', name ? { name } : {}),
    onSuccess: membershipChanged,
  });
}

export function useRenameCouple() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.patch<null>('/api/couple', { name }),
    onSuccess: (_data, name) => {
      client.setQueryData<CoupleAnswer>(coupleKeys.answer, (answer) => withSnapshot(answer, (c) => ({ ...c, name, named: true })));
    },
  });
}

export function useInviteLink(): CreatedInvite | undefined {
  return useQuery({
    queryKey: coupleKeys.inviteLink,
    queryFn: () => Promise.resolve(null as CreatedInvite | null),
    staleTime: Infinity,
    gcTime: Infinity,
    enabled: false,
  }).data ?? undefined;
}

export function useCreateInvite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CreatedInvite>('/api/couple/invites'),
    onSuccess: async (invite) => {
      client.setQueryData(coupleKeys.inviteLink, invite);
      const summary = { id: invite.id, createdAt: invite.createdAt, expiresAt: invite.expiresAt };
      client.setQueryData<CoupleAnswer>(coupleKeys.answer, (answer) => withSnapshot(answer, (c) => ({ ...c, invite: summary })));
      await client.invalidateQueries({ queryKey: coupleKeys.answer });
    },
  });
}

export function useRevokeInvite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (inviteId: string) => api.delete<null>(`/api/couple/invites/${inviteId}`),
    onSuccess: async () => {
      client.setQueryData(coupleKeys.inviteLink, null);
      client.setQueryData<CoupleAnswer>(coupleKeys.answer, (answer) => withSnapshot(answer, (c) => ({ ...c, invite: null })));
      await client.invalidateQueries({ queryKey: coupleKeys.answer });
    },
  });
}

export function useInvitePreview(token: string | null) {
  return useQuery({
    queryKey: ['invite-preview', token],
    queryFn: () => api.post<InvitePreview>('/api/invites/preview', { token }),
    enabled: token !== null,
    staleTime: Infinity,
    retry: false,
  });
}

export function useAcceptInvite() {
  return useMutation({
    mutationFn: (token: string) => api.post<InviteAccepted>('/api/invites/accept', { token }),
    onSuccess: membershipChanged,
  });
}

export function useLeaveCouple() {
  return useMutation({
    mutationFn: () => api.post<null>('/api/couple/leave'),
    onSuccess: membershipChanged,
  });
}
