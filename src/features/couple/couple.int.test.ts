import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { TestClient, newCouple } from '../../../test/support/client';
import { CLOSE_CODES } from '../../core/realtime/protocol';
import { coupleCopy } from './copy';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function person(name: string) {
  const client = new TestClient(app.url);
  await client.signup(`${name.toLowerCase()}-${Math.random().toString(36).slice(2, 9)}@example.test`, name);
  return client;
}

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

  it('reads the snapshot at the seq of its rows: a partner’s rename moves headSeq to that event, the invite with it', async () => {
    const { a, b } = await newCouple(app.url);
    const before = (await b.get('/api/couple')).body.couple;
    const socket = await b.openSocket({ lastSeq: before.headSeq });
    await socket.next((m) => m.type === 'welcome');
    await a.patch('/api/couple', { name: 'Us two' });
    const renamed = await socket.next((m) => m.type === 'event' && m.event.type === 'couple.renamed');
    const after = (await b.get('/api/couple')).body.couple;
    expect(after.headSeq).toBeGreaterThan(before.headSeq);
    expect(after).toMatchObject({ name: 'Us two', headSeq: renamed.type === 'event' ? renamed.event.seq : -1 });
    expect((await a.get('/api/couple')).body.couple.headSeq).toBe(after.headSeq);
    socket.close();
  });
});

describe('creating a couple space', () => {
  it('creates it with me as the only member, named after me by default', async () => {
    const robin = await person('Robin');
    expect((await robin.get('/api/couple')).body).toEqual({ couple: null, ended: false });
    const res = await robin.post('/api/couple', {});
    expect(res.status).toBe(201);
    const view = (await robin.get('/api/couple')).body.couple;
    expect(view).toMatchObject({ id: res.body.id, name: 'Robin’s space', named: false, invite: null });
    expect(view.members).toEqual([{ userId: robin.userId, displayName: 'Robin', joinedAt: expect.any(String), isMe: true }]);
    const feed = await robin.get('/api/couple/activity');
    expect(feed.body.items.map((i: { type: string }) => i.type)).toEqual(['couple.created']);
  });

  it('calls a space nobody named after the two people in it, each saying their own name first, until they name it', async () => {
    const casey = await person('Casey');
    const robin = await person('Robin');
    await casey.post('/api/couple', {});
    const invite = await casey.post('/api/couple/invites');
    expect((await robin.post('/api/invites/preview', { token: new URL(invite.body.url).hash.slice(1) })).body.coupleName).toBe('Casey’s space');
    await robin.post('/api/invites/accept', { token: new URL(invite.body.url).hash.slice(1) });
    expect((await casey.get('/api/couple')).body.couple).toMatchObject({ name: 'Casey & Robin', named: false });
    expect((await robin.get('/api/couple')).body.couple).toMatchObject({ name: 'Robin & Casey', named: false });
    const [a, b] = [casey, robin];
    expect((await a.patch('/api/couple', { name: 'Sunday mornings' })).status).toBe(204);
    expect((await b.get('/api/couple')).body.couple).toMatchObject({ name: 'Sunday mornings', named: true });
  });

  it('refuses a second one with 409 while I am in one, and creates nothing', async () => {
    const robin = await person('Robin');
    const first = await robin.post('/api/couple', { name: 'Ours' });
    const second = await robin.post('/api/couple', { name: 'Another' });
    expect(second.status).toBe(409);
    expect(second.body.error).toEqual({ code: 'already_in_couple', message: coupleCopy.alreadyInCouple });
    expect((await robin.get('/api/couple')).body.couple.id).toBe(first.body.id);
    const rows = await app.db.query(`select 1 from couples where name = 'Another'`);
    expect(rows).toHaveLength(0);
  });

  it('tells my other open screens that my membership changed', async () => {
    const robin = await person('Robin');
    const socket = await robin.openSocket({ lastSeq: null });
    await socket.next((m) => m.type === 'welcome');
    await robin.post('/api/couple', {});
    await socket.next((m) => m.type === 'membership');
    expect(await socket.waitClosed()).toBe(CLOSE_CODES.membershipChanged);
  });
});

describe('renaming', () => {
  it('renames the space and tells the partner with a couple.renamed event', async () => {
    const { a, b } = await newCouple(app.url);
    const socket = await a.openSocket({ lastSeq: null });
    await socket.next((m) => m.type === 'welcome');
    const res = await b.patch('/api/couple', { name: '  The doom spiral  ' });
    expect(res.status).toBe(204);
    const event = await socket.next((m) => m.type === 'event' && m.event.type === 'couple.renamed');
    expect(event.type === 'event' && event.event).toMatchObject({ actorId: b.userId, payload: { name: 'The doom spiral' } });
    expect((await a.get('/api/couple')).body.couple.name).toBe('The doom spiral');
    socket.close();
  });

  it.each([[''], ['   '], ['x'.repeat(81)], ['two\nlines']])('refuses the name %j with 400 and keeps the old one', async (name) => {
    const { a } = await newCouple(app.url);
    const res = await a.patch('/api/couple', { name });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_input');
    expect((await a.get('/api/couple')).body.couple.name).toBe('Test couple');
  });
});

describe('leaving', () => {
  it('ends the space for both: both screens get `membership` and close 4409, and the one who stays is told once, kindly', async () => {
    const { a, b, coupleId } = await newCouple(app.url);
    const stayer = await a.openSocket({ lastSeq: null });
    const leaver = await b.openSocket({ lastSeq: null });
    await stayer.next((m) => m.type === 'welcome');
    await leaver.next((m) => m.type === 'welcome');

    expect((await b.post('/api/couple/leave')).status).toBe(204);
    for (const socket of [stayer, leaver]) {
      expect(await socket.waitClosed()).toBe(CLOSE_CODES.membershipChanged);
      expect(socket.messages.at(-1)?.type).toBe('membership');
    }
    // Nothing of the space is left for either of them.
    expect((await b.get('/api/couple')).body).toEqual({ couple: null, ended: false });
    const told = (await a.get('/api/couple')).body;
    expect(told).toEqual({ couple: null, ended: true });
    for (const table of ['couples', 'couple_members', 'invites', 'couple_events']) {
      const column = table === 'couples' ? 'id' : 'couple_id';
      expect(await app.db.query(`select 1 from ${table} where ${column} = $1`, [coupleId]), table).toHaveLength(0);
    }
    // Said once: read, it is not said again.
    expect((await a.post('/api/couple/ended/read')).status).toBe(204);
    expect((await a.get('/api/couple')).body.ended).toBe(false);
  });

  it('lets both start again only in a new, empty space', async () => {
    const { a, b } = await newCouple(app.url);
    await a.patch('/api/couple', { name: 'Our old space' });
    await b.post('/api/couple/leave');
    const again = await a.post('/api/couple', {});
    expect(again.status).toBe(201);
    const fresh = (await a.get('/api/couple')).body;
    expect(fresh.ended).toBe(false); // a new beginning: the old ending has been said
    expect(fresh.couple).toMatchObject({ id: again.body.id, named: false, members: [expect.objectContaining({ userId: a.userId })] });
    expect((await a.get('/api/couple/activity')).body.items.map((i: { type: string }) => i.type)).toEqual(['couple.created']);
    expect((await b.post('/api/couple', {})).status).toBe(201);
  });

  it('needs a couple to leave', async () => {
    const robin = await person('Robin');
    const res = await robin.post('/api/couple/leave');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('no_couple');
  });
});

describe('activity feed', () => {
  it('pages newest first with `before` and `limit`, every event exactly once', async () => {
    const { a, b } = await newCouple(app.url);
    for (let i = 1; i <= 7; i++) await (i % 2 ? a : b).patch('/api/couple', { name: `Name ${i}` });
    const all = (await a.get('/api/couple/activity?limit=100')).body.items as Array<{ seq: number; type: string }>;
    // couple.created, invite.created, member.joined, then seven renames.
    expect(all).toHaveLength(10);
    expect(all.map((i) => i.seq)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);

    const pages: number[][] = [];
    let before: number | undefined;
    for (;;) {
      const res = await a.get(`/api/couple/activity?limit=3${before ? `&before=${before}` : ''}`);
      expect(res.status).toBe(200);
      const seqs = (res.body.items as Array<{ seq: number }>).map((i) => i.seq);
      if (seqs.length === 0) break;
      pages.push(seqs);
      before = seqs[seqs.length - 1];
    }
    expect(pages).toEqual([[10, 9, 8], [7, 6, 5], [4, 3, 2], [1]]);
  });

  it('names each actor and marks my own events', async () => {
    const { a, b } = await newCouple(app.url);
    await b.patch('/api/couple', { name: 'By Blair' });
    const [latest, joined] = (await a.get('/api/couple/activity?limit=2')).body.items;
    expect(latest).toMatchObject({ type: 'couple.renamed', actorId: b.userId, actorName: 'Blair', isMe: false, payload: { name: 'By Blair' } });
    expect(joined).toMatchObject({ type: 'member.joined', actorName: 'Blair', isMe: false });
    const mine = (await b.get('/api/couple/activity?limit=1')).body.items[0];
    expect(mine.isMe).toBe(true);
  });

  it.each(['limit=0', 'limit=101', 'limit=abc', 'before=0', 'before=-1', 'before=1.5'])('refuses %s with 400', async (query) => {
    const { a } = await newCouple(app.url);
    const res = await a.get(`/api/couple/activity?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_input');
  });

  it('shows one couple’s feed only to that couple', async () => {
    const one = await newCouple(app.url);
    const two = await newCouple(app.url);
    await one.a.patch('/api/couple', { name: 'Secret name' });
    const feed = await two.a.get('/api/couple/activity?limit=100');
    expect(JSON.stringify(feed.body)).not.toContain('Secret name');
    expect(feed.body.items.every((i: { actorId: string | null }) => [two.a.userId, two.b.userId].includes(i.actorId))).toBe(true);
  });
});

describe('display names', () => {
  it('tells the partner’s screen live when a name changes, without putting the name in the log', async () => {
    const { a, b } = await newCouple(app.url);
    const socket = await b.openSocket({ lastSeq: (await b.get('/api/couple')).body.couple.headSeq });
    expect((await a.patch('/api/account', { displayName: 'Lex' })).status).toBe(204);
    const renamed = await socket.next((m) => m.type === 'event' && m.event.type === 'member.renamed');
    expect(JSON.stringify(renamed)).not.toContain('Lex');
    expect((await b.get('/api/couple')).body.couple.members.map((m: { displayName: string }) => m.displayName)).toContain('Lex');
    socket.close();
  });
});
