import { describe, expect, it } from 'vitest';
import { nextInRound } from './practice-round';

describe('nextInRound', () => {
  it('goes round the partner’s shared pairs, and copes with none', () => {
    expect(nextInRound(0, 3)).toBe(1);
    expect(nextInRound(2, 3)).toBe(0);
    expect(nextInRound(5, 0)).toBe(0);
  });
});
