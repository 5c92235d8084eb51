/**
 * A push endpoint is a URL our server will POST to, so it must be a real push
 * service, or a browser's subscription becomes a way to make this server call
 * anything (SSRF: the cloud metadata address, a router's admin page, a name
 * like `localhost.` or `10.0.0.1.nip.io` that resolves inside our network).
 * Only https on the standard port to the hosts of the browsers' push services
 * is accepted. Tests may allow plain http on 127.0.0.1 for the local receiver.
 */
const PUSH_SERVICE_HOSTS: Array<string | RegExp> = [
  // Chrome, Edge on Android, Opera, Samsung Internet, Brave: Firebase Cloud Messaging.
  'fcm.googleapis.com',
  // Firefox: Mozilla's autopush (updates.push.services.mozilla.com).
  /^([a-z0-9-]+\.)+push\.services\.mozilla\.com$/,
  // Safari on macOS and iOS: Apple's push service (web.push.apple.com).
  /^([a-z0-9-]+\.)+push\.apple\.com$/,
  // Edge on Windows: Windows Push Notification Services (wns2-….notify.windows.com).
  /^([a-z0-9-]+\.)+notify\.windows\.com$/,
];

export function isAcceptablePushEndpoint(raw: string, allowLoopback: boolean): boolean {
  if (!URL.canParse(raw)) return false;
  const url = new URL(raw);
  if (url.username || url.password) return false;
  if (allowLoopback && url.protocol === 'http:' && url.hostname === '127.0.0.1') return true;
  // `port` is '' for https's own 443 (also when written out): anything else is not a push service.
  if (url.protocol !== 'https:' || url.port !== '') return false;
  const host = url.hostname;
  return PUSH_SERVICE_HOSTS.some((allowed) => (typeof allowed === 'string' ? host === allowed : allowed.test(host)));
}
