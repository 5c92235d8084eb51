import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { LiveCoupleEvent, LiveMessage } from '../../../core/realtime/protocol';
import { useLiveMessages } from '../../../core/web/live/live-provider';
import { announce } from '../../../core/web/ui/announcer';
import { isQuietNow } from '../../../core/web/quiet-while';
import { pauseKey, pauseView } from './api';
import { CUES, buzz } from './body-cues';
import { copy } from './copy';
import { onClockStale, serverNow } from './server-clock';

/** A pulse older than this (replayed after a reconnect) is not felt again: it would arrive out of its moment. */
export const PULSE_FRESH_MS = 60_000;

export interface PauseEventEffect {
  /** The pause changed: re-read it (the payload carries ids, never the whole state). */
  refetch: boolean;
  /** The partner sent a "thinking of you" just now. */
  pulse: boolean;
}

const NONE: PauseEventEffect = { refetch: false, pulse: false };

/**
 * What one live event means for this device. Pure. (Pause steps are read out
 * by the couple's activity feed, in the words of activity-words.ts; a pulse is
 * not in the feed, so it is announced here.)
 */
export function pauseEventEffect(event: LiveCoupleEvent, myId: string, nowMs: number): PauseEventEffect {
  if (!event.type.startsWith('pause.')) return NONE;
  if (event.type === 'pause.pulse') {
    const byPartner = event.actorId !== null && event.actorId !== myId;
    const fresh = nowMs - Date.parse(event.createdAt) < PULSE_FRESH_MS;
    return { refetch: false, pulse: byPartner && fresh };
  }
  return { refetch: true, pulse: false };
}

/** The partner's latest "thinking of you", felt on this device (local time). */
let lastPulseAt = 0;
const pulseListeners = new Set<() => void>();

function feelPulse(): void {
  lastPulseAt = Date.now();
  for (const l of pulseListeners) l();
  // Quiet for a while: the pulse still shows on screen, silently.
  if (!isQuietNow()) buzz(CUES.pulse);
}

export function useLastPulse(): number {
  return useSyncExternalStore(
    (l) => {
      pulseListeners.add(l);
      return () => pulseListeners.delete(l);
    },
    () => lastPulseAt,
  );
}

/** Keeps the cached pause current from the live socket. Mounted once by the app shell for people in a couple space. */
export function PauseLiveSync({ myId }: { myId: string }): null {
  const client = useQueryClient();
  const connectedBefore = useRef(false);
  // Back after a while away: re-read the pause, which also renews the clock estimate.
  useEffect(() => onClockStale(() => void client.invalidateQueries({ queryKey: pauseKey })), [client]);
  useLiveMessages((message: LiveMessage) => {
    if (message.type === 'welcome' || message.type === 'resync') {
      // A reconnect — perhaps after the server restarted: the pause may have moved on meanwhile.
      // (The first connect follows the fresh load, which already read the pause.)
      if (connectedBefore.current || message.type === 'resync') void client.invalidateQueries({ queryKey: pauseKey });
      connectedBefore.current = true;
      return;
    }
    if (message.type !== 'event') return;
    const effect = pauseEventEffect(message.event, myId, serverNow());
    // Fed to the pause's clock: an answer read before this step is dropped, and news re-reads the pause.
    if (effect.refetch) pauseView.eventSeen(client, message.event.seq);
    if (effect.pulse) {
      feelPulse();
      announce(copy.live.pulse);
    }
  });
  return null;
}
