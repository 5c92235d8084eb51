import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { TestClient, newCouple } from '../../../test/support/client';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('"we\'re doing the thing" signals', () => {
  it('reaches the partner at once, and the sender sees sent → delivered → seen', async () => {
    const { a, b } = await newCouple(app.url);
    const aSocket = await a.openSocket({ lastSeq: (await a.get('/api/couple')).body.couple.headSeq });
    const bSocket = await b.openSocket({ lastSeq: (await b.get('/api/couple')).body.couple.headSeq });
    await bSocket.next((m) => m.type === 'welcome');

    const sent = await a.post('/api/signals', { clientId: randomUUID(), need: 'breathe_first', note: 'I feel us speeding up' });
    expect(sent.status).toBe(201);
    expect(sent.body.status).toBe('sent');
    const received = await bSocket.next((m) => m.type === 'event' && m.event.type === 'signal.sent');
    expect(received.type === 'event' && received.event.payload.signalId).toBe(sent.body.id);
    // The note travels by API, not inside the event log.
    expect(JSON.stringify(received)).not.toContain('speeding');

    expect((await b.post(`/api/signals/${sent.body.id}/delivered`)).body.status).toBe('delivered');
    await aSocket.next((m) => m.type === 'event' && m.event.type === 'signal.delivered');
    const seen = await b.post(`/api/signals/${sent.body.id}/seen`);
    expect(seen.body.status).toBe('seen');
    expect(seen.body.note).toBe('I feel us speeding up');
    const seenEvent = await aSocket.next((m) => m.type === 'event' && m.event.type === 'signal.seen');
    expect(seenEvent.type === 'event' && seenEvent.event.feed).toBe(false);
    expect((await a.get('/api/signals')).body.signals[0].status).toBe('seen');
    // Receipts update the sender's screen but are not moments for the activity feed.
    const feedTypes = (await a.get('/api/couple/activity')).body.items.map((i: { type: string }) => i.type);
    expect(feedTypes).toContain('signal.sent');
    expect(feedTypes).not.toContain('signal.delivered');
    expect(feedTypes).not.toContain('signal.seen');

    // Repeats change nothing and say nothing new.
    const eventsBefore = aSocket.events().length;
    expect((await b.post(`/api/signals/${sent.body.id}/seen`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(aSocket.events().length).toBe(eventsBefore);
    aSocket.close();
    bSocket.close();
  });

  it('reaches a partner who was offline when they reconnect', async () => {
    const { a, b } = await newCouple(app.url);
    const lastSeq = (await b.get('/api/couple')).body.couple.headSeq;
    const sent = await a.post('/api/signals', { clientId: randomUUID(), need: 'pause_together' });
    const socket = await b.openSocket({ lastSeq });
    const event = await socket.next((m) => m.type === 'event' && m.event.type === 'signal.sent');
    expect(event.type === 'event' && event.event.payload.signalId).toBe(sent.body.id);
    socket.close();
  });

  it('is idempotent by client id, refuses marking one’s own signal, and keeps other couples out', async () => {
    const { a, b } = await newCouple(app.url);
    const clientId = randomUUID();
    const first = await a.post('/api/signals', { clientId, need: 'space' });
    const retry = await a.post('/api/signals', { clientId, need: 'space' });
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
    expect((await b.get('/api/signals')).body.signals).toHaveLength(1);

    expect((await a.post(`/api/signals/${first.body.id}/seen`)).status).toBe(403);
    const other = await newCouple(app.url);
    expect((await other.b.post(`/api/signals/${first.body.id}/seen`)).status).toBe(404);
    expect((await other.b.get('/api/signals')).body.signals).toHaveLength(0);
    expect((await a.post('/api/signals', { clientId: randomUUID(), need: 'shout' })).status).toBe(400);
  });

  it('needs a partner in the space', async () => {
    const solo = new TestClient(app.url);
    await solo.signup(`solo-${randomUUID()}@example.test`);
    await solo.post('/api/couple', {});
    const res = await solo.post('/api/signals', { clientId: randomUUID(), need: 'closeness' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('no_partner');
  });
});
