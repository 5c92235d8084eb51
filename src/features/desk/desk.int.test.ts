import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { LiveSocket, type TestClient } from '../../../test/support/client';
import { pairUp, personOn, writeMySide } from '../../../test/support/couple-life';
import { connectTherapist, consentTo, therapistOn } from '../../../test/support/therapist';
import { documentedRoutes } from '../../../test/support/openapi';
import * as Y from 'yjs';
import { loadSideDoc } from '../pattern-map/side-doc';

/**
 * The therapist's desk: exactly what each couple consents to, a look on the record for every view,
 * nothing of another couple, session dates, and private notes no partner ever sees.
 */
const NOW = Date.parse('2026-12-02T12:00:00Z');
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({}, { now: () => NOW });
});
afterAll(() => app.close());

async function couple(names = ['Ada', 'Bo']) {
  const [a, b] = await Promise.all(names.map((n) => personOn(app, n)));
  const coupleId = await pairUp(a!, b!);
  return { a: a!, b: b!, coupleId };
}

const CSI = { happiness: 4, warm: 3, rewarding: 4, satisfied: 3 };
const checkIn = (c: TestClient, sharing = 'private') =>
  c.put('/api/checkins/week', { timeZone: 'UTC', csi4: CSI, loop: { caught: 2, wayBack: 3, safeToReach: 3, safeToStepBack: 2 }, sharing });

async function someLife(a: TestClient, b: TestClient) {
  expect((await a.post('/api/signals', { clientId: randomUUID(), need: 'space' })).status).toBeLessThan(300);
  expect((await b.post('/api/joy', { text: 'the walk by the river' })).status).toBe(201);
  expect((await a.post('/api/ruptures', { topic: 'money', intensity: 5, reached: 'me', withdrew: 'partner', note: 'a private note' })).status).toBe(201);
  expect((await checkIn(a)).status).toBe(200);
  // Shared with Ada: the desk must still never show Bo's week to the therapist unless Bo chooses.
  expect((await checkIn(b, 'share')).status).toBe(200);
}

const looks = async (coupleId: string) =>
  (await app.db.query<{ what: string }>(`select what from therapist_access_log where couple_id = $1 order by id`, [coupleId])).map((r) => r.what);

describe('the desk', () => {
  it('shows exactly what the couple consents to: own check-ins per partner, shared scopes only with both', async () => {
    const { a, b, coupleId } = await couple();
    const lee = await therapistOn(app, 'Lee');
    const link = await connectTherapist(app, lee, coupleId);
    await someLife(a, b);
    await consentTo(app, link, a, ['checkins', 'loop', 'repair', 'map']);
    await consentTo(app, link, b, ['loop']);

    const res = await lee.get('/api/desk?tz=UTC');
    expect(res.status).toBe(200);
    const [card] = res.body.couples;
    expect(card.partners.map((p: { name: string }) => p.name)).toEqual(['Ada', 'Bo']);
    expect(card.shared).toEqual({ map: false, loop: true, repair: false, practice: false });
    // Only Ada's own answers; Bo's week (shared with Ada) stays Bo's.
    expect(card.checkins.map((c: { userId: string }) => c.userId)).toEqual([a.userId]);
    expect(card.checkins[0].weeks).toEqual([{ weekStart: '2026-11-30', csi4Total: 14, caught: 2, wayBack: 3 }]);
    expect(card.loop).toMatchObject({ signals: 1, pauses: 0 });
    expect(card.loop.weekly.at(-1)).toEqual({ week: '2026-11-30', signals: 1, pauses: 0 });
    expect(card.repair).toBeNull();
    expect(card.practice).toBeNull();
    expect(card.homework).toBeNull();
    expect(JSON.stringify(res.body)).not.toContain('a private note');

    // Bo consents to repair and practice: repair joins (both), practice needs Ada too.
    await consentTo(app, link, b, ['repair', 'practice', 'checkins']);
    await app.db.query(`update ruptures set repaired_at = created_at + interval '3 hours' where couple_id = $1`, [coupleId]);
    const after = (await lee.get(`/api/desk/couples/${coupleId}?tz=UTC`)).body;
    expect(after.repair).toEqual({ ruptures: 1, repaired: 1, medianHoursToRepair: 3 });
    expect(after.practice).toBeNull();
    expect(after.checkins.map((c: { userId: string }) => c.userId)).toEqual([a.userId, b.userId]);

    // Withdrawn: gone at once.
    await consentTo(app, link, a, ['loop', 'checkins'], false);
    const withdrawn = (await lee.get(`/api/desk/couples/${coupleId}`)).body;
    expect(withdrawn.loop).toBeNull();
    expect(withdrawn.checkins.map((c: { userId: string }) => c.userId)).toEqual([b.userId]);
  });

  it('puts one look per couple on each couple’s record, in one statement for the whole desk', async () => {
    const lee = await therapistOn(app, 'Lee');
    const one = await couple();
    const two = await couple(['Cy', 'Di']);
    const linkOne = await connectTherapist(app, lee, one.coupleId);
    const linkTwo = await connectTherapist(app, lee, two.coupleId);
    // The desk lists couples in the order they connected. PGlite's clock counts milliseconds, and two
    // inserts a test makes back to back can share one (the tie then goes by link id, at random): a minute apart, as people are.
    await app.db.query(`update therapist_links set started_at = started_at + interval '1 minute' where id = $1`, [linkTwo]);
    // Read for both couples at once: each couple's records only where that couple consents.
    await consentTo(app, linkOne, one.a, ['loop', 'practice']);
    await consentTo(app, linkOne, one.b, ['loop', 'practice']);
    for (const c of [one, two]) expect((await c.a.post('/api/signals', { clientId: randomUUID(), need: 'space' })).status).toBeLessThan(300);
    expect((await two.b.post('/api/joy', { text: 'a joy' })).status).toBe(201);
    const desk = (await lee.get('/api/desk')).body.couples;
    expect(desk.map((c: { coupleId: string }) => c.coupleId)).toEqual([one.coupleId, two.coupleId]);
    expect(desk[0].loop.signals).toBe(1);
    expect(desk[0].practice).toEqual({ moments: 0, joy: 0 });
    expect([desk[1].loop, desk[1].practice, desk[1].repair]).toEqual([null, null, null]);
    expect(await looks(one.coupleId)).toEqual(['overview']);
    expect(await looks(two.coupleId)).toEqual(['overview']);
    const [row] = await app.db.query<{ name: string }>(`select therapist_name as name from therapist_access_log where couple_id = $1`, [one.coupleId]);
    expect(row!.name).toBe('Lee');
  });

  it('reaches only couples connected now: 404 for another’s, an ended link or no link', async () => {
    const lee = await therapistOn(app, 'Lee');
    const kim = await therapistOn(app, 'Kim');
    const mine = await couple();
    const theirs = await couple(['Cy', 'Di']);
    const link = await connectTherapist(app, lee, mine.coupleId);
    await connectTherapist(app, kim, theirs.coupleId);
    for (const path of ['', '/map', '/prep']) expect((await lee.get(`/api/desk/couples/${theirs.coupleId}${path}`)).status).toBe(404);
    expect((await lee.put(`/api/desk/couples/${theirs.coupleId}/sessions`, { nextSessionAt: '2026-12-09T15:00:00Z' })).status).toBe(404);
    expect((await lee.post('/api/desk/notes', { coupleId: theirs.coupleId, text: 'x' })).status).toBe(404);
    expect((await lee.get('/api/desk')).body.couples.map((c: { coupleId: string }) => c.coupleId)).toEqual([mine.coupleId]);
    expect(await looks(theirs.coupleId)).toEqual([]);
    await app.db.query(`update therapist_links set ended_at = now() where id = $1`, [link]);
    expect((await lee.get(`/api/desk/couples/${mine.coupleId}`)).status).toBe(404);
    expect((await lee.get('/api/desk')).body.couples).toEqual([]);
    // A partner is not a therapist.
    expect((await mine.a.get('/api/desk')).body.error.code).toBe('therapists_only');
  });

  it('shows the map only as the couple shares it, with both consents, and records the look', async () => {
    const { a, b, coupleId } = await couple();
    const lee = await therapistOn(app, 'Lee');
    const link = await connectTherapist(app, lee, coupleId);
    await writeMySide(a, 'being left behind');
    // Bo's side is a draft: written, never shared.
    const mapId = (await b.get('/api/maps')).body.maps[0].id;
    const doc = loadSideDoc(null);
    doc.getText('fear').insert(0, 'DRAFT words');
    expect((await b.post(`/api/maps/${mapId}/sides/${b.userId}/updates`, { update: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64') })).status).toBe(200);
    expect((await b.post('/api/said-and-meant', { said: 'fine', meant: 'hurt', shared: true })).status).toBe(201);
    expect((await b.post('/api/said-and-meant', { said: 'whatever', meant: 'private pair', shared: false })).status).toBe(201);

    await consentTo(app, link, a, ['map']);
    const one = await lee.get(`/api/desk/couples/${coupleId}/map`);
    expect(one.status).toBe(403);
    expect(one.body.error.code).toBe('no_consent');
    await consentTo(app, link, b, ['map']);
    const res = await lee.get(`/api/desk/couples/${coupleId}/map`);
    expect(res.status).toBe(200);
    expect(res.body.maps[0].sides.map((s: { ownerId: string }) => s.ownerId)).toEqual([a.userId]);
    expect(res.body.maps[0].sides[0].fields.fear).toBe('being left behind');
    expect(res.body.saidAndMeant).toEqual([{ ownerId: b.userId, said: 'fine', meant: 'hurt' }]);
    expect(JSON.stringify(res.body)).not.toContain('private pair');
    expect(JSON.stringify(res.body)).not.toContain('DRAFT');
    expect(await looks(coupleId)).toEqual(['map']);
    await consentTo(app, link, b, ['map'], false);
    expect((await lee.get(`/api/desk/couples/${coupleId}/map`)).status).toBe(403);
  });

  it('shows a repair conversation’s words only when both chose that conversation, and only once revealed to each other', async () => {
    const { a, b, coupleId } = await couple();
    const lee = await therapistOn(app, 'Lee');
    const linkId = await connectTherapist(app, lee, coupleId);
    const rupture = (await a.post('/api/ruptures', { topic: 'money', intensity: 5, reached: 'me', withdrew: 'partner', note: 'Ada’s own note' })).body.id as string;
    const other = (await a.post('/api/ruptures', { topic: 'chores', intensity: 3, reached: 'me', withdrew: 'partner' })).body.id as string;
    const repairId = (await a.post(`/api/ruptures/${rupture}/repair`, { calmEnough: true })).body.id as string;
    const words = { feelings: 'scared of the bills', myPart: 'I went quiet', unmetNeed: 'to plan together', iWill: 'ask first' };
    expect((await a.post(`/api/repairs/${repairId}/submit`, { answers: words })).status).toBe(200);
    const read = () => lee.get(`/api/desk/couples/${coupleId}/conversations`);
    // Only Ada chose this one, and Bo chose another: none shows.
    await consentTo(app, linkId, a, ['repair_words'], true, rupture);
    await consentTo(app, linkId, b, ['repair_words'], true, other);
    expect((await read()).body.conversations).toEqual([]);
    // Both chose it; Bo is still writing, so Ada's answers are a draft to him — and to the therapist.
    await consentTo(app, linkId, b, ['repair_words'], true, rupture);
    const waiting = await read();
    expect(waiting.body.conversations).toEqual([expect.objectContaining({ ruptureId: rupture, topic: 'money', revealedAt: null, answers: [] })]);
    expect(JSON.stringify(waiting.body)).not.toContain('scared of the bills');
    expect(await app.db.query(`select 1 from therapist_access_log where couple_id = $1 and what = 'conversation'`, [coupleId])).toHaveLength(0);
    // Bo answers too: both are revealed, and the therapist reads both — never the rupture's private note.
    expect((await b.post(`/api/repairs/${repairId}/submit`, { answers: { feelings: 'alone with it', myPart: 'I pushed', unmetNeed: 'closeness', iWill: 'slow down' } })).status).toBe(200);
    const shown = await read();
    const [conversation] = shown.body.conversations;
    expect(conversation.revealedAt).not.toBeNull();
    expect(conversation.answers).toEqual(
      expect.arrayContaining([
        { userId: a.userId, answers: expect.objectContaining(words) },
        { userId: b.userId, answers: expect.objectContaining({ feelings: 'alone with it' }) },
      ]),
    );
    expect(JSON.stringify(shown.body)).not.toContain('Ada’s own note');
    expect(await app.db.query(`select 1 from therapist_access_log where couple_id = $1 and what = 'conversation'`, [coupleId])).toHaveLength(1);
    // Bo withdraws it: gone at once.
    await consentTo(app, linkId, b, ['repair_words'], false, rupture);
    expect((await read()).body.conversations).toEqual([]);
  });

  it('keeps session dates on the link and counts what changed from the last one', async () => {
    const { a, coupleId } = await couple();
    const lee = await therapistOn(app, 'Lee');
    const link = await connectTherapist(app, lee, coupleId);
    await consentTo(app, link, a, ['loop']);
    const res = await lee.put(`/api/desk/couples/${coupleId}/sessions`, { lastSessionAt: '2026-11-25T15:00:00Z', nextSessionAt: '2026-12-09T15:00:00+01:00' });
    expect(res.body).toEqual({ lastSessionAt: '2026-11-25T15:00:00.000Z', nextSessionAt: '2026-12-09T14:00:00.000Z' });
    const only = await lee.put(`/api/desk/couples/${coupleId}/sessions`, { nextSessionAt: null });
    expect(only.body).toEqual({ lastSessionAt: '2026-11-25T15:00:00.000Z', nextSessionAt: null });
    const card = (await lee.get(`/api/desk/couples/${coupleId}`)).body;
    expect(card.since).toBe('2026-11-25T15:00:00.000Z');
    expect(card.lastSessionAt).toBe('2026-11-25T15:00:00.000Z');
    expect((await lee.put(`/api/desk/couples/${coupleId}/sessions`, {})).status).toBe(400);
    expect((await lee.put(`/api/desk/couples/${coupleId}/sessions`, { nextSessionAt: 'next week' })).status).toBe(400);
  });

  it('prep: the overview and my notes about the couple, with a look on the record', async () => {
    const { coupleId } = await couple();
    const lee = await therapistOn(app, 'Lee');
    await connectTherapist(app, lee, coupleId);
    await lee.post('/api/desk/notes', { coupleId, text: 'ask about the kettle', sessionOn: '2026-11-25' });
    const res = await lee.get(`/api/desk/couples/${coupleId}/prep`);
    expect(res.status).toBe(200);
    expect(res.body.overview.coupleId).toBe(coupleId);
    expect(res.body.notes.map((n: { text: string }) => n.text)).toEqual(['ask about the kettle']);
    expect(await looks(coupleId)).toEqual(['prep']);
  });
});

describe('session notes', () => {
  it('are the therapist’s alone: no partner route or socket frame ever carries their text', async () => {
    const { a, b, coupleId } = await couple();
    await writeMySide(a, 'my side');
    const lee = await therapistOn(app, 'Lee');
    const link = await connectTherapist(app, lee, coupleId);
    await consentTo(app, link, a, ['map', 'loop', 'repair', 'practice', 'checkins']);
    await consentTo(app, link, b, ['map', 'loop', 'repair', 'practice', 'checkins']);
    const sockets = await Promise.all([a, b].map((c) => LiveSocket.open(c, { lastSeq: 0 })));
    const secret = `NOTE-${randomUUID()}`;
    const made = await lee.post('/api/desk/notes', { coupleId, text: `first ${secret}`, sessionOn: '2026-11-25' });
    expect(made.status).toBe(201);
    expect((await lee.patch(`/api/desk/notes/${made.body.id}`, { text: `changed ${secret}` })).status).toBe(200);
    await lee.get('/api/desk');
    await lee.get(`/api/desk/couples/${coupleId}/prep`);
    await new Promise((r) => setTimeout(r, 200));

    const gets = (await documentedRoutes(app.url)).filter((r) => r.method === 'GET' && !r.url.includes(':'));
    expect(gets.length).toBeGreaterThan(20);
    const mapId = (await a.get('/api/maps')).body.maps[0].id;
    for (const partner of [a, b]) {
      for (const url of [...gets.map((r) => r.url), `/api/maps/${mapId}`, `/api/maps/${mapId}/history`, '/api/insights?weeks=52']) {
        const res = await partner.get(url);
        expect(JSON.stringify(res.body) ?? '', `${url}`).not.toContain(secret);
      }
      // The partner's own archive holds their own words only.
      expect(JSON.stringify((await partner.get('/api/account/export.json')).body)).not.toContain(secret);
    }
    for (const s of sockets) {
      expect(JSON.stringify(s.messages)).not.toContain(secret);
      s.close();
    }
    // Another therapist never sees them either.
    const kim = await therapistOn(app, 'Kim');
    expect((await kim.get('/api/desk/notes')).body.notes).toEqual([]);
    expect((await kim.patch(`/api/desk/notes/${made.body.id}`, { text: 'mine now' })).status).toBe(404);
    expect((await kim.del(`/api/desk/notes/${made.body.id}`)).status).toBe(404);
  });

  it('stay with the therapist after the connection and the space end, and export as JSON and text', async () => {
    const { a, coupleId } = await couple();
    const lee = await therapistOn(app, 'Lee');
    const link = await connectTherapist(app, lee, coupleId);
    const note = (await lee.post('/api/desk/notes', { coupleId, text: 'they laughed about the kettle', sessionOn: '2026-11-25' })).body;
    expect(note).toMatchObject({ coupleId, coupleLabel: 'Ada & Bo', sessionOn: '2026-11-25' });
    await lee.post('/api/desk/notes', { coupleId, text: 'a second note' });
    expect((await lee.get(`/api/desk/notes?coupleId=${coupleId}`)).body.notes).toHaveLength(2);

    await app.db.query(`update therapist_links set ended_at = now() where id = $1`, [link]);
    const kept = (await lee.get('/api/desk/notes')).body.notes;
    expect(kept.map((n: { coupleId: string | null }) => n.coupleId)).toEqual([null, null]);
    // Writing a new one needs a connection; changing one's own does not.
    expect((await lee.post('/api/desk/notes', { coupleId, text: 'after' })).status).toBe(404);
    expect((await lee.patch(`/api/desk/notes/${note.id}`, { sessionOn: null })).body.sessionOn).toBeNull();

    // The space ends (a partner leaves): the notes stay, labelled.
    expect((await a.post('/api/couple/leave')).status).toBe(204);
    const json = await lee.get('/api/desk/notes/export.json');
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toContain('attachment');
    expect(json.body.notes.map((n: { text: string; coupleLabel: string }) => [n.text, n.coupleLabel]).sort()).toEqual([
      ['a second note', 'Ada & Bo'],
      ['they laughed about the kettle', 'Ada & Bo'],
    ]);
    const text = await lee.get('/api/desk/notes/export.txt');
    expect(text.headers.get('content-type')).toContain('text/plain');
    expect(text.body).toContain('they laughed about the kettle');
    expect(text.body).toContain('Ada & Bo');

    expect((await lee.del(`/api/desk/notes/${note.id}`)).status).toBe(204);
    expect((await lee.get('/api/desk/notes')).body.notes).toHaveLength(1);
    // The therapist's account goes: so do their notes.
    await app.db.query(`delete from users where id = $1`, [lee.userId]);
    expect(await app.db.query(`select 1 from therapist_notes where therapist_id = $1`, [lee.userId])).toEqual([]);
  });
});
