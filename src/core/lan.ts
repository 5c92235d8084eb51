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

export interface ArrivedOn {
  /** `http` or `https`, as the connection (or the trusted proxy) says. */
  protocol: string;
  /** The Host header: written by whoever sent the request, so only compared, never copied into a link. */
  host: string | undefined;
  /** The address and port of this server that the connection really reached. */
  localAddress: string | undefined;
  localPort: number | undefined;
  lanAddress: string | undefined;
}

/**
 * The origin for a link a partner's phone will open, when no PUBLIC_ORIGIN is
 * configured. It is built from the address the connection actually reached,
 * never from the Host header (anyone can write one: a link with a stranger's
 * host would hand them the invite token). A browser on this computer (loopback)
 * gets the LAN address, which the phone can reach (`reach: 'lan'`, unless the
 * browser is already on it); with no LAN address, the loopback name it used.
 */
export function linkOrigin(on: ArrivedOn): { origin: string; reach: 'origin' | 'lan' } {
  const address = (on.localAddress ?? '127.0.0.1').replace(/^::ffff:(?=\d+\.)/, '');
  const port = on.localPort ? `:${on.localPort}` : '';
  const origin = (host: string) => new URL(`${on.protocol}://${host}${port}`).origin;
  if (!isLoopbackHost(address.includes(':') ? `[${address}]` : address)) return { origin: origin(address.includes(':') ? `[${address}]` : address), reach: 'origin' };
  if (on.lanAddress) {
    const lan = origin(on.lanAddress);
    return { origin: lan, reach: new URL(lan).host === on.host ? 'origin' : 'lan' };
  }
  const name = on.host && isLoopbackHost(on.host) ? loopbackName(on.host) : address.includes(':') ? `[${address}]` : address;
  return { origin: origin(name), reach: 'origin' };
}

function loopbackName(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
}
