import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { TestClient } from '../../../test/support/client';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemoCouple } from './seed';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function logIn(email: string) {
  const client = new TestClient(app.url);
  const res = await client.post('/api/auth/login', { email, password: DEMO_PASSWORD });
  expect(res.status).toBe(200);
  return client;
}

describe('demo couple', () => {
  it('gives two logins in one couple space with a little history, and can be reseeded', async () => {
    const { ctx } = app.app;
    await seedDemoCouple(ctx.db, ctx.events, ctx.hasher);
    const { coupleId } = await seedDemoCouple(ctx.db, ctx.events, ctx.hasher);

    const alex = await logIn(DEMO_PEOPLE[0].email);
    const blair = await logIn(DEMO_PEOPLE[1].email);
    const view = (await blair.get('/api/couple')).body.couple;
    expect(view.id).toBe(coupleId);
    expect(view.members.map((m: { displayName: string }) => m.displayName)).toEqual(['Alex', 'Blair']);

    const feed = (await alex.get('/api/couple/activity')).body.items as Array<{ type: string; actorName: string }>;
    expect(feed.map((i) => i.type)).toEqual(['couple.renamed', 'couple.renamed', 'member.joined', 'invite.created', 'couple.created']);
    expect(feed.find((i) => i.type === 'member.joined')?.actorName).toBe('Blair');

    const rows = await ctx.db.query<{ n: number }>('select count(*)::int as n from couples');
    expect(rows[0]?.n).toBe(1);
  });
});
