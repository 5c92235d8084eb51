import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from '../../core/http/app';
import { features } from '../../server/features';
import { testConfig } from '../../../test/support/test-app';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db';
import { newCouple } from '../../../test/support/client';
import { insightsFeature, type CheckInTrendReader } from './routes';

/**
 * The seam for the weekly check-in: given a reader (the shell wires the check-in feature's), the
 * view carries its trend for the same weeks; without one it is null (insights.int.test.ts).
 */
let testDb: TestDatabase;
let app: BuiltApp;
let url = '';
const asked: Array<{ userId: string; weekStarts: string[]; timeZone: string }> = [];
const reader: CheckInTrendReader = async (scope, span) => {
  asked.push({ userId: scope.userId, weekStarts: span.weekStarts, timeZone: span.timeZone });
  return { label: 'A test instrument', weeks: span.weekStarts.map((start, i) => ({ start, mine: i, partner: null })) };
};

beforeAll(async () => {
  testDb = await createTestDatabase();
  app = await buildApp({ config: testConfig(), db: testDb.db, channel: testDb.channel, features: [...features.filter((f) => f.name !== 'insights'), insightsFeature({ checkInTrend: reader })] });
  await app.api.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(app.api.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  await testDb.drop();
});

describe('the check-in seam', () => {
  it('asks the reader for the same weeks in the viewer’s zone and shows what it gives', async () => {
    const { a } = await newCouple(url);
    const res = await a.get('/api/insights?weeks=4&tz=Asia%2FTokyo');
    expect(res.status).toBe(200);
    expect(asked).toEqual([{ userId: a.userId, weekStarts: res.body.series.map((w: { start: string }) => w.start), timeZone: 'Asia/Tokyo' }]);
    expect(res.body.checkIn).toEqual({ label: 'A test instrument', weeks: res.body.series.map((w: { start: string }, i: number) => ({ start: w.start, mine: i, partner: null })) });
  });
});
