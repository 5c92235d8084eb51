import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSI4, CSI4_KEYS, CSI4_MAX, scoreCsi4 } from './csi4';

describe('the CSI-4 as published', () => {
  it('has the four items with their anchors, item 1 on 0–6 and items 2–4 on 0–5', () => {
    expect(CSI4.items.map((i) => i.key)).toEqual([...CSI4_KEYS]);
    expect(CSI4.items[0].anchors).toEqual(['Extremely Unhappy', 'Fairly Unhappy', 'A Little Unhappy', 'Happy', 'Very Happy', 'Extremely Happy', 'Perfect']);
    expect(CSI4.items[1].text).toBe('I have a warm and comfortable relationship with my partner.');
    expect(CSI4.items[1].anchors).toEqual(['Not at all TRUE', 'A little TRUE', 'Somewhat TRUE', 'Mostly TRUE', 'Almost Completely TRUE', 'Completely TRUE']);
    expect(CSI4.items[2].text).toBe('How rewarding is your relationship with your partner?');
    expect(CSI4.items[3].text).toBe('In general, how satisfied are you with your relationship?');
    expect(CSI4.items[2].anchors).toEqual(['Not at all', 'A little', 'Somewhat', 'Mostly', 'Almost Completely', 'Completely']);
    expect(CSI4.items[3].anchors).toEqual(CSI4.items[2].anchors);
    expect(CSI4_MAX).toEqual({ happiness: 6, warm: 5, rewarding: 5, satisfied: 5 });
  });

  it('scores the sum, 0 to 21', () => {
    expect(scoreCsi4({ happiness: 0, warm: 0, rewarding: 0, satisfied: 0 })).toBe(0);
    expect(scoreCsi4({ happiness: 6, warm: 5, rewarding: 5, satisfied: 5 })).toBe(21);
    expect(scoreCsi4({ happiness: 3, warm: 4, rewarding: 2, satisfied: 3 })).toBe(12);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), (a, b, c, d) => {
        const score = scoreCsi4({ happiness: a, warm: b, rewarding: c, satisfied: d });
        expect(score).toBe(a + b + c + d);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(21);
      }),
    );
  });

  it('gives no score to a partial or out-of-range form', () => {
    expect(scoreCsi4(null)).toBeNull();
    expect(scoreCsi4({ happiness: 3, warm: 4, rewarding: 2 })).toBeNull();
    expect(scoreCsi4({ happiness: 7, warm: 0, rewarding: 0, satisfied: 0 })).toBeNull();
    expect(scoreCsi4({ happiness: 0, warm: 6, rewarding: 0, satisfied: 0 })).toBeNull();
    expect(scoreCsi4({ happiness: 1.5, warm: 0, rewarding: 0, satisfied: 0 })).toBeNull();
  });
});
