import { describe, expect, it } from 'vitest';
import { formatDuration } from './copy';
import { MAX_RECORDING_SECONDS, contentTypeOf, pickRecordingType, readClock, uploadSeconds } from './recorder-clock';

describe('the recorder clock', () => {
  it('counts whole seconds from the start and stops exactly at two minutes', () => {
    const start = 1_000_000;
    expect(readClock(start, start)).toEqual({ elapsed: 0, remaining: 120, atLimit: false });
    expect(readClock(start, start + 999)).toMatchObject({ elapsed: 0, atLimit: false });
    expect(readClock(start, start + 61_500)).toEqual({ elapsed: 61, remaining: 59, atLimit: false });
    expect(readClock(start, start + 119_999)).toMatchObject({ elapsed: 119, atLimit: false });
    expect(readClock(start, start + 120_000)).toEqual({ elapsed: 120, remaining: 0, atLimit: true });
    // A late timer tick never shows more than the limit.
    expect(readClock(start, start + 125_000)).toEqual({ elapsed: 120, remaining: 0, atLimit: true });
    // A clock that jumps backwards shows zero, not a negative time.
    expect(readClock(start, start - 5_000).elapsed).toBe(0);
  });

  it('shows the time as m:ss', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(9)).toBe('0:09');
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(MAX_RECORDING_SECONDS)).toBe('2:00');
  });

  it('tells the server a length between one second and the limit', () => {
    expect(uploadSeconds(0)).toBe(1);
    expect(uploadSeconds(300)).toBe(1);
    expect(uploadSeconds(4_200)).toBe(5);
    expect(uploadSeconds(120_000)).toBe(120);
    expect(uploadSeconds(120_040)).toBe(120);
  });
});

describe('the recording format', () => {
  it('prefers WebM/Opus, then falls back to what the browser can do', () => {
    expect(pickRecordingType(() => true)).toEqual({ mimeType: 'audio/webm;codecs=opus', contentType: 'audio/webm' });
    expect(pickRecordingType((t) => t === 'audio/mp4')).toEqual({ mimeType: 'audio/mp4', contentType: 'audio/mp4' });
    expect(pickRecordingType(() => false)).toBeNull();
  });

  it('sends the plain type of what was recorded', () => {
    expect(contentTypeOf('audio/webm;codecs=opus', 'audio/mp4')).toBe('audio/webm');
    expect(contentTypeOf('audio/mp4; codecs="mp4a.40.2"', 'audio/webm')).toBe('audio/mp4');
    expect(contentTypeOf('', 'audio/webm')).toBe('audio/webm');
    expect(contentTypeOf('video/webm', 'audio/webm')).toBe('audio/webm');
  });
});
