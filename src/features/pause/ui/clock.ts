/**
 * One clock for both screens: the server's. Each response that carries
 * `serverNow` is a sample; the server read its clock somewhere between our
 * send and our receipt, so the best guess is the midpoint, and the error is
 * at most half the round trip. Pure: times are passed in.
 */
export interface ClockSample {
  /** serverTime ≈ localTime + offsetMs */
  offsetMs: number;
  roundTripMs: number;
  /** Local time the sample was taken (its age decides when it may be replaced). */
  takenAt: number;
}

/** How much shorter a round trip must be to replace the current sample: below this, both are equally good. */
export const BETTER_BY_MS = 20;
/** A sample older than this may be replaced by any other (slow drift, a device clock set by hand). */
export const MAX_SAMPLE_AGE_MS = 60 * 60 * 1000;

export function sampleFrom(sentAt: number, receivedAt: number, serverNowIso: string): ClockSample | null {
  const server = Date.parse(serverNowIso);
  if (!Number.isFinite(server) || receivedAt < sentAt) return null;
  return { offsetMs: Math.round(server - (sentAt + receivedAt) / 2), roundTripMs: receivedAt - sentAt, takenAt: receivedAt };
}

/**
 * Keeps the sample with the tightest error bound. A new sample replaces the
 * kept one only when it is clearly better (a round trip shorter by more than
 * BETTER_BY_MS) or the kept one is old or marked stale (e.g. the device may
 * have slept). Equal-quality samples do not replace each other, so the
 * countdown does not jitter by a few milliseconds with every response.
 */
export function preferSample(current: ClockSample | null, next: ClockSample, now: number, stale = false): ClockSample {
  if (!current || stale) return next;
  if (now - current.takenAt > MAX_SAMPLE_AGE_MS) return next;
  return next.roundTripMs + BETTER_BY_MS < current.roundTripMs ? next : current;
}
