import { describe, expect, it } from 'vitest';
import { formatClockTime, formatCountdown, minutesLeft, remainingMs } from './countdown';

describe('remainingMs', () => {
  const ends = '2026-11-25T12:10:00.000Z';
  it('counts down to the server end time and stops at zero', () => {
    expect(remainingMs(ends, Date.parse('2026-11-25T12:00:00Z'))).toBe(600_000);
    expect(remainingMs(ends, Date.parse('2026-11-25T12:11:00Z'))).toBe(0);
    expect(remainingMs(null, 0)).toBe(0);
  });
});

describe('formatCountdown', () => {
  it('shows minutes and seconds, rounding up', () => {
    expect(formatCountdown(600_000)).toBe('10:00');
    expect(formatCountdown(599_001)).toBe('10:00');
    expect(formatCountdown(599_000)).toBe('9:59');
    expect(formatCountdown(5_000)).toBe('0:05');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-50)).toBe('0:00');
  });

  it('adds hours for long pauses', () => {
    expect(formatCountdown(3_870_000)).toBe('1:04:30');
    expect(formatCountdown(2 * 3_600_000)).toBe('2:00:00');
  });
});

describe('minutesLeft', () => {
  it('rounds up to whole minutes', () => {
    expect(minutesLeft(600_000)).toBe(10);
    expect(minutesLeft(540_001)).toBe(10);
    expect(minutesLeft(1)).toBe(1);
    expect(minutesLeft(0)).toBe(0);
  });
});

describe('formatClockTime', () => {
  it('says the end time in the reader’s locale', () => {
    expect(formatClockTime('2026-11-25T14:32:00Z', 'en-GB')).toMatch(/\d{1,2}:32/);
  });
});
