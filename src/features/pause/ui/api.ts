import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { api, ApiError } from '../../../core/web/api';
import { queryClient } from '../../../core/web/query-client';
import { randomId } from '../../../core/web/random-id';
import type { ReturnPlan, Where } from '../machine';
import type { ReturnTiming } from '../reconnect';
import { recordServerTime } from './server-clock';

export type { ReturnPlan, ReturnTiming, Where };
export type PauseStatus = 'requested' | 'active' | 'returning' | 'reconnected' | 'cancelled' | 'expired';

/** One pause as this person sees it (GET /api/pause; see the server's routes.ts). */
export interface PauseView {
  id: string;
  status: PauseStatus;
  iAmRequester: boolean;
  minutes: number;
  where: Where;
  returnPlan: ReturnPlan;
  /** The asker's words to hold on to (optional). */
  tether: string | null;
  partnerTether: string | null;
  proposedMinutes: number | null;
  proposalUsed: boolean;
  requestedAt: string;
  startedAt: string | null;
  endsAt: string | null;
  extensionsLeft: number;
  breathsPerMinute: number;
  paceAnchorAt: string | null;
  myCheckIn: { feeling: number; nextStep: ReturnPlan } | null;
  partnerCheckIn: { nextStep: ReturnPlan } | null;
  endedAt: string | null;
  onTime: boolean | null;
  returnTiming: ReturnTiming | null;
}

export interface PauseResponse {
  pause: PauseView | null;
  serverNow: string;
}

/** What this person may ask the pause to do; who asks comes from the session. */
export type PauseCommand =
  | { type: 'request'; minutes: number; where: Where; tether: string | null; returnPlan: ReturnPlan }
  | { type: 'propose'; minutes: number }
  | { type: 'accept'; tether?: string | null }
  | { type: 'cancel' }
  | { type: 'extend'; minutes: number }
  | { type: 'ready'; feeling: number; nextStep: ReturnPlan }
  | { type: 'more_time'; minutes: number; tether: string | null }
  | { type: 'pace'; breathsPerMinute: number };

export const pauseKey = ['pause'] as const;

/** Every pause answer also tells us the server's time; the request's own round trip bounds the error. */
async function timed(send: () => Promise<PauseResponse>): Promise<PauseResponse> {
  const sentAt = Date.now();
  const response = await send();
  recordServerTime(sentAt, Date.now(), response.serverNow);
  return response;
}

export function fetchPause(): Promise<PauseResponse> {
  return timed(() => api.get<PauseResponse>('/api/pause'));
}

/** The live pause, or the latest one. Kept current by the live socket (live-sync.ts), never polled. */
export function usePause() {
  return useQuery({ queryKey: pauseKey, queryFn: fetchPause, staleTime: 10_000 });
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

/** A person's usual pause, offered as one tap (GET /api/pause/usual). */
export interface UsualPause {
  minutes: number;
  where: Where;
  tether: string | null;
  returnPlan: ReturnPlan;
  /** false: our first suggestion, not yet chosen by the person. */
  chosen: boolean;
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
 * Sends one pause command. A command id is made per intent: tapping again
 * after a lost connection resends the same id, so the server acts at most once.
 */
export function usePauseCommand() {
  const client = useQueryClient();
  const pending = useRef<{ key: string; id: string } | null>(null);
  return useMutation({
    mutationFn: (command: PauseCommand) => {
      const key = JSON.stringify(command);
      if (pending.current?.key !== key) pending.current = { key, id: randomId() };
      const commandId = pending.current.id;
      return timed(() => api.post<PauseResponse>('/api/pause/commands', { commandId, command }));
    },
    onSuccess: (response) => {
      pending.current = null;
      client.setQueryData(pauseKey, response);
    },
    onError: (error) => {
      // The pause moved on (the partner answered, the clock ran out): show where it is now.
      if (error instanceof ApiError && error.status === 409) {
        pending.current = null;
        void client.invalidateQueries({ queryKey: pauseKey });
      }
    },
  });
}

/** A wordless "thinking of you" during a pause. */
export function usePulse() {
  return useMutation({ mutationFn: () => api.post<null>('/api/pause/pulse') });
}

export function refetchPause(): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: pauseKey });
}
