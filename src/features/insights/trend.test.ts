import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInReading } from './trend';

const week = fc.option(fc.integer({ min: 0, max: 21 }), { nil: null });

describe('reading my own check-ins', () => {
  it('says nothing of a trend with fewer than two answered weeks', () => {
    expect(checkInReading([null, null, null, null])).toEqual({ answered: 0, trend: 'unknown' });
    expect(checkInReading([null, null, 9, null])).toEqual({ answered: 1, trend: 'unknown' });
  });

  it('compares the later half with the earlier half', () => {
    expect(checkInReading([10, 10, 14, 15]).trend).toBe('higher');
    expect(checkInReading([15, 14, 10, 10]).trend).toBe('lower');
    expect(checkInReading([12, null, 12, 13]).trend).toBe('similar');
    // Answers only in one half: nothing to compare.
    expect(checkInReading([null, null, 12, 13]).trend).toBe('unknown');
  });

  it('reads a span turned around as no longer going the same way', () => {
    fc.assert(
      fc.property(fc.array(week, { minLength: 2, maxLength: 26 }).map((half) => [...half, ...half.map((_, i) => half[(i + 1) % half.length]!)]), (weeks) => {
        const forward = checkInReading(weeks).trend;
        const backward = checkInReading([...weeks].reverse()).trend;
        // Never the same way round (the 10% band is relative, so a change just past it may read as similar backwards).
        if (forward === 'higher' || forward === 'lower') expect(backward).not.toBe(forward);
        if (forward === 'unknown') expect(backward).toBe('unknown');
      }),
    );
  });

  it('counts every answered week, and only those', () => {
    fc.assert(
      fc.property(fc.array(week, { maxLength: 52 }), (weeks) => {
        expect(checkInReading(weeks).answered).toBe(weeks.filter((w) => w !== null).length);
      }),
    );
  });
});
