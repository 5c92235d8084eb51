import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import { VersionedView, useVersionedChange, useVersionedView } from '../../../core/web/versioned-view';
import type { SaidAndMeantChanged, SaidAndMeantList, SaidAndMeantPair } from '../contract';
import type { Topic } from '../../../core/topics';
import type { Field, Role } from '../side-doc';

/**
 * Response shapes of /api/maps*, /api/contracts* and /api/said-and-meant* (see the
 * server's routes.ts and OpenAPI), and their query hooks. No Yjs here: the
 * home card uses this file and must stay light.
 */
export type InnerField = Extract<Field, 'feeling' | 'fear' | 'longing'>;
export type Reaction = 'heart' | 'hug' | 'same' | 'thank_you';

export interface MapSummary {
  id: string;
  name: string | null;
  topic: Topic | null;
  isMain: boolean;
  createdAt: string;
}

export interface SideSnapshot {
  ownerId: string;
  isMine: boolean;
  shared: boolean;
  version: number;
  /** The whole side as a base64 Yjs update ('' before the first edit). */
  state: string;
}

export interface MapComment {
  id: string;
  sideOwnerId: string;
  field: InnerField;
  isMine: boolean;
  reaction: Reaction | null;
  text: string | null;
  createdAt: string;
}

export interface MapDetail {
  map: MapSummary;
  sides: SideSnapshot[];
  comments: MapComment[];
}

export interface HistoryEntry {
  ownerId: string;
  version: number;
  authorId: string | null;
  authorName: string | null;
  isMine: boolean;
  at: string;
}

export interface VersionPreview {
  fields: Record<Field, string>;
  roles: Partial<Record<Topic, Role>>;
}

export type Decision = 'keep' | 'renegotiate' | 'retire';
export type ContractStatus = 'open' | 'kept' | 'renegotiating' | 'retired';
export interface Mark {
  decision: Decision;
  note: string | null;
}
export interface Contract {
  id: string;
  text: string;
  proposedByMe: boolean;
  createdAt: string;
  status: ContractStatus;
  myMark: Mark | null;
  partnerMark: Mark | null;
}

/** One "when I say ___, I mean ___" pair. */
export type SaidAndMeant = SaidAndMeantPair;

/** Who is in the couple space, from /api/couple (only what the map needs). */
export interface Person {
  userId: string;
  displayName: string;
  isMe: boolean;
}

export const mapKeys = {
  all: ['pattern-map'] as const,
  list: ['pattern-map', 'maps'] as const,
  detail: (id: string) => ['pattern-map', 'map', id] as const,
  history: (id: string) => ['pattern-map', 'history', id] as const,
  version: (id: string, ownerId: string, version: number) => ['pattern-map', 'version', id, ownerId, version] as const,
  contracts: ['pattern-map', 'contracts'] as const,
  saidAndMeant: ['pattern-map', 'said-and-meant'] as const,
  people: ['pattern-map', 'people'] as const,
};

export function useMaps() {
  return useQuery({ queryKey: mapKeys.list, queryFn: () => api.get<{ maps: MapSummary[] }>('/api/maps').then((r) => r.maps) });
}

export function useMapDetail(id: string | null) {
  return useQuery({
    queryKey: mapKeys.detail(id ?? ''),
    queryFn: () => api.get<MapDetail>(`/api/maps/${id}`),
    enabled: id !== null,
  });
}

export function usePeople() {
  return useQuery({
    queryKey: mapKeys.people,
    queryFn: () =>
      api.get<{ couple: { members: Array<{ userId: string; displayName: string; isMe: boolean }> } | null }>('/api/couple').then((r) =>
        (r.couple?.members ?? []).map((m): Person => ({ userId: m.userId, displayName: m.displayName, isMe: m.isMe })),
      ),
  });
}

export function useCreateMap() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name?: string | null; topic?: Topic | null }) => api.post<MapSummary>('/api/maps', body),
    onSuccess: (map) => {
      client.setQueryData<MapSummary[]>(mapKeys.list, (maps) => (maps ? [...maps.filter((m) => m.id !== map.id), map] : [map]));
      void client.invalidateQueries({ queryKey: mapKeys.list });
    },
  });
}

export function useUpdateMap() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; name?: string | null; isMain?: true }) => api.patch<MapSummary>(`/api/maps/${id}`, body),
    onSuccess: (map) => {
      client.setQueryData<MapSummary[]>(mapKeys.list, (maps) =>
        maps?.map((m) => (m.id === map.id ? map : map.isMain ? { ...m, isMain: false } : m)),
      );
      client.setQueryData<MapDetail>(mapKeys.detail(map.id), (d) => (d ? { ...d, map } : d));
      void client.invalidateQueries({ queryKey: mapKeys.list });
    },
  });
}

export function useShareSide(mapId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<null>(`/api/maps/${mapId}/share`),
    onSuccess: () => {
      client.setQueryData<MapDetail>(mapKeys.detail(mapId), (d) => (d ? { ...d, sides: d.sides.map((s) => (s.isMine ? { ...s, shared: true } : s)) } : d));
      void client.invalidateQueries({ queryKey: mapKeys.detail(mapId) });
    },
  });
}

export function useHistory(mapId: string) {
  return useQuery({ queryKey: mapKeys.history(mapId), queryFn: () => api.get<{ versions: HistoryEntry[] }>(`/api/maps/${mapId}/history`).then((r) => r.versions) });
}

export function useVersionPreview(mapId: string, target: { ownerId: string; version: number } | null) {
  return useQuery({
    queryKey: mapKeys.version(mapId, target?.ownerId ?? '', target?.version ?? -1),
    queryFn: () => api.get<VersionPreview>(`/api/maps/${mapId}/sides/${target!.ownerId}/versions/${target!.version}`),
    enabled: target !== null,
    staleTime: Infinity,
  });
}

export function useRestore(mapId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ ownerId, version }: { ownerId: string; version: number }) => api.post<{ version: number }>(`/api/maps/${mapId}/sides/${ownerId}/restore`, { version }),
    onSuccess: () => void client.invalidateQueries({ queryKey: mapKeys.history(mapId) }),
  });
}

export function useAddComment(mapId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { sideOwnerId: string; field: InnerField; reaction?: Reaction; text?: string }) => api.post<{ id: string }>(`/api/maps/${mapId}/comments`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: mapKeys.detail(mapId) }),
  });
}

export function useRemoveComment(mapId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (commentId: string) => api.delete<null>(`/api/maps/${mapId}/comments/${commentId}`),
    onSuccess: (_r, commentId) => {
      client.setQueryData<MapDetail>(mapKeys.detail(mapId), (d) => (d ? { ...d, comments: d.comments.filter((c) => c.id !== commentId) } : d));
    },
  });
}

export function useContracts() {
  return useQuery({ queryKey: mapKeys.contracts, queryFn: () => api.get<{ contracts: Contract[] }>('/api/contracts').then((r) => r.contracts) });
}

export function useProposeContract() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.post<{ id: string }>('/api/contracts', { text }),
    onSuccess: () => void client.invalidateQueries({ queryKey: mapKeys.contracts }),
  });
}

export function useMarkContract() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, note }: { id: string; decision: Decision; note: string }) =>
      api.put<{ ok: true }>(`/api/contracts/${id}/mark`, { decision, note: note.trim() || null }),
    onSuccess: () => void client.invalidateQueries({ queryKey: mapKeys.contracts }),
  });
}

/** My pairs and my partner's shared ones, kept in seq order: an older answer never lands on a newer list. */
export const saidAndMeantView = new VersionedView<SaidAndMeantList>(mapKeys.saidAndMeant, () => api.get<SaidAndMeantList>('/api/said-and-meant'));

export function useSaidAndMeant() {
  const view = useVersionedView(saidAndMeantView);
  return { ...view, data: view.data?.pairs };
}

const withPair = (list: SaidAndMeantList, pair: SaidAndMeantPair): SaidAndMeantList => ({
  ...list,
  pairs: list.pairs.some((p) => p.id === pair.id) ? list.pairs.map((p) => (p.id === pair.id ? pair : p)) : [...list.pairs, pair],
});
const pairOf = ({ seq: _seq, ...pair }: SaidAndMeantChanged): SaidAndMeantPair => pair;

export function useAddSaidAndMeant() {
  return useVersionedChange(saidAndMeantView, {
    optimistic: (list) => list,
    send: (body: { said: string; meant: string; shared: boolean }) => api.post<SaidAndMeantChanged>('/api/said-and-meant', body),
    settle: (list, changed) => withPair(list, pairOf(changed)),
  });
}

/** The switch moves the moment it is tapped; a failure puts it back. */
export function useUpdateSaidAndMeant() {
  return useVersionedChange(saidAndMeantView, {
    optimistic: (list, { id, ...body }: { id: string; said?: string; meant?: string; shared?: boolean }) => ({
      ...list,
      pairs: list.pairs.map((p) => (p.id === id ? { ...p, ...body } : p)),
    }),
    send: ({ id, ...body }) => api.patch<SaidAndMeantChanged>(`/api/said-and-meant/${id}`, body),
    settle: (list, changed) => withPair(list, pairOf(changed)),
  });
}

export function useRemoveSaidAndMeant() {
  return useVersionedChange(saidAndMeantView, {
    optimistic: (list, id: string) => ({ ...list, pairs: list.pairs.filter((p) => p.id !== id) }),
    // A removal answers with no seq: the list is fetched again after it.
    send: (id) => api.delete<null>(`/api/said-and-meant/${id}`).then(() => ({ seq: null as number | null })),
    settle: (list, _answer, id) => ({ ...list, pairs: list.pairs.filter((p) => p.id !== id) }),
  });
}
