import { z } from 'zod';
import { SAFETY_ANSWERS, SAFETY_QUESTIONS, type SafetyQuestion } from './safety-check';

// ── views ──
// The private safety check is one person's alone: no events, no feed, no couple seq. Nothing here
// is ever sent to a partner or shows in anything a partner's device receives.
const answer = z.enum(SAFETY_ANSWERS);
/** Every question may be skipped; no other keys are taken. */
export const safetyAnswers = z.strictObject(Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q, answer.optional()])) as Record<SafetyQuestion, z.ZodOptional<typeof answer>>);

/** My check: my answers if I gave any, whether they raise concern, and whether to offer it to me once. */
export const safetyCheckView = z.object({
  answers: safetyAnswers.nullable(),
  concern: z.boolean(),
  /** True until I take the check or say "not now" to the one-time offer. */
  offer: z.boolean(),
});
export type SafetyCheckView = z.infer<typeof safetyCheckView>;
