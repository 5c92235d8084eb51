import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { pairUp, personOn } from '../../../test/support/couple-life';
import { connectTherapist, consentTo, therapistOn } from '../../../test/support/therapist';
import { therapistScope } from '../../core/therapist-scope';
import { sweepOldLooks, yearsBefore } from './routes';

/** The clock the server's sweep reads, moved by the tests. */
let now = Date.now();
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({}, { now: () => now });
});
afterAll(() => app.close());

async function connected() {
  const lee = await therapistOn(app, 'Lee');
  const a = await personOn(app, 'Ada');
  const b = await personOn(app, 'Bo');
  const coupleId = await pairUp(a, b);
  const linkId = await connectTherapist(app, lee, coupleId);
  await consentTo(app, linkId, a, ['map']);
  await consentTo(app, linkId, b, ['map']);
  const scope = await therapistScope(app.db, { userId: lee.userId!, displayName: 'Dr Lee' }, coupleId);
  return { lee, a, b, coupleId, linkId, scope };
}

const looksOf = (coupleId: string) => app.db.query<{ what: string }>(`select what from therapist_access_log where couple_id = $1 order by id`, [coupleId]);

describe('the couple’s record of looks', () => {
  it('shows both partners every look, newest first, in the words it was recorded with', async () => {
    const { a, b, scope } = await connected();
    await scope.recordLook('overview');
    await scope.recordLook('map');
    for (const partner of [a, b]) {
      const { looks } = (await partner.get('/api/my-therapist/looks')).body;
      expect(looks.map((l: { therapistName: string; what: string }) => [l.therapistName, l.what])).toEqual([
        ['Dr Lee', 'map'],
        ['Dr Lee', 'overview'],
      ]);
    }
    const older = (await a.get(`/api/my-therapist/looks?before=${(await a.get('/api/my-therapist/looks')).body.looks[0].id}`)).body.looks;
    expect(older.map((l: { what: string }) => l.what)).toEqual(['overview']);
    // Another couple's partner sees none of it.
    const sy = await personOn(app, 'Sy');
    await pairUp(sy, await personOn(app, 'Tam'));
    expect((await sy.get('/api/my-therapist/looks')).body.looks).toEqual([]);
  });

  it('cannot be altered or erased by a statement: no route, and the database refuses', async () => {
    const { coupleId, linkId, scope } = await connected();
    await scope.recordLook('map');
    await expect(app.db.query(`update therapist_access_log set what = 'overview' where couple_id = $1`, [coupleId])).rejects.toThrow(/append-only/);
    await expect(app.db.query(`delete from therapist_access_log where couple_id = $1`, [coupleId])).rejects.toThrow(/append-only/);
    await expect(app.db.query(`update therapist_consents set granted = false where link_id = $1`, [linkId])).rejects.toThrow(/append-only/);
    await expect(app.db.query(`delete from therapist_consents where link_id = $1`, [linkId])).rejects.toThrow(/append-only/);
    expect(await looksOf(coupleId)).toEqual([{ what: 'map' }]);
    const routes = app.app.routes.filter((r) => /looks|access-log|record/.test(r.url));
    expect(routes.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/my-therapist/looks']);
  });

  it('keeps looks for the years configured, and the sweep removes only those past it', async () => {
    const { coupleId, linkId } = await connected();
    now = Date.UTC(2032, 5, 1, 12);
    const cutoff = yearsBefore(now, app.app.ctx.config.therapistRecordYears);
    expect(cutoff.toISOString()).toBe('2026-06-01T12:00:00.000Z');
    const at = (ms: number) => new Date(cutoff.getTime() + ms);
    for (const [what, when] of [['overview', at(-60_000)], ['map', at(60_000)], ['loop', new Date(now)]] as const) {
      await app.db.query(`insert into therapist_access_log (couple_id, link_id, therapist_name, what, at) values ($1, $2, 'Dr Lee', $3, $4)`, [coupleId, linkId, what, when]);
    }
    expect(await sweepOldLooks(app.app.ctx)).toBeGreaterThanOrEqual(1);
    expect(await looksOf(coupleId)).toEqual([{ what: 'map' }, { what: 'loop' }]);
    // Outside the sweep's own transaction, the same delete is refused.
    await expect(app.db.query(`delete from therapist_access_log where couple_id = $1`, [coupleId])).rejects.toThrow(/append-only/);
    now = Date.now();
  });

  it('ends with the space: leaving removes the record, the connection and the consent history', async () => {
    const { a, coupleId, scope } = await connected();
    await scope.recordLook('map');
    expect((await a.post('/api/couple/leave')).status).toBe(204);
    for (const table of ['therapist_access_log', 'therapist_consents', 'therapist_links', 'therapist_invites']) {
      expect(await app.db.query(`select 1 from ${table} where couple_id = $1`, [coupleId]), table).toEqual([]);
    }
  });

  it('reads the same after the therapist closes their account', async () => {
    const { lee, a, scope } = await connected();
    await scope.recordLook('map');
    expect((await lee.del('/api/account', { password: 'a long enough passphrase' })).status).toBe(204);
    expect((await a.get('/api/my-therapist/looks')).body.looks.map((l: { therapistName: string; what: string }) => [l.therapistName, l.what])).toEqual([['Dr Lee', 'map']]);
    expect((await a.get('/api/my-therapist')).body).toEqual({ connection: null });
  });
});
