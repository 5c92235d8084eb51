import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { newCouple, type TestClient } from '../../../test/support/client';
import { CoupleScope } from '../../core/couple-scope';
import { PauseClock } from './service';
import type { Pause } from './machine';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const requestCmd = { type: 'request', minutes: 10, where: 'same_room', tether: 'I need ten minutes, and I’m staying right here', returnPlan: 'hug' };

function command(client: TestClient, cmd: Record<string, unknown>, commandId = randomUUID()) {
  return client.post('/api/pause/commands', { commandId, command: cmd });
}

/** Moves a pause's deadlines into the past, as if its minutes had passed. */
async function fastForward(coupleId: string, ms: number) {
  const scope = new CoupleScope(coupleId, 'test', app.db, app.app.ctx.events);
  const [row] = await scope.query<{ id: string; state: Pause }>(`select id, state from pauses where couple_id = $1 order by created_at desc limit 1`);
  const s = row!.state;
  const shifted: Pause = {
    ...s,
    requestedAt: s.requestedAt - ms,
    startedAt: s.startedAt === null ? null : s.startedAt - ms,
    endsAt: s.endsAt === null ? null : s.endsAt - ms,
  };
  await scope.query(`update pauses set state = $3, next_deadline = now() - interval '1 second' where couple_id = $1 and id = $2`, [row!.id, JSON.stringify(shifted)]);
  await new PauseClock(app.db, app.app.ctx.events).sweep();
}

describe('the regulated pause over the API', () => {
  it('runs request → accept → returning → reconnected, live on the partner’s socket, and records the episode', async () => {
    const { a, b, coupleId } = await newCouple(app.url);
    const head = (await b.get('/api/couple')).body.couple.headSeq;
    const socket = await b.openSocket({ lastSeq: head });

    const requested = await command(a, requestCmd);
    expect(requested.status).toBe(200);
    expect(requested.body.pause.status).toBe('requested');
    const seqOfEvent = async (type: string) => {
      const message = await socket.next((m) => m.type === 'event' && m.event.type === type);
      return message.type === 'event' ? message.event.seq : null;
    };
    // Each answer carries the seq it reflects: a step's, that of the event it appended.
    expect(requested.body.seq).toBe(await seqOfEvent('pause.requested'));

    const accepted = await command(b, { type: 'accept', tether: 'I’ll be on the sofa' });
    expect(accepted.body.pause.status).toBe('active');
    const startedSeq = await seqOfEvent('pause.started');
    expect(accepted.body.seq).toBe(startedSeq);
    // A read: the couple's latest seq, in the same snapshot as the pause.
    const aAnswer = (await a.get('/api/pause')).body;
    expect(aAnswer.seq).toBe(startedSeq);
    expect((await b.get('/api/couple')).body.couple.headSeq).toBe(startedSeq);
    const aView = aAnswer.pause;
    expect(aView.endsAt).toBe(accepted.body.pause.endsAt);
    expect(aView.partnerTether).toBe('I’ll be on the sofa');
    expect(new Date(aView.endsAt).getTime() - new Date(aView.startedAt).getTime()).toBe(10 * 60_000);

    await fastForward(coupleId, 10 * 60_000);
    await socket.next((m) => m.type === 'event' && m.event.type === 'pause.returning');
    expect((await a.get('/api/pause')).body.pause.status).toBe('returning');

    expect((await command(a, { type: 'ready', feeling: 3, nextStep: 'hug' })).body.pause.status).toBe('returning');
    const done = await command(b, { type: 'ready', feeling: 4, nextStep: 'talk' });
    expect(done.body.pause.status).toBe('reconnected');
    expect(done.body.pause.onTime).toBe(true);
    // Each sees their own feeling rating, and only the partner's next step.
    expect(done.body.pause.myCheckIn).toEqual({ feeling: 4, nextStep: 'talk' });
    expect(done.body.pause.partnerCheckIn).toEqual({ nextStep: 'hug' });

    const episodes = await app.db.query<{ kind: string; outcome: string; onTime: boolean; minutes: number }>(
      `select kind, outcome, on_time as "onTime", minutes from episodes where couple_id = $1`,
      [coupleId],
    );
    expect(episodes).toEqual([{ kind: 'pause', outcome: 'reconnected', onTime: true, minutes: 10 }]);
    socket.close();
  });

  it('treats a retried command as one: one pause, one event', async () => {
    const { a, coupleId } = await newCouple(app.url);
    const id = randomUUID();
    const first = await command(a, requestCmd, id);
    const retry = await command(a, requestCmd, id);
    expect(retry.status).toBe(200);
    expect(retry.body.pause.id).toBe(first.body.pause.id);
    // Nothing new happened: the retry reflects the seq the first one committed at.
    expect(retry.body.seq).toBe(first.body.seq);
    const events = await app.db.query(`select 1 from couple_events where couple_id = $1 and type = 'pause.requested'`, [coupleId]);
    expect(events).toHaveLength(1);
  });

  it('allows one live pause per couple, even when two requests race', async () => {
    const { a, b, coupleId } = await newCouple(app.url);
    const results = await Promise.all([command(a, requestCmd), command(b, requestCmd)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe('pause_in_progress');
    const live = await app.db.query(`select 1 from pauses where couple_id = $1`, [coupleId]);
    expect(live).toHaveLength(1);
  });

  it('lets only the requester extend, and explains a refusal without changing anything', async () => {
    const { a, b } = await newCouple(app.url);
    await command(a, requestCmd);
    await command(b, { type: 'accept' });
    const before = (await a.get('/api/pause')).body.pause;
    const refused = await command(b, { type: 'extend', minutes: 5 });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('not_requester');
    expect((await a.get('/api/pause')).body.pause).toEqual(before);
    const extended = await command(a, { type: 'extend', minutes: 5 });
    expect(new Date(extended.body.pause.endsAt).getTime()).toBe(new Date(before.endsAt).getTime() + 5 * 60_000);
    expect(extended.body.pause.extensionsLeft).toBe(1);
  });

  it('refuses bad input with a 400 and needs a partner to pause with', async () => {
    const { a } = await newCouple(app.url);
    expect((await command(a, { ...requestCmd, minutes: 121 })).status).toBe(400);
    expect((await command(a, { ...requestCmd, tether: 'x'.repeat(281) })).status).toBe(400);
    expect((await a.get('/api/pause')).body.pause).toBeNull(); // refused input changed nothing
    expect((await command(a, { type: 'teleport' })).status).toBe(400);
    expect((await a.post('/api/pause/commands', { commandId: 'not-a-uuid', command: requestCmd })).status).toBe(400);
  });

  it('keeps another couple out entirely', async () => {
    const one = await newCouple(app.url);
    const other = await newCouple(app.url);
    await command(one.a, requestCmd);
    expect((await other.a.get('/api/pause')).body.pause).toBeNull();
    const accept = await command(other.b, { type: 'accept' });
    expect(accept.status).toBe(409);
    expect(accept.body.error.code).toBe('no_pause');
    expect((await one.a.get('/api/pause')).body.pause.status).toBe('requested');
  });

  it('survives a server restart mid-pause: the state and end time come back from the database', async () => {
    const { a, b } = await newCouple(app.url);
    await command(a, requestCmd);
    const started = (await command(b, { type: 'accept' })).body.pause;
    await app.app.close();
    const { buildApp } = await import('../../core/http/app');
    const { features } = await import('../../server/features');
    const { testConfig } = await import('../../../test/support/test-app');
    const revived = await buildApp({ config: testConfig(), db: app.db, features, channel: app.testDb.channel });
    await revived.api.listen({ port: Number(new URL(app.url).port), host: '127.0.0.1' });
    app.app = revived;
    const again = (await a.get('/api/pause')).body.pause;
    expect(again.status).toBe('active');
    expect(again.endsAt).toBe(started.endsAt);
    expect(again.id).toBe(started.id);
  });

  it('sends a pulse only during a pause', async () => {
    const { a, b } = await newCouple(app.url);
    expect((await a.post('/api/pause/pulse')).status).toBe(409);
    await command(a, requestCmd);
    await command(b, { type: 'accept' });
    expect((await b.post('/api/pause/pulse')).status).toBe(204);
  });

  it('takes a pause without words, and says an early return is early', async () => {
    const { a, b } = await newCouple(app.url);
    const asked = await command(a, { type: 'request', minutes: 20, where: 'nearby', returnPlan: 'check_in' });
    expect(asked.status).toBe(200);
    expect(asked.body.pause.tether).toBeNull();
    await command(b, { type: 'accept' });
    // Both feel ready 14 minutes before the time is up.
    await command(a, { type: 'ready', feeling: 2, nextStep: 'talk' });
    const back = await command(b, { type: 'ready', feeling: 3, nextStep: 'hug' });
    expect(back.body.pause).toMatchObject({ status: 'reconnected', returnTiming: 'early', onTime: true });
  });

  it('keeps each person’s usual pause as their own', async () => {
    const { a, b } = await newCouple(app.url);
    const first = await a.get('/api/pause/usual');
    expect(first.body).toEqual({ minutes: 20, where: 'nearby', tether: null, returnPlan: 'check_in', chosen: false });
    const mine = { minutes: 10, where: 'same_room', tether: 'Ten minutes, and I’m right here', returnPlan: 'hug' };
    const saved = await a.put('/api/pause/usual', mine);
    expect(saved.body).toEqual({ ...mine, chosen: true });
    expect((await a.get('/api/pause/usual')).body).toEqual({ ...mine, chosen: true });
    expect((await b.get('/api/pause/usual')).body.chosen).toBe(false); // never the partner's words
    const refused = await a.put('/api/pause/usual', { ...mine, minutes: 0 });
    expect(refused.status).toBe(400);
    expect((await a.get('/api/pause/usual')).body.minutes).toBe(10);
  });
});
