import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import type { TraceAnswer, TraceBody } from '../contract';

const traceKey = (pauseId: string) => ['heart', 'trace', pauseId] as const;
const path = (pauseId: string) => `/api/heart/pauses/${encodeURIComponent(pauseId)}/trace`;

/** My heart rate kept with a pause, if any (mine alone; nothing live changes it). */
export function useKeptTrace(pauseId: string) {
  return useQuery({ queryKey: traceKey(pauseId), queryFn: () => api.get<TraceAnswer>(path(pauseId)) });
}

export function useKeepTrace(pauseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TraceBody) => api.put<TraceAnswer>(path(pauseId), body),
    onSuccess: (answer) => client.setQueryData(traceKey(pauseId), answer),
  });
}

export function useDeleteTrace(pauseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<null>(path(pauseId)),
    onSuccess: () => client.setQueryData<TraceAnswer>(traceKey(pauseId), { trace: null }),
  });
}
