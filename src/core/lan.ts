import type { NetworkInterfaceInfo } from 'node:os';

/**
 * Addresses a phone on the same Wi-Fi can reach this server at, best first.
 * Only private IPv4 ranges count (a phone at home is on one), and only when the
 * server listens there: on every interface, or on that address itself. Home
 * routers hand out 192.168/16, so it comes first; 172.16/12 comes last because
 * container bridges live there.
 */
export function lanAddresses(host: string, interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  const everyInterface = host === '0.0.0.0' || host === '::';
  const candidates = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal && privateRank(i.address) !== null)
    .map((i) => i.address)
    .filter((address) => everyInterface || address === host);
  return [...new Set(candidates)].sort((a, b) => privateRank(a)! - privateRank(b)!);
}

function privateRank(address: string): number | null {
  const [a, b] = address.split('.').map(Number) as [number, number];
  if (a === 192 && b === 168) return 0;
  if (a === 10) return 1;
  if (a === 172 && b >= 16 && b <= 31) return 2;
  return null;
}

/** True for a host only this computer can reach: `localhost`, 127.x.x.x, [::1] (a port may follow). */
export function isLoopbackHost(host: string): boolean {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * The origin a partner's phone can open when the person's own browser is on a
 * loopback address: the same scheme and port on the LAN address. Null when the
 * browser is not on loopback, or there is no LAN address to offer.
 */
export function lanOriginFor(protocol: string, host: string | undefined, lanAddress: string | undefined): string | null {
  if (!host || !lanAddress || !isLoopbackHost(host)) return null;
  const port = /:(\d+)$/.exec(host)?.[1];
  const origin = `${protocol}://${lanAddress}${port ? `:${port}` : ''}`;
  return new URL(origin).host === host ? null : origin;
}
