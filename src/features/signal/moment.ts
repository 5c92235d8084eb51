/**
 * How a signal behaves over its moment, as pure rules (no I/O, time passed in).
 *
 * A signal is about one moment. Tapping again while the partner has not
 * answered yet folds into the same signal ("noticed it again · 3 times"), so
 * the partner's phone shows one calm card instead of a stack to clear. An
 * answered signal, or one the partner put away, is closed: a later tap is a
 * new moment.
 */

/** Taps this close together (from the last one) are one moment. */
export const FOLD_WINDOW_MS = 10 * 60 * 1000;

export interface OpenSignal {
  senderId: string | null;
  lastTappedAt: Date;
  answeredAt: Date | null;
  receiverPutAwayAt: Date | null;
}

/** Whether a new tap by `senderId` at `now` joins `latest` (the couple's newest signal) instead of starting a new one. */
export function foldsInto(latest: OpenSignal | null, senderId: string, now: number): boolean {
  if (!latest || latest.senderId !== senderId) return false;
  if (latest.answeredAt || latest.receiverPutAwayAt) return false;
  return now - latest.lastTappedAt.getTime() < FOLD_WINDOW_MS;
}
