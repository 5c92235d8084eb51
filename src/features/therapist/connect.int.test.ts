import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { TestClient, type ApiResponse } from '../../../test/support/client';
import { pairUp, personOn } from '../../../test/support/couple-life';
import { dumpDatabase } from '../../../test/support/db-digest';
import { hashToken } from '../../core/auth/tokens';
import { therapistScope } from '../../core/therapist-scope';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** A therapist signed up through the app's own sign-up, as the "I'm a therapist" screen does. */
async function therapistSignup(name: string): Promise<TestClient> {
  const client = new TestClient(app.url);
  const res = await client.post('/api/auth/signup', {
    email: `${name.toLowerCase().replace(/\W/g, '')}-${randomUUID()}@example.test`,
    password: 'a long enough passphrase',
    displayName: name,
    therapist: { practice: `${name}'s practice`, contact: 'office@example.test · 555 0100' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  expect(res.body.user.kind).toBe('therapist');
  client.userId = res.body.user.id;
  return client;
}

async function couple() {
  const a = await personOn(app, 'Ada');
  const b = await personOn(app, 'Bo');
  const coupleId = await pairUp(a, b);
  return { a, b, coupleId };
}

const tokenOf = (res: ApiResponse) => new URL(res.body.url).hash.slice(1);
const expectError = (res: ApiResponse, status: number, code: string) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.error.code).toBe(code);
};
const linksOf = (coupleId: string) =>
  app.db.query<{ therapistId: string; endedAt: Date | null }>(`select therapist_id as "therapistId", ended_at as "endedAt" from therapist_links where couple_id = $1 order by started_at`, [coupleId]);

describe('therapist accounts', () => {
  it('signs up a therapist with their practice in one go, who may read and change their profile', async () => {
    const lee = await therapistSignup('Dr Lee');
    expect((await lee.get('/api/session')).body.user).toMatchObject({ kind: 'therapist', coupleId: null, displayName: 'Dr Lee' });
    expect((await lee.get('/api/therapist/profile')).body).toMatchObject({ displayName: 'Dr Lee', practice: "Dr Lee's practice", contact: 'office@example.test · 555 0100' });
    expect((await lee.patch('/api/therapist/profile', { contact: 'lee@practice.example' })).status).toBe(204);
    expect((await lee.get('/api/therapist/profile')).body).toMatchObject({ practice: "Dr Lee's practice", contact: 'lee@practice.example' });
    const partner = await personOn(app, 'Pat');
    expectError(await partner.get('/api/therapist/profile'), 403, 'therapists_only');
  });

  it('makes nothing when the email is taken: no second account, no profile', async () => {
    const email = `taken-${randomUUID()}@example.test`;
    await new TestClient(app.url).signup(email, 'First');
    const res = await new TestClient(app.url).post('/api/auth/signup', { email, password: 'a long enough passphrase', displayName: 'Dr Two', therapist: { practice: 'P', contact: 'C' } });
    expectError(res, 409, 'email_taken');
    expect(await app.db.query(`select 1 from therapist_profiles p join users u on u.id = p.user_id where u.email = $1`, [email])).toHaveLength(0);
  });

  it('never lets a therapist make, join or invite into a space', async () => {
    const lee = await therapistSignup('Dr Lee');
    expectError(await lee.post('/api/couple', {}), 403, 'partners_only');
    const alone = await personOn(app, 'Alone');
    await alone.post('/api/couple', {});
    const invite = await alone.post('/api/couple/invites');
    expectError(await lee.post('/api/invites/accept', { token: tokenOf(invite) }), 403, 'partners_only');
    expect(await app.db.query(`select 1 from couple_members where user_id = $1`, [lee.userId])).toHaveLength(0);
  });
});

describe('connecting', () => {
  it('from the therapist: their link shows who they are to a partner, who accepts it', async () => {
    const lee = await therapistSignup('Dr Lee');
    const { a, b, coupleId } = await couple();
    const link = await lee.post('/api/therapist/link');
    expect(link.status).toBe(201);
    expect(link.body.url).toMatch(/\/connect#[A-Za-z0-9_-]{43}$/);
    expect(link.body.qrSvg).toContain('<svg');
    const token = tokenOf(link);
    expect(await app.db.query(`select 1 from therapist_invites where token_hash = $1`, [token])).toHaveLength(0);
    expect((await a.post('/api/connect/preview', { token })).body).toMatchObject({ from: 'therapist', name: 'Dr Lee', practice: "Dr Lee's practice" });
    expect((await a.post('/api/connect/accept', { token })).body).toEqual({ coupleId });
    const seen = await b.get('/api/my-therapist');
    expect(seen.body.connection).toMatchObject({ therapist: { name: 'Dr Lee', practice: "Dr Lee's practice" }, partnerName: 'Ada' });
    expect(seen.body.connection.shared.every((s: { mine: boolean; partner: boolean }) => !s.mine && !s.partner)).toBe(true);
    await expect(therapistScope(app.db, { userId: lee.userId!, displayName: 'Dr Lee' }, coupleId)).resolves.toBeTruthy();
    // Used once: the second partner cannot use it again.
    expectError(await b.post('/api/connect/accept', { token }), 410, 'link_used');
  });

  it('from a partner: their link, from settings, is accepted by their therapist', async () => {
    const kim = await therapistSignup('Dr Kim');
    const { a, coupleId } = await couple();
    const link = await a.post('/api/my-therapist/link');
    expect(link.status).toBe(201);
    const token = tokenOf(link);
    expect((await kim.post('/api/connect/preview', { token })).body).toMatchObject({ from: 'partner', name: 'Ada', practice: null });
    expect((await kim.post('/api/connect/accept', { token })).body).toEqual({ coupleId });
    expect(await linksOf(coupleId)).toEqual([{ therapistId: kim.userId, endedAt: null }]);
  });

  it('refuses wrong, used, expired, one’s own and the wrong side’s links, changing nothing', async () => {
    const lee = await therapistSignup('Dr Lee');
    const other = await therapistSignup('Dr Other');
    const { a, b, coupleId } = await couple();
    const theirs = tokenOf(await lee.post('/api/therapist/link'));
    const ours = tokenOf(await a.post('/api/my-therapist/link'));
    const expired = tokenOf(await lee.post('/api/therapist/link'));
    await app.db.query(`update therapist_invites set expires_at = now() - interval '1 minute' where token_hash = $1`, [hashToken(expired)]);
    const loner = await personOn(app, 'Loner');
    const before = await dumpDatabase(app.db);
    for (const path of ['/api/connect/preview', '/api/connect/accept']) {
      expectError(await a.post(path, { token: 'A'.repeat(43) }), 404, 'not_found');
      expectError(await a.post(path, { token: 'short' }), 400, 'invalid_input');
      expectError(await a.post(path, { token: expired }), 410, 'link_expired');
      expectError(await lee.post(path, { token: theirs }), 403, 'own_link');
      expectError(await a.post(path, { token: ours }), 403, 'own_link');
      // The other partner of the space is not the therapist it is for; a therapist's link is not for a therapist.
      expectError(await b.post(path, { token: ours }), 403, 'therapists_link');
      expectError(await other.post(path, { token: theirs }), 403, 'partners_link');
      expectError(await loner.post(path, { token: theirs }), 403, 'no_couple');
      expectError(await new TestClient(app.url).post(path, { token: theirs }), 401, 'unauthorized');
    }
    expect(await dumpDatabase(app.db)).toEqual(before);
    expect(await linksOf(coupleId)).toEqual([]);
  });

  it('holds one therapist per space, kindly, from either side', async () => {
    const lee = await therapistSignup('Dr Lee');
    const kim = await therapistSignup('Dr Kim');
    const { a, b, coupleId } = await couple();
    const kimsLink = tokenOf(await kim.post('/api/therapist/link'));
    const ours = tokenOf(await a.post('/api/my-therapist/link'));
    await a.post('/api/connect/accept', { token: tokenOf(await lee.post('/api/therapist/link')) });
    expectError(await b.post('/api/connect/preview', { token: kimsLink }), 409, 'therapist_connected');
    expectError(await b.post('/api/connect/accept', { token: kimsLink }), 409, 'therapist_connected');
    expectError(await kim.post('/api/connect/accept', { token: ours }), 409, 'therapist_connected');
    expectError(await b.post('/api/my-therapist/link'), 409, 'therapist_connected');
    expect(await linksOf(coupleId)).toHaveLength(1);
    // Two accepts racing: the database's one-per-space index decides.
    await a.post('/api/my-therapist/end');
    const racers = [tokenOf(await kim.post('/api/therapist/link')), tokenOf(await lee.post('/api/therapist/link'))];
    const results = await Promise.all([a.post('/api/connect/accept', { token: racers[0] }), b.post('/api/connect/accept', { token: racers[1] })]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await linksOf(coupleId)).filter((l) => !l.endedAt)).toHaveLength(1);
  });
});

describe('ending', () => {
  async function connected() {
    const lee = await therapistSignup('Dr Lee');
    const world = await couple();
    await world.a.post('/api/connect/accept', { token: tokenOf(await lee.post('/api/therapist/link')) });
    return { lee, ...world };
  }

  it('by a partner: access ends at once, the therapist’s screen hears of it, and a new therapist may connect', async () => {
    const { lee, b, coupleId } = await connected();
    const socket = await lee.openSocket();
    expect((await b.post('/api/my-therapist/end')).status).toBe(204);
    await socket.next((m) => m.type === 'access' && m.coupleId === coupleId, 1000);
    socket.close();
    await expect(therapistScope(app.db, { userId: lee.userId!, displayName: 'Dr Lee' }, coupleId)).rejects.toMatchObject({ status: 404 });
    expect((await b.get('/api/my-therapist')).body).toEqual({ connection: null });
    expectError(await b.post('/api/my-therapist/end'), 404, 'not_found');
    const kim = await therapistSignup('Dr Kim');
    expect((await kim.post('/api/connect/accept', { token: tokenOf(await b.post('/api/my-therapist/link')) })).status).toBe(200);
  });

  it('by the therapist: only their own couples, and access ends at once', async () => {
    const { lee, a, coupleId } = await connected();
    const kim = await therapistSignup('Dr Kim');
    expectError(await kim.post(`/api/therapist/couples/${coupleId}/end`), 404, 'not_found');
    expectError(await a.post(`/api/therapist/couples/${coupleId}/end`), 403, 'therapists_only');
    expect((await lee.post(`/api/therapist/couples/${coupleId}/end`)).status).toBe(204);
    await expect(therapistScope(app.db, { userId: lee.userId!, displayName: 'Dr Lee' }, coupleId)).rejects.toMatchObject({ status: 404 });
    expect((await a.get('/api/my-therapist')).body).toEqual({ connection: null });
    expectError(await lee.post(`/api/therapist/couples/${coupleId}/end`), 404, 'not_found');
  });
});
