import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import type { TestClient } from '../../../test/support/client';
import { pairUp, personOn } from '../../../test/support/couple-life';
import { therapistOn } from '../../../test/support/therapist';
import { CONVERSATION_WORDS, SHARED_SCOPES, therapistScope, type ConsentScope } from '../../core/therapist-scope';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** A couple connected to their therapist through the connect flow itself. */
async function connected() {
  const lee = await therapistOn(app, 'Lee');
  const a = await personOn(app, 'Ada');
  const b = await personOn(app, 'Bo');
  const coupleId = await pairUp(a, b);
  const link = await a.post('/api/my-therapist/link');
  expect((await lee.post('/api/connect/accept', { token: new URL(link.body.url).hash.slice(1) })).status).toBe(200);
  const scope = () => therapistScope(app.db, { userId: lee.userId!, displayName: 'Lee' }, coupleId);
  return { lee, a, b, coupleId, scope };
}

async function choose(client: TestClient, scope: ConsentScope, granted: boolean, subjectId: string | null = null) {
  const res = await client.put('/api/my-therapist/consent', { scope, granted, subjectId });
  expect(res.status, JSON.stringify(res.body)).toBe(204);
}

describe('consent per partner, per scope', () => {
  it('keeps every shared scope closed while only one partner consents, and opens it when both do', async () => {
    const { a, b, scope } = await connected();
    for (const s of SHARED_SCOPES) await choose(a, s, true);
    const one = await scope();
    for (const s of SHARED_SCOPES) {
      expect(one.allows(s)).toBe(false);
      expect(() => one.shared(s)).toThrow(expect.objectContaining({ status: 403, code: 'no_consent' }));
    }
    // The other partner sees what is waiting for them; the shared scope is the couple's decision together.
    const seen = (await b.get('/api/my-therapist')).body.connection;
    expect(seen.shared).toEqual(SHARED_SCOPES.map((s) => ({ scope: s, mine: false, partner: true })));
    await choose(b, 'map', true);
    await choose(b, 'practice', true);
    const both = await scope();
    expect(both.allows('map')).toBe(true);
    expect(both.allows('practice')).toBe(true);
    expect(both.allows('loop')).toBe(false);
    const rows = await both.shared('map').query<{ n: number }>(`select count(*)::int as n from couple_members where couple_id = $1`);
    expect(rows).toEqual([{ n: 2 }]);
  });

  it('gives a partner’s own check-ins only when that partner consents, and never shows the other their choice', async () => {
    const { a, b, scope } = await connected();
    await choose(a, 'checkins', true);
    const s = await scope();
    expect(s.consentingTo('checkins')).toEqual([{ userId: a.userId, coupleId: s.coupleId }]);
    expect((await a.get('/api/my-therapist')).body.connection.own).toEqual([{ scope: 'checkins', mine: true }]);
    expect((await b.get('/api/my-therapist')).body.connection.own).toEqual([{ scope: 'checkins', mine: false }]);
    expect(JSON.stringify((await b.get('/api/my-therapist/history')).body)).not.toContain('checkins');
    expect((await a.get('/api/my-therapist/history')).body.entries).toEqual([expect.objectContaining({ isMe: true, scope: 'checkins', granted: true })]);
    await choose(b, 'checkins', true);
    expect((await scope()).consentingTo('checkins').map((v) => v.userId).sort()).toEqual([a.userId, b.userId].sort());
    await choose(a, 'checkins', false);
    expect((await scope()).consentingTo('checkins').map((v) => v.userId)).toEqual([b.userId]);
  });

  it('shows one conversation’s words only when both agree for that rupture of their own', async () => {
    const { a, b, scope } = await connected();
    const rupture = await a.post('/api/ruptures', { topic: 'money', intensity: 5, reached: 'me', withdrew: 'partner' });
    const ruptureId = rupture.body.id as string;
    await choose(a, CONVERSATION_WORDS, true, ruptureId);
    expect((await scope()).mayReadConversation(ruptureId)).toBe(false);
    expect((await b.get('/api/my-therapist')).body.connection.conversations).toEqual([{ ruptureId, topic: 'money', at: expect.any(String), mine: false, partner: true }]);
    await choose(b, CONVERSATION_WORDS, true, ruptureId);
    expect((await scope()).mayReadConversation(ruptureId)).toBe(true);
    // Words for the conversation only: the repair counts stay closed without their own consent.
    expect((await scope()).allows('repair')).toBe(false);

    const strangers = await personOn(app, 'Sy');
    await pairUp(strangers, await personOn(app, 'Tam'));
    const theirs = (await strangers.post('/api/ruptures', { topic: 'chores', intensity: 3, reached: 'me', withdrew: 'partner' })).body.id;
    const refused = [
      [await a.put('/api/my-therapist/consent', { scope: CONVERSATION_WORDS, granted: true, subjectId: theirs }), 404],
      [await a.put('/api/my-therapist/consent', { scope: CONVERSATION_WORDS, granted: true }), 400],
      [await a.put('/api/my-therapist/consent', { scope: 'map', granted: true, subjectId: ruptureId }), 400],
      [await a.put('/api/my-therapist/consent', { scope: 'journal', granted: true }), 400],
      [await a.put('/api/my-therapist/consent', { scope: 'safety', granted: true }), 400],
    ] as const;
    for (const [res, status] of refused) expect(res.status, JSON.stringify(res.body)).toBe(status);
  });

  it('withdraws at once: the therapist’s open screen is told within a second, and a refetch is refused', async () => {
    const { lee, a, b, coupleId, scope } = await connected();
    await choose(a, 'map', true);
    await choose(b, 'map', true);
    expect((await scope()).allows('map')).toBe(true);
    const therapistSocket = await lee.openSocket();
    const partnerSocket = await b.openSocket({ lastSeq: null });
    const started = Date.now();
    await choose(a, 'map', false);
    await therapistSocket.next((m) => m.type === 'access' && m.coupleId === coupleId, 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(scope().then((s) => s.shared('map'))).rejects.toMatchObject({ status: 403 });
    // The therapist's socket carries the nudge only, never the couple's events.
    expect(therapistSocket.messages.filter((m) => m.type === 'event')).toEqual([]);
    // The other partner's card refetches on the shared choice, but hears nothing of an own one.
    await partnerSocket.next((m) => m.type === 'event' && m.event.type === 'therapist.consent');
    const heard = partnerSocket.events().length;
    await choose(a, 'checkins', true);
    await expect.poll(() => therapistSocket.messages.filter((m) => m.type === 'access').length, { timeout: 1000 }).toBe(2);
    await new Promise((r) => setTimeout(r, 200));
    expect(partnerSocket.events()).toHaveLength(heard);
    therapistSocket.close();
    partnerSocket.close();
  });

  it('keeps an append-only history, so consent at any moment can be shown', async () => {
    const { a, b } = await connected();
    await choose(a, 'map', true);
    await choose(b, 'map', true);
    const both = (await app.db.query<{ both: Date }>(`select now() as both`))[0]!.both;
    await new Promise((r) => setTimeout(r, 20));
    await choose(b, 'map', false);
    // Choosing what is already in force adds nothing.
    await choose(b, 'map', false);
    const history = (await a.get(`/api/my-therapist/history?at=${encodeURIComponent(new Date(both).toISOString())}`)).body;
    expect(history.entries.map((e: { isMe: boolean; scope: string; granted: boolean; therapistName: string }) => [e.isMe, e.scope, e.granted, e.therapistName])).toEqual([
      [true, 'map', true, 'Lee'],
      [false, 'map', true, 'Lee'],
      [false, 'map', false, 'Lee'],
    ]);
    expect(history.entries[1].name).toBe('Bo');
    expect(history.inForce).toMatchObject({ therapistName: 'Lee', shared: ['map'], mine: ['map'] });
    expect((await a.get('/api/my-therapist/history?at=2000-01-01T00:00:00Z')).body.inForce).toMatchObject({ therapistName: null, shared: [] });
    expect((await a.get(`/api/my-therapist/history?at=${encodeURIComponent(new Date().toISOString())}`)).body.inForce.shared).toEqual([]);
    expect((await a.get('/api/my-therapist/history?at=yesterday')).status).toBe(400);
  });
});
