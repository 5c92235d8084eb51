import { describe, expect, it } from 'vitest';
import { nextPractice } from './practice';

describe('nextPractice', () => {
  it('goes round the partner’s shared phrases, and copes with none', () => {
    expect(nextPractice(0, 3)).toBe(1);
    expect(nextPractice(2, 3)).toBe(0);
    expect(nextPractice(5, 0)).toBe(0);
  });
});
