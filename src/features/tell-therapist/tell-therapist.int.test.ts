import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { newCouple } from '../../../test/support/client';
import { connectTherapist, therapistOn } from '../../../test/support/therapist';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function world() {
  const { a, b, coupleId } = await newCouple(app.url);
  await Promise.all([a.refreshSession(), b.refreshSession()]);
  const doctor = await therapistOn(app, 'Lee');
  const linkId = await connectTherapist(app, doctor, coupleId);
  return { a, b, coupleId, doctor, linkId, desk: `/api/desk/couples/${coupleId}/private-messages` };
}

describe('telling my therapist privately', () => {
  it('sends my words and my safety-check answers to our therapist, in plain words, and lists them only for me', async () => {
    const { a, b, doctor, desk, linkId } = await world();
    expect((await a.get('/api/tell-therapist')).body).toEqual({ therapist: { name: 'Lee' }, safetyCheckAnswered: false, sent: [] });
    // No check answered: it cannot be included.
    expect((await a.post('/api/tell-therapist/messages', { includeSafetyCheck: true })).status).toBe(400);
    expect((await a.put('/api/safety/check', { answers: { afraid: 'sometimes', checkedOn: 'rather_not_say' } })).status).toBe(200);
    expect((await a.get('/api/tell-therapist')).body.safetyCheckAnswered).toBe(true);

    const sent = await a.post('/api/tell-therapist/messages', { text: 'I find the evenings hard', includeSafetyCheck: true });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body).toMatchObject({
      text: 'I find the evenings hard',
      safetyAnswers: [
        { question: expect.stringContaining('afraid'), answer: 'Sometimes' },
        { question: expect.stringContaining('check up on you'), answer: 'I’d rather not say' },
      ],
    });
    // Answers are a snapshot: erasing the check later leaves what was sent.
    expect((await a.request('DELETE', '/api/safety/check')).status).toBe(204);
    expect((await a.post('/api/tell-therapist/messages', { text: 'and one more thing' })).status).toBe(201);

    const mine = (await a.get('/api/tell-therapist')).body;
    expect(mine.sent.map((m: { text: string }) => m.text)).toEqual(['and one more thing', 'I find the evenings hard']);
    expect(mine.sent[1].safetyAnswers).toHaveLength(2);
    // My partner sees nothing of it, not even a count.
    expect((await b.get('/api/tell-therapist')).body).toEqual({ therapist: { name: 'Lee' }, safetyCheckAnswered: false, sent: [] });

    const read = await doctor.get(desk);
    expect(read.status).toBe(200);
    expect(read.body.messages).toEqual([
      expect.objectContaining({ senderFirstName: expect.any(String), text: 'and one more thing', safetyAnswers: null }),
      expect.objectContaining({ text: 'I find the evenings hard', safetyAnswers: mine.sent[1].safetyAnswers }),
    ]);
    // Reading them is not put on the couple's record of looks: both partners see that record.
    expect(await app.db.query('select 1 from therapist_access_log where link_id = $1', [linkId])).toEqual([]);
  });

  it('refuses an empty message, one with nobody connected, and input it does not know', async () => {
    const { a, doctor } = await world();
    expect((await a.post('/api/tell-therapist/messages', {})).status).toBe(400);
    for (const body of [{ text: '' }, { text: 'x'.repeat(4001) }, { text: 'a\u0000b' }, { text: 'hi', to: 'someone' }, { text: 42 }]) {
      expect((await a.post('/api/tell-therapist/messages', body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await doctor.post('/api/tell-therapist/messages', { text: 'hi' })).status).toBe(403);
    expect((await a.get(`/api/desk/couples/${crypto.randomUUID()}/private-messages`)).status).toBe(403);
    const alone = await newCouple(app.url);
    await alone.a.refreshSession();
    expect((await alone.a.get('/api/tell-therapist')).body.therapist).toBeNull();
    expect((await alone.a.post('/api/tell-therapist/messages', { text: 'hello?' })).status).toBe(409);
  });

  it('another therapist, or one whose connection ended, gets 404; ending the connection deletes the messages', async () => {
    const { a, b, doctor, desk, linkId, coupleId } = await world();
    expect((await a.post('/api/tell-therapist/messages', { text: 'from a' })).status).toBe(201);
    expect((await b.post('/api/tell-therapist/messages', { text: 'from b' })).status).toBe(201);
    const other = await therapistOn(app, 'Other');
    expect((await other.get(desk)).status).toBe(404);

    // A different link's messages stay while this one ends.
    const elsewhere = await world();
    expect((await elsewhere.a.post('/api/tell-therapist/messages', { text: 'kept elsewhere' })).status).toBe(201);

    await app.db.query('update therapist_links set ended_at = now() where id = $1', [linkId]);
    expect(await app.db.query('select 1 from therapist_messages where link_id = $1', [linkId])).toEqual([]);
    expect(await app.db.query('select 1 from therapist_messages where link_id = $1', [elsewhere.linkId])).toHaveLength(1);
    expect((await doctor.get(desk)).status).toBe(404);
    expect((await a.get('/api/tell-therapist')).body).toMatchObject({ therapist: null, sent: [] });
    // Touching an already-ended link again (a later session-date change, say) is harmless.
    await app.db.query('update therapist_links set last_session_at = now() where id = $1', [linkId]);
    // A new therapist starts with nothing.
    const next = await therapistOn(app, 'Next');
    await connectTherapist(app, next, coupleId);
    expect((await next.get(desk)).body.messages).toEqual([]);
  });
});
