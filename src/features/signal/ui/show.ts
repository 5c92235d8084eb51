import type { SignalView } from './api';

/** A signal is about a moment; after this long its card and status step aside. */
export const SIGNAL_RECENT_MS = 2 * 60 * 60 * 1000;

/** The partner's newest recent signal this person has not put away, or null. Pure. */
export function incomingToShow(list: SignalView[] | undefined, nowMs: number, dismissed: ReadonlySet<string>): SignalView | null {
  const recent = (list ?? []).filter((s) => !s.fromMe && !dismissed.has(s.id) && nowMs - Date.parse(s.createdAt) < SIGNAL_RECENT_MS);
  return recent.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
}

/** My own newest recent signal, whose status (sent / delivered / seen) the home screen shows. Pure. */
export function latestOwn(list: SignalView[] | undefined, nowMs: number): SignalView | null {
  const mine = (list ?? []).filter((s) => s.fromMe && nowMs - Date.parse(s.createdAt) < SIGNAL_RECENT_MS);
  return mine.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
}
