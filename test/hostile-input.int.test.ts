import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';
import { newCouple, type TestClient } from './support/client';
import { snapshotDatabase } from './support/db-digest';

let app: TestApp;
let a: TestClient;
beforeAll(async () => {
  app = await startTestApp();
  ({ a } = await newCouple(app.url));
});
afterAll(() => app.close());

function expectClientError(res: { status: number; body: unknown }) {
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(res.body).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
}

describe('inputs that once reached the database or Fastify’s own error shape', () => {
  it.each([
    ['a NUL in a name', 'PATCH', '/api/account', { displayName: 'Al\u0000ex' }],
    ['a NUL in the couple name', 'PATCH', '/api/couple', { name: 'Us\u0000' }],
    ['a NUL in a key', 'PATCH', '/api/couple', { ['na\u0000me']: 'Us' }],
    ['a lone surrogate in a name', 'PATCH', '/api/account', { displayName: 'Al\ud800ex' }],
    ['a control character in the couple name', 'PATCH', '/api/couple', { name: 'Us\u0007' }],
    ['an activity cursor past PostgreSQL’s integer', 'GET', '/api/couple/activity?before=99999999999', undefined],
    ['a NUL in the query', 'GET', '/api/couple/activity?before=%00', undefined],
    ['a broken percent-escape in the path', 'DELETE', '/api/couple/invites/%E0%A4%A', undefined],
    ['a lone percent sign in the path', 'DELETE', '/api/couple/invites/%', undefined],
    ['a path parameter over Fastify’s length limit', 'DELETE', `/api/couple/invites/${'x'.repeat(500)}`, undefined],
  ])('answers %s with a 4xx in the one error shape and changes nothing', async (_label, method, path, body) => {
    const before = await snapshotDatabase(app.db);
    const res = await a.request(method, path, body);
    expectClientError(res);
    expect(await snapshotDatabase(app.db)).toEqual(before);
  });
});
