import { describe, expect, it } from 'vitest';
import { base64UrlToBytes, minutesToTime, subscriptionBody, timeToMinutes } from './push-helpers';

describe('base64UrlToBytes', () => {
  it('decodes unpadded base64url', () => {
    expect([...base64UrlToBytes('AQID_-8')]).toEqual([1, 2, 3, 255, 239]);
    expect(base64UrlToBytes('BP' + 'A'.repeat(85)).length).toBe(65);
  });
});

describe('subscriptionBody', () => {
  it('keeps the endpoint and keys', () => {
    expect(subscriptionBody({ endpoint: 'https://push.example/x', keys: { p256dh: 'p', auth: 'a' } })).toEqual({
      endpoint: 'https://push.example/x',
      keys: { p256dh: 'p', auth: 'a' },
    });
  });
  it('refuses incomplete subscriptions', () => {
    expect(subscriptionBody({ endpoint: 'https://push.example/x' })).toBeNull();
    expect(subscriptionBody({ keys: { p256dh: 'p', auth: 'a' } })).toBeNull();
  });
});

describe('quiet-hour times', () => {
  it('round-trips minutes after midnight', () => {
    expect(minutesToTime(0)).toBe('00:00');
    expect(minutesToTime(1320)).toBe('22:00');
    expect(minutesToTime(450)).toBe('07:30');
    expect(timeToMinutes('22:00')).toBe(1320);
    expect(timeToMinutes('07:30:00')).toBe(450);
  });
  it('refuses what is not a time', () => {
    expect(timeToMinutes('')).toBeNull();
    expect(timeToMinutes('24:00')).toBeNull();
    expect(timeToMinutes('7:3')).toBeNull();
  });
});
