import type { PersonalScope } from '../../core/viewer';
import { safetyCheckCopy } from './safety-check-copy';
import { SAFETY_QUESTIONS, type SafetyAnswers } from './safety-check';

export type { SafetyAnswers };

/**
 * The safety check's server front door: the author's own answers, for the author to send on
 * themselves (to their own therapist, decision 0012's "left out"). Only `$1`, the person, is bound:
 * no read here can name a space or another person.
 */
export async function mySafetyAnswers(scope: PersonalScope): Promise<SafetyAnswers | null> {
  const [row] = await scope.queryOwn<{ answers: SafetyAnswers | null }>('select answers from safety_checks where user_id = $1');
  const answers = row?.answers ?? null;
  return answers && Object.keys(answers).length > 0 ? answers : null;
}

/** Answers in the check's own plain words, question by question, in the order they are asked. */
export function safetyAnswersInWords(answers: SafetyAnswers): { question: string; answer: string }[] {
  return SAFETY_QUESTIONS.flatMap((q) => {
    const a = answers[q];
    return a ? [{ question: safetyCheckCopy.questions[q], answer: safetyCheckCopy.answers[a] }] : [];
  });
}
