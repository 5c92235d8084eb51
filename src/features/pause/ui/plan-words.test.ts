import { describe, expect, it } from 'vitest';
import { planWords } from './ended';

describe('planWords', () => {
  it('offers one combined plan when the two wish for different next steps', () => {
    expect(planWords('hug', 'talk', 'Sam')).toBe('A hug first, then ten minutes of talk — Sam starts?');
    expect(planWords('talk', 'hug', 'Sam')).toBe('A hug first, then ten minutes of talk — you start?');
    expect(planWords('check_in', 'hug', 'Sam')).toBe('A hug first, then a short check-in');
  });

  it('says so when both wish for the same', () => {
    expect(planWords('hug', 'hug', 'Sam')).toBe('You would both like a hug.');
  });
});
