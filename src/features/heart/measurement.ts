/**
 * The Bluetooth Heart Rate Measurement characteristic (0x2A37 in the Heart Rate service 0x180D),
 * read as the Bluetooth SIG's Heart Rate Service specification lays it out:
 *
 *   byte 0   flags: bit 0 value format (0: uint8, 1: uint16 little-endian)
 *                   bits 1–2 sensor contact (0b0x: not supported, 0b10: not detected, 0b11: detected)
 *                   bit 3 energy expended present (uint16, kilojoules)
 *                   bit 4 RR intervals present (uint16 each, 1/1024 s, as many as fit)
 *   then     the heart rate, the energy expended if flagged, the RR intervals if flagged.
 */
export const HEART_RATE_SERVICE = 0x180d;
export const HEART_RATE_MEASUREMENT = 0x2a37;

export type SensorContact = 'unsupported' | 'not_detected' | 'detected';

export interface HeartRateMeasurement {
  bpm: number;
  contact: SensorContact;
  /** Kilojoules since the sensor's last reset, when it sends them. */
  energyExpendedKj: number | null;
  /** Beat-to-beat intervals in milliseconds, oldest first; a notification may carry several. */
  rrIntervalsMs: number[];
}

export type Parsed = { ok: true; measurement: HeartRateMeasurement } | { ok: false; problem: 'too_short' };

const FLAG_UINT16 = 0x01;
const FLAG_CONTACT_SUPPORTED = 0x04;
const FLAG_CONTACT_DETECTED = 0x02;
const FLAG_ENERGY = 0x08;
const FLAG_RR = 0x10;

/** One notification's bytes to a measurement; a truncated notification is refused, never guessed at. */
export function parseHeartRateMeasurement(bytes: Uint8Array): Parsed {
  if (bytes.length < 2) return { ok: false, problem: 'too_short' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const flags = view.getUint8(0);
  let at = 1;
  let bpm: number;
  if (flags & FLAG_UINT16) {
    if (bytes.length < at + 2) return { ok: false, problem: 'too_short' };
    bpm = view.getUint16(at, true);
    at += 2;
  } else {
    bpm = view.getUint8(at);
    at += 1;
  }
  const contact: SensorContact = !(flags & FLAG_CONTACT_SUPPORTED) ? 'unsupported' : flags & FLAG_CONTACT_DETECTED ? 'detected' : 'not_detected';
  let energyExpendedKj: number | null = null;
  if (flags & FLAG_ENERGY) {
    if (bytes.length < at + 2) return { ok: false, problem: 'too_short' };
    energyExpendedKj = view.getUint16(at, true);
    at += 2;
  }
  const rrIntervalsMs: number[] = [];
  if (flags & FLAG_RR) {
    // A trailing odd byte is not half an interval: it is ignored.
    for (; at + 2 <= bytes.length; at += 2) rrIntervalsMs.push((view.getUint16(at, true) * 1000) / 1024);
  }
  return { ok: true, measurement: { bpm, contact, energyExpendedKj, rrIntervalsMs } };
}

/** The inverse, for tests and recorded notifications: the bytes a strap would send for a measurement. */
export function encodeHeartRateMeasurement(m: { bpm: number; contact?: SensorContact; energyExpendedKj?: number | null; rr1024?: number[]; wide?: boolean }): Uint8Array {
  const wide = m.wide ?? m.bpm > 255;
  const contact = m.contact ?? 'detected';
  let flags = wide ? FLAG_UINT16 : 0;
  if (contact !== 'unsupported') flags |= FLAG_CONTACT_SUPPORTED | (contact === 'detected' ? FLAG_CONTACT_DETECTED : 0);
  if (m.energyExpendedKj != null) flags |= FLAG_ENERGY;
  if (m.rr1024?.length) flags |= FLAG_RR;
  const out: number[] = [flags];
  const u16 = (n: number) => out.push(n & 0xff, (n >> 8) & 0xff);
  if (wide) u16(m.bpm);
  else out.push(m.bpm & 0xff);
  if (m.energyExpendedKj != null) u16(m.energyExpendedKj);
  for (const rr of m.rr1024 ?? []) u16(rr);
  return Uint8Array.from(out);
}
