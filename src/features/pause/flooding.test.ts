import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FLOODING, isFlooded, suggestedMinutes } from './flooding';

describe('flooding self-check', () => {
  it('flags a heart rate from about 100 bpm, or a high activation rating', () => {
    expect(isFlooded({ heartRateBpm: 99 })).toBe(false);
    expect(isFlooded({ heartRateBpm: 100 })).toBe(true);
    expect(isFlooded({ activation: 6 })).toBe(false);
    expect(isFlooded({ activation: 7 })).toBe(true);
    expect(isFlooded({})).toBe(false);
  });

  it('never suggests less than 20 minutes when flooded, and never changes a calm choice', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 120 }), (activation, chosen) => {
        const suggestion = suggestedMinutes({ activation }, chosen);
        if (activation >= FLOODING.activationRating) expect(suggestion).toBeGreaterThanOrEqual(20);
        else expect(suggestion).toBe(chosen);
        expect(suggestion).toBeGreaterThanOrEqual(chosen);
      }),
    );
  });
});
