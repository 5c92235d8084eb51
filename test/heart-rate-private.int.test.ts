import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { LiveSocket, TestClient } from './support/client';
import { pairUp, personOn } from './support/couple-life';
import { everythingSeenBy, expectPartnersAlikeAfter, normalised, partnerWorld, sideBySideApp } from './support/side-by-side';

/**
 * A heart rate kept with a pause is its keeper's alone. Two couples take the same pause side by
 * side; in one, Alex keeps their heart rate with it, keeps it again, and reads it back; in the
 * other, Alex keeps nothing. Blair's every documented read (and the trace route for that pause),
 * socket frame, event head and push queue must come out the same in both, apart from ids and times.
 */
const suite = sideBySideApp();

/** Alex and Blair's space, and the pause the two are in. */
type Couple = { alex: TestClient; blair: TestClient; coupleId: string; pauseId: string };
const peopleOf = (c: Couple) => ({ [c.alex.userId!]: 'alex', [c.blair.userId!]: 'blair' });
const command = (client: TestClient, command: Record<string, unknown>) => client.post('/api/pause/commands', { commandId: randomUUID(), command });

async function aCoupleInAPause(): Promise<Couple> {
  const [alex, blair] = await Promise.all([personOn(suite.app, 'Alex'), personOn(suite.app, 'Blair')]);
  const coupleId = await pairUp(alex, blair);
  const asked = await command(alex, { type: 'request', minutes: 20, where: 'nearby', tether: null, returnPlan: 'talk' });
  expect(asked.status).toBe(200);
  expect((await command(blair, { type: 'accept' })).status).toBe(200);
  return { alex, blair, coupleId, pauseId: asked.body.pause.id };
}

/** Rates no other data here has, so a leak of any of them would show as text. */
const RACING = [
  [0, 131],
  [5, 127],
  [10, 119],
  [15, 113],
] as const;

async function everythingBlairSees(c: Couple) {
  const seen = await everythingSeenBy(c.blair, suite.partnerReads, peopleOf(c));
  const trace = await c.blair.get(`/api/heart/pauses/${c.pauseId}/trace`);
  return { ...seen, trace: `${trace.status} ${normalised(trace.body, peopleOf(c))}` };
}
const framesOf = (socket: LiveSocket, c: Couple) => normalised(socket.messages, peopleOf(c));

describe('a heart rate kept with a pause', () => {
  it('reaches the keeper alone: the partner’s answers, socket frames, feed and pushes stay exactly as they were', async () => {
    const [keeping, quiet] = await Promise.all([aCoupleInAPause(), aCoupleInAPause()]);
    const sockets = await Promise.all([keeping.blair.openSocket({ lastSeq: 0 }), quiet.blair.openSocket({ lastSeq: 0 })]);
    await Promise.all(sockets.map((s) => s.next((m) => m.type === 'welcome')));
    const before = await Promise.all([partnerWorld(suite.app.db, keeping.coupleId, keeping.blair.userId!), partnerWorld(suite.app.db, quiet.coupleId, quiet.blair.userId!)]);
    expect(before[0]).toEqual(before[1]);

    // One Alex keeps their racing heart with the pause, keeps it again a little later, and reads it back.
    const startedAt = new Date().toISOString();
    const path = `/api/heart/pauses/${keeping.pauseId}/trace`;
    expect((await keeping.alex.put(path, { startedAt, points: RACING.slice(0, 2) })).status).toBe(200);
    expect((await keeping.alex.put(path, { startedAt, points: RACING })).status).toBe(200);
    expect((await keeping.alex.get(path)).body).toEqual({ trace: { pauseId: keeping.pauseId, startedAt, points: RACING, keptAt: expect.any(String) } });
    // The other Alex does something ordinary instead.
    expect((await quiet.alex.get(`/api/heart/pauses/${quiet.pauseId}/trace`)).body).toEqual({ trace: null });

    // Then the same ordinary step in both spaces, so a frame would carry anything new.
    const side = (c: Couple, i: number) => ({ coupleId: c.coupleId, partner: c.blair, socket: sockets[i]!, people: peopleOf(c) });
    const alexOf = new Map([keeping, quiet].map((c) => [c.coupleId, c.alex]));
    await expectPartnersAlikeAfter(suite.app.db, [side(keeping, 0), side(quiet, 1)], before[0]!, async (s) => {
      expect((await command(alexOf.get(s.coupleId)!, { type: 'pace', breathsPerMinute: 5 })).status).toBe(200);
    });

    const [seenKeeping, seenQuiet] = await Promise.all([everythingBlairSees(keeping), everythingBlairSees(quiet)]);
    expect(Object.keys(seenKeeping)).toEqual(expect.arrayContaining(['/api/pause', '/api/couple/activity', 'trace']));
    expect(seenKeeping).toEqual(seenQuiet);
    expect(seenKeeping.trace).toBe('200 {"trace":null}');
    const everything = JSON.stringify(seenKeeping) + framesOf(sockets[0]!, keeping);
    for (const bpm of ['131', '127', '119', '113']) expect(everything).not.toContain(bpm);
    sockets.forEach((s) => s.close());
  });

  it('is refused for a pause of another space, and changes nothing there', async () => {
    const [ours, theirs] = await Promise.all([aCoupleInAPause(), aCoupleInAPause()]);
    const res = await ours.alex.put(`/api/heart/pauses/${theirs.pauseId}/trace`, { startedAt: new Date().toISOString(), points: [[0, 90]] });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    expect(await suite.app.db.query('select 1 from heart_traces where pause_id = $1', [theirs.pauseId])).toEqual([]);
  });

  it('can be deleted by its keeper, and is gone with the pause’s space', async () => {
    const c = await aCoupleInAPause();
    const path = `/api/heart/pauses/${c.pauseId}/trace`;
    expect((await c.alex.put(path, { startedAt: new Date().toISOString(), points: [[0, 101]] })).status).toBe(200);
    expect((await c.alex.request('DELETE', path)).status).toBe(204);
    expect((await c.alex.get(path)).body).toEqual({ trace: null });
    expect((await c.alex.put(path, { startedAt: new Date().toISOString(), points: [[0, 101]] })).status).toBe(200);
    await suite.app.db.query('delete from couples where id = $1', [c.coupleId]);
    expect(await suite.app.db.query('select 1 from heart_traces where pause_id = $1', [c.pauseId])).toEqual([]);
  });
});
