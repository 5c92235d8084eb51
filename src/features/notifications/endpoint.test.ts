import { describe, expect, it } from 'vitest';
import { isAcceptablePushEndpoint } from './endpoint';

describe('push endpoint check', () => {
  it.each([
    ['https://fcm.googleapis.com/fcm/send/abc', true],
    ['https://updates.push.services.mozilla.com/wpush/v2/x', true],
    ['http://fcm.googleapis.com/fcm/send/abc', false],
    ['https://127.0.0.1/x', false],
    ['https://10.0.0.5/x', false],
    ['https://192.168.1.1/x', false],
    ['https://172.20.0.1/x', false],
    ['https://169.254.169.254/latest', false],
    ['https://localhost/x', false],
    ['https://[::1]/x', false],
    ['https://user:pw@push.example.com/x', false],
    ['not a url', false],
    ['http://127.0.0.1:9999/push/1', false],
  ])('%s → %s', (url, ok) => {
    expect(isAcceptablePushEndpoint(url, false)).toBe(ok);
  });

  it('allows the local test receiver only when configured', () => {
    expect(isAcceptablePushEndpoint('http://127.0.0.1:9999/push/1', true)).toBe(true);
    expect(isAcceptablePushEndpoint('http://10.0.0.1:9999/push/1', true)).toBe(false);
  });
});
