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
    // Each answer carries the seq of the event its change appended; the list reads as of the same seq.
    expect(received.type === 'event' && received.event.seq).toBe(sent.body.seq);
    expect((await b.get('/api/signals')).body.seq).toBe(sent.body.seq);
    // The note travels by API, not inside the event log.
    expect(JSON.stringify(received)).not.toContain('speeding');

    const delivered = await b.post(`/api/signals/${sent.body.id}/delivered`);
    expect(delivered.body.status).toBe('delivered');
    const deliveredEvent = await aSocket.next((m) => m.type === 'event' && m.event.type === 'signal.delivered');
    expect(deliveredEvent.type === 'event' && deliveredEvent.event.seq).toBe(delivered.body.seq);
    expect(delivered.body.seq).toBeGreaterThan(sent.body.seq);
    const seen = await b.post(`/api/signals/${sent.body.id}/seen`);
    expect(seen.body.status).toBe('seen');
    expect(seen.body.note).toBe('I feel us speeding up');
    const seenEvent = await aSocket.next((m) => m.type === 'event' && m.event.type === 'signal.seen');
    expect(seenEvent.type === 'event' && seenEvent.event.feed).toBe(false);
    expect(seenEvent.type === 'event' && seenEvent.event.seq).toBe(seen.body.seq);
    // The sender's list grew with the partner's changes, and says so.
    const list = (await a.get('/api/signals')).body;
    expect(list.signals[0].status).toBe('seen');
    expect(list.seq).toBe(seen.body.seq);
    // Receipts update the sender's screen but are not moments for the activity feed.
    const feedTypes = (await a.get('/api/couple/activity')).body.items.map((i: { type: string }) => i.type);
    expect(feedTypes).toContain('signal.sent');
    expect(feedTypes).not.toContain('signal.delivered');
    expect(feedTypes).not.toContain('signal.seen');

    // Repeats change nothing and say nothing new.
    const eventsBefore = aSocket.events().length;
    const repeat = await b.post(`/api/signals/${sent.body.id}/seen`);
    expect(repeat.status).toBe(200);
    expect(repeat.body.seq).toBe(seen.body.seq);
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
    expect(retry.body.seq).toBe(first.body.seq); // nothing new happened
    expect((await b.get('/api/signals')).body.signals).toHaveLength(1);

    expect((await a.post(`/api/signals/${first.body.id}/seen`)).status).toBe(403);
    const other = await newCouple(app.url);
    expect((await other.b.post(`/api/signals/${first.body.id}/seen`)).status).toBe(404);
    expect((await other.b.get('/api/signals')).body.signals).toHaveLength(0);
    // Seqs are counted per couple: the other couple's list reads at its own head.
    expect((await other.b.get('/api/signals')).body.seq).toBe((await other.b.get('/api/couple')).body.couple.headSeq);
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

  it('folds repeated taps into one calm signal: one card, one push, a count', async () => {
    const { a, b } = await newCouple(app.url);
    const bSocket = await b.openSocket({ lastSeq: (await b.get('/api/couple')).body.couple.headSeq });
    await bSocket.next((m) => m.type === 'welcome');
    const first = await a.post('/api/signals', { clientId: randomUUID() });
    expect(first.status).toBe(201);
    expect(first.body.need).toBeNull(); // nothing is said for the sender that they did not choose
    const second = await a.post('/api/signals', { clientId: randomUUID() });
    const third = await a.post('/api/signals', { clientId: randomUUID(), need: 'space' });
    expect([second.status, third.status]).toEqual([200, 200]);
    expect(third.body).toMatchObject({ id: first.body.id, taps: 3, need: 'space' });
    await bSocket.next((m) => m.type === 'event' && m.event.type === 'signal.repeated' && m.event.payload.taps === 3);
    const types = bSocket.events().map((e) => e.type).filter((t) => t.startsWith('signal.'));
    expect(types).toEqual(['signal.sent', 'signal.repeated', 'signal.repeated']);
    expect((await b.get('/api/signals')).body.signals).toHaveLength(1);
    const pushes = await app.db.query('select message from push_outbox where user_id = $1', [b.userId]);
    expect(pushes).toHaveLength(1);
    expect(JSON.stringify(pushes[0])).not.toContain('breathe first'); // no need the sender did not choose
    // Only the first tap is a moment in the feed.
    const feed = (await a.get('/api/couple/activity')).body.items.map((i: { type: string }) => i.type);
    expect(feed.filter((t: string) => t.startsWith('signal.'))).toEqual(['signal.sent']);
    bSocket.close();
  });

  it('lets the partner answer once, with a preset or their own words, and the answer reaches the sender', async () => {
    const { a, b } = await newCouple(app.url);
    const aSocket = await a.openSocket({ lastSeq: (await a.get('/api/couple')).body.couple.headSeq });
    await aSocket.next((m) => m.type === 'welcome');
    const sent = await a.post('/api/signals', { clientId: randomUUID(), need: 'pause_together' });
    const id = sent.body.id;

    expect((await a.post(`/api/signals/${id}/answer`, { kind: 'here' })).status).toBe(403);
    const empty = await b.post(`/api/signals/${id}/answer`, { kind: 'own', text: '   ' });
    expect(empty.status).toBe(400);
    expect((await b.post(`/api/signals/${id}/answer`, { kind: 'shrug' })).status).toBe(400);
    expect((await a.get('/api/signals')).body.signals[0].answer).toBeNull(); // bad input changed nothing

    const answered = await b.post(`/api/signals/${id}/answer`, { kind: 'give_me_time' });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'seen', answer: { kind: 'give_me_time', text: null } });
    const event = await aSocket.next((m) => m.type === 'event' && m.event.type === 'signal.answered');
    expect(event.type === 'event' && event.event.payload).toMatchObject({ signalId: id, kind: 'give_me_time' });
    expect(event.type === 'event' && event.event.seq).toBe(answered.body.seq);
    expect(answered.body.seq).toBeGreaterThan(sent.body.seq);
    expect((await a.get('/api/signals')).body.signals[0].answer.kind).toBe('give_me_time');
    const pushes = await app.db.query<{ message: { body: string } }>(`select message -> 'en' as message from push_outbox where user_id = $1`, [a.userId]);
    expect(pushes.map((p) => p.message.body)).toContain('I see it — give me 10 minutes');

    // A retried tap of the same answer is fine (and appends nothing); a different second answer is not.
    const retried = await b.post(`/api/signals/${id}/answer`, { kind: 'give_me_time' });
    expect(retried.status).toBe(200);
    expect(retried.body.seq).toBe(answered.body.seq);
    const again = await b.post(`/api/signals/${id}/answer`, { kind: 'own', text: 'Here with you' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_answered');

    // Answered, the moment is closed: the next tap is a new signal.
    const next = await a.post('/api/signals', { clientId: randomUUID() });
    expect(next.status).toBe(201);
    expect(next.body.id).not.toBe(id);
    const own = await b.post(`/api/signals/${next.body.id}/answer`, { kind: 'own', text: 'I’m in the kitchen, come find me' });
    expect(own.body.answer).toMatchObject({ kind: 'own', text: 'I’m in the kitchen, come find me' });
    // The words travel by API, never in the event log.
    await aSocket.next((m) => m.type === 'event' && m.event.type === 'signal.answered' && m.event.payload.signalId === next.body.id);
    expect(JSON.stringify(aSocket.events())).not.toContain('kitchen');
    aSocket.close();
  });

  it('puts a card away for one person only, without a word to the other', async () => {
    const { a, b } = await newCouple(app.url);
    const sent = await a.post('/api/signals', { clientId: randomUUID() });
    const aSocket = await a.openSocket({ lastSeq: (await a.get('/api/couple')).body.couple.headSeq });
    await aSocket.next((m) => m.type === 'welcome');
    const before = (await a.get('/api/signals')).body;

    const away = await b.post(`/api/signals/${sent.body.id}/put-away`);
    expect(away.status).toBe(200);
    expect(away.body.putAway).toBe(true);
    // No event is appended: the answer says the seq the couple is at, the one the list reads at.
    expect(away.body.seq).toBe(before.seq);
    expect((await b.get('/api/signals')).body.signals[0].putAway).toBe(true);
    await new Promise((r) => setTimeout(r, 150));
    expect(aSocket.events()).toHaveLength(0);
    // Everything the sender can read is as it was.
    expect((await a.get('/api/signals')).body).toEqual(before);
    // Put away, the moment is closed: the sender's next tap is a new card, not a hidden count.
    expect((await a.post('/api/signals', { clientId: randomUUID() })).status).toBe(201);
    aSocket.close();
  });
});
