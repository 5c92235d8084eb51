import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { TestClient, newCouple } from '../../../test/support/client';
import { CLOSE_CODES } from '../../core/realtime/protocol';
import { accountCopy } from './copy';

const PASSWORD = 'a long enough passphrase';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

let counter = 0;
/** A fresh, unique email per call, so tests sharing one app never collide. */
function email(name = 'person') {
  counter += 1;
  return `${name}-${counter}-${Math.random().toString(36).slice(2, 7)}@example.test`;
}

async function signedUp(name = 'Robin') {
  const client = new TestClient(app.url);
  const address = email(name.toLowerCase());
  await client.signup(address, name);
  return { client, email: address };
}

/** Another device of the same person: its own cookie jar, logged in separately. */
async function anotherDevice(address: string, password = PASSWORD) {
  const device = new TestClient(app.url);
  expect((await device.login(address, password)).status).toBe(200);
  return device;
}

function setCookie(res: { headers: Headers }, name: string): string | undefined {
  return res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
}

async function userCount(address: string) {
  const [row] = await app.db.query<{ n: number }>('select count(*)::int as n from users where email_normalized = $1', [address.toLowerCase()]);
  return row!.n;
}

describe('sign up', () => {
  it('creates the account, signs the person in and returns their CSRF token', async () => {
    const client = new TestClient(app.url);
    const address = email('sam');
    const res = await client.post('/api/auth/signup', { email: address, password: PASSWORD, displayName: '  Sam  ' });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email: address, displayName: 'Sam', coupleId: null });
    expect(res.body.csrfToken).toEqual(expect.any(String));
    const session = await client.get('/api/session');
    expect(session.body.user.id).toBe(res.body.user.id);
    expect(session.body.csrfToken).toBe(res.body.csrfToken);
  });

  it.each([
    ['a malformed email', { email: 'not-an-email', password: PASSWORD, displayName: 'Sam' }, 'email'],
    ['a password under 10 characters', { email: 'short@example.test', password: 'short', displayName: 'Sam' }, 'password'],
    ['a password over 256 characters', { email: 'long@example.test', password: 'x'.repeat(257), displayName: 'Sam' }, 'password'],
    ['a blank name', { email: 'blank@example.test', password: PASSWORD, displayName: '   ' }, 'displayName'],
    ['a name over 60 characters', { email: 'name@example.test', password: PASSWORD, displayName: 'n'.repeat(61) }, 'displayName'],
    ['a name with a line break', { email: 'nl@example.test', password: PASSWORD, displayName: 'Sam\nSmith' }, 'displayName'],
    ['a name with NUL', { email: 'nul@example.test', password: PASSWORD, displayName: 'Sam\u0000' }, 'displayName'],
    ['a missing name', { email: 'missing@example.test', password: PASSWORD }, 'displayName'],
  ])('refuses %s with 400 naming the field', async (_label, body, field) => {
    const client = new TestClient(app.url);
    const res = await client.post('/api/auth/signup', body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_input');
    expect(res.body.error.message).toContain(field);
    expect(await userCount(body.email)).toBe(0);
    expect(client.cookies.has('offbeat_session')).toBe(false);
  });

  it('refuses an email that is taken, whatever its case, with 409', async () => {
    const address = email('Casey');
    await new TestClient(app.url).signup(address);
    const again = new TestClient(app.url);
    const res = await again.post('/api/auth/signup', { email: address.toUpperCase(), password: PASSWORD, displayName: 'Other' });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({ code: 'email_taken', message: accountCopy.emailTaken });
    expect(await userCount(address)).toBe(1);
    expect(again.cookies.has('offbeat_session')).toBe(false);
  });
});

describe('log in and out', () => {
  it('logs in with any case of the email, and logging out ends that session only', async () => {
    const { client: first, email: address } = await signedUp();
    const device = new TestClient(app.url);
    const res = await device.login(address.toUpperCase());
    expect(res.status).toBe(200);
    expect(res.body.user.id).toBe(first.userId);
    expect((await device.get('/api/account/sessions')).status).toBe(200);

    const cookieBefore = device.cookieHeader;
    const out = await device.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect(setCookie(out, 'offbeat_session')).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    // The old cookie, replayed, no longer works: the session is gone on the server, not just in the browser.
    const replay = await fetch(`${app.url}/api/account/sessions`, { headers: { cookie: cookieBefore } });
    expect(replay.status).toBe(401);
    expect((await first.get('/api/account/sessions')).status).toBe(200);
  });

  it('signing in again on a signed-in browser ends the session it held, and that session’s socket', async () => {
    const { email: first } = await signedUp();
    const { client: other, email: second } = await signedUp();
    const device = new TestClient(app.url);
    expect((await device.login(first)).status).toBe(200);
    const socket = await device.openSocket({ lastSeq: null });
    await socket.next((m) => m.type === 'welcome');
    const cookieBefore = device.cookieHeader;

    const res = await device.login(second);
    expect(res.status).toBe(200);
    expect(res.body.user.id).toBe(other.userId);
    expect(await socket.waitClosed()).toBe(CLOSE_CODES.sessionEnded);
    const replay = await fetch(`${app.url}/api/account/sessions`, { headers: { cookie: cookieBefore } });
    expect(replay.status).toBe(401);
    expect((await device.get('/api/account/sessions')).status).toBe(200);
  });

  it('answers a wrong password and an unknown email with the same 401 and message, and sets no cookie', async () => {
    const { email: address } = await signedUp();
    const wrong = new TestClient(app.url);
    const a = await wrong.login(address, 'not the password at all');
    const unknown = new TestClient(app.url);
    const b = await unknown.login(email('nobody'), 'not the password at all');
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(a.body).toEqual({ error: { code: 'unauthorized', message: accountCopy.invalidCredentials } });
    expect(b.body).toEqual(a.body);
    expect(setCookie(a, 'offbeat_session')).toBeUndefined();
    expect(setCookie(b, 'offbeat_session')).toBeUndefined();
  });

  it('needs a session for account routes', async () => {
    const anonymous = new TestClient(app.url);
    const res = await anonymous.get('/api/account/sessions');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });
});

describe('changing the password', () => {
  it('ends every other session (closing its socket), keeps this one, and retires the old password', async () => {
    const { client: here, email: address } = await signedUp();
    const phone = await anotherDevice(address);
    const socket = await phone.openSocket({ lastSeq: null });
    await socket.next((m) => m.type === 'welcome');

    const res = await here.post('/api/account/password', { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' });
    expect(res.status).toBe(204);
    expect(await socket.waitClosed()).toBe(CLOSE_CODES.sessionEnded);
    expect((await phone.get('/api/account/sessions')).status).toBe(401);
    const mine = await here.get('/api/account/sessions');
    expect(mine.status).toBe(200);
    expect(mine.body.sessions).toHaveLength(1);
    expect(mine.body.sessions[0].current).toBe(true);

    expect((await new TestClient(app.url).login(address, PASSWORD)).status).toBe(401);
    expect((await new TestClient(app.url).login(address, 'a brand new passphrase')).status).toBe(200);
  });

  it('refuses a wrong current password and changes nothing', async () => {
    const { client: here, email: address } = await signedUp();
    const phone = await anotherDevice(address);
    const res = await here.post('/api/account/password', { currentPassword: 'this is not it', newPassword: 'a brand new passphrase' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('wrong_password');
    expect((await phone.get('/api/account/sessions')).status).toBe(200);
    expect((await new TestClient(app.url).login(address, PASSWORD)).status).toBe(200);
  });

  it('refuses a new password under 10 characters', async () => {
    const { client: here, email: address } = await signedUp();
    const res = await here.post('/api/account/password', { currentPassword: PASSWORD, newPassword: 'short' });
    expect(res.status).toBe(400);
    expect((await new TestClient(app.url).login(address, PASSWORD)).status).toBe(200);
  });

  it('works for someone with very many sessions (their socket notices are split to fit NOTIFY)', async () => {
    const { client: here, email: address } = await signedUp();
    const phone = await anotherDevice(address);
    const socket = await phone.openSocket({ lastSeq: null });
    await socket.next((m) => m.type === 'welcome');
    // 150 more sessions: their ids in one NOTIFY would pass PostgreSQL's 8000-byte payload limit.
    await app.db.query(
      `insert into sessions (id, user_id, expires_at)
       select md5(g::text || $1) || md5($1 || g::text), $1::uuid, now() + interval '1 day' from generate_series(1, 150) g`,
      [here.userId],
    );
    const res = await here.post('/api/account/password', { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' });
    expect(res.status).toBe(204);
    expect(await socket.waitClosed()).toBe(CLOSE_CODES.sessionEnded);
    const [left] = await app.db.query<{ n: number }>('select count(*)::int as n from sessions where user_id = $1', [here.userId]);
    expect(left!.n).toBe(1);
  });
});

describe('sessions', () => {
  it('lists this person’s sessions with exactly one marked current', async () => {
    const { client: here, email: address } = await signedUp();
    await anotherDevice(address);
    await anotherDevice(address);
    const other = await signedUp();
    const list = await here.get('/api/account/sessions');
    expect(list.status).toBe(200);
    expect(list.body.sessions).toHaveLength(3);
    expect(list.body.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const otherIds = (await other.client.get('/api/account/sessions')).body.sessions.map((s: { id: string }) => s.id);
    for (const s of list.body.sessions) expect(otherIds).not.toContain(s.id);
  });

  it('revokes one session: its cookie gets 401 and its open socket closes with 4401', async () => {
    const { client: here, email: address } = await signedUp();
    const phone = await anotherDevice(address);
    const socket = await phone.openSocket({ lastSeq: null });
    await socket.next((m) => m.type === 'welcome');
    const phoneId = (await phone.get('/api/account/sessions')).body.sessions.find((s: { current: boolean }) => s.current).id;

    const res = await here.del(`/api/account/sessions/${phoneId}`);
    expect(res.status).toBe(204);
    expect(await socket.waitClosed()).toBe(CLOSE_CODES.sessionEnded);
    expect((await phone.get('/api/account/sessions')).status).toBe(401);
    expect((await here.get('/api/account/sessions')).body.sessions.map((s: { id: string }) => s.id)).not.toContain(phoneId);

    const again = await here.del(`/api/account/sessions/${phoneId}`);
    expect(again.status).toBe(404);
    expect(again.body.error.message).toBe(accountCopy.sessionNotFound);
  });

  it('revoking this device’s own session signs it out and clears the cookie', async () => {
    const { client: here } = await signedUp();
    const myId = (await here.get('/api/account/sessions')).body.sessions[0].id;
    const res = await here.del(`/api/account/sessions/${myId}`);
    expect(res.status).toBe(204);
    expect(setCookie(res, 'offbeat_session')).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    expect((await here.get('/api/account/sessions')).status).toBe(401);
  });

  it('ends all other sessions but keeps this device when asked', async () => {
    const { client: here, email: address } = await signedUp();
    const phone = await anotherDevice(address);
    const laptop = await anotherDevice(address);
    const socket = await laptop.openSocket({ lastSeq: null });
    await socket.next((m) => m.type === 'welcome');
    const res = await here.post('/api/account/sessions/end-all', { includeThisDevice: false });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ended: 2 });
    expect(await socket.waitClosed()).toBe(CLOSE_CODES.sessionEnded);
    expect((await phone.get('/api/account/sessions')).status).toBe(401);
    expect((await laptop.get('/api/account/sessions')).status).toBe(401);
    expect((await here.get('/api/account/sessions')).body.sessions).toHaveLength(1);
  });

  it('ends every session including this device, closing this device’s socket too', async () => {
    const { client: here, email: address } = await signedUp();
    const phone = await anotherDevice(address);
    const socket = await here.openSocket({ lastSeq: null });
    await socket.next((m) => m.type === 'welcome');
    const res = await here.post('/api/account/sessions/end-all', { includeThisDevice: true });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ended: 2 });
    expect(setCookie(res, 'offbeat_session')).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    expect(await socket.waitClosed()).toBe(CLOSE_CODES.sessionEnded);
    expect((await phone.get('/api/account/sessions')).status).toBe(401);
    const [left] = await app.db.query<{ n: number }>('select count(*)::int as n from sessions where user_id = $1', [here.userId]);
    expect(left!.n).toBe(0);
  });

  it('slides a session in use forward and renews its cookie', async () => {
    const { client: here } = await signedUp();
    // As if the last request was ten minutes ago and the session ends within the hour.
    await app.db.query(
      `update sessions set last_seen_at = now() - interval '10 minutes', expires_at = now() + interval '1 hour' where user_id = $1`,
      [here.userId],
    );
    const res = await here.get('/api/account/sessions');
    expect(res.status).toBe(200);
    expect(setCookie(res, 'offbeat_session')).toMatch(/Max-Age=2592000/);
    const [row] = await app.db.query<{ days: number }>(
      `select extract(epoch from expires_at - now()) / 86400 as days from sessions where user_id = $1`,
      [here.userId],
    );
    expect(Number(row!.days)).toBeGreaterThan(29.9);
    // A fresh session is not rewritten on every request.
    expect(setCookie(await here.get('/api/account/sessions'), 'offbeat_session')).toBeUndefined();
  });

  it('does not accept an expired session', async () => {
    const { client: here } = await signedUp();
    await app.db.query(`update sessions set expires_at = now() - interval '1 second' where user_id = $1`, [here.userId]);
    expect((await here.get('/api/account/sessions')).status).toBe(401);
  });
});

describe('deleting the account', () => {
  it('needs the password', async () => {
    const { client: here } = await signedUp();
    const wrong = await here.del('/api/account', { password: 'definitely not it' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('wrong_password');
    const missing = await here.del('/api/account', {});
    expect(missing.status).toBe(400);
    expect((await here.get('/api/account/sessions')).status).toBe(200);
  });

  it('removes the person and the space they were in; the partner keeps only their own words and is told, without a name', async () => {
    const { a, b, coupleId } = await newCouple(app.url);
    await b.patch('/api/couple', { name: 'Our place' });
    const partnerSocket = await a.openSocket({ lastSeq: null });
    await partnerSocket.next((m) => m.type === 'welcome');
    const blairId = b.userId!;

    const res = await b.del('/api/account', { password: PASSWORD });
    expect(res.status).toBe(204);
    expect(setCookie(res, 'offbeat_session')).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    // The partner's screens learn the space has ended (and reconnect without it).
    expect(await partnerSocket.waitClosed()).toBe(CLOSE_CODES.membershipChanged);

    for (const [table, column] of [['users', 'id'], ['sessions', 'user_id'], ['couple_members', 'user_id']] as const) {
      const rows = await app.db.query(`select 1 from ${table} where ${column} = $1`, [blairId]);
      expect(rows, table).toHaveLength(0);
    }
    expect(await app.db.query('select 1 from couples where id = $1', [coupleId])).toHaveLength(0);
    expect((await b.get('/api/account/sessions')).status).toBe(401);

    const view = (await a.get('/api/couple')).body;
    expect(view).toEqual({ couple: null, ended: true });
    expect(JSON.stringify(view)).not.toContain('Blair');
  });

  it('frees the email for a new account', async () => {
    const { client: here, email: address } = await signedUp();
    expect((await here.del('/api/account', { password: PASSWORD })).status).toBe(204);
    expect((await new TestClient(app.url).signup(address)).status).toBe(201);
  });
});

describe('cookies and tokens', () => {
  const flags = (cookie: string | undefined) => (cookie ?? '').split(';').map((p) => p.trim().toLowerCase());

  it('sets the session cookie HttpOnly, SameSite=Strict, for the whole site, and not Secure over plain http', async () => {
    const client = new TestClient(app.url);
    const res = await client.post('/api/auth/signup', { email: email(), password: PASSWORD, displayName: 'Sam' });
    const cookie = flags(setCookie(res, 'offbeat_session'));
    expect(cookie).toContain('httponly');
    expect(cookie).toContain('samesite=strict');
    expect(cookie).toContain('path=/');
    expect(cookie).not.toContain('secure');
    const anon = flags(setCookie(await new TestClient(app.url).get('/api/session'), 'offbeat_csrf'));
    expect(anon).toContain('httponly');
    expect(anon).toContain('samesite=strict');
    expect(anon).not.toContain('secure');
  });

  it('marks cookies Secure when the public origin is https', async () => {
    const variant = await app.startVariant({ publicOrigin: 'https://offbeat.example' });
    const client = new TestClient(variant.url);
    client.origin = 'https://offbeat.example';
    const res = await client.post('/api/auth/signup', { email: email(), password: PASSWORD, displayName: 'Sam' });
    expect(res.status).toBe(201);
    expect(flags(setCookie(res, 'offbeat_session'))).toContain('secure');
    expect(flags(setCookie(await new TestClient(variant.url).get('/api/session'), 'offbeat_csrf'))).toContain('secure');
  });

  it('marks cookies Secure behind a trusted proxy that says https, and only then', async () => {
    const variant = await app.startVariant({ trustProxy: 1 });
    const viaHttps = new TestClient(variant.url);
    viaHttps.headers['x-forwarded-proto'] = 'https';
    const secure = await viaHttps.post('/api/auth/signup', { email: email(), password: PASSWORD, displayName: 'Sam' });
    expect(secure.status).toBe(201);
    expect(flags(setCookie(secure, 'offbeat_session'))).toContain('secure');

    const viaHttp = new TestClient(variant.url);
    const plain = await viaHttp.post('/api/auth/signup', { email: email(), password: PASSWORD, displayName: 'Sam' });
    expect(flags(setCookie(plain, 'offbeat_session'))).not.toContain('secure');

    // Without trustProxy the header is just a claim and is ignored.
    const untrusted = new TestClient(app.url);
    untrusted.headers['x-forwarded-proto'] = 'https';
    const ignored = await untrusted.post('/api/auth/signup', { email: email(), password: PASSWORD, displayName: 'Sam' });
    expect(flags(setCookie(ignored, 'offbeat_session'))).not.toContain('secure');
  });

  it('uses session and CSRF tokens of at least 128 random bits and stores only the session token’s SHA-256', async () => {
    const clients = [await signedUp(), await signedUp()].map((s) => s.client);
    const seen = new Set<string>();
    for (const client of clients) {
      const token = client.cookies.get('offbeat_session')!;
      const csrf = client.csrfToken!;
      for (const value of [token, csrf]) {
        expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(Buffer.from(value, 'base64url').length).toBeGreaterThanOrEqual(16);
        expect(seen.has(value)).toBe(false);
        seen.add(value);
      }
      const rows = await app.db.query<{ id: string; row: string }>('select id, row_to_json(s)::text as row from sessions s where user_id = $1', [
        client.userId,
      ]);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.id).not.toBe(token);
      expect(rows[0]!.id).toBe(createHash('sha256').update(token).digest('hex'));
      // Neither raw token is anywhere in the row.
      expect(rows[0]!.row).not.toContain(token);
      expect(rows[0]!.row).not.toContain(csrf);
    }
    const anonymous = new TestClient(app.url);
    await anonymous.refreshSession();
    expect(Buffer.from(anonymous.csrfToken!, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(anonymous.cookies.get('offbeat_csrf')).toBe(anonymous.csrfToken);
  });
});
