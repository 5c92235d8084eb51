import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house's one-way streets, checked on every import line:
 * - a feature (`src/features/<f>/…`) imports only `src/core/…`, its own files, and another
 *   feature's `contract.ts` (its typed front door: zod and types only);
 * - core imports no feature;
 * - only the shells (`src/web`, `src/server`) compose features.
 * Tests may reach further (they are not part of the product).
 */
const ROOT = path.resolve('src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g), ...source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return found.map((m) => m[1]!).filter((spec) => spec.startsWith('.'));
}

function featureOf(file: string): string | null {
  const rel = path.relative(ROOT, file).split(path.sep);
  return rel[0] === 'features' ? rel[1]! : null;
}

function problems(): string[] {
  const found: string[] = [];
  for (const file of files(ROOT)) {
    const from = path.relative(ROOT, file);
    const inCore = from.startsWith(`core${path.sep}`);
    const feature = featureOf(file);
    for (const spec of imports(file)) {
      const target = path.relative(ROOT, path.resolve(path.dirname(file), spec));
      const targetFeature = target.startsWith(`features${path.sep}`) ? target.split(path.sep)[1]! : null;
      if (inCore && targetFeature) found.push(`${from} → ${target}: core imports no feature`);
      if (feature && targetFeature && targetFeature !== feature && !/\/contract$/.test(target.replaceAll(path.sep, '/'))) {
        found.push(`${from} → ${target}: features meet only through a contract.ts`);
      }
      if (feature && !targetFeature && !target.startsWith(`core${path.sep}`)) found.push(`${from} → ${target}: a feature reaches only core, itself and contracts`);
    }
  }
  return found;
}

describe('boundaries between features', () => {
  it('holds: features reach only core, themselves and other features’ contracts; core reaches no feature', () => {
    expect(problems()).toEqual([]);
  });

  it('would notice a feature reaching into another', () => {
    // The check reads real import lines: make sure it sees the ones it must allow, so an empty
    // result above is not just a blind reader.
    const seen = files(path.join(ROOT, 'features', 'signal')).flatMap(imports);
    expect(seen.some((s) => s.includes('core/'))).toBe(true);
  });
});
