import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { raisesConcern, SAFETY_ANSWERS, SAFETY_QUESTIONS, type SafetyAnswers } from './safety-check';

const someAnswers = fc.record(Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q, fc.constantFrom(...SAFETY_ANSWERS)])), { requiredKeys: [] }) as fc.Arbitrary<SafetyAnswers>;

describe('when the safety check raises concern', () => {
  it('does for any "yes" or "sometimes", to any question', () => {
    for (const question of SAFETY_QUESTIONS) {
      expect(raisesConcern({ [question]: 'yes' })).toBe(true);
      expect(raisesConcern({ [question]: 'sometimes' })).toBe(true);
    }
  });

  it('does not for "no", "rather not say" or nothing at all', () => {
    expect(raisesConcern({})).toBe(false);
    expect(raisesConcern(Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q, 'no'])))).toBe(false);
    expect(raisesConcern(Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q, 'rather_not_say'])))).toBe(false);
  });

  it('is exactly "some answer is yes or sometimes", whatever else is answered or skipped', () => {
    fc.assert(
      fc.property(someAnswers, (answers) => {
        expect(raisesConcern(answers)).toBe(Object.values(answers).some((a) => a === 'yes' || a === 'sometimes'));
      }),
    );
  });

  it('never goes away by adding more answers', () => {
    fc.assert(
      fc.property(someAnswers, someAnswers, (first, more) => {
        fc.pre(raisesConcern(first));
        const merged = { ...more, ...first };
        expect(raisesConcern(merged)).toBe(true);
      }),
    );
  });
});
