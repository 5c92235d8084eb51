import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { LiveCoupleEvent, LiveMessage } from '../../../core/realtime/protocol';
import { payloadString } from '../../../core/web/live/payload';
import { useLiveMessages } from '../../../core/web/live/live-provider';
import { liveNews, sharedKey } from '../../../core/web/versioned-view';
import { markReceived, signalKeys, signalListView, useSignals, type SignalList, type SignalStatus, type SignalView } from './api';

const RANK: Record<SignalStatus, number> = { sent: 0, delivered: 1, seen: 2 };

/** A signal's status only moves forward: sent → delivered → seen. */
export function advance(signal: SignalView, status: SignalStatus, at: string): SignalView {
  if (RANK[status] <= RANK[signal.status]) return signal;
  return {
    ...signal,
    status,
    deliveredAt: signal.deliveredAt ?? at,
    seenAt: status === 'seen' ? (signal.seenAt ?? at) : signal.seenAt,
  };
}

export interface SignalEventEffect {
  /** The cached list after the event (unchanged when the event needs a refetch instead). */
  list: SignalView[] | undefined;
  /** A signal we do not have yet: re-read the list. */
  refetch: boolean;
  /** The partner's new signal reached this device: say so to the server. */
  deliver: string | null;
}

/** What one live event means for the cached signals. Pure. */
export function signalEventEffect(list: SignalView[] | undefined, event: LiveCoupleEvent, myId: string): SignalEventEffect {
  const signalId = payloadString(event.payload, 'signalId');
  if (!signalId || !event.type.startsWith('signal.')) return { list, refetch: false, deliver: null };
  if (event.type === 'signal.sent') {
    const known = list?.some((s) => s.id === signalId) ?? false;
    return { list, refetch: !known, deliver: event.actorId !== myId ? signalId : null };
  }
  const status: SignalStatus | null = event.type === 'signal.delivered' ? 'delivered' : event.type === 'signal.seen' ? 'seen' : null;
  // Another tap of the same moment, or the partner's answer: the words travel by API, so re-read.
  if (!status) return { list, refetch: true, deliver: null };
  if (!list?.some((s) => s.id === signalId)) return { list, refetch: true, deliver: null };
  return { list: list.map((s) => (s.id === signalId ? advance(s, status, event.createdAt) : s)), refetch: false, deliver: null };
}

/** The partner's signals this device has not yet reported as delivered (e.g. sent while it was offline). */
export function undelivered(list: SignalView[] | undefined): string[] {
  return (list ?? []).filter((s) => !s.fromMe && s.status === 'sent').map((s) => s.id);
}

/**
 * Keeps the cached signals current from the live socket and reports the
 * partner's signals as delivered the moment they reach this device — live, in
 * the catch-up after a reconnect, or found on load. Mounted once by the shell.
 */
export function SignalLiveSync({ myId }: { myId: string }): null {
  const client = useQueryClient();
  const signals = useSignals();
  const reported = useRef(new Set<string>());
  const connectedBefore = useRef(false);

  const deliver = (id: string) => {
    if (reported.current.has(id)) return;
    reported.current.add(id);
    markReceived(id, 'delivered').catch(() => reported.current.delete(id));
  };

  useLiveMessages((message: LiveMessage) => {
    if (message.type === 'welcome' || message.type === 'resync') {
      // A reconnect: catch up. (The first connect follows the fresh load, which already has the list.)
      if (connectedBefore.current || message.type === 'resync') void client.invalidateQueries({ queryKey: signalKeys.list });
      connectedBefore.current = true;
      return;
    }
    if (message.type !== 'event') return;
    if (message.event.type.startsWith('map.')) {
      // The loop may have been (re)named on the pattern map.
      if (message.event.type === 'map.renamed' || message.event.type === 'map.main_changed' || message.event.type === 'map.created') {
        liveNews(client, sharedKey('/api/maps'), message.event.seq);
      }
      return;
    }
    if (!message.event.type.startsWith('signal.')) return;
    const effect = signalEventEffect(client.getQueryData<SignalList>(signalKeys.list)?.signals, message.event, myId);
    // Fed to the list's clock either way, so an answer read before this event never lands on top:
    // news the list lacks is fetched; a status moving forward (or my own tap, already in) shows at once.
    if (effect.refetch) signalListView.eventSeen(client, message.event.seq);
    else signalListView.applyEvent(client, message.event.seq, (view) => ({ ...view, signals: effect.list ?? view.signals }));
    // (The couple's activity feed reads the new signal out, in the words of activity-words.ts.)
    if (effect.deliver) deliver(effect.deliver);
  });

  useEffect(() => {
    for (const id of undelivered(signals.data)) deliver(id);
  });

  return null;
}
