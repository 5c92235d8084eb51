/**
 * The voice recorder's clock and format choice, without the browser: the time
 * and what the browser supports are passed in, so tests control both.
 */

/** The server keeps voice notes up to two minutes (../media.ts MAX_VOICE_SECONDS). */
export const MAX_RECORDING_SECONDS = 120;

export interface ClockReading {
  /** Whole seconds recorded so far, never past the limit. */
  elapsed: number;
  remaining: number;
  /** At the limit: the recorder must stop now. */
  atLimit: boolean;
}

export function readClock(startedAt: number, now: number, max = MAX_RECORDING_SECONDS): ClockReading {
  const ms = Math.max(0, now - startedAt);
  const elapsed = Math.min(max, Math.floor(ms / 1000));
  return { elapsed, remaining: max - elapsed, atLimit: ms >= max * 1000 };
}

/**
 * The length to tell the server: at least one second (a tap-and-release
 * still makes a note), rounded up, and never over the limit even when the
 * stop event lands a few milliseconds late.
 */
export function uploadSeconds(durationMs: number, max = MAX_RECORDING_SECONDS): number {
  return Math.min(max, Math.max(1, Math.ceil(durationMs / 1000)));
}

/** What to ask MediaRecorder for, best first, and the plain type the server expects for it. */
const CANDIDATES: ReadonlyArray<{ mimeType: string; contentType: string }> = [
  { mimeType: 'audio/webm;codecs=opus', contentType: 'audio/webm' },
  { mimeType: 'audio/webm', contentType: 'audio/webm' },
  { mimeType: 'audio/ogg;codecs=opus', contentType: 'audio/ogg' },
  { mimeType: 'audio/mp4', contentType: 'audio/mp4' },
];

export function pickRecordingType(isSupported: (mimeType: string) => boolean): { mimeType: string; contentType: string } | null {
  return CANDIDATES.find((c) => isSupported(c.mimeType)) ?? null;
}

/** The plain content type of what the recorder actually produced ("audio/webm;codecs=opus" → "audio/webm"). */
export function contentTypeOf(recorderType: string, fallback: string): string {
  const base = recorderType.split(';')[0]!.trim().toLowerCase();
  return ['audio/webm', 'audio/ogg', 'audio/mp4'].includes(base) ? base : fallback;
}
