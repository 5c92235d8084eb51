import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db';
import { copiedTables, digestLines, digestTable, insertLines, pinTextOutput, tableBatches, type TableInfo } from './tables';

let t: TestDatabase;
let settings: TableInfo;
const ROWS = 4_500; // more than two cursor fetches

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.query(`insert into app_settings (key, value) select 'k' || n, jsonb_build_object('n', n) from generate_series(1, $1::int) n`, [ROWS]);
  settings = (await copiedTables(t.db)).find((table) => table.name === 'app_settings')!;
});
afterAll(() => t.drop());

describe('a table read a batch at a time', () => {
  it('yields every row once, in byte order, in batches no larger than one fetch, with the digest of the whole', async () => {
    await t.db.transaction(async (tx) => {
      await pinTextOutput(tx);
      const batches: string[][] = [];
      for await (const batch of tableBatches(tx, settings)) batches.push(batch);
      const lines = batches.flat();
      expect(batches.length).toBeGreaterThan(2);
      expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(2_000);
      expect(new Set(lines).size).toBe(lines.length);
      expect(lines.length).toBeGreaterThanOrEqual(ROWS);
      expect([...lines].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))).toEqual(lines);
      expect(await digestTable(tx, settings)).toEqual(digestLines(lines));
    });
  });

  it('loads back from batches of any size to the same digest', async () => {
    const before = await t.db.transaction(async (tx) => (await pinTextOutput(tx), digestTable(tx, settings)));
    const lines = await t.db.transaction(async (tx) => {
      await pinTextOutput(tx);
      const all: string[] = [];
      for await (const batch of tableBatches(tx, settings)) all.push(...batch);
      return all;
    });
    async function* oddBatches() {
      for (let i = 0; i < lines.length; i += 777) yield lines.slice(i, i + 777);
    }
    const after = await t.db.transaction(async (tx) => {
      await tx.query('delete from app_settings');
      await insertLines(tx, settings, oddBatches());
      await pinTextOutput(tx);
      return digestTable(tx, settings);
    });
    expect(after).toEqual(before);
  });
});
