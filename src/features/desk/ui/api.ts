import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import type { CoupleOverview, DeskConversations, DeskMapView, DeskView, NewNoteBody, NoteList, NoteView, PrepView, SessionsView } from '../contract';

export type { CoupleOverview, DeskConversations, DeskMapView, DeskView, NoteView, PrepView };

const zone = () => encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');

/** Every desk query of one couple sits under ['desk', 'couple', id]: a consent change refetches them together. */
export const deskKeys = {
  all: ['desk'] as const,
  list: ['desk', 'list'] as const,
  couple: (id: string) => ['desk', 'couple', id] as const,
  overview: (id: string) => ['desk', 'couple', id, 'overview'] as const,
  map: (id: string) => ['desk', 'couple', id, 'map'] as const,
  conversations: (id: string) => ['desk', 'couple', id, 'conversations'] as const,
  prep: (id: string) => ['desk', 'couple', id, 'prep'] as const,
  notes: (id: string) => ['desk', 'couple', id, 'notes'] as const,
};

// Each look goes on the couple's record, so the desk reads when opened and when told something changed, never on a timer.
export const useDesk = () => useQuery({ queryKey: deskKeys.list, queryFn: () => api.get<DeskView>(`/api/desk?tz=${zone()}`), staleTime: 0 });
export const useCoupleOverview = (id: string) =>
  useQuery({ queryKey: deskKeys.overview(id), queryFn: () => api.get<CoupleOverview>(`/api/desk/couples/${id}?tz=${zone()}`), staleTime: 0 });
export const useCoupleMap = (id: string, enabled: boolean) =>
  useQuery({ queryKey: deskKeys.map(id), queryFn: () => api.get<DeskMapView>(`/api/desk/couples/${id}/map`), enabled, staleTime: 0 });
export const useConversations = (id: string) =>
  useQuery({ queryKey: deskKeys.conversations(id), queryFn: () => api.get<DeskConversations>(`/api/desk/couples/${id}/conversations`), staleTime: 0 });
export const usePrep = (id: string) => useQuery({ queryKey: deskKeys.prep(id), queryFn: () => api.get<PrepView>(`/api/desk/couples/${id}/prep?tz=${zone()}`), staleTime: 0 });
export const useNotes = (id: string) =>
  useQuery({ queryKey: deskKeys.notes(id), queryFn: () => api.get<NoteList>(`/api/desk/notes?coupleId=${id}`), staleTime: 30_000 });

export function useSaveSessions(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { lastSessionAt?: string | null; nextSessionAt?: string | null }) => api.put<SessionsView>(`/api/desk/couples/${id}/sessions`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: deskKeys.all }),
  });
}

export function useNoteActions(coupleId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: deskKeys.notes(coupleId) });
  return {
    add: useMutation({ mutationFn: (body: NewNoteBody) => api.post<NoteView>('/api/desk/notes', body), onSuccess: refresh }),
    edit: useMutation({ mutationFn: ({ id, ...body }: { id: string; text?: string; sessionOn?: string | null }) => api.patch<NoteView>(`/api/desk/notes/${id}`, body), onSuccess: refresh }),
    remove: useMutation({ mutationFn: (id: string) => api.delete<null>(`/api/desk/notes/${id}`), onSuccess: refresh }),
  };
}
