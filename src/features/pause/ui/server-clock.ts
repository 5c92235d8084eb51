import { useEffect, useState, useSyncExternalStore } from 'react';
import { preferSample, sampleFrom, type ClockSample } from './clock';

/**
 * This tab's estimate of the server's clock (see clock.ts), fed by every
 * response that carries `serverNow`. A device whose clock is minutes off
 * still shows the same countdown and breathes in step with its partner.
 */
let sample: ClockSample | null = null;
let stale = false;
let hiddenAt: number | null = null;
const listeners = new Set<() => void>();
const staleListeners = new Set<() => void>();

export function recordServerTime(sentAt: number, receivedAt: number, serverNowIso: string): void {
  const next = sampleFrom(sentAt, receivedAt, serverNowIso);
  if (!next) return;
  const kept = preferSample(sample, next, receivedAt, stale);
  stale = false;
  if (kept === sample) return;
  sample = kept;
  for (const l of listeners) l();
}

/** Milliseconds to add to this device's clock to read the server's. */
export function clockOffset(): number {
  return sample?.offsetMs ?? 0;
}

export function serverNow(): number {
  return Date.now() + clockOffset();
}

if (typeof document !== 'undefined') {
  // A phone that was locked for a while may have slept or had its clock set: take the next sample as it comes.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') hiddenAt = Date.now();
    else if (hiddenAt !== null && Date.now() - hiddenAt > 60_000) {
      stale = true;
      for (const l of staleListeners) l();
    }
  });
}

/** Called when the estimate should be renewed (the tab was hidden a while): fetch something that carries serverNow. */
export function onClockStale(listener: () => void): () => void {
  staleListeners.add(listener);
  return () => staleListeners.delete(listener);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current offset, re-rendering when a better estimate arrives. */
export function useClockOffset(): number {
  return useSyncExternalStore(subscribe, clockOffset, clockOffset);
}

/** The server-corrected time, re-read every `intervalMs`. */
export function useServerNow(intervalMs = 250): number {
  const offset = useClockOffset();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now + offset;
}
