import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isLoopbackHost, lanAddresses, lanOriginFor } from './lan';

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

describe('lanOriginFor', () => {
  it('swaps a loopback host for the LAN address, keeping scheme and port', () => {
    expect(lanOriginFor('http', 'localhost:3000', '192.168.1.20')).toBe('http://192.168.1.20:3000');
    expect(lanOriginFor('http', '127.0.0.1:8080', '10.0.0.7')).toBe('http://10.0.0.7:8080');
    expect(lanOriginFor('https', '[::1]', '10.0.0.7')).toBe('https://10.0.0.7');
  });

  it('leaves an address others can already reach, or when there is no LAN address', () => {
    expect(lanOriginFor('http', '192.168.1.20:3000', '192.168.1.20')).toBeNull();
    expect(lanOriginFor('https', 'offbeat.example', '192.168.1.20')).toBeNull();
    expect(lanOriginFor('http', 'localhost:3000', undefined)).toBeNull();
    expect(lanOriginFor('http', undefined, '192.168.1.20')).toBeNull();
  });

  it('does not offer the very address the browser is on', () => {
    expect(lanOriginFor('http', '127.0.0.1:3000', '127.0.0.1')).toBeNull();
  });
});
