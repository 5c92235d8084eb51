import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';
import { TestClient } from './support/client';
import { pairUp as pair, personOn, writeEverything } from './support/couple-life';
import { documentedRoutes, type DocumentedRoute } from './support/openapi';
import { endSpacesLeftUnderEarlierRule } from '../src/core/membership';

/**
 * Privacy through the changes of real lives: a partner leaves, closes their account, the one
 * who stayed pairs with someone new, or the same two pair again. Each person writes (and shares)
 * words of every kind, each marked with their own canary; afterwards everything each person's
 * device can read — every GET route of the API, every map side — is checked for the other's.
 */
let app: TestApp;
let reads: DocumentedRoute[];
beforeAll(async () => {
  app = await startTestApp();
  // Every read a screen can make without naming a record.
  reads = (await documentedRoutes(app.url)).filter((r) => r.method === 'GET' && !r.url.includes(':') && !['/api/openapi.json', '/api/health'].includes(r.url));
});
afterAll(() => app.close());

const person = (name: string) => personOn(app, name);

/** Everything this person's device can read: every GET route, and every side of every map it can see. */
async function everythingVisibleTo(client: TestClient): Promise<string> {
  const bodies: string[] = [];
  for (const route of reads) bodies.push(JSON.stringify((await client.get(route.url)).body));
  const maps = (await client.get('/api/maps')).body.maps as Array<{ id: string }> | undefined;
  for (const map of maps ?? []) {
    const detail = (await client.get(`/api/maps/${map.id}`)).body;
    bodies.push(JSON.stringify(detail));
    for (const side of (detail.sides ?? []) as Array<{ ownerId: string }>) {
      const pulled = (await client.get(`/api/maps/${map.id}/sides/${side.ownerId}/updates?after=0`)).body;
      if (pulled.update) bodies.push(Buffer.from(pulled.update, 'base64').toString('latin1'));
    }
  }
  return bodies.join('\n');
}

function mediaFiles(): Promise<string[]> {
  return app.db.query<{ key: string }>('select storage_key as key from media').then((rows) => rows.map((r) => r.key));
}

describe('privacy through the changes of a life', () => {
  it('a new partner of the one who stayed sees nothing from before, and the former partner sees nothing of the one who stayed', async () => {
    const [alex, blair, casey] = await Promise.all([person('Alex'), person('Blair'), person('Casey')]);
    const oldSpace = await pair(alex, blair);
    await writeEverything(alex, 'alex-canary-1');
    await writeEverything(blair, 'blair-canary-1');
    const ritual = await alex.post('/api/rituals', { title: 'Evening breath alex-canary-1' });
    expect((await alex.put(`/api/rituals/${ritual.body.id}/reminder`, { localTime: '21:00', weekdays: [1, 3], timeZone: 'Europe/Berlin', enabled: true })).status).toBe(200);
    expect(await app.db.query('select 1 from push_outbox where couple_id = $1', [oldSpace])).not.toEqual([]);
    // While together, each sees what the other shared.
    expect(await everythingVisibleTo(alex)).toContain('blair-canary-1');

    expect((await blair.post('/api/couple/leave')).status).toBe(204);
    await alex.refreshSession();
    await blair.refreshSession();
    // Leaving stops everything about the old space: no reminder is due, no push waits to go out.
    for (const table of ['ritual_reminders', 'push_outbox', 'couple_events']) {
      expect(await app.db.query(`select 1 from ${table} where couple_id = $1`, [oldSpace]), table).toEqual([]);
    }
    const alexAfter = await everythingVisibleTo(alex);
    expect(alexAfter).not.toContain('blair-canary-1');
    expect(alexAfter).toContain('journal alex-canary-1'); // their own words stay theirs
    const blairAfter = await everythingVisibleTo(blair);
    expect(blairAfter.split('\n').filter((l) => l.includes('alex-canary-1')).map((l) => l.slice(0, 300))).toEqual([]);
    expect(blairAfter).toContain('journal blair-canary-1');

    await pair(alex, casey);
    const caseySees = await everythingVisibleTo(casey);
    expect(caseySees).not.toContain('blair-canary');
    // Not even what Alex shared with Blair: a share was with Blair, in that space.
    expect(caseySees).not.toContain('alex-canary-1');
    // Sharing again, now with Casey, is Alex's own choice.
    const pairs = (await alex.get('/api/said-and-meant')).body.pairs as Array<{ id: string; shared: boolean }>;
    expect(pairs.every((p) => !p.shared)).toBe(true);
    await alex.patch(`/api/said-and-meant/${pairs[0]!.id}`, { shared: true });
    expect(await everythingVisibleTo(casey)).toContain('hurt alex-canary-1');
  });

  it('a space a partner left under the earlier rule (the one who stayed kept it) ends on the next start, as it would today', async () => {
    const [alex, blair, dana, eli, fern] = await Promise.all([person('Alex'), person('Blair'), person('Dana'), person('Eli'), person('Fern')]);
    const legacy = await pair(alex, blair);
    await writeEverything(alex, 'alex-canary-4');
    await writeEverything(blair, 'blair-canary-4');
    // How leaving used to work: Blair's membership went, the space and all Blair had shared stayed with Alex.
    await app.db.transaction(async (tx) => {
      await tx.query('delete from couple_members where user_id = $1', [blair.userId]);
      // An event type no contract declares any more, so it is written as the old code wrote it.
      await tx.query(
        `with c as (update couples set event_seq = event_seq + 1 where id = $1 returning event_seq)
         insert into couple_events (couple_id, seq, type, actor_id, payload, in_feed) select $1, event_seq, 'member.left', $2, '{}', true from c`,
        [legacy, blair.userId],
      );
    });
    expect(await everythingVisibleTo(alex)).toContain('blair-canary-4');
    // Two spaces that must stay: one waiting for its first partner, one whole couple.
    const waiting = (await dana.post('/api/couple', {})).body.id as string;
    const whole = await pair(eli, fern);

    expect(await endSpacesLeftUnderEarlierRule(app.db, app.app.ctx.spaceEnd)).toBeGreaterThanOrEqual(1);
    await alex.refreshSession();
    expect((await alex.get('/api/couple')).body).toMatchObject({ couple: null, ended: true });
    const alexSees = await everythingVisibleTo(alex);
    expect(alexSees).not.toContain('blair-canary-4');
    expect(alexSees).toContain('journal alex-canary-4');
    expect(await app.db.query('select 1 from couples where id = $1', [legacy])).toEqual([]);
    expect(await app.db.query('select 1 from couples where id = $1', [waiting])).not.toEqual([]);
    expect((await fern.get('/api/couple')).body.couple).toMatchObject({ id: whole });
    // Run again (every start does, from every process): nothing more happens.
    expect(await endSpacesLeftUnderEarlierRule(app.db, app.app.ctx.spaceEnd)).toBe(0);
    expect((await alex.get('/api/couple')).body.ended).not.toBeNull();
  });

  it('the same two, paired again, start in an empty space', async () => {
    const [alex, blair] = await Promise.all([person('Alex'), person('Blair')]);
    const first = await pair(alex, blair);
    await writeEverything(alex, 'alex-canary-2');
    await writeEverything(blair, 'blair-canary-2');
    await alex.post('/api/couple/leave');
    await blair.refreshSession();
    const second = await pair(blair, alex);
    expect(second).not.toBe(first);
    expect(await everythingVisibleTo(alex)).not.toContain('blair-canary-2');
    expect(await everythingVisibleTo(blair)).not.toContain('alex-canary-2');
    const feed = (await alex.get('/api/couple/activity')).body.items.map((i: { type: string }) => i.type);
    expect(feed.sort()).toEqual(['couple.created', 'invite.created', 'member.joined'].sort());
    expect((await alex.get('/api/maps')).body.maps).toEqual([]);
  });

  it('closing an account takes the person and the space with every file, and the one who stays keeps only their own words', async () => {
    const [alex, blair] = await Promise.all([person('Alex'), person('Blair')]);
    const coupleId = await pair(alex, blair);
    await writeEverything(alex, 'alex-canary-3');
    await writeEverything(blair, 'blair-canary-3');
    const files = await app.db.query<{ key: string }>('select storage_key as key from media where couple_id = $1', [coupleId]);
    expect(files).toHaveLength(2);
    const onDisk = (key: string) => existsSync(path.join(app.app.ctx.config.mediaDir, key.slice(0, 2), key));
    expect(files.every((f) => onDisk(f.key))).toBe(true);

    expect((await blair.del('/api/account', { password: 'a long enough passphrase' })).status).toBe(204);
    await alex.refreshSession();
    const alexSees = await everythingVisibleTo(alex);
    expect(alexSees).not.toContain('blair-canary-3');
    expect(alexSees).toContain('journal alex-canary-3');
    // Nothing of Blair is left anywhere in the database, and the space's files are gone from the disk.
    expect(await app.db.query(`select 1 from users where display_name = 'Blair' and id = $1`, [blair.userId])).toEqual([]);
    for (const table of ['said_and_meant', 'journal_entries', 'role_reflections', 'stretch_experiments', 'helps', 'scripts']) {
      expect(await app.db.query(`select 1 from ${table} where ${table === 'helps' || table === 'scripts' ? 'user_id' : 'owner_id'} = $1`, [blair.userId]), table).toEqual([]);
    }
    await expect.poll(() => files.filter((f) => onDisk(f.key)).length).toBe(0);
    expect((await mediaFiles()).filter((k) => files.some((f) => f.key === k))).toEqual([]);
  });
});
