import { FLOODING } from '../../core/flooding';
import type { SensorContact } from './measurement';

/**
 * When a heart rate says "flooded", as a pure function of timestamped samples and the time.
 * Gottman's rule of thumb is a rate around 100 bpm, or clearly above the person's calm rate;
 * one fast minute on the stairs or one noisy beat must not be read as a fight, so the rate has
 * to hold for a while, and a window with holes in it (a strap slipping, a lost connection) says
 * nothing rather than guessing. Decision 0026 gives the numbers' reasons.
 */
export const HEART_RULE = {
  /** How far above a calm baseline counts as racing, for someone whose calm is well below 90. */
  aboveBaselineBpm: 10,
  /** How long the rate must hold: long enough to pass a sudden movement, short enough to catch a fight. */
  sustainMs: 45_000,
  /** The widest hole in the samples a window may have (straps notify about once a second). */
  maxGapMs: 5_000,
  /** The share of the window's samples at or above the threshold: one noisy beat does not reset it. */
  share: 0.8,
  /** What a human heart can plausibly read; a strap off the skin often sends 0. */
  minBpm: 30,
  maxBpm: 230,
} as const;

export const BASELINE = {
  /** How long a calm baseline takes; the screen counts it down. */
  takesMs: 60_000,
  /** At least this much covered time, so a few seconds of signal are not called a baseline. */
  minCoveredMs: 45_000,
} as const;

export interface HeartSample {
  /** Milliseconds (epoch) when the notification arrived. */
  at: number;
  bpm: number;
  contact: SensorContact;
}

/** A sample we believe: the sensor is not saying it is off the skin, and the number is a heart's. */
export function usable(s: HeartSample): boolean {
  return s.contact !== 'not_detected' && s.bpm >= HEART_RULE.minBpm && s.bpm <= HEART_RULE.maxBpm;
}

/** The rate that counts as racing: about 100 bpm, or 10 above a calm baseline when that is lower. */
export function racingThreshold(baselineBpm: number | null): number {
  return baselineBpm === null ? FLOODING.heartRateBpm : Math.min(FLOODING.heartRateBpm, baselineBpm + HEART_RULE.aboveBaselineBpm);
}

/** The usable samples of [from, to], oldest first, or null when the window has a hole wider than maxGapMs. */
export function coveredWindow(samples: readonly HeartSample[], from: number, to: number): HeartSample[] | null {
  const inside = samples.filter((s) => usable(s) && s.at >= from && s.at <= to).sort((a, b) => a.at - b.at);
  if (inside.length === 0) return null;
  if (inside[0]!.at - from > HEART_RULE.maxGapMs || to - inside[inside.length - 1]!.at > HEART_RULE.maxGapMs) return null;
  for (let i = 1; i < inside.length; i++) if (inside[i]!.at - inside[i - 1]!.at > HEART_RULE.maxGapMs) return null;
  return inside;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The latest believable rate, if it is recent enough to show as "now". */
export function currentRate(samples: readonly HeartSample[], now: number): number | null {
  let latest: HeartSample | null = null;
  for (const s of samples) if (usable(s) && s.at <= now && (!latest || s.at > latest.at)) latest = s;
  return latest && now - latest.at <= HEART_RULE.maxGapMs ? latest.bpm : null;
}

export type HeartReading =
  /** Not enough unbroken signal over the last window to say anything. */
  | { state: 'listening' }
  | { state: 'settled'; bpm: number; threshold: number }
  | { state: 'racing'; bpm: number; threshold: number; because: 'around_100' | 'above_baseline'; suggestedMinutes: number };

/**
 * The flooding rule: over the last `sustainMs`, the samples are unbroken and at least `share`
 * of them are at or above the racing threshold. Then we suggest the flooding check and a break
 * of at least FLOODING.suggestedMinutes — to the person alone; nothing here is ever sent.
 */
export function readHeart(samples: readonly HeartSample[], now: number, baselineBpm: number | null): HeartReading {
  const window = coveredWindow(samples, now - HEART_RULE.sustainMs, now);
  if (!window) return { state: 'listening' };
  const threshold = racingThreshold(baselineBpm);
  const bpm = Math.round(median(window.map((s) => s.bpm)));
  const high = window.filter((s) => s.bpm >= threshold).length;
  if (high < HEART_RULE.share * window.length) return { state: 'settled', bpm, threshold };
  return { state: 'racing', bpm, threshold, because: bpm >= FLOODING.heartRateBpm ? 'around_100' : 'above_baseline', suggestedMinutes: FLOODING.suggestedMinutes };
}

export interface Suggestion {
  bpm: number;
  minutes: number;
}

/**
 * The suggestion after a new reading: made when the rule fires, kept while the signal is merely
 * broken (a strap slipping should not take it away mid-read), gone once the rate has settled.
 */
export function suggestionAfter(previous: Suggestion | null, reading: HeartReading): Suggestion | null {
  if (reading.state === 'racing') return { bpm: reading.bpm, minutes: reading.suggestedMinutes };
  return reading.state === 'settled' ? null : previous;
}

export type BaselineResult = { ok: true; bpm: number } | { ok: false; reason: 'not_enough' | 'not_calm' };

/**
 * A calm baseline from the samples of [from, to]: their median, when the signal held for at
 * least minCoveredMs. A median at or above the flooding rate is not called calm (try again later).
 */
export function calmBaseline(samples: readonly HeartSample[], from: number, to: number): BaselineResult {
  if (to - from < BASELINE.minCoveredMs) return { ok: false, reason: 'not_enough' };
  const window = coveredWindow(samples, from, to);
  if (!window) return { ok: false, reason: 'not_enough' };
  const bpm = Math.round(median(window.map((s) => s.bpm)));
  return bpm >= FLOODING.heartRateBpm ? { ok: false, reason: 'not_calm' } : { ok: true, bpm };
}

/** How finely a kept trace is stored: one point (the median) per bucket. */
export const TRACE_BUCKET_MS = 5_000;
/** Up to three hours of points: the longest pause with every extension and more time fits. */
export const TRACE_MAX_POINTS = 2_160;

/** The samples of [from, to] as [seconds since from, bpm] points, one per bucket, for keeping with a pause. */
export function traceOf(samples: readonly HeartSample[], from: number, to: number): Array<[number, number]> {
  const buckets = new Map<number, number[]>();
  for (const s of samples) {
    if (!usable(s) || s.at < from || s.at > to) continue;
    const b = Math.floor((s.at - from) / TRACE_BUCKET_MS);
    if (b >= TRACE_MAX_POINTS) continue;
    (buckets.get(b) ?? buckets.set(b, []).get(b)!).push(s.bpm);
  }
  return [...buckets.entries()].sort(([a], [b]) => a - b).map(([b, bpms]) => [(b * TRACE_BUCKET_MS) / 1000, Math.round(median(bpms))]);
}
