import { describe, expect, it } from 'vitest';
import { withMap } from './api';

const map = (id: string, isMain: boolean, name: string | null = null) => ({ id, name, topic: null, isMain, createdAt: '2026-12-01T10:00:00Z' });

describe('withMap', () => {
  it('adds a new map at the end and replaces a changed one in its place', () => {
    const list = { seq: 3, maps: [map('m1', true), map('m2', false)] };
    expect(withMap(list, map('m3', false)).maps.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    expect(withMap(list, map('m1', true, 'the spiral')).maps).toEqual([map('m1', true, 'the spiral'), map('m2', false)]);
  });

  it('makes the others variants when a map becomes the main loop', () => {
    const list = { seq: 3, maps: [map('m1', true), map('m2', false)] };
    expect(withMap(list, map('m2', true)).maps).toEqual([map('m1', false), map('m2', true)]);
  });
});
