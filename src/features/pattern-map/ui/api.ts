import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import { VersionedView, sharedQuery, sharedView, useVersionedChange, useVersionedView } from '../../../core/web/versioned-view';
import type {
  Created,
  Decision,
  MapChanged,
  MapDetail,
  MapHistory,
  MapList,
  MapSummary,
  Reaction,
  SaidAndMeantChanged,
  SaidAndMeantList,
  SaidAndMeantPair,
  SideVersion,
  VersionPreview,
} from '../contract';
import type { Topic } from '../../../core/topics';
import type { CoupleMember } from '../../couple/contract';
import type { Field } from '../side-doc';

/**
 * The query hooks of /api/maps*, /api/contracts* and /api/said-and-meant*; their types come from
 * the contract. No Yjs here: the home card uses this file and must stay light.
 */
export type { Contract, ContractStatus, Decision, HistoryEntry, Mark, MapComment, MapDetail, MapSummary, Reaction, SideSnapshot, VersionPreview } from '../contract';
export type InnerField = Extract<Field, 'feeling' | 'fear' | 'longing'>;

/** One "when I say ___, I mean ___" pair. */
export type SaidAndMeant = SaidAndMeantPair;

/** Who is in the couple space, from the couple's answer (only what the map needs). */
export type Person = Pick<CoupleMember, 'userId' | 'displayName' | 'isMe'>;

export const mapKeys = {
  all: ['pattern-map'] as const,
  detail: (id: string) => ['pattern-map', 'map', id] as const,
  history: (id: string) => ['pattern-map', 'history', id] as const,
  version: (id: string, ownerId: string, version: number) => ['pattern-map', 'version', id, ownerId, version] as const,
  saidAndMeant: ['pattern-map', 'said-and-meant'] as const,
};

/** The couple's maps (shared with the signal button, which names the main loop). */
export const mapListView = sharedView('/api/maps');
/** The couple's implicit contracts (shared with repair's roles screen). */
export const contractsView = sharedView('/api/contracts');

/** One versioned view per key, made on first use: a map's detail or history keeps its clock while the app runs. */
function viewsByKey<V extends { seq: number }>(key: (id: string) => readonly string[], load: (id: string) => Promise<V>) {
  const views = new Map<string, VersionedView<V>>();
  return (id: string): VersionedView<V> => {
    let view = views.get(id);
    if (!view) {
      view = new VersionedView<V>(key(id), () => load(id));
      views.set(id, view);
    }
    return view;
  };
}

export const mapDetailView = viewsByKey(mapKeys.detail, (id) => api.get<MapDetail>(`/api/maps/${id}`));
export const mapHistoryView = viewsByKey(mapKeys.history, (id) => api.get<MapHistory>(`/api/maps/${id}/history`));

export function useMaps() {
  return useQuery({ ...mapListView.options(), select: (list) => list.maps });
}

export function useMapDetail(id: string | null) {
  return useQuery({ ...mapDetailView(id ?? '').options(), enabled: id !== null });
}

export function usePeople() {
  return useQuery({
    ...sharedQuery('/api/couple'),
    select: (answer) => (answer.couple?.members ?? []).map((m): Person => ({ userId: m.userId, displayName: m.displayName, isMe: m.isMe })),
  });
}

/** The list with a map just made or changed in it (a new main loop makes the others variants). */
export function withMap(list: MapList, map: MapSummary): MapList {
  const others = list.maps.filter((m) => m.id !== map.id).map((m) => (map.isMain ? { ...m, isMain: false } : m));
  const at = list.maps.findIndex((m) => m.id === map.id);
  return { ...list, maps: at < 0 ? [...others, map] : [...others.slice(0, at), map, ...others.slice(at)] };
}

/** A change's answer lands in the list, and its seq tells the list's clock: a read begun before it never lands on top. */
function mapChangeLanded(client: QueryClient, { seq, ...map }: MapChanged): void {
  client.setQueryData<MapList>(mapListView.queryKey, (list) => list && withMap(list, map));
  client.setQueryData<MapDetail>(mapKeys.detail(map.id), (d) => (d ? { ...d, map } : d));
  mapListView.eventSeen(client, seq);
}

export function useCreateMap() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name?: string | null; topic?: Topic | null }) => api.post<MapChanged>('/api/maps', body),
    onSuccess: (changed) => mapChangeLanded(client, changed),
  });
}

export function useUpdateMap() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; name?: string | null; isMain?: true }) => api.patch<MapChanged>(`/api/maps/${id}`, body),
    onSuccess: (changed) => mapChangeLanded(client, changed),
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
  return useQuery({ ...mapHistoryView(mapId).options(), select: (history) => history.versions });
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
    mutationFn: ({ ownerId, version }: { ownerId: string; version: number }) => api.post<SideVersion>(`/api/maps/${mapId}/sides/${ownerId}/restore`, { version }),
    onSuccess: () => void client.invalidateQueries({ queryKey: mapKeys.history(mapId) }),
  });
}

export function useAddComment(mapId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { sideOwnerId: string; field: InnerField; reaction?: Reaction; text?: string }) => api.post<Created>(`/api/maps/${mapId}/comments`, body),
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
  return useQuery({ ...contractsView.options(), select: (list) => list.contracts });
}

export function useProposeContract() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.post<Created>('/api/contracts', { text }),
    onSuccess: () => void client.invalidateQueries({ queryKey: contractsView.queryKey }),
  });
}

export function useMarkContract() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, note }: { id: string; decision: Decision; note: string }) =>
      api.put<{ ok: true }>(`/api/contracts/${id}/mark`, { decision, note: note.trim() || null }),
    onSuccess: () => void client.invalidateQueries({ queryKey: contractsView.queryKey }),
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
