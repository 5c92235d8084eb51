import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { randomId } from './random-id';

describe('randomId', () => {
  it('makes version-4 UUIDs the server accepts as command ids, never the same twice', () => {
    const ids = Array.from({ length: 2000 }, randomId);
    for (const id of ids.slice(0, 50)) {
      expect(z.uuid().safeParse(id).success).toBe(true);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});
