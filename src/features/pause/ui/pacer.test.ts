import { describe, expect, it } from 'vitest';
import { breathPhase, IN_SHARE, phaseDistanceMs } from './pacer';

describe('breathPhase', () => {
  const anchor = Date.parse('2026-11-25T12:00:00Z');

  it('starts an in-breath at the anchor, 10 s cycles at six breaths a minute', () => {
    const p = breathPhase(anchor, 6, anchor);
    expect(p).toMatchObject({ cycleMs: 10_000, fraction: 0, part: 'in', secondsLeft: 4, msToNextPart: 4000 });
  });

  it('switches to the out-breath after the in-share of the cycle', () => {
    expect(breathPhase(anchor, 6, anchor + 10_000 * IN_SHARE - 1).part).toBe('in');
    const out = breathPhase(anchor, 6, anchor + 10_000 * IN_SHARE);
    expect(out.part).toBe('out');
    expect(out.secondsLeft).toBe(6);
  });

  it('repeats every cycle, and is the same on any device given the same server time', () => {
    const a = breathPhase(anchor, 6, anchor + 123_456);
    const b = breathPhase(anchor, 6, anchor + 123_456 + 10_000 * 7);
    expect(a.fraction).toBeCloseTo(b.fraction, 10);
    expect(a.fraction).toBeCloseTo(0.3456, 10);
  });

  it('copes with a time just before the anchor (a device slightly behind)', () => {
    const p = breathPhase(anchor, 6, anchor - 1000);
    expect(p.fraction).toBeCloseTo(0.9, 10);
    expect(p.part).toBe('out');
  });

  it('follows the pace', () => {
    expect(breathPhase(anchor, 4, anchor + 7500).fraction).toBeCloseTo(0.5, 10);
    expect(breathPhase(anchor, 12, anchor).cycleMs).toBe(5000);
  });
});

describe('phaseDistanceMs', () => {
  it('measures the short way round the cycle', () => {
    expect(phaseDistanceMs(0.1, 0.2, 10_000)).toBeCloseTo(1000, 6);
    expect(phaseDistanceMs(0.99, 0.01, 10_000)).toBeCloseTo(200, 6);
    expect(phaseDistanceMs(0.5, 0.5, 10_000)).toBe(0);
  });
});
