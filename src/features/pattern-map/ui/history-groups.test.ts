import { describe, expect, it } from 'vitest';
import { groupHistory, type VersionEntry } from './history-groups';

const A = 'a-id';
const B = 'b-id';
const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 10, 25, 14, minute, second)).toISOString();
const v = (ownerId: string, version: number, authorId: string, minute: number, second = 0): VersionEntry => ({
  ownerId,
  version,
  authorId,
  authorName: authorId === A ? 'Alex' : 'Sam',
  isMine: authorId === A,
  at: at(minute, second),
});

describe('history grouping', () => {
  it('folds a burst of typing into one group that restores to its last version', () => {
    const groups = groupHistory([v(A, 3, A, 2), v(A, 2, A, 1), v(A, 1, A, 0)]);
    expect(groups).toEqual([{ ownerId: A, authorId: A, authorName: 'Alex', isMine: true, from: at(0), to: at(2), version: 3, before: 0, count: 3 }]);
  });

  it('starts a new group after a pause of more than five minutes', () => {
    const groups = groupHistory([v(A, 3, A, 20), v(A, 2, A, 2), v(A, 1, A, 0)]);
    expect(groups.map((g) => [g.version, g.before, g.count])).toEqual([
      [3, 2, 1],
      [2, 0, 2],
    ]);
  });

  it('keeps two people typing at the same time as two groups, not an alternating list', () => {
    const list: VersionEntry[] = [];
    for (let i = 10; i >= 1; i--) list.push(v(A, i, i % 2 ? A : B, 0, i));
    const groups = groupHistory(list);
    expect(groups).toHaveLength(2);
    expect(groups.map((g) => [g.authorName, g.count, g.version])).toEqual([
      ['Sam', 5, 10],
      ['Alex', 5, 9],
    ]);
  });

  it('keeps each side’s changes apart, even by the same person', () => {
    const groups = groupHistory([v(B, 1, A, 0, 30), v(A, 1, A, 0, 10)]);
    expect(groups.map((g) => g.ownerId)).toEqual([B, A]);
  });

  it('splits a long session every half hour', () => {
    const list = Array.from({ length: 40 }, (_, i) => v(A, 40 - i, A, 0, 0)).map((e, i) => ({ ...e, at: new Date(Date.UTC(2026, 10, 25, 15, 0) - i * 120_000).toISOString() }));
    const groups = groupHistory(list);
    expect(groups.length).toBeGreaterThan(2);
    for (const g of groups) expect(Date.parse(g.to) - Date.parse(g.from)).toBeLessThanOrEqual(30 * 60_000);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(40);
  });

  it('is empty for an empty history', () => {
    expect(groupHistory([])).toEqual([]);
  });
});
