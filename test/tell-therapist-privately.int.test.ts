import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';
import type { LiveSocket, TestClient } from './support/client';
import { documentedRoutes, type DocumentedRoute } from './support/openapi';
import { pairUp, personOn } from './support/couple-life';
import { connectTherapist, consentTo, therapistOn } from './support/therapist';
import { CONSENT_SCOPES } from '../src/core/therapist-scope';
import { everythingSeenBy, normalised, partnerReadsOf, partnerWorld } from './support/side-by-side';

/**
 * "Tell my therapist privately": the other partner never learns that a message exists. Two
 * couples live the same life side by side, each with their therapist connected and every scope
 * consented; in one, Alex answers the safety check and sends the therapist words and the answers,
 * and the therapist reads them; in the other, Alex sends nothing. Blair's every documented read,
 * socket frame, event head and push queue must be the same in both (apart from ids and times).
 */
let app: TestApp;
let partnerReads: DocumentedRoute[];
beforeAll(async () => {
  app = await startTestApp();
  partnerReads = partnerReadsOf(await documentedRoutes(app.url));
});
afterAll(() => app.close());

interface Couple {
  alex: TestClient;
  blair: TestClient;
  doctor: TestClient;
  coupleId: string;
  linkId: string;
}
const peopleOf = (c: Couple) => ({ [c.alex.userId!]: 'alex', [c.blair.userId!]: 'blair', [c.doctor.userId!]: 'doctor' });

async function aCouple(): Promise<Couple> {
  const [alex, blair] = await Promise.all([personOn(app, 'Alex'), personOn(app, 'Blair')]);
  const coupleId = await pairUp(alex, blair);
  const doctor = await therapistOn(app, 'Lee');
  const linkId = await connectTherapist(app, doctor, coupleId);
  for (const partner of [alex, blair]) await consentTo(app, linkId, partner, CONSENT_SCOPES.filter((s) => s !== 'repair_words'));
  expect((await alex.post('/api/signals', { clientId: crypto.randomUUID(), note: 'a hard moment' })).status).toBe(201);
  return { alex, blair, doctor, coupleId, linkId };
}

// Each couple's therapist signs up with an email of their own.
const THERAPIST_EMAIL: Array<[RegExp, string]> = [[/lee-<id>@example\.test/g, '<therapist email>']];
const everythingBlairSees = (c: Couple) => everythingSeenBy(c.blair, partnerReads, peopleOf(c), THERAPIST_EMAIL);

/** Blair's world, and the couple's shared record of looks: a private message leaves none. */
async function blairWorld(c: Couple) {
  const [looks] = await app.db.query<{ n: number }>('select count(*)::int as n from therapist_access_log where couple_id = $1', [c.coupleId]);
  return { ...(await partnerWorld(app.db, c.coupleId, c.blair.userId!)), looks: looks!.n };
}

const framesOf = (socket: LiveSocket, c: Couple) => normalised(socket.messages, peopleOf(c), THERAPIST_EMAIL);

describe('telling my therapist privately', () => {
  it('leaves the partner’s answers, socket frames, feed, pushes and record of looks exactly as they were', async () => {
    const [telling, quiet] = await Promise.all([aCouple(), aCouple()]);
    const sockets = await Promise.all([telling.blair.openSocket({ lastSeq: 0 }), quiet.blair.openSocket({ lastSeq: 0 })]);
    await Promise.all(sockets.map((s) => s.next((m) => m.type === 'welcome')));
    const before = await Promise.all([blairWorld(telling), blairWorld(quiet)]);
    expect(before[0]).toEqual(before[1]);

    // One Alex takes the safety check, tells the therapist privately twice; the therapist reads it.
    expect((await telling.alex.put('/api/safety/check', { answers: { afraid: 'yes', hurt: 'sometimes' } })).status).toBe(200);
    expect((await telling.alex.post('/api/tell-therapist/messages', { text: 'pinecone words for Lee', includeSafetyCheck: true })).status).toBe(201);
    expect((await telling.alex.post('/api/tell-therapist/messages', { text: 'marmalade second thing' })).status).toBe(201);
    expect((await telling.alex.get('/api/tell-therapist')).body.sent).toHaveLength(2);
    const read = await telling.doctor.get(`/api/desk/couples/${telling.coupleId}/private-messages`);
    expect(read.body.messages).toHaveLength(2);
    // The other Alex does something ordinary instead.
    expect((await quiet.alex.get('/api/couple')).status).toBe(200);
    expect((await quiet.doctor.get(`/api/desk/couples/${quiet.coupleId}/private-messages`)).body.messages).toEqual([]);

    // Then the same ordinary thing in both spaces, so a frame would carry anything new.
    for (const c of [telling, quiet]) expect((await c.alex.put('/api/toolkit/playlist', { url: 'https://music.example/calm' })).status).toBe(204);
    await Promise.all(sockets.map((s) => s.next((m) => m.type === 'event' && m.event.seq === before[0]!.headSeq + 1)));

    const after = await Promise.all([blairWorld(telling), blairWorld(quiet)]);
    expect(after[0]).toEqual(after[1]);
    expect(after[0]!.headSeq).toBe(before[0]!.headSeq + 1);
    expect(framesOf(sockets[0]!, telling)).toBe(framesOf(sockets[1]!, quiet));
    expect(sockets[0]!.messages.length).toBeGreaterThan(1);

    const [seenTelling, seenQuiet] = await Promise.all([everythingBlairSees(telling), everythingBlairSees(quiet)]);
    expect(Object.keys(seenTelling)).toEqual(expect.arrayContaining(['/api/couple/activity', '/api/tell-therapist', '/api/homework']));
    expect(seenTelling).toEqual(seenQuiet);
    for (const word of ['pinecone', 'marmalade', 'afraid']) expect(JSON.stringify(seenTelling)).not.toContain(word);
    sockets.forEach((s) => s.close());
  });
});
