import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/**
 * `npm install` should finish without warnings (decision 0005): every locked
 * package runs on the oldest Node we support, and every package with an install
 * script has been reviewed in `allowScripts`.
 */
const semver = createRequire(import.meta.url)('semver') as { minVersion(range: string): { version: string } | null; satisfies(version: string, range: string): boolean };

interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
  hasInstallScript?: boolean;
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const locked = Object.entries(lock.packages)
  .filter(([at]) => at.startsWith('node_modules/'))
  .map(([at, entry]) => ({ name: at.slice(at.lastIndexOf('node_modules/') + 'node_modules/'.length), entry }));

describe('npm install', () => {
  it('installs only packages that run on the oldest Node we support', () => {
    const oldest = semver.minVersion(pkg.engines.node)!.version;
    const unsupported = locked
      .filter(({ entry }) => entry.engines && !Array.isArray(entry.engines) && entry.engines.node)
      .filter(({ entry }) => !semver.satisfies(oldest, (entry.engines as { node: string }).node))
      .map(({ name, entry }) => `${name}@${entry.version} wants node ${(entry.engines as { node: string }).node}`);
    expect(unsupported).toEqual([]);
  });

  it('has reviewed every install script it would run', () => {
    const reviewed = new Set(Object.keys(pkg.allowScripts ?? {}).map((key) => key.replace(/(?<=.)@.*$/, '')));
    const unreviewed = locked.filter(({ name, entry }) => entry.hasInstallScript && !reviewed.has(name)).map(({ name }) => name);
    expect(unreviewed).toEqual([]);
  });
});
