import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house's one-way streets, checked on every import line:
 * - a feature (`src/features/<f>/…`) imports only `src/core/…`, its own files, and another
 *   feature's two front doors: its `contract.ts` (zod and types only, client-safe), from
 *   anywhere; and its `reads.ts` (named server read functions taking a scope), from server
 *   files only;
 * - client code (`src/web`, any feature's `ui/`) never imports a `reads.ts`, its own feature's
 *   included: it is server code and would drag the database into the bundle;
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

function featureOf(file: string, root: string): string | null {
  const rel = path.relative(root, file).split(path.sep);
  return rel[0] === 'features' ? rel[1]! : null;
}

/** Client code: the web shell and every feature's `ui/`. */
function isClient(rel: string): boolean {
  return /^web\//.test(rel) || /^features\/[^/]+\/ui\//.test(rel);
}

function problems(root = ROOT): string[] {
  const found: string[] = [];
  for (const file of files(root)) {
    const from = path.relative(root, file);
    const inCore = from.startsWith(`core${path.sep}`);
    const feature = featureOf(file, root);
    const client = isClient(from.replaceAll(path.sep, '/'));
    for (const spec of imports(file)) {
      const target = path.relative(root, path.resolve(path.dirname(file), spec));
      const targetFeature = target.startsWith(`features${path.sep}`) ? target.split(path.sep)[1]! : null;
      const door = /\/(contract|reads)$/.exec(target.replaceAll(path.sep, '/'))?.[1];
      if (inCore && targetFeature) found.push(`${from} → ${target}: core imports no feature`);
      if (client && door === 'reads') found.push(`${from} → ${target}: client code never imports a reads.ts (server only)`);
      if (feature && targetFeature && targetFeature !== feature && !door) {
        found.push(`${from} → ${target}: features meet only through a contract.ts or reads.ts`);
      }
      if (feature && !targetFeature && !target.startsWith(`core${path.sep}`)) found.push(`${from} → ${target}: a feature reaches only core, itself and other features’ front doors`);
    }
  }
  return found;
}

describe('boundaries between features', () => {
  it('holds: features reach only core, themselves and other features’ contracts and (server side) reads; core reaches no feature', () => {
    expect(problems()).toEqual([]);
  });

  it('would notice a feature reaching into another', () => {
    // The check reads real import lines: make sure it sees the ones it must allow, so an empty
    // result above is not just a blind reader.
    const seen = files(path.join(ROOT, 'features', 'signal')).flatMap(imports);
    expect(seen.some((s) => s.includes('core/'))).toBe(true);
  });

  it('lets a server file through another feature’s reads.ts, but no client file, and nothing else of it', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'boundaries-'));
    const plant = (rel: string, source: string) => {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), source);
    };
    try {
      plant('features/owner/reads.ts', 'export const x = 1;\n');
      plant('features/owner/queries.ts', 'export const y = 1;\n');
      plant('features/reader/routes.ts', "import { x } from '../owner/reads';\n");
      plant('features/reader/ui/page.tsx', "import { x } from '../../owner/reads';\n");
      plant('features/owner/ui/own.tsx', "import { x } from '../reads';\n");
      plant('features/reader/sneaky.ts', "import { y } from '../owner/queries';\n");
      plant('web/app.tsx', "import { x } from '../features/owner/reads';\n");
      expect(problems(root).sort()).toEqual(
        [
          `features/owner/ui/own.tsx → features/owner/reads: client code never imports a reads.ts (server only)`,
          `features/reader/sneaky.ts → features/owner/queries: features meet only through a contract.ts or reads.ts`,
          `features/reader/ui/page.tsx → features/owner/reads: client code never imports a reads.ts (server only)`,
          `web/app.tsx → features/owner/reads: client code never imports a reads.ts (server only)`,
        ].map((line) => line.replaceAll('/', path.sep)).sort(),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
