import path from 'node:path';
import { isLoopbackHost } from '../core/lan';

export interface ReadyFacts {
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres' };
  host: string;
  port: number;
  /** LAN addresses a phone can use, best first. */
  lanAddresses: string[];
  publicOrigin: string | undefined;
  startupMs: number;
}

/**
 * What `npm start` prints once the server answers: plain lines a person reads,
 * the addresses last, so they are what the terminal ends with.
 */
export function readyMessage(facts: ReadyFacts): string {
  const where = facts.database.kind === 'pglite' ? `embedded database in ${path.resolve(facts.database.dataDir)}` : 'PostgreSQL (DATABASE_URL)';
  const listensEverywhere = facts.host === '0.0.0.0' || facts.host === '::';
  const local = listensEverywhere || isLoopbackHost(facts.host) ? 'localhost' : facts.host;
  const row = (label: string, url: string) => `  ${label.padEnd(30)}${url}`;
  const lines = [`Offbeat is running on the ${where} (ready in ${(facts.startupMs / 1000).toFixed(1)} s).`, ''];
  if (facts.publicOrigin) lines.push(row('Public address:', facts.publicOrigin));
  lines.push(row('On this computer:', `http://${local}:${facts.port}`));
  const [lan] = facts.lanAddresses;
  if (lan) lines.push(row('On a phone on the same Wi-Fi:', `http://${lan}:${facts.port}`));
  else if (!listensEverywhere) lines.push(`  Phones cannot reach it: HOST=${facts.host} listens on this computer only.`);
  else lines.push('  No Wi-Fi or network address found, so a phone cannot reach it yet.');
  return `\n${lines.join('\n')}\n`;
}
