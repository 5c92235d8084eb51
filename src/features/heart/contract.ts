import { z } from 'zod';
import { HEART_RULE, TRACE_MAX_POINTS } from './heart-rule';

/**
 * What the heart feature's routes answer and accept. A kept trace is its owner's alone: no route
 * answers it to anyone else, and keeping one appends no couple event.
 */
const bpm = z.number().int().min(HEART_RULE.minBpm).max(HEART_RULE.maxBpm);
/** [seconds since the trace began, beats a minute]. */
export const tracePoint = z.tuple([z.number().int().min(0).max(24 * 3600), bpm]);

export const traceBody = z.object({
  startedAt: z.iso.datetime(),
  points: z.array(tracePoint).min(1).max(TRACE_MAX_POINTS),
});

export const traceView = z.object({
  pauseId: z.uuid(),
  startedAt: z.string(),
  points: z.array(tracePoint),
  keptAt: z.string(),
});
export const traceAnswer = z.object({ trace: traceView.nullable() });

export type TraceBody = z.infer<typeof traceBody>;
export type TraceView = z.infer<typeof traceView>;
export type TraceAnswer = z.infer<typeof traceAnswer>;
