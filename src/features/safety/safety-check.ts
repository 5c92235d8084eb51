/**
 * The private safety check: its questions and the one rule for when an answer raises concern.
 * Pure and zod-free, so the client and the server share it without bundling a schema library.
 */

/** The questions, in the order they are asked; their words live in copy.ts. */
export const SAFETY_QUESTIONS = ['afraid', 'hurt', 'keptFrom', 'checkedOn'] as const;
export type SafetyQuestion = (typeof SAFETY_QUESTIONS)[number];

/** "Rather not say" is always allowed: nobody has to answer anything. */
export const SAFETY_ANSWERS = ['no', 'sometimes', 'yes', 'rather_not_say'] as const;
export type SafetyAnswer = (typeof SAFETY_ANSWERS)[number];

export type SafetyAnswers = Partial<Record<SafetyQuestion, SafetyAnswer>>;

/**
 * Any "yes" or "sometimes" raises concern. "Rather not say" does not count as a yes, but the
 * result still offers help to everyone: not answering is often an answer in itself.
 */
export function raisesConcern(answers: SafetyAnswers): boolean {
  return SAFETY_QUESTIONS.some((q) => answers[q] === 'yes' || answers[q] === 'sometimes');
}
