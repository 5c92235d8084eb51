import { FLOODING } from '../../core/flooding';

/**
 * The optional self-check before a pause. Physiological flooding (heart rate
 * around 100 bpm or more, or feeling very activated) needs a break of at least
 * 20 minutes of soothing before talking helps; we suggest it, never force it.
 * The numbers are in core, shared with the heart rate.
 */
export { FLOODING };

export interface SelfCheck {
  /** 0 (calm) … 10 (overwhelmed). */
  activation?: number | null;
  heartRateBpm?: number | null;
}

export function isFlooded(check: SelfCheck): boolean {
  const byRating = check.activation != null && check.activation >= FLOODING.activationRating;
  const byHeart = check.heartRateBpm != null && check.heartRateBpm >= FLOODING.heartRateBpm;
  return byRating || byHeart;
}

/** The break length to suggest: at least 20 minutes when flooded, otherwise what was chosen. */
export function suggestedMinutes(check: SelfCheck, chosen: number): number {
  return isFlooded(check) ? Math.max(chosen, FLOODING.suggestedMinutes) : chosen;
}
