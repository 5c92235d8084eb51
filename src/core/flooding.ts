/**
 * Physiological flooding, as the pause's self-check and the heart rate both read it: a heart rate
 * around 100 bpm or more (or feeling very activated) needs a break of at least 20 minutes of
 * soothing before talking helps. In core, zod-free, so client code of both features can share the
 * numbers without pulling a contract's schemas into its bundle.
 */
export const FLOODING = {
  heartRateBpm: 100,
  activationRating: 7,
  suggestedMinutes: 20,
} as const;

/** `/pause?details=1&heart=<bpm>`: the full pause form opens with this rate in the check-in and a flooding-length pause chosen. */
export const PAUSE_HEART_PARAM = 'heart';
