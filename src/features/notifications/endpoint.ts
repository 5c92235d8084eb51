import { isIP } from 'node:net';

/**
 * A push endpoint is a URL our server will POST to, so it must be a real push
 * service: https, and not an address inside our own network (no SSRF). Tests
 * may allow plain http on 127.0.0.1 for the local push receiver.
 */
export function isAcceptablePushEndpoint(raw: string, allowLoopback: boolean): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (allowLoopback && url.protocol === 'http:' && host === '127.0.0.1') return true;
  if (url.protocol !== 'https:') return false;
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) return false;
  if (isIP(host) === 4) return !isPrivateV4(host);
  if (isIP(host) === 6) return false; // push services are named hosts
  return host.includes('.');
}

function isPrivateV4(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number) as [number, number];
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224;
}
