import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { newCouple } from '../../../test/support/client';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('our own joy ideas', () => {
  it('are added, listed to both partners, announced live and removed only by their author', async () => {
    const { a, b, coupleId } = await newCouple(app.url);
    expect((await a.get('/api/joy/ideas')).body).toEqual({ ideas: [], seq: expect.any(Number) });

    const added = await a.post('/api/joy/ideas', { text: '  Pancakes for dinner  ' });
    expect(added.status).toBe(201);
    const id = added.body.id as string;

    const [event] = await app.db.query<{ seq: number; actorId: string; payload: { ideaId: string } }>(
      `select seq, actor_id as "actorId", payload from couple_events where couple_id = $1 and type = 'joy.idea_added'`,
      [coupleId],
    );
    expect(event).toMatchObject({ actorId: a.userId, payload: { ideaId: id } });
    // The partner's list says it holds that event.
    expect((await b.get('/api/joy/ideas')).body.seq).toBe(Number(event!.seq));

    expect((await a.get('/api/joy/ideas')).body.ideas).toEqual([expect.objectContaining({ id, text: 'Pancakes for dinner', fromMe: true })]);
    expect((await b.get('/api/joy/ideas')).body.ideas).toEqual([expect.objectContaining({ id, text: 'Pancakes for dinner', fromMe: false })]);

    // The partner sees it but cannot remove it.
    expect((await b.del(`/api/joy/ideas/${id}`)).status).toBe(404);
    expect((await b.get('/api/joy/ideas')).body.ideas).toHaveLength(1);

    expect((await a.del(`/api/joy/ideas/${id}`)).status).toBe(204);
    expect((await a.get('/api/joy/ideas')).body.ideas).toEqual([]);
    expect((await a.del(`/api/joy/ideas/${id}`)).status).toBe(404);
  });

  it('stay with their couple: another couple sees none and cannot remove one', async () => {
    const x = await newCouple(app.url);
    const y = await newCouple(app.url);
    const id = (await x.a.post('/api/joy/ideas', { text: 'Blanket fort Friday' })).body.id as string;
    await y.a.post('/api/joy/ideas', { text: 'Silly hats at breakfast' });

    const theirs = (await y.a.get('/api/joy/ideas')).body.ideas as { id: string; text: string }[];
    expect(theirs.map((i) => i.text)).toEqual(['Silly hats at breakfast']);
    expect((await y.b.get('/api/joy/ideas')).body.ideas.some((i: { id: string }) => i.id === id)).toBe(false);

    expect((await y.a.del(`/api/joy/ideas/${id}`)).status).toBe(404);
    expect((await y.b.del(`/api/joy/ideas/${id}`)).status).toBe(404);
    expect((await x.a.get('/api/joy/ideas')).body.ideas).toEqual([expect.objectContaining({ id, text: 'Blanket fort Friday' })]);
  });

  it('refuses bad input with a 400', async () => {
    const { a } = await newCouple(app.url);
    for (const body of [{}, { text: '' }, { text: '  hi  ' }, { text: 'x'.repeat(201) }, { text: 42 }]) {
      expect((await a.post('/api/joy/ideas', body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await a.post('/api/joy/ideas', { text: 'x'.repeat(200) })).status).toBe(201);
    expect((await a.del('/api/joy/ideas/not-a-uuid')).status).toBe(400);
    expect((await a.del(`/api/joy/ideas/${randomUUID()}`)).status).toBe(404);
    expect((await a.get('/api/joy/ideas')).body.ideas).toHaveLength(1);
  });
});
