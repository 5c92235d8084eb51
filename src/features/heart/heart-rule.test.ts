import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FLOODING } from '../../core/flooding';
import { BASELINE, HEART_RULE, calmBaseline, currentRate, racingThreshold, readHeart, suggestionAfter, traceOf, type HeartSample } from './heart-rule';

const T0 = 1_700_000_000_000;
/** One sample a second from `from` for `seconds`, at `bpm` (a number or a function of the second). */
function steady(bpm: number | ((i: number) => number), seconds: number, from = T0, contact: HeartSample['contact'] = 'detected'): HeartSample[] {
  return Array.from({ length: seconds + 1 }, (_, i) => ({ at: from + i * 1000, bpm: typeof bpm === 'number' ? bpm : bpm(i), contact }));
}
const end = (samples: HeartSample[]) => samples[samples.length - 1]!.at;
const sustainS = HEART_RULE.sustainMs / 1000;

describe('the racing threshold', () => {
  it('is about 100 bpm, or 10 above a calm baseline when that is lower', () => {
    expect(racingThreshold(null)).toBe(100);
    expect(racingThreshold(62)).toBe(72);
    expect(racingThreshold(95)).toBe(100);
  });
});

describe('the flooding rule', () => {
  it('fires when the rate holds at or above 100 for the whole window, and suggests at least 20 minutes', () => {
    const samples = steady(104, sustainS);
    expect(readHeart(samples, end(samples), null)).toEqual({ state: 'racing', bpm: 104, threshold: 100, because: 'around_100', suggestedMinutes: FLOODING.suggestedMinutes });
    expect(FLOODING.suggestedMinutes).toBeGreaterThanOrEqual(20);
  });

  it('fires 10 above the person’s own baseline, well below 100', () => {
    const samples = steady(75, sustainS);
    expect(readHeart(samples, end(samples), 64)).toMatchObject({ state: 'racing', because: 'above_baseline', threshold: 74 });
    expect(readHeart(samples, end(samples), null)).toMatchObject({ state: 'settled', bpm: 75 });
  });

  it('waits for the rate to hold: a short burst is not flooding', () => {
    const samples = [...steady(70, 30), ...steady(120, sustainS - 10, T0 + 31_000)];
    expect(readHeart(samples, end(samples), null)).toMatchObject({ state: 'settled' });
    const longer = [...samples, ...steady(120, 12, end(samples) + 1000)];
    expect(readHeart(longer, end(longer), null)).toMatchObject({ state: 'racing' });
  });

  it('lets one noisy beat pass but not a real settling', () => {
    const oneDip = steady((i) => (i === 20 ? 80 : 110), sustainS);
    expect(readHeart(oneDip, end(oneDip), null)).toMatchObject({ state: 'racing' });
    const settling = steady((i) => (i > sustainS * 0.7 ? 85 : 110), sustainS);
    expect(readHeart(settling, end(settling), null)).toMatchObject({ state: 'settled' });
  });

  it('ignores samples without skin contact, and says nothing over a gap', () => {
    const offSkin = steady(130, sustainS, T0, 'not_detected');
    expect(readHeart(offSkin, end(offSkin), null)).toEqual({ state: 'listening' });
    const gap = steady((i) => i, sustainS).filter((s) => s.bpm < 10 || s.bpm > 10 + HEART_RULE.maxGapMs / 1000).map((s) => ({ ...s, bpm: 120 }));
    expect(readHeart(gap, end(gap), null)).toEqual({ state: 'listening' });
    const stale = steady(120, sustainS);
    expect(readHeart(stale, end(stale) + HEART_RULE.maxGapMs + 1, null)).toEqual({ state: 'listening' });
  });

  it('counts a strap that cannot report contact, but not a 0 it sends when off', () => {
    const unsupported = steady(110, sustainS, T0, 'unsupported');
    expect(readHeart(unsupported, end(unsupported), null)).toMatchObject({ state: 'racing' });
    const zeros = steady(0, sustainS, T0, 'unsupported');
    expect(readHeart(zeros, end(zeros), null)).toEqual({ state: 'listening' });
  });

  const samplesArb = fc.array(
    fc.record({ dt: fc.integer({ min: 0, max: 7000 }), bpm: fc.integer({ min: 0, max: 250 }), contact: fc.constantFrom('detected', 'not_detected', 'unsupported') as fc.Arbitrary<HeartSample['contact']> }),
    { maxLength: 120 },
  ).map((steps) => {
    let at = T0;
    return steps.map(({ dt, bpm, contact }) => ({ at: (at += dt), bpm, contact }));
  });
  const baselineArb = fc.option(fc.integer({ min: 40, max: 99 }), { nil: null });

  it('fires only when the window is unbroken and mostly at or above the threshold', () => {
    fc.assert(
      fc.property(samplesArb, baselineArb, fc.integer({ min: 0, max: 10_000 }), (samples, baseline, extra) => {
        const now = (samples.length ? end(samples) : T0) + extra;
        const reading = readHeart(samples, now, baseline);
        if (reading.state !== 'racing') return;
        const window = samples.filter((s) => s.at >= now - HEART_RULE.sustainMs && s.at <= now && s.contact !== 'not_detected' && s.bpm >= 30 && s.bpm <= 230);
        expect(window.length).toBeGreaterThan(0);
        expect(window.filter((s) => s.bpm >= racingThreshold(baseline)).length).toBeGreaterThanOrEqual(HEART_RULE.share * window.length);
        expect(reading.suggestedMinutes).toBeGreaterThanOrEqual(20);
      }),
    );
  });

  it('is unchanged by samples without contact, and by moving everything in time', () => {
    fc.assert(
      fc.property(samplesArb, baselineArb, fc.integer({ min: -1e9, max: 1e9 }), (samples, baseline, shift) => {
        const now = samples.length ? end(samples) : T0;
        const reading = readHeart(samples, now, baseline);
        expect(readHeart(samples.filter((s) => s.contact !== 'not_detected'), now, baseline)).toEqual(reading);
        expect(readHeart(samples.map((s) => ({ ...s, at: s.at + shift })), now + shift, baseline)).toEqual(reading);
      }),
    );
  });

  it('never stops firing when every rate goes up (monotone)', () => {
    fc.assert(
      fc.property(samplesArb, baselineArb, fc.integer({ min: 0, max: 40 }), (samples, baseline, lift) => {
        const now = samples.length ? end(samples) : T0;
        if (readHeart(samples, now, baseline).state !== 'racing') return;
        const lifted = samples.map((s) => ({ ...s, bpm: s.bpm >= 30 && s.bpm <= 230 ? Math.min(230, s.bpm + lift) : s.bpm }));
        expect(readHeart(lifted, now, baseline).state).toBe('racing');
      }),
    );
  });

  it('fires for any steady rate at or above the threshold, and never below it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 230 }), baselineArb, (bpm, baseline) => {
        const samples = steady(bpm, sustainS);
        expect(readHeart(samples, end(samples), baseline).state).toBe(bpm >= racingThreshold(baseline) ? 'racing' : 'settled');
      }),
    );
  });
});

describe('the suggestion', () => {
  it('is made when the rule fires, stays over a broken signal, and goes when the rate settles', () => {
    const racing = steady(112, sustainS);
    const made = suggestionAfter(null, readHeart(racing, end(racing), null));
    expect(made).toEqual({ bpm: 112, minutes: FLOODING.suggestedMinutes });
    expect(suggestionAfter(made, { state: 'listening' })).toBe(made);
    const settled = steady(80, sustainS, end(racing) + 1000);
    expect(suggestionAfter(made, readHeart(settled, end(settled), null))).toBeNull();
    expect(suggestionAfter(null, { state: 'listening' })).toBeNull();
  });
});

describe('the calm baseline', () => {
  it('is the median of a minute of unbroken signal', () => {
    const samples = steady((i) => 60 + (i % 5), BASELINE.takesMs / 1000);
    expect(calmBaseline(samples, T0, end(samples))).toEqual({ ok: true, bpm: 62 });
  });

  it('needs enough time and unbroken signal', () => {
    const short = steady(60, 20);
    expect(calmBaseline(short, T0, end(short))).toEqual({ ok: false, reason: 'not_enough' });
    const offSkin = steady(60, 60, T0, 'not_detected');
    expect(calmBaseline(offSkin, T0, end(offSkin))).toEqual({ ok: false, reason: 'not_enough' });
  });

  it('is not taken while the heart is already racing', () => {
    const samples = steady(104, 60);
    expect(calmBaseline(samples, T0, end(samples))).toEqual({ ok: false, reason: 'not_calm' });
  });

  it('always lies within the samples it came from, below the flooding rate', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 30, max: 230 }), { minLength: 46, maxLength: 90 }), (bpms) => {
        const samples = bpms.map((bpm, i) => ({ at: T0 + i * 1000, bpm, contact: 'detected' as const }));
        const result = calmBaseline(samples, T0, end(samples));
        if (!result.ok) return;
        expect(result.bpm).toBeLessThan(100);
        expect(result.bpm).toBeGreaterThanOrEqual(Math.min(...bpms));
        expect(result.bpm).toBeLessThanOrEqual(Math.max(...bpms));
      }),
    );
  });
});

describe('the rate now, and the trace kept with a pause', () => {
  it('shows the latest believable rate while it is fresh', () => {
    const samples = [...steady(90, 3), { at: T0 + 4000, bpm: 0, contact: 'unsupported' as const }];
    expect(currentRate(samples, T0 + 4000)).toBe(90);
    expect(currentRate(samples, T0 + 3000 + HEART_RULE.maxGapMs + 1)).toBeNull();
  });

  it('keeps one median point per five seconds, seconds from the start', () => {
    const samples = steady((i) => 100 - i, 14);
    expect(traceOf(samples, T0, end(samples))).toEqual([
      [0, 98],
      [5, 93],
      [10, 88],
    ]);
  });
});
