/**
 * A gentle vibration where the device allows it. Browsers allow vibration
 * only after the person has touched the page, and some (iOS) never; without
 * it the screen's own cue still shows, so a refusal is simply ignored.
 */
export const CUES = {
  /** The partner's "thinking of you": two soft taps. */
  pulse: [40, 80, 40],
  /** The time is up: three slow ones, like a hand on the shoulder. */
  timeUp: [120, 200, 120, 200, 120],
} as const;

export function buzz(pattern: readonly number[]): boolean {
  const activated = navigator.userActivation?.hasBeenActive ?? true;
  if (!activated || typeof navigator.vibrate !== 'function') return false;
  try {
    return navigator.vibrate([...pattern]);
  } catch {
    return false;
  }
}
