import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LiveMessage } from '../../realtime/protocol';
import { onSessionEnded, refreshSession, setLocked } from '../session';
import { forgetViewClocks } from '../versioned-view';
import { LiveClient, type LiveStatus } from './live-client';

type Listener = (message: LiveMessage) => void;

interface LiveContextValue {
  status: LiveStatus;
  subscribe(listener: Listener): () => void;
}

const LiveContext = createContext<LiveContextValue | null>(null);

interface LiveProviderProps {
  /** Connect only while someone is signed in; a new user id means a new connection. */
  userId: string | null;
  /** Where a fresh stream starts (the couple snapshot's headSeq). */
  cursor: () => Promise<number | null>;
  children: ReactNode;
}

/**
 * Owns the one live socket of this tab. Features subscribe to its messages
 * and update the query cache; screens read the cache and re-render.
 */
export function LiveProvider({ userId, cursor, children }: LiveProviderProps) {
  const listeners = useRef(new Set<Listener>());
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const cursorRef = useRef(cursor);
  cursorRef.current = cursor;

  useEffect(() => {
    // Another person, or (below) another space: seqs now count from another couple's start.
    forgetViewClocks();
    if (!userId) return;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/live`;
    const client = new LiveClient({
      url,
      handlers: {
        cursor: () => cursorRef.current(),
        onMessage: (m) => listeners.current.forEach((l) => l(m)),
        onSessionEnded,
        onLocked: setLocked,
        onMembershipChanged: () => {
          forgetViewClocks();
          void refreshSession();
        },
        onStatus: setStatus,
      },
    });
    // Offline, the socket is let go at once rather than after a missed ping: the banner says so
    // right away, and coming back online reconnects from the last seq, catching up on what was missed.
    if (navigator.onLine) client.start();
    else setStatus('waiting');
    const online = () => {
      client.start();
      client.nudge();
    };
    const offline = () => {
      client.stop();
      setStatus('waiting');
    };
    const onVisible = () => document.visibilityState === 'visible' && client.nudge();
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      document.removeEventListener('visibilitychange', onVisible);
      client.stop();
    };
  }, [userId]);

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);
  const value = useMemo(() => ({ status, subscribe }), [status, subscribe]);

  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

function useLive(): LiveContextValue {
  const live = useContext(LiveContext);
  if (!live) throw new Error('useLive needs <LiveProvider>');
  return live;
}

/** Calls `listener` for every message from the server while the component is mounted. */
export function useLiveMessages(listener: Listener): void {
  const { subscribe } = useLive();
  const ref = useRef(listener);
  ref.current = listener;
  useEffect(() => subscribe((m) => ref.current(m)), [subscribe]);
}

/** 'open' while live updates flow; 'connecting' / 'waiting' while the socket is being (re)established. */
export function useLiveStatus(): LiveStatus {
  return useLive().status;
}
