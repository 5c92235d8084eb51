import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { newCouple, type LiveSocket } from '../../../test/support/client';
import { connectTherapist, consentTo, therapistOn } from '../../../test/support/therapist';
import { sharedAcross, therapistScope } from '../../core/therapist-scope';
import { homeworkProgressSince } from './reads';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** The next couple event of `type` on `socket`. */
async function eventOn(socket: LiveSocket, type: string) {
  const message = await socket.next((m) => m.type === 'event' && m.event.type === type);
  if (message.type !== 'event') throw new Error('not an event');
  return message.event;
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** A couple with a therapist connected, both partners' sockets open. */
async function world() {
  const { a, b, coupleId } = await newCouple(app.url);
  await Promise.all([a.refreshSession(), b.refreshSession()]);
  const doctor = await therapistOn(app, 'Lee');
  const linkId = await connectTherapist(app, doctor, coupleId);
  const sockets = await Promise.all([a.openSocket({ lastSeq: 0 }), b.openSocket({ lastSeq: 0 })]);
  await Promise.all(sockets.map((s) => s.next((m) => m.type === 'welcome')));
  const desk = (path = '') => `/api/desk/couples/${coupleId}${path}`;
  return { a, b, coupleId, doctor, linkId, sockets, desk };
}

describe('homework between sessions', () => {
  it('the therapist reads the library and assigns without consent; both partners see it live, with no words in the event', async () => {
    const { a, b, doctor, desk, sockets } = await world();
    const library = await doctor.get('/api/desk/practices');
    expect(library.status).toBe(200);
    expect(library.body.practices.map((p: { key: string }) => p.key)).toContain('same-room-pause');
    const made = await doctor.post(desk('/assignments'), { practiceKey: 'same-room-pause', note: 'note words for both', dueOn: inDays(5) });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({ practiceKey: 'same-room-pause', title: 'Try a 10-minute same-room pause this week', note: 'note words for both', dueOn: inDays(5), progress: null });
    for (const s of sockets) {
      const event = await eventOn(s, 'homework.assigned');
      expect(event.payload).toEqual({ id: made.body.id });
      expect(event.feed).toBe(false);
    }
    for (const partner of [a, b]) {
      const view = await partner.get('/api/homework');
      expect(view.status).toBe(200);
      expect(view.body.assignments).toEqual([
        expect.objectContaining({ id: made.body.id, title: 'Try a 10-minute same-room pause this week', path: '/pause', note: 'note words for both', dueOn: inDays(5), mine: null, partner: null }),
      ]);
    }
    // Nothing in the couple's activity feed.
    expect(JSON.stringify((await a.get('/api/couple/activity')).body)).not.toContain('homework');
  });

  it('each partner replies for themselves; the partner sees it live; the therapist sees progress only with both consents to practice', async () => {
    const { a, b, doctor, desk, linkId, sockets, coupleId } = await world();
    const id = (await doctor.post(desk('/assignments'), { practiceKey: 'evening-ritual', dueOn: inDays(7) })).body.id as string;
    const replied = await a.put(`/api/homework/${id}/reply`, { done: true, howItWent: 'softer than we thought' });
    expect(replied.status, JSON.stringify(replied.body)).toBe(200);
    expect(replied.body.assignments[0].mine).toMatchObject({ done: true, howItWent: 'softer than we thought' });
    expect(JSON.stringify(await eventOn(sockets[1]!, 'homework.replied'))).not.toContain('softer');
    expect((await b.get('/api/homework')).body.assignments[0]).toMatchObject({ mine: null, partner: { done: true, howItWent: 'softer than we thought' } });

    // No consent, then one partner's only: the assignments, never who did what.
    const noConsent = await doctor.get(desk('/assignments'));
    expect(noConsent.status).toBe(200);
    expect(noConsent.body).toMatchObject({ progressShared: false, assignments: [{ id, progress: null }] });
    expect(JSON.stringify(noConsent.body)).not.toContain('softer');
    await consentTo(app, linkId, a, ['practice']);
    expect((await doctor.get(desk('/assignments'))).body.progressShared).toBe(false);
    const looksBefore = await app.db.query(`select 1 from therapist_access_log where link_id = $1`, [linkId]);
    expect(looksBefore).toHaveLength(0);

    await consentTo(app, linkId, b, ['practice']);
    const shared = await doctor.get(desk('/assignments'));
    expect(shared.body.progressShared).toBe(true);
    const progress = shared.body.assignments[0].progress as Array<{ partnerId: string; reply: unknown }>;
    expect(progress.find((p) => p.partnerId === a.userId)!.reply).toMatchObject({ done: true, howItWent: 'softer than we thought' });
    expect(progress.find((p) => p.partnerId === b.userId)!.reply).toBeNull();
    // Seeing their progress is a look on the couple's record.
    expect(await app.db.query(`select what from therapist_access_log where link_id = $1`, [linkId])).toEqual([{ what: 'practice' }]);

    // The desk's dashboard count, through the consented reader.
    const scope = await therapistScope(app.db, { userId: doctor.userId!, displayName: 'Lee' }, coupleId);
    const progressSince = (from: Date) => homeworkProgressSince(sharedAcross(app.db, [scope], 'practice'), () => from);
    expect(await progressSince(new Date(Date.now() - 86_400_000))).toEqual([{ coupleId, assigned: 1, done: 1 }]);
    expect(await progressSince(new Date(Date.now() + 60_000))).toEqual([{ coupleId, assigned: 0, done: 0 }]);

    // Withdrawing consent takes progress away at once.
    await consentTo(app, linkId, b, ['practice'], false);
    expect((await doctor.get(desk('/assignments'))).body.assignments[0].progress).toBeNull();
  });

  it('a reply can be changed and its words cleared; a practice taken back is gone for both', async () => {
    const { a, b, doctor, desk, sockets } = await world();
    const id = (await doctor.post(desk('/assignments'), { practiceKey: 'role-stretch', dueOn: inDays(3) })).body.id as string;
    await a.put(`/api/homework/${id}/reply`, { done: false, howItWent: 'not yet' });
    const cleared = await a.put(`/api/homework/${id}/reply`, { done: true });
    expect(cleared.body.assignments[0].mine).toMatchObject({ done: true, howItWent: null });
    expect((await doctor.request('DELETE', desk(`/assignments/${id}`))).status).toBe(204);
    await sockets[1]!.next((m) => m.type === 'event' && m.event.type === 'homework.withdrawn');
    expect((await b.get('/api/homework')).body.assignments).toEqual([]);
    expect((await a.put(`/api/homework/${id}/reply`, { done: true })).status).toBe(404);
    expect((await doctor.request('DELETE', desk(`/assignments/${id}`))).status).toBe(404);
  });

  it('asks for a check-in before the session; both partners see the flag and the next session', async () => {
    const { a, doctor, desk, linkId, sockets } = await world();
    const next = new Date(Date.now() + 2 * 86_400_000);
    await app.db.query('update therapist_links set next_session_at = $2 where id = $1', [linkId, next]);
    expect((await doctor.put(desk('/checkin-before-session'), { on: true })).status).toBe(204);
    await sockets[0]!.next((m) => m.type === 'event' && m.event.type === 'homework.checkin_asked');
    expect((await a.get('/api/homework')).body).toMatchObject({ checkinBeforeSession: true, nextSessionAt: next.toISOString() });
    expect((await doctor.get(desk('/assignments'))).body.checkinBeforeSession).toBe(true);
    expect((await doctor.put(desk('/checkin-before-session'), { on: false })).status).toBe(204);
    expect((await a.get('/api/homework')).body.checkinBeforeSession).toBe(false);
  });

  it('once the connection ends the couple sees none of it, and the therapist gets 404 like any stranger', async () => {
    const { a, b, doctor, desk, linkId, coupleId } = await world();
    const id = (await doctor.post(desk('/assignments'), { practiceKey: 'weekly-checkin', dueOn: inDays(2) })).body.id as string;
    const other = await therapistOn(app, 'Other');
    for (const [path, method, body] of [
      ['/assignments', 'GET', undefined],
      ['/assignments', 'POST', { practiceKey: 'weekly-checkin', dueOn: inDays(2) }],
      [`/assignments/${id}`, 'DELETE', undefined],
      ['/checkin-before-session', 'PUT', { on: true }],
    ] as const) {
      expect((await other.request(method, desk(path), body)).status, `${method} ${path}`).toBe(404);
    }
    await app.db.query('update therapist_links set ended_at = now() where id = $1', [linkId]);
    expect((await a.get('/api/homework')).body).toMatchObject({ assignments: [], checkinBeforeSession: false, nextSessionAt: null });
    expect((await b.put(`/api/homework/${id}/reply`, { done: true })).status).toBe(404);
    expect((await doctor.get(desk('/assignments'))).status).toBe(404);
    // A new therapist of the same couple starts with nothing of the old one's.
    const next = await therapistOn(app, 'Next');
    await connectTherapist(app, next, coupleId);
    expect((await next.get(desk('/assignments'))).body.assignments).toEqual([]);
  });

  it('keeps partners and therapists on their own routes, and refuses what it does not know', async () => {
    const { a, doctor, desk } = await world();
    expect((await a.get('/api/desk/practices')).status).toBe(403);
    expect((await a.post(desk('/assignments'), { practiceKey: 'weekly-checkin', dueOn: inDays(2) })).status).toBe(403);
    expect((await doctor.get('/api/homework')).status).toBe(403);
    for (const body of [{ practiceKey: 'not-a-practice', dueOn: inDays(2) }, { practiceKey: 'weekly-checkin', dueOn: 'soon' }, { practiceKey: 'weekly-checkin', dueOn: inDays(2), note: 'x'.repeat(501) }, { practiceKey: 'weekly-checkin', dueOn: inDays(2), extra: 1 }]) {
      expect((await doctor.post(desk('/assignments'), body)).status, JSON.stringify(body)).toBe(400);
    }
    const id = (await doctor.post(desk('/assignments'), { practiceKey: 'weekly-checkin', dueOn: inDays(2) })).body.id as string;
    for (const body of [{ done: 'yes' }, { done: true, howItWent: 'x'.repeat(1001) }, { done: true, howItWent: 'a\u0000b' }]) {
      expect((await a.put(`/api/homework/${id}/reply`, body)).status, JSON.stringify(body)).toBe(400);
    }
  });
});
