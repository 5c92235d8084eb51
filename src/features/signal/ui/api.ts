import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { api } from '../../../core/web/api';
import { queryClient } from '../../../core/web/query-client';
import { randomId } from '../../../core/web/random-id';
import { sharedView } from '../../../core/web/versioned-view';
import type { AnswerKind, Need, PresetAnswer } from '../copy';

export type { AnswerKind, Need, PresetAnswer };
export type SignalStatus = 'sent' | 'delivered' | 'seen';

/** One "we're doing the thing" as this person sees it (see the server's routes.ts). */
export interface SignalView {
  id: string;
  fromMe: boolean;
  /** Only what the sender chose; null when they just tapped. */
  need: Need | null;
  note: string | null;
  createdAt: string;
  /** Repeated taps in one moment fold into one signal. */
  taps: number;
  lastTappedAt: string;
  status: SignalStatus;
  deliveredAt: string | null;
  seenAt: string | null;
  answer: { kind: AnswerKind; text: string | null; at: string } | null;
  /** Whether I put this card away (only ever my own choice). */
  putAway: boolean;
}

export const signalKeys = {
  list: ['signals'] as const,
};

export function useSignals(enabled = true) {
  return useQuery({
    queryKey: signalKeys.list,
    queryFn: () => api.get<{ signals: SignalView[] }>('/api/signals?limit=10').then((r) => r.signals),
    staleTime: 30_000,
    enabled,
  });
}

/**
 * The name the couple gave their loop on the main pattern map, or null: read from the pattern
 * map's own list (one cache entry). The name is a nicety: without it (or when the list cannot be
 * read) the button says "We're doing the thing".
 */
export function useLoopName(enabled = true) {
  return useQuery({
    ...sharedView('/api/maps').options(),
    enabled,
    select: (list) => list.maps.find((m) => m.isMain)?.name?.trim() || null,
    staleTime: 5 * 60_000,
  });
}

/** Puts a newer view of one signal into the cached list (or at its top). */
export function upsertSignal(list: SignalView[] | undefined, signal: SignalView): SignalView[] {
  const rest = (list ?? []).filter((s) => s.id !== signal.id);
  return [signal, ...rest].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function keep(signal: SignalView): SignalView {
  queryClient.setQueryData<SignalView[]>(signalKeys.list, (list) => upsertSignal(list, signal));
  return signal;
}

/**
 * Sends the signal (or one more tap of it: the server folds taps of one
 * moment together). One client id per intent: tapping again after a lost
 * connection resends the same id, so the partner gets it once.
 */
export function useSendSignal() {
  const client = useQueryClient();
  const pending = useRef<{ key: string; id: string } | null>(null);
  return useMutation({
    mutationFn: ({ need, note }: { need: Need | null; note: string | null }) => {
      const key = JSON.stringify([need, note]);
      if (pending.current?.key !== key) pending.current = { key, id: randomId() };
      return api.post<SignalView>('/api/signals', { clientId: pending.current.id, need, note });
    },
    onSuccess: (signal) => {
      pending.current = null;
      client.setQueryData<SignalView[]>(signalKeys.list, (list) => upsertSignal(list, signal));
    },
  });
}

/** The partner's one answer to a signal: a preset, or their own words. */
export function useAnswerSignal(id: string) {
  return useMutation({
    mutationFn: (answer: { kind: AnswerKind; text?: string | null }) => api.post<SignalView>(`/api/signals/${id}/answer`, answer).then(keep),
  });
}

/** Puts the card away on my screens; the other person is not told. */
export function usePutAway() {
  return useMutation({ mutationFn: (id: string) => api.post<SignalView>(`/api/signals/${id}/put-away`).then(keep) });
}

/** This device says the partner's signal reached it (delivered) or was looked at (seen). */
export async function markReceived(id: string, step: 'delivered' | 'seen'): Promise<void> {
  keep(await api.post<SignalView>(`/api/signals/${id}/${step}`));
}
