import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeHeartRateMeasurement, parseHeartRateMeasurement, type SensorContact } from './measurement';

const parse = (...bytes: number[]) => parseHeartRateMeasurement(Uint8Array.from(bytes));

describe('Heart Rate Measurement (0x2A37)', () => {
  it('reads an 8-bit rate with no sensor contact support', () => {
    expect(parse(0x00, 72)).toEqual({ ok: true, measurement: { bpm: 72, contact: 'unsupported', energyExpendedKj: null, rrIntervalsMs: [] } });
  });

  it('reads a 16-bit little-endian rate', () => {
    expect(parse(0x01, 0x2c, 0x01)).toMatchObject({ ok: true, measurement: { bpm: 300 } });
    expect(parse(0x01, 98, 0)).toMatchObject({ ok: true, measurement: { bpm: 98 } });
  });

  it('reads sensor contact from bits 1–2', () => {
    expect(parse(0x02, 60)).toMatchObject({ measurement: { contact: 'unsupported' } });
    expect(parse(0x04, 60)).toMatchObject({ measurement: { contact: 'not_detected' } });
    expect(parse(0x06, 60)).toMatchObject({ measurement: { contact: 'detected' } });
  });

  it('skips the energy expended field before the RR intervals', () => {
    // flags: 8-bit, contact detected, energy, RR; 80 bpm; 500 kJ; RR 1024 and 512 (1 s, 0.5 s)
    const parsed = parse(0x1e, 80, 0xf4, 0x01, 0x00, 0x04, 0x00, 0x02);
    expect(parsed).toEqual({ ok: true, measurement: { bpm: 80, contact: 'detected', energyExpendedKj: 500, rrIntervalsMs: [1000, 500] } });
  });

  it('reads several RR intervals in 1/1024 s after a 16-bit rate', () => {
    const parsed = parse(0x11, 110, 0x00, 0x2d, 0x02, 0x33, 0x02);
    expect(parsed).toMatchObject({ ok: true, measurement: { bpm: 110, rrIntervalsMs: [(557 * 1000) / 1024, (563 * 1000) / 1024] } });
  });

  it('ignores a trailing odd byte after the RR intervals', () => {
    expect(parse(0x10, 70, 0x00, 0x04, 0x07)).toMatchObject({ measurement: { rrIntervalsMs: [1000] } });
  });

  it('refuses a truncated notification rather than guessing', () => {
    expect(parse()).toEqual({ ok: false, problem: 'too_short' });
    expect(parse(0x00)).toEqual({ ok: false, problem: 'too_short' });
    expect(parse(0x01, 0x50)).toEqual({ ok: false, problem: 'too_short' });
    expect(parse(0x08, 70, 0x01)).toEqual({ ok: false, problem: 'too_short' });
  });

  it('reads a view into a larger buffer at its own offset', () => {
    const buffer = Uint8Array.from([0xff, 0xff, 0x00, 64, 0xff]);
    expect(parseHeartRateMeasurement(buffer.subarray(2, 4))).toMatchObject({ ok: true, measurement: { bpm: 64 } });
  });

  it('reads back whatever a strap encodes, in every combination of flags', () => {
    const contact = fc.constantFrom<SensorContact>('unsupported', 'not_detected', 'detected');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffff }),
        fc.boolean(),
        contact,
        fc.option(fc.integer({ min: 0, max: 0xffff }), { nil: null }),
        fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 8 }),
        (bpm, wide, c, energy, rr) => {
          const bytes = encodeHeartRateMeasurement({ bpm: wide ? bpm : bpm & 0xff, wide, contact: c, energyExpendedKj: energy, rr1024: rr });
          const parsed = parseHeartRateMeasurement(bytes);
          expect(parsed).toEqual({
            ok: true,
            measurement: { bpm: wide ? bpm : bpm & 0xff, contact: c, energyExpendedKj: energy, rrIntervalsMs: rr.map((r) => (r * 1000) / 1024) },
          });
        },
      ),
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        const parsed = parseHeartRateMeasurement(bytes);
        if (parsed.ok) expect(parsed.measurement.bpm).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
