import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One owner per server resource in the client cache (issue #12 §2): a GET path is fetched in one
 * place only — `api.get('/api/…')` in its owner's ui — or, when other features read it too, only
 * through the owner contract's shared read (`sharedView('/api/…')`, `sharedQuery('/api/…')`,
 * cached under the path itself, so every reader meets the one entry). A second `api.get` of the
 * same path is a twin cache entry that drifts from the first.
 */
const ROOT = path.resolve('src');

function clientFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return clientFiles(full);
    const inUi = full.split(path.sep).includes('ui');
    return inUi && /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** `/api/maps/${id}/history?after=${n}` → `/api/maps/:/history`: one resource, whatever the ids and query. */
function resource(raw: string): string {
  return raw.replace(/\$\{[^}]*\}/g, ':').replace(/[?#].*$/, '');
}

const GET = /\bapi\s*\.\s*get\s*(?:<[\s\S]*?>)?\s*\(\s*(['"`])(\/api\/[^'"`]*)\1/g;
const SHARED = /\bshared(?:View|Query)\s*\(\s*(['"`])(\/api\/[^'"`]*)\1/g;

function twins(root = ROOT): string[] {
  const fetched = new Map<string, string[]>();
  const shared = new Set<string>();
  for (const file of clientFiles(root)) {
    const source = readFileSync(file, 'utf8');
    const at = (index: number) => `${path.relative(root, file).replaceAll(path.sep, '/')}:${source.slice(0, index).split('\n').length}`;
    for (const m of source.matchAll(GET)) fetched.set(resource(m[2]!), [...(fetched.get(resource(m[2]!)) ?? []), at(m.index)]);
    for (const m of source.matchAll(SHARED)) shared.add(resource(m[2]!));
  }
  const found: string[] = [];
  for (const [res, sites] of fetched) {
    if (sites.length > 1) found.push(`${res} is fetched in ${sites.length} places: ${sites.join(', ')}`);
    if (shared.has(res)) found.push(`${res} is a shared read, yet also fetched on its own at ${sites.join(', ')}`);
  }
  return found.sort();
}

describe('one cache entry per server resource', () => {
  it('holds: each GET path is fetched in one place, or read only through its owner’s shared read', () => {
    expect(twins()).toEqual([]);
  });

  it('sees the GETs it must count, so an empty result above is not a blind reader', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'one-cache-'));
    const plant = (rel: string, source: string) => {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), source);
    };
    try {
      plant('features/owner/ui/api.ts', "api.get<{ maps: Array<{ id: string }> }>('/api/maps');\napi.get<X>(`/api/maps/${id}`);\nsharedView('/api/contracts');\n");
      plant('features/reader/ui/api.ts', "api\n  .get<{ maps: M[] }>('/api/maps')\n  .then(f);\napi.get<X>(`/api/maps/${other}?limit=${n}`);\nsharedView('/api/contracts');\napi.get('/api/contracts');\n");
      plant('features/reader/ui/api.test.ts', "api.get('/api/maps');\n");
      plant('features/reader/routes.ts', "api.get('/api/maps');\n");
      expect(twins(root)).toEqual([
        '/api/contracts is a shared read, yet also fetched on its own at features/reader/ui/api.ts:6',
        '/api/maps is fetched in 2 places: features/owner/ui/api.ts:1, features/reader/ui/api.ts:1',
        '/api/maps/: is fetched in 2 places: features/owner/ui/api.ts:2, features/reader/ui/api.ts:4',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
