import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';
import { TestClient, newCouple } from './support/client';
import { CLOSE_CODES } from '../src/core/realtime/protocol';
import { testDbKind } from './support/test-db';
import type { TestServer } from './support/test-app';

/** The server's clock, moved by the tests (the app lock reads only this). */
let clock = Date.UTC(2026, 11, 3, 9, 0);
const MIN = 60_000;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({}, { now: () => clock });
});
afterAll(() => app.close());

const PASSWORD = 'a long enough passphrase';

async function lockedPerson(settings: { lockAfterMinutes?: number; signOutAfterMinutes?: number | null } = {}) {
  const { a, b } = await newCouple(app.url);
  const set = await a.put('/api/account/app-lock', {
    password: PASSWORD,
    pin: '2468',
    lockAfterMinutes: settings.lockAfterMinutes ?? 5,
    signOutAfterMinutes: settings.signOutAfterMinutes ?? null,
  });
  expect(set.status).toBe(200);
  return { a, b };
}

/** Hidden for `minutes` by the server's clock, then back in sight. */
async function awayFor(client: TestClient, minutes: number) {
  expect((await client.post('/api/account/app-lock/away', { hidden: true })).status).toBe(204);
  clock += minutes * MIN;
  return client.post('/api/account/app-lock/away', { hidden: false });
}

describe('app lock', () => {
  it('asks for the account password to set a lock, and keeps only a hash of the PIN', async () => {
    const { a } = await newCouple(app.url);
    const wrong = await a.put('/api/account/app-lock', { password: 'not it at all', pin: '1357', lockAfterMinutes: 5, signOutAfterMinutes: null });
    expect(wrong.status).toBe(403);
    expect((await a.get('/api/session')).body.appLock).toBeUndefined();
    const ok = await a.put('/api/account/app-lock', { password: PASSWORD, pin: '1357', lockAfterMinutes: 5, signOutAfterMinutes: 30 });
    expect(ok.body).toEqual({ lockAfterMinutes: 5, signOutAfterMinutes: 30 });
    expect((await a.get('/api/session')).body.appLock).toEqual({ lockAfterMinutes: 5, signOutAfterMinutes: 30 });
    const [row] = await app.db.query<{ pinHash: string }>('select pin_hash as "pinHash" from app_locks where user_id = $1', [a.userId]);
    expect(row!.pinHash).toMatch(/^\$argon2id\$/);
    expect(row!.pinHash).not.toContain('1357');
  });

  it('refuses PINs that are not 4 to 8 digits, changing nothing', async () => {
    const { a } = await newCouple(app.url);
    for (const pin of ['123', '123456789', '12a4', ' 1234', 1234]) {
      const res = await a.put('/api/account/app-lock', { password: PASSWORD, pin, lockAfterMinutes: 5, signOutAfterMinutes: null });
      expect(res.status).toBe(400);
    }
    expect((await a.put('/api/account/app-lock', { password: PASSWORD, pin: '1234', lockAfterMinutes: 0, signOutAfterMinutes: null })).status).toBe(400);
    expect((await a.get('/api/session')).body.appLock).toBeUndefined();
  });

  it('stays open when back within the time', async () => {
    const { a } = await lockedPerson();
    expect((await awayFor(a, 4)).status).toBe(204);
    expect((await a.get('/api/couple')).status).toBe(200);
    // The count starts again from the next time out of sight.
    expect((await awayFor(a, 4)).status).toBe(204);
    expect((await a.get('/api/couple')).status).toBe(200);
  });

  it('locks after the time away: every other route answers 423 and the socket is refused', async () => {
    const { a, b } = await lockedPerson();
    const back = await awayFor(a, 5);
    expect(back.status).toBe(423);
    expect(back.body.error.code).toBe('locked');
    for (const [method, path] of [
      ['GET', '/api/couple'],
      ['GET', '/api/account/sessions'],
      ['PATCH', '/api/account'],
      ['DELETE', '/api/account/app-lock'],
    ] as const) {
      const res = await a.request(method, path, method === 'GET' ? undefined : { displayName: 'Other', pin: '2468' });
      expect(res.status, `${method} ${path}`).toBe(423);
      expect(res.body).toEqual({ error: { code: 'locked', message: expect.any(String) } });
    }
    // The session says only that it is locked: not who is signed in.
    const session = await a.get('/api/session');
    expect(session.status).toBe(200);
    expect(session.body).toEqual({ user: null, csrfToken: expect.any(String), locked: true });
    const socket = await a.openSocket({ lastSeq: null });
    expect(await socket.waitClosed()).toBe(CLOSE_CODES.locked);
    // The partner is not touched by it.
    expect((await b.get('/api/couple')).status).toBe(200);
  });

  it('closes an open socket when the lock comes on while the page is out of sight, with no request', async () => {
    // A server with a real clock and a 200 ms "minute" (APP_LOCK_MINUTE_MS, tests only).
    const quick = await app.startVariant({ appLockMinuteMs: 200 });
    const { a } = await newCouple(quick.url);
    await a.put('/api/account/app-lock', { password: PASSWORD, pin: '2468', lockAfterMinutes: 1, signOutAfterMinutes: null });
    const socket = await a.openSocket({ lastSeq: null });
    await socket.next((m) => m.type === 'welcome');
    await a.post('/api/account/app-lock/away', { hidden: true });
    expect(await socket.waitClosed(3000)).toBe(CLOSE_CODES.locked);
    expect((await a.get('/api/couple')).status).toBe(423);
  });

  it('closes an open socket at once when a request finds the session locked', async () => {
    const { a } = await lockedPerson({ lockAfterMinutes: 1 });
    const socket = await a.openSocket({ lastSeq: null });
    await socket.next((m) => m.type === 'welcome');
    await a.post('/api/account/app-lock/away', { hidden: true });
    clock += MIN;
    expect((await a.get('/api/couple')).status).toBe(423);
    expect(await socket.waitClosed()).toBe(CLOSE_CODES.locked);
  });

  it('a socket back in sight in time is not closed', async () => {
    const quick = await app.startVariant({ appLockMinuteMs: 300 });
    const { a } = await newCouple(quick.url);
    await a.put('/api/account/app-lock', { password: PASSWORD, pin: '2468', lockAfterMinutes: 1, signOutAfterMinutes: null });
    const socket = await a.openSocket({ lastSeq: null });
    await socket.next((m) => m.type === 'welcome');
    await a.post('/api/account/app-lock/away', { hidden: true });
    await a.post('/api/account/app-lock/away', { hidden: false });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(socket.closeCode).toBeNull();
    socket.close();
  });

  it('opens again with the right PIN, and only then', async () => {
    const { a } = await lockedPerson();
    expect((await awayFor(a, 6)).status).toBe(423);
    const wrong = await a.post('/api/account/app-lock/unlock', { pin: '1111' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('wrong_pin');
    expect((await a.get('/api/couple')).status).toBe(423);
    const right = await a.post('/api/account/app-lock/unlock', { pin: '2468' });
    expect(right.status).toBe(200);
    expect(right.body.user.id).toBe(a.userId);
    expect((await a.get('/api/couple')).status).toBe(200);
    const socket = await a.openSocket({ lastSeq: null });
    await socket.next((m) => m.type === 'welcome');
    socket.close();
    // The count of wrong tries started over.
    const [row] = await app.db.query<{ failures: number }>(
      'select unlock_failures as failures from sessions where user_id = $1',
      [a.userId],
    );
    expect(Number(row!.failures)).toBe(0);
  });

  it('signs the device out after 5 wrong PINs; the password still logs in', async () => {
    const { a } = await lockedPerson();
    expect((await awayFor(a, 5)).status).toBe(423);
    for (let i = 0; i < 4; i++) expect((await a.post('/api/account/app-lock/unlock', { pin: '0000' })).status).toBe(403);
    const fifth = await a.post('/api/account/app-lock/unlock', { pin: '0000' });
    expect(fifth.status).toBe(401);
    // Even the right PIN is too late now.
    expect((await a.post('/api/account/app-lock/unlock', { pin: '2468' })).status).toBe(401);
    expect((await a.get('/api/session')).body.user).toBeNull();
    const email = (await app.db.query<{ email: string }>('select email from users where id = $1', [a.userId]))[0]!.email;
    const again = new TestClient(app.url);
    expect((await again.login(email)).status).toBe(200);
    // Logging in again with the password is the way back, and the lock holds there too.
    expect((await again.get('/api/session')).body.appLock).toEqual({ lockAfterMinutes: 5, signOutAfterMinutes: null });
  });

  it('wrong PINs sent at once cannot slip past the limit', async () => {
    const { a } = await lockedPerson();
    expect((await awayFor(a, 5)).status).toBe(423);
    const answers = await Promise.all(Array.from({ length: 8 }, () => a.post('/api/account/app-lock/unlock', { pin: '0000' })));
    expect(answers.filter((r) => r.status === 403)).toHaveLength(4);
    expect((await a.post('/api/account/app-lock/unlock', { pin: '2468' })).status).toBe(401);
  });

  it('signs out after the sign-out time out of sight', async () => {
    const { a } = await lockedPerson({ lockAfterMinutes: 2, signOutAfterMinutes: 30 });
    const back = await awayFor(a, 30);
    expect(back.status).toBe(401);
    expect((await a.get('/api/session')).body.user).toBeNull();
    expect((await app.db.query('select 1 from sessions where user_id = $1', [a.userId])).length).toBe(0);
  });

  it('signs out a locked device left on its lock screen once the sign-out time passes', async () => {
    const { a } = await lockedPerson({ lockAfterMinutes: 2, signOutAfterMinutes: 30 });
    expect((await awayFor(a, 3)).status).toBe(423);
    clock += 27 * MIN;
    expect((await a.post('/api/account/app-lock/unlock', { pin: '2468' })).status).toBe(401);
  });

  it('locks one device, not the person’s others', async () => {
    const { a } = await lockedPerson();
    const email = (await app.db.query<{ email: string }>('select email from users where id = $1', [a.userId]))[0]!.email;
    const laptop = new TestClient(app.url);
    await laptop.login(email);
    expect((await awayFor(a, 5)).status).toBe(423);
    expect((await laptop.get('/api/couple')).status).toBe(200);
  });

  it('lifts the lock with the PIN or the password, and a wrong PIN counts as a try', async () => {
    const { a } = await lockedPerson();
    expect((await a.del('/api/account/app-lock', {})).status).toBe(400);
    expect((await a.del('/api/account/app-lock', { pin: '2468', password: PASSWORD })).status).toBe(400);
    expect((await a.del('/api/account/app-lock', { pin: '9999' })).status).toBe(403);
    expect((await a.del('/api/account/app-lock', { password: 'wrong but long' })).status).toBe(403);
    expect((await a.get('/api/session')).body.appLock).toBeDefined();
    expect((await a.del('/api/account/app-lock', { pin: '2468' })).status).toBe(204);
    expect((await a.get('/api/session')).body.appLock).toBeUndefined();
    expect((await awayFor(a, 60)).status).toBe(204);
    expect((await a.get('/api/couple')).status).toBe(200);
    await a.put('/api/account/app-lock', { password: PASSWORD, pin: '2468', lockAfterMinutes: 5, signOutAfterMinutes: null });
    expect((await a.del('/api/account/app-lock', { password: PASSWORD })).status).toBe(204);
    expect((await a.del('/api/account/app-lock', { password: PASSWORD })).status).toBe(404);
  });

  it('costs nothing for people without a lock: "away" writes nothing', async () => {
    const { a } = await newCouple(app.url);
    expect((await a.post('/api/account/app-lock/away', { hidden: true })).status).toBe(204);
    const rows = await app.db.query<{ hiddenSince: unknown }>('select hidden_since as "hiddenSince" from sessions where user_id = $1', [a.userId]);
    expect(rows[0]!.hiddenSince).toBeNull();
    clock += 1000 * MIN;
    expect((await a.get('/api/couple')).status).toBe(200);
  });

  it('unlock needs a lock set', async () => {
    const { a } = await newCouple(app.url);
    expect((await a.post('/api/account/app-lock/unlock', { pin: '1234' })).status).toBe(404);
  });

  describe.skipIf(testDbKind === 'pglite')('on two app processes', () => {
    let node2: TestServer;
    beforeAll(async () => {
      node2 = await app.startAnotherNode();
    });

    it('a lock found by one process closes the session’s socket on the other', async () => {
      const { a } = await lockedPerson();
      const moved = new TestClient(node2.url);
      for (const [k, v] of a.cookies) moved.cookies.set(k, v);
      moved.csrfToken = a.csrfToken;
      const socket = await moved.openSocket({ lastSeq: null });
      await socket.next((m) => m.type === 'welcome');
      expect((await awayFor(a, 5)).status).toBe(423);
      expect(await socket.waitClosed()).toBe(CLOSE_CODES.locked);
      // And the other process refuses it too.
      expect((await moved.get('/api/couple')).status).toBe(423);
    });
  });
});
