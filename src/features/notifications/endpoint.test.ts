import { describe, expect, it } from 'vitest';
import { isAcceptablePushEndpoint } from './endpoint';

describe('push endpoint check', () => {
  it.each([
    // The browsers' push services, as their subscriptions look.
    'https://fcm.googleapis.com/fcm/send/abc:APA91b',
    'https://fcm.googleapis.com/wp/abc',
    'https://updates.push.services.mozilla.com/wpush/v2/gAAAA',
    'https://web.push.apple.com/QGx1c2g',
    'https://wns2-by3p.notify.windows.com/w/?token=BQYAAA',
    'https://fcm.googleapis.com:443/fcm/send/abc',
    'https://FCM.googleapis.com/fcm/send/abc',
  ])('accepts %s', (url) => {
    expect(isAcceptablePushEndpoint(url, false)).toBe(true);
  });

  it.each([
    ['plain http', 'http://fcm.googleapis.com/fcm/send/abc'],
    ['another port', 'https://fcm.googleapis.com:8443/fcm/send/abc'],
    ['credentials', 'https://user:pw@fcm.googleapis.com/fcm/send/abc'],
    ['a look-alike host', 'https://fcm.googleapis.com.evil.example/x'],
    ['a look-alike suffix', 'https://evilpush.apple.com/x'],
    ['the bare service domain', 'https://push.apple.com/x'],
    ['a trailing dot', 'https://fcm.googleapis.com./x'],
    ['any other host', 'https://push.example.com/x'],
    ['loopback', 'https://127.0.0.1/x'],
    ['loopback by name', 'https://localhost/x'],
    ['loopback by name with a dot', 'https://localhost./x'],
    ['a wildcard DNS name for a private address', 'https://10.0.0.1.nip.io/x'],
    ['a private address', 'https://10.0.0.5/x'],
    ['a home network address', 'https://192.168.1.1/x'],
    ['link-local metadata', 'https://169.254.169.254/latest/meta-data'],
    ['metadata by name', 'https://metadata.google.internal/computeMetadata'],
    ['IPv6 loopback', 'https://[::1]/x'],
    ['IPv4-mapped IPv6', 'https://[::ffff:127.0.0.1]/x'],
    ['a decimal IPv4', 'https://2130706433/x'],
    ['not a URL', 'not a url'],
    ['the test receiver when not allowed', 'http://127.0.0.1:9999/push/1'],
  ])('refuses %s', (_label, url) => {
    expect(isAcceptablePushEndpoint(url, false)).toBe(false);
  });

  it('allows the local test receiver only when configured, and only on 127.0.0.1', () => {
    expect(isAcceptablePushEndpoint('http://127.0.0.1:9999/push/1', true)).toBe(true);
    expect(isAcceptablePushEndpoint('http://10.0.0.1:9999/push/1', true)).toBe(false);
    expect(isAcceptablePushEndpoint('http://localhost:9999/push/1', true)).toBe(false);
    expect(isAcceptablePushEndpoint('https://push.example.com/x', true)).toBe(false);
  });
});
