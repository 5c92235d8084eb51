import { describe, expect, it } from 'vitest';
import { BETTER_BY_MS, MAX_SAMPLE_AGE_MS, preferSample, sampleFrom } from './clock';

const iso = (ms: number) => new Date(ms).toISOString();

describe('sampleFrom', () => {
  it('puts the server reading at the midpoint of the round trip', () => {
    // The device is 5 s behind the server; the request took 200 ms.
    const sent = 1_000_000;
    const server = sent + 100 + 5000;
    const sample = sampleFrom(sent, sent + 200, iso(server));
    expect(sample).toEqual({ offsetMs: 5000, roundTripMs: 200, takenAt: sent + 200 });
  });

  it('handles a device clock ahead of the server', () => {
    const sample = sampleFrom(2_000_000, 2_000_040, iso(2_000_020 - 90_000));
    expect(sample?.offsetMs).toBe(-90_000);
  });

  it('refuses nonsense', () => {
    expect(sampleFrom(10, 20, 'not a date')).toBeNull();
    expect(sampleFrom(20, 10, iso(15))).toBeNull();
  });
});

describe('preferSample', () => {
  const base = { offsetMs: 100, roundTripMs: 80, takenAt: 1000 };

  it('takes the first sample', () => {
    expect(preferSample(null, base, 1000)).toBe(base);
  });

  it('replaces only with a clearly shorter round trip', () => {
    const slightly = { offsetMs: 300, roundTripMs: 80 - BETTER_BY_MS, takenAt: 2000 };
    const clearly = { offsetMs: 300, roundTripMs: 80 - BETTER_BY_MS - 1, takenAt: 2000 };
    expect(preferSample(base, slightly, 2000)).toBe(base);
    expect(preferSample(base, clearly, 2000)).toBe(clearly);
  });

  it('never trades a good sample for a worse one', () => {
    expect(preferSample(base, { offsetMs: 0, roundTripMs: 900, takenAt: 2000 }, 2000)).toBe(base);
  });

  it('lets an old or stale sample go', () => {
    const next = { offsetMs: 0, roundTripMs: 900, takenAt: 2000 };
    expect(preferSample(base, next, base.takenAt + MAX_SAMPLE_AGE_MS + 1)).toBe(next);
    expect(preferSample(base, next, 2000, true)).toBe(next);
  });
});
