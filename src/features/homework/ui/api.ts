import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import { VersionedView, useVersionedChange } from '../../../core/web/versioned-view';
import type { AssignBody, DeskAssignment, DeskAssignmentsView, HomeworkView, LibraryView, ReplyBody } from '../contract';

export const homeworkKeys = { all: ['homework'] as const, mine: ['homework', 'mine'] as const, desk: (coupleId: string) => ['homework', 'desk', coupleId] as const };

/** The couple's homework, kept current by the live socket (live-sync.tsx) in seq order. */
export const homeworkView = new VersionedView<HomeworkView>(homeworkKeys.mine, () => api.get<HomeworkView>('/api/homework'));

/** Says whether I did one practice, and maybe how it went; the answer is the view as I now see it. */
export function useReply() {
  return useVersionedChange(homeworkView, {
    optimistic: (view, { id, reply }: { id: string; reply: ReplyBody }) => ({
      ...view,
      assignments: view.assignments.map((a) => (a.id === id ? { ...a, mine: { done: reply.done, howItWent: reply.howItWent ?? null, at: new Date().toISOString() } } : a)),
    }),
    send: ({ id, reply }) => api.put<HomeworkView>(`/api/homework/${id}/reply`, reply),
    settle: (_view, answer) => answer,
  });
}

// ── the therapist's desk ──
export function useLibrary() {
  return useQuery({ queryKey: ['homework', 'library'], queryFn: () => api.get<LibraryView>('/api/desk/practices'), staleTime: Infinity });
}

export function useDeskAssignments(coupleId: string) {
  return useQuery({ queryKey: homeworkKeys.desk(coupleId), queryFn: () => api.get<DeskAssignmentsView>(`/api/desk/couples/${coupleId}/assignments`) });
}

function useDeskChange<Vars, R>(coupleId: string, send: (vars: Vars) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSettled: () => client.invalidateQueries({ queryKey: homeworkKeys.desk(coupleId) }) });
}

export const useAssign = (coupleId: string) => useDeskChange(coupleId, (body: AssignBody) => api.post<DeskAssignment>(`/api/desk/couples/${coupleId}/assignments`, body));
export const useTakeBack = (coupleId: string) => useDeskChange(coupleId, (id: string) => api.delete<null>(`/api/desk/couples/${coupleId}/assignments/${id}`));
export const useCheckinBeforeSession = (coupleId: string) => useDeskChange(coupleId, (on: boolean) => api.put<null>(`/api/desk/couples/${coupleId}/checkin-before-session`, { on }));
