import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { expect } from 'vitest';
import { loadSideDoc } from '../../src/features/pattern-map/side-doc';
import { TestClient } from './client';
import { webmVoice } from './media-fixtures';
import type { TestApp } from './test-app';

/** The words of a couple's life together, written through the API as their devices would. */

/** A newly signed-up person on `app`. */
export async function personOn(app: TestApp, name: string): Promise<TestClient> {
  const client = new TestClient(app.url);
  await client.signup(`${name.toLowerCase()}-${randomUUID()}@example.test`, name);
  return client;
}

/** `a` makes a space and `b` joins it through a link. */
export async function pairUp(a: TestClient, b: TestClient): Promise<string> {
  const made = await a.post('/api/couple', {});
  expect(made.status).toBe(201);
  const invite = await a.post('/api/couple/invites');
  expect((await b.post('/api/invites/accept', { token: new URL(invite.body.url).hash.slice(1) })).status).toBe(200);
  await a.refreshSession();
  await b.refreshSession();
  return made.body.id;
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Writes `text` into my side of the space's map (making the map if there is none), and shares the side. */
export async function writeMySide(client: TestClient, text: string): Promise<string> {
  const maps = (await client.get('/api/maps')).body.maps as Array<{ id: string }>;
  const mapId = maps[0]?.id ?? (await client.post('/api/maps', { name: `Loop of ${text}` })).body.id;
  const res = await client.get(`/api/maps/${mapId}/sides/${client.userId}/updates?after=0`);
  const doc = loadSideDoc(res.body.update ? Buffer.from(res.body.update, 'base64') : null);
  const before = Y.encodeStateVector(doc);
  doc.getText('fear').insert(0, text);
  expect((await client.post(`/api/maps/${mapId}/sides/${client.userId}/updates`, { update: b64(Y.encodeStateAsUpdate(doc, before)) })).status).toBe(200);
  expect((await client.post(`/api/maps/${mapId}/share`)).status).toBe(204);
  return mapId;
}

/** Words of every kind a person writes in a space, each with `canary` in it, shared wherever sharing exists. */
export async function writeEverything(client: TestClient, canary: string): Promise<void> {
  const ok = (res: { status: number; body: unknown }, what: string) => expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  ok(await client.post('/api/said-and-meant', { said: `fine ${canary}`, meant: `hurt ${canary}`, shared: true }), 'said and meant');
  const entry = await client.post('/api/journal', { text: `journal ${canary}` });
  ok(await client.patch(`/api/journal/${entry.body.id}`, { shared: true }), 'journal share');
  ok(await client.post('/api/reflections', { lettingGo: `role ${canary}`, instead: `instead ${canary}`, shared: true }), 'reflection');
  ok(await client.post('/api/stretches', { role: 'pursuer', title: `stretch ${canary}`, expectedDiscomfort: 5, shared: true }), 'stretch');
  ok(await client.post('/api/toolkit/helps', { text: `help ${canary}` }), 'help');
  ok(await client.put('/api/toolkit/helps/sharing', { shared: true }), 'help sharing');
  ok(await client.post('/api/toolkit/scripts', { situation: null, text: `words ${canary}` }), 'my words');
  ok(await client.post('/api/notes', { text: `note ${canary}` }), 'note');
  ok(await client.request('POST', '/api/notes/voice?durationSeconds=3', undefined, { rawBody: webmVoice(), contentType: 'audio/webm' }), 'voice note');
  ok(await client.post('/api/joy', { text: `joy ${canary}` }), 'joy');
  ok(await client.post('/api/signals', { clientId: randomUUID(), note: `signal ${canary}` }), 'signal');
  const rupture = await client.post('/api/ruptures', { topic: 'chores', intensity: 5, reached: 'me', withdrew: 'partner', note: `rupture ${canary}` });
  ok(rupture, 'rupture');
  await writeMySide(client, `side ${canary}`);
}

