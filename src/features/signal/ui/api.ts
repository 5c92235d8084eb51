import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { api } from '../../../core/web/api';
import { queryClient } from '../../../core/web/query-client';
import { randomId } from '../../../core/web/random-id';
import { VersionedView, sharedView, useVersionedChange, useVersionedView } from '../../../core/web/versioned-view';
import type { SignalChanged, SignalList, SignalView } from '../contract';
import type { AnswerKind, Need, PresetAnswer } from '../copy';

export type { AnswerKind, Need, PresetAnswer, SignalList, SignalView };
export type SignalStatus = SignalView['status'];

export const signalKeys = {
  list: ['signals'] as const,
};

/**
 * The couple's recent signals, kept in seq order: an answer read before a step the socket already
 * delivered (or before this person's own change settled) is fetched again, never shown.
 */
export const signalListView = new VersionedView<SignalList>(signalKeys.list, () => api.get<SignalList>('/api/signals?limit=10'), { staleTime: 30_000 });

export function useSignals() {
  const view = useVersionedView(signalListView);
  return { ...view, data: view.data?.signals };
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

/** A changed signal's answer lands in the list; the list keeps the seq it was read at (see ViewClock). */
function settleSignal(view: SignalList, { seq: _seq, ...signal }: SignalChanged): SignalList {
  return { ...view, signals: upsertSignal(view.signals, signal) };
}

/** A signal change shows once the server took it (both screens move together). */
function signalChange<Vars>(send: (vars: Vars) => Promise<SignalChanged>) {
  return { optimistic: (view: SignalList) => view, send, settle: settleSignal };
}

/**
 * Sends the signal (or one more tap of it: the server folds taps of one
 * moment together). One client id per intent: tapping again after a lost
 * connection resends the same id, so the partner gets it once.
 */
export function useSendSignal() {
  const pending = useRef<{ key: string; id: string } | null>(null);
  return useVersionedChange(
    signalListView,
    signalChange(async ({ need, note }: { need: Need | null; note: string | null }) => {
      const key = JSON.stringify([need, note]);
      if (pending.current?.key !== key) pending.current = { key, id: randomId() };
      const signal = await api.post<SignalChanged>('/api/signals', { clientId: pending.current.id, need, note });
      pending.current = null;
      return signal;
    }),
  );
}

/** The partner's one answer to a signal: a preset, or their own words. */
export function useAnswerSignal(id: string) {
  return useVersionedChange(
    signalListView,
    signalChange((answer: { kind: AnswerKind; text?: string | null }) => api.post<SignalChanged>(`/api/signals/${id}/answer`, answer)),
  );
}

/** Puts the card away on my screens; the other person is not told. */
export function usePutAway() {
  return useVersionedChange(
    signalListView,
    signalChange((id: string) => api.post<SignalChanged>(`/api/signals/${id}/put-away`)),
  );
}

/** This device says the partner's signal reached it (delivered) or was looked at (seen). */
export async function markReceived(id: string, step: 'delivered' | 'seen'): Promise<void> {
  const change = signalListView.begin((view) => view);
  await signalListView.finish(queryClient, change, () => api.post<SignalChanged>(`/api/signals/${id}/${step}`), settleSignal);
}
