import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app';
import { pairUp, personOn } from '../../test/support/couple-life';
import { connectTherapist, consentTo, therapistOn } from '../../test/support/therapist';
import { consentRows, therapistScope } from './therapist-scope';

/** The therapist foundation against a real database: the kept logs, the scope's reader, the end of a space. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function connectedCouple() {
  const [a, b, t] = await Promise.all([personOn(app, 'Ada'), personOn(app, 'Bo'), therapistOn(app, 'Dr Lee')]);
  const coupleId = await pairUp(a, b);
  const linkId = await connectTherapist(app, t, coupleId);
  return { a, b, t, coupleId, linkId, therapist: { userId: t.userId!, displayName: 'Dr Lee' } };
}

describe('the therapist foundation', () => {
  it('keeps consent and the record of looks as written: no statement alters or erases them', async () => {
    const { a, coupleId, linkId, therapist } = await connectedCouple();
    await consentTo(app, linkId, a, ['map']);
    await (await therapistScope(app.db, therapist, coupleId)).recordLook('overview');
    await expect(app.db.query(`update therapist_consents set granted = false where link_id = $1`, [linkId])).rejects.toThrow(/append-only/);
    await expect(app.db.query(`delete from therapist_consents where link_id = $1`, [linkId])).rejects.toThrow(/append-only/);
    await expect(app.db.query(`update therapist_access_log set what = 'map' where couple_id = $1`, [coupleId])).rejects.toThrow(/append-only/);
    await expect(app.db.query(`delete from therapist_access_log where couple_id = $1`, [coupleId])).rejects.toThrow(/append-only/);
    expect(await consentRows(app.db, linkId)).toHaveLength(1);
    expect(await app.db.query(`select 1 from therapist_access_log where couple_id = $1`, [coupleId])).toHaveLength(1);
  });

  it('lets only the retention sweep, declaring itself for its transaction, remove old looks', async () => {
    const { coupleId, therapist } = await connectedCouple();
    await (await therapistScope(app.db, therapist, coupleId)).recordLook('map');
    await app.db.transaction(async (tx) => {
      await tx.query(`set local offbeat.retention_sweep = 'on'`);
      await tx.query(`delete from therapist_access_log where couple_id = $1`, [coupleId]);
    });
    expect(await app.db.query(`select 1 from therapist_access_log where couple_id = $1`, [coupleId])).toHaveLength(0);
    // The setting was the transaction's own: the next statement is refused again.
    await (await therapistScope(app.db, therapist, coupleId)).recordLook('map');
    await expect(app.db.query(`delete from therapist_access_log where couple_id = $1`, [coupleId])).rejects.toThrow(/append-only/);
  });

  it('ends with the space: its consent and record go by cascade, and the therapist’s open screen is told', async () => {
    const { a, b, t, coupleId, linkId, therapist } = await connectedCouple();
    await consentTo(app, linkId, a, ['map']);
    await (await therapistScope(app.db, therapist, coupleId)).recordLook('map');
    const socket = await t.openSocket({ lastSeq: null });
    await socket.next((m) => m.type === 'welcome');
    expect((await b.post('/api/couple/leave')).status).toBe(204);
    expect(await socket.next((m) => m.type === 'access')).toEqual({ v: 1, type: 'access', coupleId });
    expect(await app.db.query(`select 1 from therapist_links where id = $1`, [linkId])).toHaveLength(0);
    expect(await app.db.query(`select 1 from therapist_access_log where couple_id = $1`, [coupleId])).toHaveLength(0);
    await expect(therapistScope(app.db, therapist, coupleId)).rejects.toMatchObject({ status: 404 });
    socket.ws.close();
  });

  it('keeps a couple’s consent history when their therapist closes their account: the connection ends and keeps their name', async () => {
    const { a, t, linkId } = await connectedCouple();
    await consentTo(app, linkId, a, ['map']);
    expect((await t.request('DELETE', '/api/account', { password: 'a long enough passphrase' })).status).toBe(204);
    expect(await consentRows(app.db, linkId)).toHaveLength(1);
    const [link] = await app.db.query<{ therapistId: string | null; ended: boolean; name: string }>(
      `select therapist_id as "therapistId", ended_at is not null as ended, therapist_name as name from therapist_links where id = $1`,
      [linkId],
    );
    expect(link).toEqual({ therapistId: null, ended: true, name: 'Dr Lee' });
    const history = await a.get('/api/my-therapist/history');
    expect(history.status).toBe(200);
    expect(JSON.stringify(history.body)).toContain('Dr Lee');
    expect((await a.get('/api/my-therapist')).body.connection).toBeNull();
  });

  it('hands out a reader only for what both consented to, bound to the couple and unable to write', async () => {
    const { a, b, coupleId, linkId, therapist } = await connectedCouple();
    await consentTo(app, linkId, a, ['map', 'loop', 'checkins']);
    await consentTo(app, linkId, b, ['loop']);
    const scope = await therapistScope(app.db, therapist, coupleId);
    expect(() => scope.shared('map')).toThrow(expect.objectContaining({ status: 403 }));
    const loop = scope.shared('loop');
    expect(await loop.query<{ n: number }>(`select count(*)::int as n from couple_members where couple_id = $1`)).toEqual([{ n: 2 }]);
    expect(() => loop.query(`select 1 from couple_members`)).toThrow(/couple_id = \$1/);
    expect(() => loop.query(`delete from episodes where couple_id = $1`)).toThrow(/read-only/);
    expect(() => loop.query(`with gone as (delete from episodes where couple_id = $1 returning id) select * from gone`)).toThrow(/read-only/);
    expect(scope.consentingTo('checkins')).toEqual([{ userId: a.userId, coupleId }]);
  });

  it('answers 404 for a couple the therapist is not connected to now, and for an ended link', async () => {
    const { coupleId, linkId, therapist } = await connectedCouple();
    const other = await connectedCouple();
    await expect(therapistScope(app.db, therapist, other.coupleId)).rejects.toMatchObject({ status: 404 });
    await app.db.query(`update therapist_links set ended_at = now() where id = $1`, [linkId]);
    await expect(therapistScope(app.db, therapist, coupleId)).rejects.toMatchObject({ status: 404 });
  });
});
