import { describe, expect, it } from 'vitest';
import { readyMessage, type ReadyFacts } from './ready-message';

const facts: ReadyFacts = {
  database: { kind: 'pglite', dataDir: '/srv/offbeat/data' },
  host: '0.0.0.0',
  port: 3000,
  lanAddresses: ['192.168.1.20', '10.0.0.7'],
  publicOrigin: undefined,
  startupMs: 1234,
};
const lastLines = (text: string, n: number) => text.trimEnd().split('\n').slice(-n);

describe('readyMessage', () => {
  it('ends with the local address and the best LAN address, as plain lines', () => {
    const text = readyMessage(facts);
    expect(text).toContain('embedded database in /srv/offbeat/data (ready in 1.2 s)');
    expect(lastLines(text, 2)).toEqual([
      '  On this computer:             http://localhost:3000',
      '  On a phone on the same Wi-Fi: http://192.168.1.20:3000',
    ]);
    expect(text).not.toContain('10.0.0.7');
    expect(text).not.toMatch(/[{}]/);
  });

  it('says plainly when a phone cannot reach it', () => {
    expect(lastLines(readyMessage({ ...facts, host: '127.0.0.1', lanAddresses: [] }), 2)).toEqual([
      '  On this computer:             http://localhost:3000',
      '  Phones cannot reach it: HOST=127.0.0.1 listens on this computer only.',
    ]);
    expect(lastLines(readyMessage({ ...facts, lanAddresses: [] }), 1)[0]).toMatch(/No Wi-Fi or network address found/);
  });

  it('names the public address and PostgreSQL when configured', () => {
    const text = readyMessage({ ...facts, database: { kind: 'postgres' }, publicOrigin: 'https://offbeat.example' });
    expect(text).toContain('PostgreSQL (DATABASE_URL)');
    expect(text).toContain('  Public address:               https://offbeat.example');
  });

  it('uses the listening address itself when it is not loopback', () => {
    expect(readyMessage({ ...facts, host: '10.0.0.7', lanAddresses: ['10.0.0.7'] })).toContain('On this computer:             http://10.0.0.7:3000');
  });
});
