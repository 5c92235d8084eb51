import type { SignalView } from './api';

/**
 * Which signal cards a screen shows, as pure rules. A signal is about one
 * moment: its card is answered, put away, or replaced by the pause it led to,
 * and after a while it steps aside by itself. It never sits above a running
 * pause, nor on every screen for hours. Only each side's newest signal is
 * ever shown: an older one never resurfaces.
 */

/** After this long without a new tap (or after an answer), a card steps aside. */
export const CARD_MS = 30 * 60 * 1000;

export interface MomentContext {
  nowMs: number;
  /**
   * The couple's latest pause takes the place of every signal tapped before it ended:
   * its end time, Infinity while it is live, null when there was none.
   */
  pauseCoversUntil: number | null;
}

function replacedByPause(signal: SignalView, ctx: MomentContext): boolean {
  return ctx.pauseCoversUntil !== null && Date.parse(signal.lastTappedAt) <= ctx.pauseCoversUntil;
}

function newest(list: SignalView[] | undefined, fromMe: boolean): SignalView | null {
  return (list ?? []).filter((s) => s.fromMe === fromMe).sort((a, b) => b.lastTappedAt.localeCompare(a.lastTappedAt))[0] ?? null;
}

/** The partner's signal waiting for this person, or null. */
export function incomingToShow(list: SignalView[] | undefined, ctx: MomentContext): SignalView | null {
  const signal = newest(list, false);
  if (!signal || signal.answer || signal.putAway || replacedByPause(signal, ctx)) return null;
  return ctx.nowMs - Date.parse(signal.lastTappedAt) < CARD_MS ? signal : null;
}

/** My own signal of this moment (waiting, or answered), or null. */
export function ownToShow(list: SignalView[] | undefined, ctx: MomentContext): SignalView | null {
  const signal = newest(list, true);
  if (!signal || signal.putAway || replacedByPause(signal, ctx)) return null;
  const since = Date.parse(signal.answer?.at ?? signal.lastTappedAt);
  return ctx.nowMs - since < CARD_MS ? signal : null;
}
