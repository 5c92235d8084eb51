import { expect } from 'vitest';
import type { Queryable } from '../../src/core/db/database';
import { migrationLevel } from '../../src/core/ops/tables';
import { SHARED_SCOPES } from '../../src/core/therapist-scope';
import { TestClient } from './client';
import { pairUp, personOn, writeEverything } from './couple-life';
import { snapshotDatabase } from './db-digest';
import { jpegWithExif } from './media-fixtures';
import type { TestApp } from './test-app';
import { therapistOn } from './therapist';

export interface SeededInstall {
  alex: TestClient;
  blair: TestClient;
  lee: TestClient;
  coupleId: string;
}

/**
 * An install with a real life in it, written through the app's routes: a couple who wrote
 * everything there is to write (a voice note and a photo among it), and their therapist,
 * connected and given a consent (a row with a serial id).
 */
export async function seedInstall(app: TestApp): Promise<SeededInstall> {
  const [alex, blair] = [await personOn(app, 'Alex'), await personOn(app, 'Blair')];
  const coupleId = await pairUp(alex, blair);
  await writeEverything(alex, 'alex-words');
  await writeEverything(blair, 'blair-words');
  const joy = await alex.post('/api/joy', { text: 'we danced in the kitchen' });
  const photo = await alex.request('PUT', `/api/joy/${joy.body.id}/photo`, undefined, { rawBody: jpegWithExif(), contentType: 'image/jpeg' });
  expect(photo.status, JSON.stringify(photo.body)).toBe(201);
  const lee = await therapistOn(app, 'Lee');
  const link = await alex.post('/api/my-therapist/link');
  expect((await lee.post('/api/connect/accept', { token: new URL(link.body.url).hash.slice(1) })).status).toBe(200);
  for (const partner of [alex, blair]) expect((await partner.put('/api/my-therapist/consent', { scope: SHARED_SCOPES[0], granted: true, subjectId: null })).status).toBe(204);
  // A browser asks for the server's push key before it subscribes: from then on the install has
  // its keys (made on first use), and a restore must carry them, or every subscription breaks.
  expect((await blair.get('/api/push/key')).status).toBe(200);
  return { alex, blair, lee, coupleId };
}

/** The same signed-in person (same cookies) on another server, e.g. a restored install. */
export function samePersonOn(client: TestClient, baseUrl: string): TestClient {
  const twin = new TestClient(baseUrl);
  for (const [name, value] of client.cookies) twin.cookies.set(name, value);
  twin.csrfToken = client.csrfToken;
  twin.userId = client.userId;
  return twin;
}

/**
 * What an install holds, to compare two installs: every table's digest (db-digest.ts), with
 * the migration history as versions only, since when each ran belongs to the install.
 */
export async function installData(db: Queryable): Promise<Record<string, unknown>> {
  const { schema_migrations: _when, ...tables } = await snapshotDatabase(db);
  return { ...tables, migrations: await migrationLevel(db) };
}
