/**
 * The shared breathing pacer. Both devices derive the phase from the same
 * three numbers — the pace anchor the server stored, the pace, and the
 * server-corrected time — so they breathe in step without talking to each other.
 * The out-breath is longer than the in-breath, which most people find calming.
 */
export const IN_SHARE = 0.4;

export interface BreathPhase {
  cycleMs: number;
  /** Where in the cycle we are, 0 ≤ fraction < 1 (0 = the start of an in-breath). */
  fraction: number;
  part: 'in' | 'out';
  /** Whole seconds left in this in- or out-breath (for the text cue), at least 1. */
  secondsLeft: number;
  /** Milliseconds until the part changes. */
  msToNextPart: number;
}

export function breathPhase(anchorMs: number, breathsPerMinute: number, nowMs: number): BreathPhase {
  const cycleMs = 60_000 / breathsPerMinute;
  const into = (((nowMs - anchorMs) % cycleMs) + cycleMs) % cycleMs;
  const inMs = cycleMs * IN_SHARE;
  const part = into < inMs ? 'in' : 'out';
  const msToNextPart = part === 'in' ? inMs - into : cycleMs - into;
  return { cycleMs, fraction: into / cycleMs, part, secondsLeft: Math.max(1, Math.ceil(msToNextPart / 1000)), msToNextPart };
}

/** How far apart two phases are, in milliseconds, going round the cycle the short way. */
export function phaseDistanceMs(a: number, b: number, cycleMs: number): number {
  const d = Math.abs(a - b) % 1;
  return Math.min(d, 1 - d) * cycleMs;
}
