import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { TestClient, newCouple } from '../../../test/support/client';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('the calming toolkit', () => {
  it('keeps scripts personal: editable by their author, invisible to the partner', async () => {
    const { a, b } = await newCouple(app.url);
    const made = await a.post('/api/toolkit/scripts', { situation: 'When I start to shut down', text: 'I need ten minutes and I am coming back.' });
    expect(made.status).toBe(201);
    const edited = await a.patch(`/api/toolkit/scripts/${made.body.id}`, { situation: null, text: 'I need a few minutes. I am coming back.' });
    expect(edited.body.text).toBe('I need a few minutes. I am coming back.');
    // Mine alone: no event, so the answers and the toolkit all read at the couple's head.
    const headSeq = (await a.get('/api/couple')).body.couple.headSeq;
    expect([made.body.seq, edited.body.seq, (await a.get('/api/toolkit')).body.seq]).toEqual([headSeq, headSeq, headSeq]);
    expect((await b.get('/api/toolkit')).body.scripts).toEqual([]);
    expect((await b.patch(`/api/toolkit/scripts/${made.body.id}`, { text: 'hijack' })).status).toBe(404);
    expect((await b.del(`/api/toolkit/scripts/${made.body.id}`)).status).toBe(404);
    expect((await a.get('/api/toolkit')).body.scripts).toEqual([{ id: made.body.id, situation: null, text: 'I need a few minutes. I am coming back.' }]);
    expect((await a.del(`/api/toolkit/scripts/${made.body.id}`)).status).toBe(204);
    expect((await a.get('/api/toolkit')).body.scripts).toEqual([]);
  });

  it('shows a "what helps me" list to the partner only while its author shares it', async () => {
    const { a, b } = await newCouple(app.url);
    await a.post('/api/toolkit/helps', { text: 'A hand on my shoulder' });
    expect((await b.get('/api/toolkit')).body.partnerHelps).toBeNull();
    expect((await a.request('PUT', '/api/toolkit/helps/sharing', { shared: true })).status).toBe(204);
    expect((await b.get('/api/toolkit')).body.partnerHelps.map((h: { text: string }) => h.text)).toEqual(['A hand on my shoulder']);
    await a.request('PUT', '/api/toolkit/helps/sharing', { shared: false });
    expect((await b.get('/api/toolkit')).body.partnerHelps).toBeNull();
    const other = await newCouple(app.url);
    await a.request('PUT', '/api/toolkit/helps/sharing', { shared: true });
    expect((await other.a.get('/api/toolkit')).body.partnerHelps).toBeNull();
  });

  it('tells the partner’s open screens when the shared list changes, never with its words, and says nothing while it is private', async () => {
    const { a, b } = await newCouple(app.url);
    const partner = await b.openSocket({ lastSeq: null });
    await partner.next((m) => m.type === 'welcome');
    const changes = () => partner.events().filter((e) => e.type === 'toolkit.helps_changed');

    const quiet = await a.post('/api/toolkit/helps', { text: 'Quiet music' }); // private: nothing to tell
    expect(quiet.body.seq).toBe((await b.get('/api/toolkit')).body.seq);
    await a.request('PUT', '/api/toolkit/helps/sharing', { shared: true });
    const shared = await partner.next((m) => m.type === 'event' && m.event.type === 'toolkit.helps_changed');
    // The partner's toolkit reads as of the event that shared the list, and holds it.
    const seen = (await b.get('/api/toolkit')).body;
    expect(shared.type === 'event' && shared.event.seq).toBe(seen.seq);
    expect(seen.seq).toBeGreaterThan(quiet.body.seq);
    expect(seen.partnerHelps).toHaveLength(1);
    const added = await a.post('/api/toolkit/helps', { text: 'A walk round the block' });
    const addedEvent = await partner.next((m) => m.type === 'event' && m.event.type === 'toolkit.helps_changed' && m.event.seq > seen.seq);
    expect(addedEvent.type === 'event' && addedEvent.event.seq).toBe(added.body.seq);
    await a.del(`/api/toolkit/helps/${added.body.id}`);
    await a.request('PUT', '/api/toolkit/helps/sharing', { shared: false });
    await a.post('/api/toolkit/helps', { text: 'Tea' }); // private again
    await a.patch('/api/couple', { name: 'Marker' }); // everything before it has arrived once this has
    await partner.next((m) => m.type === 'event' && m.event.type === 'couple.renamed');
    expect(changes()).toHaveLength(4); // shared, added, removed, unshared
    expect(JSON.stringify(changes())).not.toMatch(/Quiet music|walk|Tea/);
    partner.close();
  });

  it('keeps one shared playlist link per couple, https only', async () => {
    const { a, b } = await newCouple(app.url);
    expect((await a.request('PUT', '/api/toolkit/playlist', { url: 'javascript:alert(1)' })).status).toBe(400);
    expect((await a.request('PUT', '/api/toolkit/playlist', { url: 'http://example.com/list' })).status).toBe(400);
    const before = (await b.get('/api/toolkit')).body.seq;
    expect((await a.request('PUT', '/api/toolkit/playlist', { url: 'https://music.example.com/our-calm-list' })).status).toBe(204);
    const after = (await b.get('/api/toolkit')).body;
    expect(after.playlistUrl).toBe('https://music.example.com/our-calm-list');
    expect(after.seq).toBe(before + 1); // the partner's change, one event
    const other = await newCouple(app.url);
    expect((await other.b.get('/api/toolkit')).body.playlistUrl).toBeNull();
  });

  it('reads at seq 0 for a person without a space', async () => {
    const solo = new TestClient(app.url);
    await solo.signup(`solo-${randomUUID()}@example.test`);
    const help = await solo.post('/api/toolkit/helps', { text: 'A slow breath' });
    expect(help.body.seq).toBe(0);
    expect((await solo.get('/api/toolkit')).body).toMatchObject({ seq: 0, playlistUrl: null, partnerHelps: null });
  });
});
