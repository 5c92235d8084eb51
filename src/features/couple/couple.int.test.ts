import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { TestClient, newCouple } from '../../../test/support/client';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('couple space', () => {
  it('lets two partners join through a one-time invite and refuses a third person', async () => {
    const { a, b } = await newCouple(app.url);
    const view = await b.get('/api/couple');
    expect(view.status).toBe(200);
    expect(view.body.couple.members.map((m: { displayName: string }) => m.displayName)).toEqual(['Alex', 'Blair']);

    const third = new TestClient(app.url);
    await third.signup('third@example.test', 'Sam');
    const again = await a.post('/api/couple/invites');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('couple_full');
  });

  it('delivers a partner’s change live, in order, and replays what a reconnecting socket missed', async () => {
    const { a, b } = await newCouple(app.url);
    const head = (await b.get('/api/couple')).body.couple.headSeq as number;
    const socket = await b.openSocket({ lastSeq: head });
    await socket.next((m) => m.type === 'welcome');
    await a.patch('/api/couple', { name: 'The tango' });
    const event = await socket.next((m) => m.type === 'event' && m.event.type === 'couple.renamed');
    expect(event.type === 'event' && event.event.payload).toEqual({ name: 'The tango' });
    socket.close();

    await a.patch('/api/couple', { name: 'Doom spiral' });
    await a.patch('/api/couple', { name: 'Slow dance' });
    const resumed = await b.openSocket({ lastSeq: event.type === 'event' ? event.event.seq : 0 });
    await resumed.next((m) => m.type === 'event' && m.event.payload.name === 'Slow dance');
    expect(resumed.events().map((e) => e.payload.name)).toEqual(['Doom spiral', 'Slow dance']);
    resumed.close();
  });
});
