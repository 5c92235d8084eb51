import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { newCouple, type TestClient } from '../../../test/support/client';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const SECRET = 'only-alex-knows-this-sentence';
const answersA = { feelings: `small and unseen ${SECRET}`, myPart: 'I kept pushing', unmetNeed: 'reassurance', iWill: 'ask before I follow', iWillBy: '2026-12-01', iAsk: 'a word when you need space' };
const answersB = { feelings: 'cornered', myPart: 'I went silent', unmetNeed: 'a moment to breathe', iWill: 'say “I’ll be back in ten”' };

async function logRupture(a: TestClient) {
  const res = await a.post('/api/ruptures', { topic: 'chores', intensity: 7, reached: 'me', withdrew: 'partner', note: 'my private view' });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

/** Everything the partner can reach: every route, the socket, the feed, errors. */
async function everythingBCanSee(b: TestClient, repairId: string, ruptureId: string, socketText: string) {
  const responses = await Promise.all([
    b.get(`/api/repairs/${repairId}`),
    b.get('/api/ruptures'),
    b.get('/api/couple/activity'),
    b.post(`/api/repairs/${repairId}/acknowledge`, { step: 'feelings' }),
    b.post(`/api/ruptures/${ruptureId}/repair`, { calmEnough: true }),
    b.get('/api/openapi.json'),
  ]);
  return responses.map((r) => JSON.stringify(r.body)).join('\n') + socketText;
}

describe('reveal together', () => {
  it('never exposes a partner’s unrevealed answers — by any route, event or error — then reveals both at once', async () => {
    const { a, b } = await newCouple(app.url);
    const ruptureId = await logRupture(a);
    const bSocket = await b.openSocket({ lastSeq: (await b.get('/api/couple')).body.couple.headSeq });
    const aSocket = await a.openSocket({ lastSeq: (await a.get('/api/couple')).body.couple.headSeq });

    const opened = await a.post(`/api/ruptures/${ruptureId}/repair`, { calmEnough: true });
    expect(opened.status).toBe(200);
    const repairId = opened.body.id as string;
    expect((await a.post(`/api/repairs/${repairId}/draft`, { answers: answersA })).status).toBe(200);
    const submitted = await a.post(`/api/repairs/${repairId}/submit`, { answers: answersA });
    expect(submitted.body).toMatchObject({ status: 'writing', mySubmitted: true, partners: null });
    await bSocket.next((m) => m.type === 'event' && m.event.type === 'repair.submitted');

    const seen = await everythingBCanSee(b, repairId, ruptureId, JSON.stringify(bSocket.messages));
    expect(seen).not.toContain(SECRET);
    expect(seen).not.toContain('ask before I follow');
    expect(seen).not.toContain('my private view');
    const bView = (await b.get(`/api/repairs/${repairId}`)).body;
    expect(bView).toMatchObject({ partnerSubmitted: true, partners: null, partnerAcknowledged: [] });
    // Acknowledging before the reveal fails without echoing anything.
    const early = await b.post(`/api/repairs/${repairId}/acknowledge`, { step: 'feelings' });
    expect(early.status).toBe(409);
    expect(JSON.stringify(early.body)).not.toContain('small and unseen');

    // A can still change their answers before the reveal.
    const changed = await a.post(`/api/repairs/${repairId}/submit`, { answers: { ...answersA, iAsk: 'a squeeze of the hand' } });
    expect(changed.body.mine.iAsk).toBe('a squeeze of the hand');

    const revealed = await b.post(`/api/repairs/${repairId}/submit`, { answers: answersB });
    expect(revealed.body.status).toBe('revealed');
    expect(revealed.body.partners.feelings).toContain(SECRET);
    await aSocket.next((m) => m.type === 'event' && m.event.type === 'repair.revealed');
    const aView = (await a.get(`/api/repairs/${repairId}`)).body;
    expect(aView.partners.feelings).toBe('cornered');
    expect(aView.revealedAt).toBe(revealed.body.revealedAt);

    // Fixed after the reveal.
    expect((await a.post(`/api/repairs/${repairId}/submit`, { answers: answersA })).status).toBe(409);
    expect((await a.post(`/api/repairs/${repairId}/draft`, { answers: answersA })).status).toBe(409);
    // Events never carried answers.
    for (const socket of [aSocket, bSocket]) expect(JSON.stringify(socket.messages)).not.toMatch(/small and unseen|cornered|reassurance/);
    aSocket.close();
    bSocket.close();
  });

  it('reveals exactly once when both submit at the same instant, and never half', async () => {
    const { a, b, coupleId } = await newCouple(app.url);
    const ruptureId = await logRupture(a);
    const repairId = (await a.post(`/api/ruptures/${ruptureId}/repair`, { calmEnough: true })).body.id;
    const [ra, rb] = await Promise.all([a.post(`/api/repairs/${repairId}/submit`, { answers: answersA }), b.post(`/api/repairs/${repairId}/submit`, { answers: answersB })]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    // Whichever came second saw the reveal; the first saw either nothing of the other or everything.
    for (const [res, other] of [[ra, 'cornered'], [rb, SECRET]] as const) {
      if (res.body.status === 'revealed') expect(JSON.stringify(res.body.partners)).toContain(other);
      else expect(res.body.partners).toBeNull();
    }
    const reveals = await app.db.query(`select 1 from couple_events where couple_id = $1 and type = 'repair.revealed'`, [coupleId]);
    expect(reveals).toHaveLength(1);
    expect((await a.get(`/api/repairs/${repairId}`)).body.partners.feelings).toBe('cornered');
    const actions = (await b.get(`/api/repairs/${repairId}`)).body.actions;
    expect(actions).toHaveLength(2);
  });

  it('tracks actions to done and acknowledged, then marks the rupture repaired once both say so', async () => {
    const { a, b } = await newCouple(app.url);
    const ruptureId = await logRupture(a);
    const repairId = (await a.post(`/api/ruptures/${ruptureId}/repair`, { calmEnough: true })).body.id;
    await b.post(`/api/ruptures/${ruptureId}/repair`, { calmEnough: true });
    await a.post(`/api/repairs/${repairId}/submit`, { answers: answersA });
    const view = (await b.post(`/api/repairs/${repairId}/submit`, { answers: answersB })).body;
    expect(view.iAmCalm).toBe(true);
    expect(view.partnerIsCalm).toBe(true);
    const aAction = view.actions.find((x: { mine: boolean }) => !x.mine);
    expect(aAction).toMatchObject({ text: 'ask before I follow', dueOn: '2026-12-01', doneAt: null });

    expect((await b.post(`/api/actions/${aAction.id}/done`)).status).toBe(403);
    expect((await b.post(`/api/actions/${aAction.id}/acknowledge`)).status).toBe(409);
    expect((await a.post(`/api/actions/${aAction.id}/done`)).status).toBe(204);
    expect((await a.post(`/api/actions/${aAction.id}/acknowledge`)).status).toBe(403);
    expect((await b.post(`/api/actions/${aAction.id}/acknowledge`)).status).toBe(204);
    const after = (await a.get(`/api/repairs/${repairId}`)).body.actions.find((x: { id: string }) => x.id === aAction.id);
    expect(after.doneAt).not.toBeNull();
    expect(after.acknowledgedAt).not.toBeNull();

    expect((await b.post(`/api/repairs/${repairId}/acknowledge`, { step: 'feelings' })).body.iAcknowledged).toEqual(['feelings']);

    await a.post(`/api/ruptures/${ruptureId}/repaired`);
    let rupture = (await b.get('/api/ruptures')).body.ruptures[0];
    expect(rupture).toMatchObject({ repairedAt: null, partnerSaysRepaired: true, iSayRepaired: false, myNote: null });
    await b.post(`/api/ruptures/${ruptureId}/repaired`);
    rupture = (await b.get('/api/ruptures')).body.ruptures[0];
    expect(rupture.repairedAt).not.toBeNull();
    // Repaired is a moment, not a score: no time-to-repair in what the screens get.
    expect(rupture).not.toHaveProperty('minutesToRepair');
    expect((await a.get('/api/ruptures')).body.ruptures[0].myNote).toBe('my private view');
  });

  it('refuses incomplete submissions, other couples and unknown pauses', async () => {
    const { a } = await newCouple(app.url);
    const ruptureId = await logRupture(a);
    const repairId = (await a.post(`/api/ruptures/${ruptureId}/repair`, { calmEnough: false })).body.id;
    const incomplete = await a.post(`/api/repairs/${repairId}/submit`, { answers: { feelings: 'sad' } });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.code).toBe('incomplete');
    expect((await a.post(`/api/repairs/${repairId}/submit`, { answers: { ...answersA, extra: 'x' } })).status).toBe(400);

    const other = await newCouple(app.url);
    expect((await other.a.get(`/api/repairs/${repairId}`)).status).toBe(404);
    expect((await other.a.post(`/api/repairs/${repairId}/submit`, { answers: answersB })).status).toBe(404);
    expect((await other.a.post(`/api/ruptures/${ruptureId}/repaired`)).status).toBe(404);
    expect((await other.a.get('/api/ruptures')).body.ruptures).toEqual([]);
    expect((await a.post('/api/ruptures', { topic: 'money', intensity: 3, reached: 'me', withdrew: 'unsure', pauseId: randomUUID() })).status).toBe(404);
  });
});

describe('a rupture seen from both sides', () => {
  it('keeps each partner’s view as theirs — stored apart, scoped to the couple, each shown to the other as the other’s', async () => {
    const { a, b, coupleId } = await newCouple(app.url);
    const aSocket = await a.openSocket({ lastSeq: (await a.get('/api/couple')).body.couple.headSeq });
    // A notes it: intensity 7, A reached, B stepped back — as A saw it.
    const ruptureId = await logRupture(a);

    const seenByB = (await b.get('/api/ruptures')).body.ruptures[0];
    expect(seenByB.myView).toBeNull();
    // A's view, in B's words: "you" (B) stepped back, your partner (A) reached.
    expect(seenByB.partnerView).toEqual({ intensity: 7, reached: 'partner', withdrew: 'me' });
    expect(seenByB).not.toHaveProperty('intensity');

    // B saw it differently: B reached, A stepped back, and it felt less intense.
    expect((await b.request('PUT', `/api/ruptures/${ruptureId}/view`, { intensity: 4, reached: 'me', withdrew: 'partner' })).status).toBe(204);
    await aSocket.next((m) => m.type === 'event' && m.event.type === 'rupture.view_saved' && m.event.actorId === b.userId);

    const seenByA = (await a.get('/api/ruptures')).body.ruptures[0];
    expect(seenByA.myView).toEqual({ intensity: 7, reached: 'me', withdrew: 'partner' });
    expect(seenByA.partnerView).toEqual({ intensity: 4, reached: 'partner', withdrew: 'me' });
    expect((await b.get('/api/ruptures')).body.ruptures[0]).toMatchObject({ myView: { intensity: 4, reached: 'me', withdrew: 'partner' }, partnerView: { intensity: 7 } });

    // Stored as two rows, one per author; B changing theirs never touches A's.
    await b.request('PUT', `/api/ruptures/${ruptureId}/view`, { intensity: 5, reached: 'unsure', withdrew: 'partner' });
    const rows = await app.db.query<{ authorId: string; intensity: number; reachedBy: string | null; withdrewBy: string | null }>(
      'select author_id as "authorId", intensity, reached_by as "reachedBy", withdrew_by as "withdrewBy" from rupture_views where couple_id = $1 and rupture_id = $2 order by intensity desc',
      [coupleId, ruptureId],
    );
    expect(rows).toEqual([
      { authorId: a.userId, intensity: 7, reachedBy: a.userId, withdrewBy: b.userId },
      { authorId: b.userId, intensity: 5, reachedBy: null, withdrewBy: a.userId },
    ]);

    // Another couple can neither add a view nor see one; bad input changes nothing.
    const other = await newCouple(app.url);
    expect((await other.a.request('PUT', `/api/ruptures/${ruptureId}/view`, { intensity: 3, reached: 'me', withdrew: 'me' })).status).toBe(404);
    expect((await other.a.get('/api/ruptures')).body.ruptures).toEqual([]);
    expect((await b.request('PUT', `/api/ruptures/${ruptureId}/view`, { intensity: 11, reached: 'me', withdrew: 'partner' })).status).toBe(400);
    expect((await b.request('PUT', `/api/ruptures/${ruptureId}/view`, { intensity: 3, reached: 'them', withdrew: 'partner' })).status).toBe(400);
    expect((await b.get('/api/ruptures')).body.ruptures[0].myView).toEqual({ intensity: 5, reached: 'unsure', withdrew: 'partner' });
    // A view is part of a moment, not a moment of its own in the feed.
    const feed = (await a.get('/api/couple/activity')).body;
    expect(JSON.stringify(feed)).not.toContain('rupture.view_saved');
    aSocket.close();
  });

  it('never keeps a partner’s view after they leave: the space and its records end', async () => {
    const { a, b, coupleId } = await newCouple(app.url);
    const ruptureId = await logRupture(a);
    await b.request('PUT', `/api/ruptures/${ruptureId}/view`, { intensity: 2, reached: 'me', withdrew: 'unsure' });
    expect((await b.post('/api/couple/leave')).status).toBe(204);
    expect((await a.get('/api/ruptures')).status).toBe(403);
    for (const table of ['ruptures', 'rupture_views', 'rupture_notes', 'repairs']) {
      expect(await app.db.query(`select 1 from ${table} where couple_id = $1`, [coupleId]), table).toEqual([]);
    }
  });
});

describe('private journal and stepping out of roles', () => {
  it('keeps journal entries for their author only, unless shared entry by entry, and deletes them for good', async () => {
    const { a, b } = await newCouple(app.url);
    const entry = await a.post('/api/journal', { text: 'I noticed I got reactive earlier and I want to repair' });
    expect(entry.status).toBe(201);
    expect((await b.get('/api/journal')).body.entries).toEqual([]);
    expect((await b.patch(`/api/journal/${entry.body.id}`, { shared: true })).status).toBe(404);
    expect((await b.del(`/api/journal/${entry.body.id}`)).status).toBe(404);
    await a.patch(`/api/journal/${entry.body.id}`, { shared: true });
    expect((await b.get('/api/journal')).body.entries).toMatchObject([{ mine: false, text: 'I noticed I got reactive earlier and I want to repair' }]);
    const other = await newCouple(app.url);
    expect((await other.a.get('/api/journal')).body.entries).toEqual([]);
    await a.patch(`/api/journal/${entry.body.id}`, { shared: false });
    expect((await b.get('/api/journal')).body.entries).toEqual([]);
    expect((await a.del(`/api/journal/${entry.body.id}`)).status).toBe(204);
    expect(await app.db.query('select 1 from journal_entries where id = $1', [entry.body.id])).toEqual([]);
  });

  it('takes an entry sent again with the same device id once, whoever else chose that id', async () => {
    const { a, b } = await newCouple(app.url);
    const clientId = randomUUID();
    const first = await a.post('/api/journal', { text: 'written on the train, offline', clientId });
    expect(first.status).toBe(201);
    // The answer was lost and the device sends it again, twice at once: still the one entry.
    const again = await Promise.all([a.post('/api/journal', { text: 'written on the train, offline', clientId }), a.post('/api/journal', { text: 'written on the train, offline', clientId })]);
    for (const res of again) expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(again.map((r) => r.body.id)).toEqual([first.body.id, first.body.id]);
    expect(await app.db.query('select id from journal_entries where client_id = $1', [clientId])).toEqual([{ id: first.body.id }]);
    // The same id from the partner's device is their own new entry: it neither lands on nor shows Alex's.
    const theirs = await b.post('/api/journal', { text: 'my own words', clientId });
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(first.body.id);
    expect(JSON.stringify(theirs.body)).not.toContain('train');
    expect((await a.get('/api/journal')).body.entries).toMatchObject([{ id: first.body.id, text: 'written on the train, offline' }]);
    // Without an id every post is a new entry, as before; a malformed id changes nothing.
    expect((await a.post('/api/journal', { text: 'twice' })).status).toBe(201);
    expect((await a.post('/api/journal', { text: 'twice' })).status).toBe(201);
    expect((await a.post('/api/journal', { text: 'bad id', clientId: 'not-a-uuid' })).status).toBe(400);
    expect((await a.get('/api/journal')).body.entries.map((e: { text: string }) => e.text).sort()).toEqual(['twice', 'twice', 'written on the train, offline']);
  });

  it('labels every changing view with the seq it reflects: it grows with the partner’s changes, and a command agrees with the next read', async () => {
    const { a, b } = await newCouple(app.url);
    const seqOf = async (client: TestClient, path: string) => (await client.get(path)).body.seq as number;

    const logBefore = await seqOf(b, '/api/ruptures');
    const ruptureId = await logRupture(a);
    const logAfter = await seqOf(b, '/api/ruptures');
    expect(logAfter).toBeGreaterThan(logBefore);

    const opened = (await a.post(`/api/ruptures/${ruptureId}/repair`, { calmEnough: true })).body;
    expect(opened.seq).toBeGreaterThan(logAfter);
    expect((await a.get(`/api/repairs/${opened.id}`)).body).toEqual(opened);
    // A draft appends no event: it keeps the seq it found, and the read after it agrees.
    const drafted = (await a.post(`/api/repairs/${opened.id}/draft`, { answers: answersA })).body;
    expect(drafted.seq).toBe(opened.seq);
    expect((await a.get(`/api/repairs/${opened.id}`)).body).toEqual(drafted);
    const joined = (await b.post(`/api/ruptures/${ruptureId}/repair`, { calmEnough: true })).body;
    expect(joined.seq).toBeGreaterThan(drafted.seq);
    expect((await a.get(`/api/repairs/${opened.id}`)).body.seq).toBe(joined.seq);

    // The journal and reflections: the partner's share (and taking it back) moves the seq; private writing does not.
    const journalBefore = await seqOf(b, '/api/journal');
    const entry = (await a.post('/api/journal', { text: 'a calm word for later' })).body;
    expect(entry.seq).toBe(journalBefore);
    expect(await seqOf(b, '/api/journal')).toBe(journalBefore);
    await a.patch(`/api/journal/${entry.id}`, { shared: true });
    const journalShared = await seqOf(b, '/api/journal');
    expect(journalShared).toBeGreaterThan(journalBefore);
    await a.del(`/api/journal/${entry.id}`);
    expect(await seqOf(b, '/api/journal')).toBeGreaterThan(journalShared);

    const reflectionsBefore = await seqOf(b, '/api/reflections');
    const reflection = (await a.post('/api/reflections', { lettingGo: 'the one who cares more', instead: 'both of us asking', shared: true })).body;
    const reflectionsShared = await seqOf(b, '/api/reflections');
    expect(reflectionsShared).toBeGreaterThan(reflectionsBefore);
    await a.post('/api/reflections', { lettingGo: 'keeping score', instead: 'saying thanks' });
    expect(await seqOf(b, '/api/reflections')).toBe(reflectionsShared);
    await a.del(`/api/reflections/${reflection.id}`);
    expect(await seqOf(b, '/api/reflections')).toBeGreaterThan(reflectionsShared);
  });

  it('tells the partner’s screen when a journal entry or reflection reaches it or leaves it, never with its words', async () => {
    const { a, b } = await newCouple(app.url);
    const bSocket = await b.openSocket({ lastSeq: (await b.get('/api/couple')).body.couple.headSeq });
    const entry = (await a.post('/api/journal', { text: `held close ${SECRET}` })).body;
    await a.patch(`/api/journal/${entry.id}`, { shared: true });
    const shared = await bSocket.next((m) => m.type === 'event' && m.event.type === 'journal.shared');
    expect(shared.type === 'event' && shared.event.payload).toEqual({ entryId: entry.id });
    await a.patch(`/api/journal/${entry.id}`, { shared: false });
    await bSocket.next((m) => m.type === 'event' && m.event.type === 'journal.withdrawn');
    await a.post('/api/reflections', { lettingGo: 'the fixer', instead: `listening ${SECRET}`, shared: true });
    await bSocket.next((m) => m.type === 'event' && m.event.type === 'reflection.shared');
    expect(JSON.stringify(bSocket.messages)).not.toContain(SECRET);
    // Not moments for the couple's feed.
    expect(JSON.stringify((await b.get('/api/couple/activity')).body)).not.toMatch(/journal|reflection/);
  });

  it('links a role reflection to one of our own contracts only', async () => {
    const { a, b } = await newCouple(app.url);
    const contract = await a.post('/api/contracts', { text: 'I’m the one who cares more' });
    const made = await b.post('/api/reflections', { lettingGo: 'the calm one', instead: 'someone who says when it hurts', contractId: contract.body.id, shared: true });
    expect(made.status).toBe(201);
    expect((await a.get('/api/reflections')).body.reflections).toMatchObject([{ lettingGo: 'the calm one', mine: false }]);
    const other = await newCouple(app.url);
    expect((await other.a.post('/api/reflections', { lettingGo: 'x', instead: 'y', contractId: contract.body.id })).status).toBe(404);
  });
});

describe('leaving the couple', () => {
  it('gives both a copy of their own words in their journal, never the other’s, and leaves no shared record', async () => {
    const { a, b } = await newCouple(app.url);
    const ruptureId = await logRupture(a);
    const repairId = (await a.post(`/api/ruptures/${ruptureId}/repair`, { calmEnough: true })).body.id;
    await a.post(`/api/repairs/${repairId}/submit`, { answers: answersA });
    await b.post(`/api/repairs/${repairId}/submit`, { answers: answersB });
    expect((await a.post('/api/couple/leave')).status).toBe(204);

    const keptByA = (await a.get('/api/journal')).body.entries.map((e: { text: string }) => e.text).join('\n');
    expect(keptByA).toContain('my private view');
    expect(keptByA).toContain(SECRET);
    expect(keptByA).toContain('ask before I follow');
    expect(keptByA).not.toContain('cornered');
    // The one who stays keeps their own words too, and nothing of the leaver's.
    const keptByB = (await b.get('/api/journal')).body.entries.map((e: { text: string }) => e.text).join('\n');
    expect(keptByB).toContain('cornered');
    expect(keptByB).not.toContain(SECRET);
    expect(keptByB).not.toContain('my private view');
    // The shared records are gone for both.
    expect((await a.get(`/api/repairs/${repairId}`)).status).toBe(403);
    expect((await b.get(`/api/repairs/${repairId}`)).status).toBe(403);
  });

  it('leaving before the reveal never reveals: the unrevealed answers go, and the one who stays is told', async () => {
    const { a, b } = await newCouple(app.url);
    const ruptureId = await logRupture(a);
    const repairId = (await a.post(`/api/ruptures/${ruptureId}/repair`, { calmEnough: true })).body.id;
    await b.post(`/api/ruptures/${ruptureId}/repair`, { calmEnough: true });
    await b.post(`/api/repairs/${repairId}/submit`, { answers: answersB });
    // B's answers were submitted, A's not: B closes their account before any reveal.
    expect((await b.del('/api/account', { password: 'a long enough passphrase' })).status).toBe(204);
    expect((await a.get('/api/couple')).body).toEqual({ couple: null, ended: true });
    expect(JSON.stringify((await a.get('/api/journal')).body)).not.toContain('cornered');
    expect(await app.db.query('select 1 from repairs where id = $1', [repairId])).toEqual([]);
  });
});
