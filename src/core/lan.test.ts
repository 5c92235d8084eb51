import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isLoopbackHost, lanAddresses, linkOrigin } from './lan';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  family: 'IPv4',
  internal,
  netmask: '255.255.255.0',
  mac: '00:00:00:00:00:00',
  cidr: `${address}/24`,
});
const v6 = (address: string): NetworkInterfaceInfo => ({ address, family: 'IPv6', internal: false, netmask: 'ffff:ffff:ffff:ffff::', mac: '00:00:00:00:00:00', cidr: `${address}/64`, scopeid: 0 });

describe('lanAddresses', () => {
  const interfaces = {
    lo: [v4('127.0.0.1', true)],
    docker0: [v4('172.17.0.1')],
    eth0: [v4('10.0.0.7'), v6('fe80::1')],
    wlan0: [v4('192.168.1.20')],
    vps: [v4('203.0.113.9'), v4('169.254.3.4')],
  };

  it('lists the private IPv4 addresses, home Wi-Fi ranges first and container bridges last', () => {
    expect(lanAddresses('0.0.0.0', interfaces)).toEqual(['192.168.1.20', '10.0.0.7', '172.17.0.1']);
    expect(lanAddresses('::', interfaces)).toEqual(['192.168.1.20', '10.0.0.7', '172.17.0.1']);
  });

  it('offers only the address the server listens on, and nothing when it listens on loopback', () => {
    expect(lanAddresses('10.0.0.7', interfaces)).toEqual(['10.0.0.7']);
    expect(lanAddresses('127.0.0.1', interfaces)).toEqual([]);
    expect(lanAddresses('localhost', interfaces)).toEqual([]);
  });

  it('is empty without a network', () => {
    expect(lanAddresses('0.0.0.0', { lo: [v4('127.0.0.1', true)] })).toEqual([]);
  });
});

describe('isLoopbackHost', () => {
  it.each(['localhost', 'localhost:3000', 'app.localhost:5173', '127.0.0.1', '127.0.0.1:3000', '127.1.2.3:80', '[::1]', '[::1]:3000'])('%s is loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });
  it.each(['192.168.1.20:3000', 'offbeat.example', 'localhost.example.com', '1270.0.0.1', '[::2]:3000', '128.0.0.1'])('%s is not', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});

describe('linkOrigin', () => {
  const on = (host: string | undefined, localAddress: string, localPort: number, lanAddress?: string, protocol = 'http') => linkOrigin({ protocol, host, localAddress, localPort, lanAddress });

  it('swaps a browser on this computer for the LAN address, keeping scheme and the real port', () => {
    expect(on('localhost:3000', '127.0.0.1', 3000, '192.168.1.20')).toEqual({ origin: 'http://192.168.1.20:3000', reach: 'lan' });
    expect(on('127.0.0.1:8080', '127.0.0.1', 8080, '10.0.0.7')).toEqual({ origin: 'http://10.0.0.7:8080', reach: 'lan' });
    expect(on('[::1]', '::1', 443, '10.0.0.7', 'https')).toEqual({ origin: 'https://10.0.0.7', reach: 'lan' });
  });

  it('keeps the address others can already reach, and the loopback name when there is no LAN address', () => {
    expect(on('192.168.1.20:3000', '192.168.1.20', 3000, '192.168.1.20')).toEqual({ origin: 'http://192.168.1.20:3000', reach: 'origin' });
    expect(on('192.168.1.20:3000', '::ffff:192.168.1.20', 3000)).toEqual({ origin: 'http://192.168.1.20:3000', reach: 'origin' });
    expect(on('localhost:3000', '127.0.0.1', 3000)).toEqual({ origin: 'http://localhost:3000', reach: 'origin' });
    expect(on('127.0.0.1:3000', '127.0.0.1', 3000, '127.0.0.1')).toEqual({ origin: 'http://127.0.0.1:3000', reach: 'origin' });
  });

  it('never copies a Host header into the link: a stranger’s host or port gets the address the connection reached', () => {
    expect(on('evil.example', '192.168.1.20', 3000)).toEqual({ origin: 'http://192.168.1.20:3000', reach: 'origin' });
    expect(on('192.168.1.20:6666', '192.168.1.20', 3000)).toEqual({ origin: 'http://192.168.1.20:3000', reach: 'origin' });
    expect(on('evil.example', '127.0.0.1', 3000, '192.168.1.20').origin).toBe('http://192.168.1.20:3000');
    expect(on('evil.example', '127.0.0.1', 3000).origin).toBe('http://127.0.0.1:3000');
    expect(on(undefined, 'fe80::1', 3000).origin).toBe('http://[fe80::1]:3000');
    expect(on('localhost.evil.example', '127.0.0.1', 3000).origin).toBe('http://127.0.0.1:3000');
  });
});
