import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { api, ApiError } from '../../../core/web/api';
import { queryClient } from '../../../core/web/query-client';
import { randomId } from '../../../core/web/random-id';
import { VersionedView, useVersionedChange, useVersionedView } from '../../../core/web/versioned-view';
import type { PauseAnswer, PauseView, UsualPause } from '../contract';
import type { ReturnPlan, Where } from '../machine';
import type { ReturnTiming } from '../reconnect';
import { recordServerTime } from './server-clock';

export type { PauseView, ReturnPlan, ReturnTiming, UsualPause, Where };
export type PauseStatus = PauseView['status'];

/** What this person may ask the pause to do; who asks comes from the session. */
export type PauseCommand =
  | { type: 'request'; minutes: number; where: Where; tether: string | null; returnPlan: ReturnPlan }
  | { type: 'propose'; minutes: number }
  | { type: 'accept'; tether?: string | null }
  | { type: 'cancel' }
  | { type: 'not_now' }
  | { type: 'extend'; minutes: number }
  | { type: 'ready'; feeling: number; nextStep: ReturnPlan }
  | { type: 'more_time'; minutes: number; tether: string | null }
  | { type: 'pace'; breathsPerMinute: number };

export const pauseKey = ['pause'] as const;

/** Every pause answer also tells us the server's time; the request's own round trip bounds the error. */
async function timed(send: () => Promise<PauseAnswer>): Promise<PauseAnswer> {
  const sentAt = Date.now();
  const response = await send();
  recordServerTime(sentAt, Date.now(), response.serverNow);
  return response;
}

/**
 * The live pause, or the latest one, kept in seq order: an answer read before a step the socket
 * already delivered (or before this person's own step settled) is fetched again, never shown.
 * Kept current by the live socket (live-sync.ts), never polled.
 */
export const pauseView = new VersionedView<PauseAnswer>(pauseKey, () => timed(() => api.get<PauseAnswer>('/api/pause')), { staleTime: 10_000 });

export function usePause() {
  return useVersionedView(pauseView);
}

export type LivePause = PauseView & { status: 'requested' | 'active' | 'returning' };

export function isLivePause(pause: PauseView | null | undefined): pause is LivePause {
  return !!pause && (pause.status === 'requested' || pause.status === 'active' || pause.status === 'returning');
}

/**
 * Until when the latest pause takes the place of the moment's signals: while it is live,
 * for ever (Infinity); once over, its end; null when there has been none. Pure.
 */
export function pauseCoversUntil(pause: PauseView | null | undefined): number | null {
  if (!pause) return null;
  if (isLivePause(pause)) return Infinity;
  return Date.parse(pause.endedAt ?? pause.requestedAt);
}

// Its own root, so the live pause's invalidations (['pause']) never re-read it.
export const usualPauseKey = ['usual-pause'] as const;

export function useUsualPause(enabled = true) {
  return useQuery({ queryKey: usualPauseKey, queryFn: () => api.get<UsualPause>('/api/pause/usual'), staleTime: 10 * 60_000, enabled });
}

export function useSaveUsualPause() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (usual: Omit<UsualPause, 'chosen'>) => api.put<UsualPause>('/api/pause/usual', usual),
    onSuccess: (saved) => client.setQueryData(usualPauseKey, saved),
  });
}

/**
 * Sends one pause command; its answer lands in the pause view in seq order (a failure, such as
 * a 409 because the pause moved on, re-reads where it is now). A command id is made per intent:
 * tapping again after a lost connection resends the same id, so the server acts at most once.
 */
export function usePauseCommand() {
  const pending = useRef<{ key: string; id: string } | null>(null);
  return useVersionedChange(pauseView, {
    // A step shows once the server took it: both screens move together.
    optimistic: (answer) => answer,
    send: async (command: PauseCommand) => {
      const key = JSON.stringify(command);
      if (pending.current?.key !== key) pending.current = { key, id: randomId() };
      const commandId = pending.current.id;
      try {
        const answer = await timed(() => api.post<PauseAnswer>('/api/pause/commands', { commandId, command }));
        pending.current = null;
        return answer;
      } catch (error) {
        // The pause moved on (the partner answered, the clock ran out): this intent is spent.
        if (error instanceof ApiError && error.status === 409) pending.current = null;
        throw error;
      }
    },
    settle: (_before, answer) => answer,
  });
}

/** A wordless "thinking of you" during a pause. */
export function usePulse() {
  return useMutation({ mutationFn: () => api.post<null>('/api/pause/pulse') });
}

export function refetchPause(): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: pauseKey });
}
