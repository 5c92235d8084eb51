import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countShift, noPresses, WITHIN_MS, type KeyPress } from './quick-exit-keys';

function run(presses: KeyPress[]): number {
  let count = noPresses;
  let exits = 0;
  for (const press of presses) {
    const next = countShift(count, press);
    count = next.count;
    if (next.exit) exits += 1;
  }
  return exits;
}

const shift = (at: number, repeat = false): KeyPress => ({ key: 'Shift', repeat, at });

describe('quick exit by Shift three times', () => {
  it('leaves on the third Shift in a row', () => {
    expect(run([shift(0), shift(200), shift(400)])).toBe(1);
    expect(run([shift(0), shift(200)])).toBe(0);
  });

  it('starts again after another key, a long gap, and ignores a held Shift', () => {
    expect(run([shift(0), shift(100), { key: 'a', repeat: false, at: 150 }, shift(200)])).toBe(0);
    expect(run([shift(0), shift(100), shift(100 + WITHIN_MS + 1)])).toBe(0);
    expect(run([shift(0), shift(50, true), shift(60, true), shift(70, true)])).toBe(0);
    expect(run([shift(0), shift(100 + WITHIN_MS + 1), shift(200 + WITHIN_MS), shift(300 + WITHIN_MS)])).toBe(1);
  });

  it('never leaves without three real Shift presses since the last other key (any sequence)', () => {
    const press = fc.record({ key: fc.constantFrom('Shift', 'a', 'Enter', 'Escape'), repeat: fc.boolean(), gap: fc.integer({ min: 0, max: 2 * WITHIN_MS }) });
    fc.assert(
      fc.property(fc.array(press, { maxLength: 40 }), (steps) => {
        let at = 0;
        const presses = steps.map((s) => ({ key: s.key, repeat: s.repeat, at: (at += s.gap) }));
        const real = presses.filter((p) => p.key === 'Shift' && !p.repeat).length;
        expect(run(presses)).toBeLessThanOrEqual(Math.floor(real / 3));
      }),
    );
  });
});
