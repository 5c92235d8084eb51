import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHARINGS, type Sharing } from './questions';
import { whatIseeOfTheirs, whereMineStand } from './reveal';

const week = fc.option(fc.constantFrom<Sharing>(...SHARINGS), { nil: null });

describe('reveal together', () => {
  it('shows a private week never, and cannot tell it from no answer', () => {
    fc.assert(fc.property(week, (mine) => {
      expect(whatIseeOfTheirs(mine, 'private')).toBe(whatIseeOfTheirs(mine, null));
    }));
    fc.assert(fc.property(week, (mine) => {
      expect(whatIseeOfTheirs(mine, 'private')).toBe('hidden');
    }));
  });

  it('reveals together: two reveal-together weeks are seen by both or by neither', () => {
    fc.assert(
      fc.property(week, week, (a, b) => {
        if (a === 'reveal_together' && b === 'reveal_together') expect(whatIseeOfTheirs(a, b)).toBe(whatIseeOfTheirs(b, a));
      }),
    );
    expect(whatIseeOfTheirs(null, 'reveal_together')).toBe('waiting');
    expect(whatIseeOfTheirs('private', 'reveal_together')).toBe('waiting');
    expect(whatIseeOfTheirs('reveal_together', 'reveal_together')).toBe('shown');
    expect(whatIseeOfTheirs('share', 'reveal_together')).toBe('shown');
  });

  it('shows a shared week at once', () => {
    fc.assert(fc.property(week, (mine) => {
      expect(whatIseeOfTheirs(mine, 'share')).toBe('shown');
    }));
  });

  it('tells me mine are revealed exactly when my partner sees them', () => {
    fc.assert(
      fc.property(fc.constantFrom<Sharing>(...SHARINGS), week, (mine, theirs) => {
        const stand = whereMineStand(mine, theirs);
        const seen = whatIseeOfTheirs(theirs, mine) === 'shown';
        if (mine === 'reveal_together') expect(stand === 'revealed').toBe(seen);
        if (mine === 'private') expect(stand).toBe('private');
        if (mine === 'share') expect(seen).toBe(true);
      }),
    );
  });
});
