import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';
import type { LiveSocket, TestClient } from './support/client';
import { documentedRoutes, type DocumentedRoute } from './support/openapi';
import { pairUp, personOn } from './support/couple-life';
import { everythingSeenBy, normalised, partnerReadsOf, partnerWorld } from './support/side-by-side';

/**
 * The private safety check is never visible to the partner in any way. Two couples live the
 * same life side by side; in one, Alex takes the check and answers with concern, in the other
 * Alex never opens it. Blair's every API answer, socket frame, feed and push queue must be the
 * same in both (apart from ids and timestamps).
 */
let app: TestApp;
let partnerReads: DocumentedRoute[];
beforeAll(async () => {
  app = await startTestApp();
  partnerReads = partnerReadsOf(await documentedRoutes(app.url));
});
afterAll(() => app.close());

const CONCERN = { afraid: 'yes', hurt: 'sometimes', keptFrom: 'rather_not_say', checkedOn: 'no' } as const;

const peopleOf = (couple: { alex: TestClient; blair: TestClient }) => ({ [couple.alex.userId!]: 'alex', [couple.blair.userId!]: 'blair' });

const everythingThePartnerSees = (couple: { alex: TestClient; blair: TestClient }) => everythingSeenBy(couple.blair, partnerReads, peopleOf(couple));

const framesOf = (socket: LiveSocket, couple: { alex: TestClient; blair: TestClient }) => normalised(socket.messages, peopleOf(couple));

async function aCouple() {
  const [alex, blair] = await Promise.all([personOn(app, 'Alex'), personOn(app, 'Blair')]);
  const coupleId = await pairUp(alex, blair);
  // An ordinary day first, so there is a feed and a socket with something on it.
  expect((await alex.post('/api/signals', { clientId: crypto.randomUUID(), note: 'a hard moment' })).status).toBe(201);
  return { alex, blair, coupleId };
}

describe('the private safety check', () => {
  it('answers only its author, and erasing it leaves nothing', async () => {
    const { alex, blair } = await aCouple();
    expect((await alex.get('/api/safety/check')).body).toEqual({ answers: null, concern: false, offer: true });
    const taken = await alex.put('/api/safety/check', { answers: CONCERN });
    expect(taken.status).toBe(200);
    expect(taken.body).toEqual({ answers: CONCERN, concern: true, offer: false });
    expect((await blair.get('/api/safety/check')).body).toEqual({ answers: null, concern: false, offer: true });

    expect((await alex.request('DELETE', '/api/safety/check')).status).toBe(204);
    expect((await alex.get('/api/safety/check')).body).toEqual({ answers: null, concern: false, offer: false });
    const rows = await app.db.query('select answers from safety_checks where user_id = $1', [alex.userId]);
    expect(rows).toEqual([{ answers: null }]);
  });

  it('"not now" stops the offer but keeps the check available', async () => {
    const { alex } = await aCouple();
    expect((await alex.post('/api/safety/check/dismiss')).status).toBe(204);
    expect((await alex.get('/api/safety/check')).body).toEqual({ answers: null, concern: false, offer: false });
    expect((await alex.put('/api/safety/check', { answers: { afraid: 'no' } })).body).toEqual({ answers: { afraid: 'no' }, concern: false, offer: false });
  });

  it('refuses answers it does not know, and changes nothing', async () => {
    const { alex } = await aCouple();
    for (const answers of [{ afraid: 'maybe' }, { notAQuestion: 'no' }, { afraid: ['yes'] }]) {
      const res = await alex.put('/api/safety/check', { answers });
      expect(res.status, JSON.stringify(answers)).toBe(400);
    }
    expect((await alex.get('/api/safety/check')).body.answers).toBeNull();
  });

  it('the partner’s answers, socket frames, feed and pushes are the same whether or not the other took it with concern', async () => {
    const [withCheck, without] = await Promise.all([aCouple(), aCouple()]);
    const sockets = await Promise.all([withCheck.blair.openSocket({ lastSeq: 0 }), without.blair.openSocket({ lastSeq: 0 })]);
    await Promise.all(sockets.map((s) => s.next((m) => m.type === 'welcome')));
    const before = await Promise.all([partnerWorld(app.db, withCheck.coupleId, withCheck.blair.userId!), partnerWorld(app.db, without.coupleId, without.blair.userId!)]);

    // One Alex opens the check, answers with concern, changes an answer, erases, answers again.
    expect((await withCheck.alex.get('/api/safety/check')).status).toBe(200);
    expect((await withCheck.alex.put('/api/safety/check', { answers: CONCERN })).body.concern).toBe(true);
    expect((await withCheck.alex.put('/api/safety/check', { answers: { ...CONCERN, checkedOn: 'yes' } })).status).toBe(200);
    expect((await withCheck.alex.request('DELETE', '/api/safety/check')).status).toBe(204);
    expect((await withCheck.alex.put('/api/safety/check', { answers: CONCERN })).status).toBe(200);
    // The other Alex does something ordinary at the same moment (nothing at all would do, too).
    expect((await without.alex.get('/api/couple')).status).toBe(200);

    // Then the same ordinary thing happens in both spaces, so a frame would carry anything new.
    for (const couple of [withCheck, without]) expect((await couple.alex.put('/api/toolkit/playlist', { url: 'https://music.example/calm' })).status).toBe(204);
    await Promise.all(sockets.map((s) => s.next((m) => m.type === 'event' && m.event.seq === before[0]!.headSeq + 1)));

    const after = await Promise.all([partnerWorld(app.db, withCheck.coupleId, withCheck.blair.userId!), partnerWorld(app.db, without.coupleId, without.blair.userId!)]);
    expect(after[0]).toEqual(after[1]);
    expect(after[0]!.headSeq).toBe(before[0]!.headSeq + 1);
    expect(framesOf(sockets[0]!, withCheck)).toBe(framesOf(sockets[1]!, without));
    expect(sockets[0]!.messages.length).toBeGreaterThan(1);

    const [seenWith, seenWithout] = await Promise.all([everythingThePartnerSees(withCheck), everythingThePartnerSees(without)]);
    expect(Object.keys(seenWith)).toContain('/api/couple/activity');
    expect(seenWith).toEqual(seenWithout);
    // And nothing the partner can read, but their own empty check, mentions anyone's answers.
    expect(seenWith['/api/safety/check']).toBe('200 {"answers":null,"concern":false,"offer":true}');
    const elsewhere = Object.entries(seenWith).filter(([url]) => url !== '/api/safety/check');
    for (const word of ['afraid', 'rather_not_say', 'sometimes', 'keptFrom', 'checkedOn']) expect(JSON.stringify(elsewhere)).not.toContain(word);
    sockets.forEach((s) => s.close());
  });
});
