import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import { queryClient } from '../../../core/web/query-client';
import { refreshSession } from '../../../core/web/session';
import type { Presence } from '../../../core/realtime/protocol';

/** Response shapes of /api/couple* and /api/invites/* (see the server's routes.ts / OpenAPI). */
export interface CoupleMember {
  userId: string;
  displayName: string;
  joinedAt: string;
  isMe: boolean;
}

export interface InviteSummary {
  id: string;
  createdAt: string;
  expiresAt: string;
}

export interface CoupleSnapshot {
  id: string;
  /** The chosen name, or one made of the two people's names while none is chosen. */
  name: string;
  named: boolean;
  createdAt: string;
  /** The seq of the latest event in this couple's log when the snapshot was read. */
  headSeq: number;
  members: CoupleMember[];
  presence: Presence[];
  invite: InviteSummary | null;
}

export interface CreatedInvite extends InviteSummary {
  /** `…/join#<token>`: shown only now; the server keeps only a hash. */
  url: string;
  qrSvg: string;
  /** `lan`: made on localhost, so the link uses this computer's address on the home network. */
  reach: 'origin' | 'lan';
}

export interface ActivityItem {
  seq: number;
  type: string;
  actorId: string | null;
  /** null: the account no longer exists (a former partner). */
  actorName: string | null;
  isMe: boolean;
  payload: Record<string, unknown>;
  createdAt: string;
}

export interface ActivityPage {
  items: ActivityItem[];
}

export type ActivityData = InfiniteData<ActivityPage, number | null>;

export interface InvitePreview {
  coupleName: string;
  inviterName: string | null;
  expiresAt: string;
}

export const coupleKeys = {
  all: ['couple'] as const,
  snapshot: ['couple', 'snapshot'] as const,
  activity: ['couple', 'activity'] as const,
  /** The link of the invite made in this tab (the only time it can be shown). */
  inviteLink: ['couple', 'invite-link'] as const,
  /** Its own root: read with the snapshot, never re-read by the couple's invalidations. */
  ended: ['space-ended'] as const,
};

const ACTIVITY_PAGE = 20;

/** How the person's last space ended, said once on the screen without a space (null: nothing to say). */
export interface SpaceEnded {
  reason: 'partner_left' | 'partner_closed_account';
  partnerName: string | null;
  at: string;
}

interface CoupleAnswer {
  couple: CoupleSnapshot | null;
  ended: SpaceEnded | null;
}

function fetchCoupleAnswer(): Promise<CoupleAnswer> {
  return api.get<CoupleAnswer>('/api/couple').then((r) => {
    // One request feeds both: the snapshot and, without a space, how the last one ended.
    queryClient.setQueryData(coupleKeys.ended, r.ended);
    return r;
  });
}

function fetchCouple(): Promise<CoupleSnapshot | null> {
  return fetchCoupleAnswer().then((r) => r.couple);
}

export function useSpaceEnded() {
  // Read afresh whenever the screen without a space opens: the space may have just ended.
  return useQuery({ queryKey: coupleKeys.ended, queryFn: () => fetchCoupleAnswer().then((r) => r.ended), refetchOnMount: 'always' });
}

export function useReadSpaceEnded() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<null>('/api/couple/ended/read'),
    onSuccess: () => client.setQueryData(coupleKeys.ended, null),
  });
}

/**
 * The couple snapshot. `fresh` refetches on mount: the partner's display name
 * is not an event in the couple's log, so screens that name the partner in a
 * decision (leaving) re-read it.
 */
export function useCouple(options: { fresh?: boolean } = {}) {
  return useQuery({ queryKey: coupleKeys.snapshot, queryFn: fetchCouple, refetchOnMount: options.fresh ? 'always' : true });
}

/**
 * Where this tab's live stream starts: the snapshot's headSeq. A fresh (≤ 1 s)
 * snapshot is reused; otherwise one is fetched, so the socket never starts
 * from a seq older than what the screens show.
 */
export async function coupleCursor(): Promise<number | null> {
  const couple = await queryClient.fetchQuery({ queryKey: coupleKeys.snapshot, queryFn: fetchCouple, staleTime: 1000 });
  return couple?.headSeq ?? null;
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
  await refreshSession();
}

export function useCreateCouple() {
  return useMutation({
    mutationFn: (name: string | undefined) => api.post<{ id: string }>('/api/couple', name ? { name } : {}),
    onSuccess: membershipChanged,
  });
}

export function useRenameCouple() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.patch<null>('/api/couple', { name }),
    onSuccess: (_data, name) => {
      client.setQueryData<CoupleSnapshot | null>(coupleKeys.snapshot, (c) => (c ? { ...c, name, named: true } : c));
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
      client.setQueryData<CoupleSnapshot | null>(coupleKeys.snapshot, (c) => (c ? { ...c, invite: summary } : c));
      await client.invalidateQueries({ queryKey: coupleKeys.snapshot });
    },
  });
}

export function useRevokeInvite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (inviteId: string) => api.delete<null>(`/api/couple/invites/${inviteId}`),
    onSuccess: async () => {
      client.setQueryData(coupleKeys.inviteLink, null);
      client.setQueryData<CoupleSnapshot | null>(coupleKeys.snapshot, (c) => (c ? { ...c, invite: null } : c));
      await client.invalidateQueries({ queryKey: coupleKeys.snapshot });
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
    mutationFn: (token: string) => api.post<{ coupleId: string }>('/api/invites/accept', { token }),
    onSuccess: membershipChanged,
  });
}

export function useLeaveCouple() {
  return useMutation({
    mutationFn: () => api.post<null>('/api/couple/leave'),
    onSuccess: membershipChanged,
  });
}
