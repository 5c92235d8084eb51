import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import type { DeskMessagesView, SendBody, SentMessage, TellView } from '../contract';

/** Not a couple view: nothing here is ever announced on the couple's socket, so it is just fetched. */
const keys = { mine: ['tell-therapist'] as const, desk: (coupleId: string) => ['tell-therapist', 'desk', coupleId] as const };

export function useTellView() {
  return useQuery({ queryKey: keys.mine, queryFn: () => api.get<TellView>('/api/tell-therapist') });
}

export function useSend() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SendBody) => api.post<SentMessage>('/api/tell-therapist/messages', body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.mine }),
  });
}

export function useDeskMessages(coupleId: string) {
  return useQuery({ queryKey: keys.desk(coupleId), queryFn: () => api.get<DeskMessagesView>(`/api/desk/couples/${coupleId}/private-messages`) });
}
