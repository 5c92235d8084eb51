import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupName } from './backup';
import { digestLines, parentsFirst } from './tables';

describe('parentsFirst', () => {
  it('puts every table after each table it references, whatever order they come in', () => {
    // Random acyclic references: a table may only reference tables with a lower number.
    const graph = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 30 }), fc.shuffledSubarray([...Array(n).keys()], { minLength: n })),
    );
    fc.assert(
      fc.property(graph, ([, pairs, order]) => {
        const references = pairs.map(([a, b]) => ({ child: `t${Math.max(a, b)}`, parent: `t${Math.min(a, b)}` }));
        const ordered = parentsFirst(order.map((i) => ({ name: `t${i}` })), references).map((t) => t.name);
        expect([...ordered].sort()).toEqual(order.map((i) => `t${i}`).sort());
        const position = new Map(ordered.map((name, i) => [name, i]));
        for (const { child, parent } of references) if (child !== parent) expect(position.get(parent)!).toBeLessThan(position.get(child)!);
      }),
    );
  });

  it('refuses a cycle rather than loading in an order that would fail', () => {
    expect(() => parentsFirst([{ name: 'a' }, { name: 'b' }], [{ child: 'a', parent: 'b' }, { child: 'b', parent: 'a' }])).toThrow(/cycle: a, b/);
  });
});

describe('digestLines', () => {
  it('is the sha256 of the lines as the backup file holds them, one per line', () => {
    expect(digestLines([])).toEqual({ rows: 0, sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' });
    expect(digestLines(['{"a" : 1}']).sha256).not.toBe(digestLines(['{"a" : 2}']).sha256);
  });
});

describe('backupName', () => {
  it('sorts by time and says when', () => {
    expect(backupName(new Date('2026-12-03T14:05:09.123Z'))).toBe('offbeat-backup-20261203T140509Z.tar.gz');
    expect(backupName(new Date('2026-12-03T09:00:00Z')) < backupName(new Date('2026-12-03T10:00:00Z'))).toBe(true);
  });
});
