import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import type { SafetyCheckView } from '../contract';
import type { SafetyAnswers } from '../safety-check';

const checkKey = ['safety', 'check'] as const;
const nothingYet: SafetyCheckView = { answers: null, concern: false, offer: false };

/** My private check: read only by me, from my own device (a quick exit empties it with the rest of the cache). */
export function useSafetyCheck() {
  return useQuery({ queryKey: checkKey, queryFn: () => api.get<SafetyCheckView>('/api/safety/check') });
}

export function useAnswerSafetyCheck() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answers: SafetyAnswers) => api.put<SafetyCheckView>('/api/safety/check', { answers }),
    onSuccess: (view) => client.setQueryData(checkKey, view),
  });
}

export function useEraseSafetyCheck() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<null>('/api/safety/check'),
    onSuccess: () => client.setQueryData(checkKey, nothingYet),
  });
}

export function useDismissSafetyOffer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<null>('/api/safety/check/dismiss'),
    onSuccess: () => client.setQueryData<SafetyCheckView>(checkKey, (view) => ({ ...(view ?? nothingYet), offer: false })),
  });
}
