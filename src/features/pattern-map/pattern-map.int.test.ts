import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { newCouple, type TestClient } from '../../../test/support/client';
import { loadSideDoc, readSide, type Field } from './side-doc';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');

/** A screen's copy of one side: loads it, edits it, sends just the edit. */
async function openSide(client: TestClient, mapId: string, ownerId: string) {
  const res = await client.get(`/api/maps/${mapId}/sides/${ownerId}/updates?after=0`);
  const doc = loadSideDoc(res.body.update ? Buffer.from(res.body.update, 'base64') : null);
  return {
    doc,
    async type(field: Field, index: number, text: string) {
      const before = Y.encodeStateVector(doc);
      doc.getText(field).insert(index, text);
      return client.post(`/api/maps/${mapId}/sides/${ownerId}/updates`, { update: b64(Y.encodeStateAsUpdate(doc, before)) });
    },
  };
}

async function setUp() {
  const couple = await newCouple(app.url);
  const map = await couple.a.post('/api/maps', { name: 'the doom spiral' });
  expect(map.status).toBe(201);
  expect(map.body.isMain).toBe(true);
  return { ...couple, mapId: map.body.id as string, aId: couple.a.userId!, bId: couple.b.userId! };
}

describe('pattern map over the API', () => {
  it('reads each view with the seq it reflects: a partner’s rename, comment and agreement move it, and a change answers the seq it committed at', async () => {
    const { a, b, mapId, bId } = await setUp();
    const before = (await b.get('/api/maps')).body;
    expect(before.seq).toBe((await b.get('/api/couple')).body.couple.headSeq);

    const renamed = await a.patch(`/api/maps/${mapId}`, { name: 'the slow dance' });
    expect(renamed.body).toMatchObject({ id: mapId, name: 'the slow dance' });
    expect(renamed.body.seq).toBeGreaterThan(before.seq);
    const list = (await b.get('/api/maps')).body;
    expect(list).toMatchObject({ seq: renamed.body.seq, maps: [{ id: mapId, name: 'the slow dance' }] });
    expect((await b.get(`/api/maps/${mapId}`)).body.seq).toBe(renamed.body.seq);

    const bSide = await openSide(b, mapId, bId);
    await bSide.type('feeling', 0, 'lonely');
    await b.post(`/api/maps/${mapId}/share`);
    await a.post(`/api/maps/${mapId}/comments`, { sideOwnerId: bId, field: 'feeling', reaction: 'hug' });
    const detail = (await b.get(`/api/maps/${mapId}`)).body;
    expect(detail.seq).toBe((await b.get('/api/couple')).body.couple.headSeq);
    expect(detail.seq).toBeGreaterThan(renamed.body.seq);
    expect(detail.comments).toMatchObject([{ reaction: 'hug', isMine: false }]);
    expect((await a.get(`/api/maps/${mapId}/history`)).body.seq).toBe(detail.seq);

    const contracts = (await b.get('/api/contracts')).body.seq;
    await a.post('/api/contracts', { text: 'I’m the calm one' });
    const after = (await b.get('/api/contracts')).body;
    expect(after.seq).toBeGreaterThan(contracts);
    expect(after.contracts).toMatchObject([{ text: 'I’m the calm one', proposedByMe: false }]);
  });

  it('keeps a draft side invisible to the partner until shared — API and live events', async () => {
    const { a, b, mapId, aId } = await setUp();
    const bSocket = await b.openSocket({ lastSeq: (await b.get('/api/couple')).body.couple.headSeq });
    const mine = await openSide(a, mapId, aId);
    expect((await mine.type('fear', 0, 'that I am too much')).status).toBe(200);

    const bView = (await b.get(`/api/maps/${mapId}`)).body;
    expect(bView.sides.map((s: { ownerId: string }) => s.ownerId)).not.toContain(aId);
    expect((await b.get(`/api/maps/${mapId}/sides/${aId}/updates?after=0`)).status).toBe(404);
    expect((await b.get(`/api/maps/${mapId}/history`)).body.versions).toEqual([]);

    expect((await a.post(`/api/maps/${mapId}/share`)).status).toBe(204);
    const shared = await bSocket.next((m) => m.type === 'event' && m.event.type === 'map.side_shared');
    // The draft's own edits never reached the partner's socket.
    expect(bSocket.events().filter((e) => e.type === 'map.sync')).toHaveLength(0);
    expect(shared.type).toBe('event');
    const seen = await openSide(b, mapId, aId);
    expect(readSide(seen.doc).fields.fear).toBe('that I am too much');
    bSocket.close();
  });

  it('lets the partner co-edit outer layers live, but never rewrite feelings, fears or longings', async () => {
    const { a, b, mapId, aId } = await setUp();
    const aSide = await openSide(a, mapId, aId);
    await aSide.type('move', 0, 'I text again');
    await aSide.type('longing', 0, 'to know we are okay');
    await a.post(`/api/maps/${mapId}/share`);

    const aSocket = await a.openSocket({ lastSeq: (await a.get('/api/couple')).body.couple.headSeq });
    const bSide = await openSide(b, mapId, aId);
    const edited = await bSide.type('partnerSees', 0, 'someone who won’t let it go');
    expect(edited.status).toBe(200);
    const sync = await aSocket.next((m) => m.type === 'event' && m.event.type === 'map.sync');
    expect(sync.type === 'event' && sync.event.payload).toMatchObject({ mapId, ownerId: aId, version: edited.body.version });
    const caughtUp = await a.get(`/api/maps/${mapId}/sides/${aId}/updates?after=${edited.body.version - 1}`);
    Y.applyUpdate(aSide.doc, Buffer.from(caughtUp.body.update, 'base64'));
    expect(aSide.doc.getText('partnerSees').toString()).toBe('someone who won’t let it go');

    const before = (await a.get(`/api/maps/${mapId}/sides/${aId}/updates?after=0`)).body;
    const refused = await bSide.type('longing', 0, 'rewritten: ');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('not_yours');
    const after = (await a.get(`/api/maps/${mapId}/sides/${aId}/updates?after=0`)).body;
    expect(after).toEqual(before);
    expect(readSide(loadSideDoc(Buffer.from(after.update, 'base64'))).fields.longing).toBe('to know we are okay');

    // A kind comment is the way to respond to an inner layer.
    expect((await b.post(`/api/maps/${mapId}/comments`, { sideOwnerId: aId, field: 'longing', reaction: 'hug' })).status).toBe(201);
    expect((await a.post(`/api/maps/${mapId}/comments`, { sideOwnerId: aId, field: 'longing', text: 'note to self' })).status).toBe(400);
    expect((await a.get(`/api/maps/${mapId}`)).body.comments).toMatchObject([{ field: 'longing', reaction: 'hug', isMine: false }]);
    aSocket.close();
  });

  it('restores exactly an earlier version, and keeps every change in the history', async () => {
    const { a, mapId, aId } = await setUp();
    const side = await openSide(a, mapId, aId);
    await side.type('situation', 0, 'Sunday evenings');
    const v2 = await side.type('move', 0, 'I go quiet');
    const snapshot = (await a.get(`/api/maps/${mapId}/sides/${aId}/versions/${v2.body.version}`)).body;
    await side.type('move', 10, ' and leave the room');
    await side.type('fear', 0, 'that I will get it wrong');

    const restored = await a.post(`/api/maps/${mapId}/sides/${aId}/restore`, { version: v2.body.version });
    expect(restored.status).toBe(200);
    const now = await openSide(a, mapId, aId);
    expect(readSide(now.doc)).toEqual(snapshot);
    expect(snapshot.fields).toMatchObject({ situation: 'Sunday evenings', move: 'I go quiet', fear: '' });
    const feedTypes = (await a.get('/api/couple/activity')).body.items.map((i: { type: string }) => i.type);
    expect(feedTypes).toContain('map.restored');
    expect(feedTypes).not.toContain('map.sync');
    const history = (await a.get(`/api/maps/${mapId}/history`)).body.versions;
    expect(history).toHaveLength(5);
    expect(history[0]).toMatchObject({ version: 5, authorName: 'Alex', isMine: true });
  });

  it('keeps another couple out of the map entirely', async () => {
    const { a, mapId, aId } = await setUp();
    await (await openSide(a, mapId, aId)).type('move', 0, 'I explain harder');
    await a.post(`/api/maps/${mapId}/share`);
    const other = await newCouple(app.url);
    expect((await other.a.get(`/api/maps/${mapId}`)).status).toBe(404);
    expect((await other.a.get(`/api/maps/${mapId}/sides/${aId}/updates`)).status).toBe(404);
    expect((await other.a.get(`/api/maps/${mapId}/history`)).status).toBe(404);
    const doc = new Y.Doc();
    doc.getText('move').insert(0, 'intruder');
    expect((await other.a.post(`/api/maps/${mapId}/sides/${aId}/updates`, { update: b64(Y.encodeStateAsUpdate(doc)) })).status).toBe(404);
    expect((await other.a.get('/api/maps')).body.maps).toEqual([]);
  });

  it('names the loop, keeps one main map, and refuses malformed updates', async () => {
    const { a, b, mapId, aId } = await setUp();
    expect((await b.patch(`/api/maps/${mapId}`, { name: 'the tango' })).body.name).toBe('the tango');
    const variant = await a.post('/api/maps', { topic: 'money' });
    expect(variant.body.isMain).toBe(false);
    await b.patch(`/api/maps/${variant.body.id}`, { isMain: true });
    const maps = (await a.get('/api/maps')).body.maps;
    expect(maps.filter((m: { isMain: boolean }) => m.isMain)).toHaveLength(1);
    expect(maps[0].id).toBe(variant.body.id);
    expect((await a.post(`/api/maps/${mapId}/sides/${aId}/updates`, { update: 'AQIDBA==' })).status).toBe(400);
    expect((await a.post(`/api/maps/${mapId}/sides/${aId}/updates`, { update: '%%%' })).status).toBe(400);
  });
});

describe('implicit contracts and said-vs-meant', () => {
  it('changes a contract only when both agree, and keeps retired ones visible', async () => {
    const { a, b } = await setUp();
    const made = await a.post('/api/contracts', { text: 'I’m the open one, you’re the calm one' });
    await a.request('PUT', `/api/contracts/${made.body.id}/mark`, { decision: 'retire', note: 'I’d like to be calm sometimes too' });
    expect((await b.get('/api/contracts')).body.contracts[0]).toMatchObject({ status: 'open', partnerMark: { decision: 'retire' } });
    await b.request('PUT', `/api/contracts/${made.body.id}/mark`, { decision: 'retire' });
    expect((await a.get('/api/contracts')).body.contracts[0].status).toBe('retired');
    const other = await newCouple(app.url);
    expect((await other.a.request('PUT', `/api/contracts/${made.body.id}/mark`, { decision: 'keep' })).status).toBe(404);
    expect((await other.a.get('/api/contracts')).body.contracts).toEqual([]);
  });

  it('keeps said and meant under its one name: private until shared, then live on the partner’s screen', async () => {
    const { a, b, coupleId } = await setUp();
    const bSocket = await b.openSocket({ lastSeq: (await b.get('/api/couple')).body.couple.headSeq });
    const pair = await a.post('/api/said-and-meant', { said: 'You don’t even care anymore', meant: 'I’m scared you’re giving up on us' });
    expect(pair.status).toBe(201);
    expect((await b.get('/api/said-and-meant')).body.pairs).toEqual([]);
    const sharing = await a.patch(`/api/said-and-meant/${pair.body.id}`, { shared: true });
    const shared = await bSocket.next((m) => m.type === 'event' && m.event.type === 'said_and_meant.shared');
    // Each answer says the seq it reflects: the change's own event, and the list read after it.
    expect(sharing.body.seq).toBe(shared.type === 'event' ? shared.event.seq : -1);
    expect((await b.get('/api/said-and-meant')).body.seq).toBe(sharing.body.seq);
    expect(JSON.stringify(shared)).not.toContain('giving up');
    expect((await b.get('/api/said-and-meant')).body.pairs).toMatchObject([{ said: 'You don’t even care anymore', isMine: false }]);
    expect((await b.patch(`/api/said-and-meant/${pair.body.id}`, { said: 'edited' })).status).toBe(404);
    // One name in the database too; the toolkit keeps "phrases" to itself.
    expect(await app.db.query('select said from said_and_meant where id = $1', [pair.body.id])).toEqual([{ said: 'You don’t even care anymore' }]);
    expect(await app.db.query(`select 1 from information_schema.tables where table_schema = current_schema() and table_name = 'phrases'`)).toEqual([]);
    expect(await app.db.query(`select 1 from couple_events where couple_id = $1 and type like 'phrase.%'`, [coupleId])).toEqual([]);
    expect((await a.get('/api/phrases')).status).toBe(404);
    // Taken back — unshared, or a shared one deleted — it leaves the partner's screen at once.
    const unsharing = await a.patch(`/api/said-and-meant/${pair.body.id}`, { shared: false });
    const withdrawn = await bSocket.next((m) => m.type === 'event' && m.event.type === 'said_and_meant.withdrawn');
    const withdrawnSeq = withdrawn.type === 'event' ? withdrawn.event.seq : -1;
    expect(unsharing.body.seq).toBe(withdrawnSeq);
    expect((await b.get('/api/said-and-meant')).body.pairs).toEqual([]);
    await a.patch(`/api/said-and-meant/${pair.body.id}`, { shared: true });
    expect((await a.request('DELETE', `/api/said-and-meant/${pair.body.id}`)).status).toBe(204);
    await bSocket.next((m) => m.type === 'event' && m.event.type === 'said_and_meant.withdrawn' && m.event.seq > withdrawnSeq);
    expect((await b.get('/api/said-and-meant')).body.pairs).toEqual([]);
    // A private pair's changes say nothing to the partner's device.
    const quiet = await a.post('/api/said-and-meant', { said: 'Fine', meant: 'Not fine' });
    await a.request('DELETE', `/api/said-and-meant/${quiet.body.id}`);
    expect(await app.db.query(`select type from couple_events where couple_id = $1 and payload->>'pairId' = $2`, [coupleId, quiet.body.id])).toEqual([]);
    const other = await newCouple(app.url);
    expect((await other.a.get('/api/said-and-meant')).body.pairs).toEqual([]);
    bSocket.close();
  });
});

describe('kind answers on a side', () => {
  it('tells the side’s owner live what came back and where — never the words — and queues a quiet push', async () => {
    const { a, b, mapId, aId, bId, coupleId } = await setUp();
    await (await openSide(a, mapId, aId)).type('fear', 0, 'that I am too much');
    await a.post(`/api/maps/${mapId}/share`);
    const aSocket = await a.openSocket({ lastSeq: (await a.get('/api/couple')).body.couple.headSeq });

    expect((await b.post(`/api/maps/${mapId}/comments`, { sideOwnerId: aId, field: 'fear', reaction: 'hug' })).status).toBe(201);
    const hug = await aSocket.next((m) => m.type === 'event' && m.event.type === 'map.commented');
    expect(hug.type === 'event' && hug.event).toMatchObject({ actorId: bId, payload: { mapId, sideOwnerId: aId, field: 'fear', reaction: 'hug', written: false } });

    expect((await b.post(`/api/maps/${mapId}/comments`, { sideOwnerId: aId, field: 'fear', text: 'you are never too much, lantern-9' })).status).toBe(201);
    await aSocket.next((m) => m.type === 'event' && m.event.type === 'map.commented' && m.event.payload.written === true);
    expect(JSON.stringify(aSocket.messages)).not.toContain('lantern-9');

    const pushes = await app.db.query<{ userId: string; message: { title: string; body: string; url: string; tag: string } }>(
      `select user_id as "userId", message -> 'en' as message from push_outbox where couple_id = $1 order by created_at`,
      [coupleId],
    );
    expect(pushes.map((p) => p.userId)).toEqual([aId, aId]);
    expect(pushes[0]!.message).toMatchObject({ url: '/map', tag: 'map-response', body: expect.stringContaining('hug') });
    // Lock screens are public: no names, no words.
    expect(JSON.stringify(pushes)).not.toMatch(/lantern-9|too much|Alex|Blair/);
    aSocket.close();
  });
});

describe('first maps', () => {
  it('makes exactly one main loop when both partners start at the same moment', async () => {
    const { a, b } = await newCouple(app.url);
    const made = await Promise.all([a.post('/api/maps', {}), b.post('/api/maps', {}), a.post('/api/maps', {})]);
    expect(made.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(made.filter((r) => r.body.isMain)).toHaveLength(1);
  });

  it('shares a side’s present, not its past: words written and deleted in the draft never reach the partner', async () => {
    const { a, b, mapId, aId } = await setUp();
    const mine = await openSide(a, mapId, aId);
    await mine.type('fear', 0, 'DRAFTSECRET that I am unlovable');
    // Deleted before sharing: a private draft's second thoughts.
    const before = Y.encodeStateVector(mine.doc);
    mine.doc.getText('fear').delete(0, 'DRAFTSECRET that I am unlovable'.length);
    mine.doc.getText('fear').insert(0, 'that I am too much');
    expect((await a.post(`/api/maps/${mapId}/sides/${aId}/updates`, { update: b64(Y.encodeStateAsUpdate(mine.doc, before)) })).status).toBe(200);
    expect((await a.post(`/api/maps/${mapId}/share`)).status).toBe(204);
    await mine.type('longing', 0, 'to be chosen'); // after sharing: shared as it happens

    const seen: string[] = [];
    for (let after = 0; after <= 4; after++) {
      const pulled = (await b.get(`/api/maps/${mapId}/sides/${aId}/updates?after=${after}`)).body;
      seen.push(Buffer.from(pulled.update ?? '', 'base64').toString('latin1'));
      // Whatever B asks for, what arrives builds the side as it is now.
      const doc = loadSideDoc(pulled.update ? Buffer.from(pulled.update, 'base64') : null);
      if (after === 0) expect(readSide(doc).fields).toMatchObject({ fear: 'that I am too much', longing: 'to be chosen' });
    }
    const history = (await b.get(`/api/maps/${mapId}/history`)).body.versions as Array<{ ownerId: string; version: number }>;
    for (const v of history.filter((h) => h.ownerId === aId)) {
      const preview = await b.get(`/api/maps/${mapId}/sides/${aId}/versions/${v.version}`);
      seen.push(JSON.stringify(preview.body));
    }
    // The draft's earlier versions are not offered to B, nor readable by asking for them; B reads
    // from the version that was shared (2) on.
    for (const version of [1]) {
      expect((await b.get(`/api/maps/${mapId}/sides/${aId}/versions/${version}`)).status).toBe(404);
      expect((await b.post(`/api/maps/${mapId}/sides/${aId}/restore`, { version })).status).toBe(404);
    }
    expect(history.filter((h) => h.ownerId === aId).map((h) => h.version)).toEqual([3, 2]);
    expect(seen.join('\n')).not.toContain('DRAFTSECRET');
    expect(seen.join('\n')).not.toContain('unlovable');
    // The owner keeps the whole history of their own draft.
    expect((await a.get(`/api/maps/${mapId}/sides/${aId}/versions/1`)).body.fields.fear).toBe('DRAFTSECRET that I am unlovable');
  });
});
