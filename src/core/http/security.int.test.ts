import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestServer } from '../../../test/support/test-app';
import { TestClient, newCouple, type ApiResponse } from '../../../test/support/client';
import { snapshotDatabase } from '../../../test/support/db-digest';
import { documentedRoutes, fillPath, isStateChanging, type DocumentedRoute } from '../../../test/support/openapi';
import { therapistOn } from '../../../test/support/therapist';

let app: TestApp;
let routes: DocumentedRoute[];
beforeAll(async () => {
  app = await startTestApp();
  routes = await documentedRoutes(app.url);
});
afterAll(() => app.close());

const PASSWORD = 'a long enough passphrase';
const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2, 9)}@example.test`;

function expectRefused(res: ApiResponse, code: 'csrf' | 'bad_origin', label: string) {
  expect(res.status, label).toBe(403);
  expect(res.body?.error?.code, label).toBe(code);
}

describe('CSRF', () => {
  it('refuses every state-changing route without a token, with a wrong one, and from a foreign Origin, changing nothing', async () => {
    const { a: partner, b } = await newCouple(app.url);
    // A therapist's routes are tried as a therapist: a partner is turned away there before CSRF is asked.
    const therapist = await therapistOn(app, 'Dr Lee');
    const anonymous = new TestClient(app.url);
    await anonymous.refreshSession();
    const changing = routes.filter(isStateChanging);
    expect(changing.length).toBeGreaterThan(10);
    const before = await snapshotDatabase(app.db);
    for (const route of changing) {
      const path = fillPath(route);
      const access = app.app.routes.find((r) => r.method === route.method && r.url === route.url)?.access;
      const a = access === 'therapist' ? therapist : partner;
      for (const client of [a, anonymous]) {
        const who = client === a ? 'signed in' : 'anonymous';
        const noToken = await client.request(route.method, path, {}, { csrf: false });
        // Signed out, a route that needs a session says 401 first; public routes still need the token.
        if (client === anonymous && noToken.status === 401) continue;
        expectRefused(noToken, 'csrf', `${route.key} ${who}, no token`);
        expectRefused(
          await client.request(route.method, path, {}, { headers: { 'x-csrf-token': 'A'.repeat(43) } }),
          'csrf',
          `${route.key} ${who}, wrong token`,
        );
        expectRefused(await client.request(route.method, path, {}, { origin: 'https://evil.example' }), 'bad_origin', `${route.key} ${who}, foreign origin`);
      }
      // Another session's token (the partner's) is not mine.
      expectRefused(await a.request(route.method, path, {}, { headers: { 'x-csrf-token': b.csrfToken! } }), 'csrf', `${route.key} partner's token`);
    }
    expect(await snapshotDatabase(app.db)).toEqual(before);
  });

  it('does not accept the signed-out double-submit cookie once signed in', async () => {
    const client = new TestClient(app.url);
    await client.refreshSession();
    const anonymousToken = client.csrfToken!;
    await client.signup(unique('cookie'));
    expect(client.cookies.get('offbeat_csrf')).toBe(anonymousToken);
    const res = await client.request('PATCH', '/api/account', { displayName: 'Changed' }, { headers: { 'x-csrf-token': anonymousToken } });
    expectRefused(res, 'csrf', 'anonymous token after sign-in');
  });

  it('refuses Origin "null" and a look-alike host, and accepts a request that sends no Origin but the right token', async () => {
    const { a } = await newCouple(app.url);
    expectRefused(await a.request('PATCH', '/api/couple', { name: 'x' }, { origin: 'null' }), 'bad_origin', 'null origin');
    expectRefused(await a.request('PATCH', '/api/couple', { name: 'x' }, { origin: `${app.url}.evil.example` }), 'bad_origin', 'look-alike');
    expect((await a.request('PATCH', '/api/couple', { name: 'No origin' }, { origin: null })).status).toBe(204);
  });

  it('with PUBLIC_ORIGIN set, accepts exactly that Origin and no other', async () => {
    const variant = await app.startVariant({ publicOrigin: 'https://offbeat.example' });
    const client = new TestClient(variant.url);
    client.origin = 'https://offbeat.example';
    await client.signup(unique('origin'));
    expect((await client.request('PATCH', '/api/account', { displayName: 'Fine' })).status).toBe(204);
    // Its own host name is not enough when the public origin is declared.
    expectRefused(await client.request('PATCH', '/api/account', { displayName: 'x' }, { origin: variant.url }), 'bad_origin', 'host origin');
    expectRefused(await client.request('PATCH', '/api/account', { displayName: 'x' }, { origin: 'http://offbeat.example' }), 'bad_origin', 'http');
  });
});

describe('security headers', () => {
  function directives(csp: string | null) {
    return new Map((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
  }

  it('sends a strict CSP and the other headers on every kind of response', async () => {
    const { a } = await newCouple(app.url);
    const responses = [
      ['ok', await a.get('/api/couple')],
      ['401', await new TestClient(app.url).get('/api/couple')],
      ['404', await a.get('/api/no-such-route')],
      ['400', await a.patch('/api/couple', { name: '' })],
      ['bad url', await a.request('DELETE', '/api/couple/invites/%')],
    ] as const;
    for (const [label, res] of responses) {
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp.get('script-src'), label).toEqual(["'self'"]);
      expect(csp.get('default-src'), label).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors'), label).toEqual(["'none'"]);
      expect(csp.get('object-src'), label).toEqual(["'none'"]);
      for (const [name, values] of csp) expect(values, `${label} ${name}`).not.toContain("'unsafe-inline'");
      expect(res.headers.get('x-content-type-options'), label).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), label).toBe('no-referrer');
      expect(res.headers.get('x-frame-options'), label).toBe('SAMEORIGIN');
      expect(res.headers.get('strict-transport-security'), label).toBeNull();
    }
  });

  it('adds HSTS when served over https', async () => {
    const variant = await app.startVariant({ publicOrigin: 'https://offbeat.example' });
    const res = await fetch(`${variant.url}/api/session`);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});

describe('caching', () => {
  it('tells every cache to keep no private API answer: each documented route, errors, unknown paths and malformed URLs', async () => {
    const { a } = await newCouple(app.url);
    const anonymous = new TestClient(app.url);
    const answers: Array<[string, ApiResponse]> = [];
    for (const route of routes) {
      const path = fillPath(route);
      answers.push([`${route.key} signed in`, await a.request(route.method, path, route.method === 'GET' ? undefined : {})]);
      answers.push([`${route.key} anonymous`, await anonymous.request(route.method, path, route.method === 'GET' ? undefined : {})]);
    }
    answers.push(['unknown API path', await a.get('/api/no-such-thing')]);
    answers.push(['malformed URL', await a.request('DELETE', '/api/couple/invites/%E0%A4%A')]);
    expect(answers.some(([, res]) => res.status === 200)).toBe(true);
    for (const [label, res] of answers) expect(res.headers.get('cache-control'), `${label} (${res.status})`).toBe('no-store');
    // The public, unchanging ones are not private.
    for (const path of ['/api/health', '/api/openapi.json']) expect((await fetch(app.url + path)).headers.get('cache-control'), path).not.toBe('no-store');
  });
});

describe('rate limits', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await app.startVariant({ authRateLimit: 3, trustProxy: 1 });
  });

  let ipCounter = 0;
  /** A client that appears to come from its own address (behind the trusted proxy). */
  function from(ip = `203.0.113.${++ipCounter}`) {
    const client = new TestClient(limited.url);
    client.headers['x-forwarded-for'] = ip;
    return client;
  }

  function expectLimited(res: ApiResponse) {
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('rate_limited');
  }

  it('limits sign-ups per address', async () => {
    const ip = `198.51.100.${++ipCounter}`;
    for (let i = 0; i < 3; i++) expect((await from(ip).post('/api/auth/signup', { email: unique('s'), password: PASSWORD, displayName: 'S' })).status).toBe(201);
    const email = unique('blocked');
    expectLimited(await from(ip).post('/api/auth/signup', { email, password: PASSWORD, displayName: 'S' }));
    expect(await app.db.query('select 1 from users where email = $1', [email])).toHaveLength(0);
    // Another address is not affected.
    expect((await from().post('/api/auth/signup', { email, password: PASSWORD, displayName: 'S' })).status).toBe(201);
  });

  it('limits sign-up attempts per email, across addresses', async () => {
    const email = unique('popular');
    expect((await from().post('/api/auth/signup', { email, password: PASSWORD, displayName: 'S' })).status).toBe(201);
    expect((await from().post('/api/auth/signup', { email, password: PASSWORD, displayName: 'S' })).status).toBe(409);
    expect((await from().post('/api/auth/signup', { email, password: PASSWORD, displayName: 'S' })).status).toBe(409);
    expectLimited(await from().post('/api/auth/signup', { email, password: PASSWORD, displayName: 'S' }));
  });

  it('limits log-in attempts per address, even with the right password', async () => {
    const email = unique('owner');
    await from().signup(email);
    const ip = `198.51.100.${++ipCounter}`;
    for (let i = 0; i < 3; i++) expect((await from(ip).login(unique('guess'), 'wrong guess')).status).toBe(401);
    expectLimited(await from(ip).login(email));
    expect((await from().login(email)).status).toBe(200);
  });

  it('limits failed log-ins to one account from many addresses', async () => {
    const email = unique('target');
    await from().signup(email);
    for (let i = 0; i < 3; i++) expect((await from().login(email, `guess number ${i}`)).status).toBe(401);
    // A fourth address, and even the right password: the account is cooling down.
    const res = await from().login(email);
    expectLimited(res);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('offbeat_session='))).toBe(false);
    // Case does not make it another account.
    expectLimited(await from().login(email.toUpperCase()));
  });

  it('never lets a stranger’s failures from other addresses keep the owner out of their own device', async () => {
    const email = unique('besieged');
    const phone = from();
    await phone.signup(email);
    expect(phone.cookies.has('offbeat_device')).toBe(true);
    await phone.post('/api/auth/logout');
    for (let i = 0; i < 20; i++) await from().login(email, `stranger guess ${i}`);
    // A new browser, even with the right password, waits…
    expectLimited(await from().login(email));
    // …the owner's phone does not, from whatever address it is on today.
    phone.headers['x-forwarded-for'] = `203.0.113.${++ipCounter}`;
    await phone.refreshSession();
    const res = await phone.login(email);
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('offbeat_session='))).toBe(true);
  });

  it('trusts a device cookie only for the account that gave it, and only as signed', async () => {
    const target = unique('target');
    const other = unique('other');
    const mine = from();
    await mine.signup(other);
    await from().signup(target);
    for (let i = 0; i < 10; i++) await from().login(target, `stranger guess ${i}`);
    const borrowed = from();
    borrowed.cookies.set('offbeat_device', mine.cookies.get('offbeat_device')!);
    expectLimited(await borrowed.login(target));
    const forged = from();
    forged.cookies.set('offbeat_device', `${'A'.repeat(22)}.${'B'.repeat(43)}`);
    expectLimited(await forged.login(target));
  });

  it('slows guessing from one device at its own account, with Retry-After, until the wait is over', async () => {
    const email = unique('forgetful');
    const phone = from();
    await phone.signup(email);
    await phone.post('/api/auth/logout');
    await phone.refreshSession();
    for (let i = 0; i < 3; i++) expect((await phone.login(email, `not it ${i}`)).status).toBe(401);
    expect((await phone.login(email, 'not it either')).status).toBe(401);
    const waiting = await phone.login(email);
    expectLimited(waiting);
    expect(Number(waiting.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, Number(waiting.headers.get('retry-after')) * 1000 + 50));
    expect((await phone.login(email)).status).toBe(200);
  });

  it('limits invite previews per address and per signed-in person', async () => {
    const owner = from();
    await owner.signup(unique('inviter'));
    await owner.post('/api/couple', {});
    const token = new URL((await owner.post('/api/couple/invites')).body.url).hash.slice(1);
    const ip = `198.51.100.${++ipCounter}`;
    for (let i = 0; i < 3; i++) expect((await from(ip).post('/api/invites/preview', { token })).status).toBe(200);
    expectLimited(await from(ip).post('/api/invites/preview', { token }));

    const guesser = from();
    await guesser.signup(unique('guesser'));
    for (let i = 0; i < 3; i++) {
      guesser.headers['x-forwarded-for'] = `192.0.2.${++ipCounter}`;
      expect((await guesser.post('/api/invites/preview', { token: 'B'.repeat(43) })).status).toBe(404);
    }
    guesser.headers['x-forwarded-for'] = `192.0.2.${++ipCounter}`;
    expectLimited(await guesser.post('/api/invites/preview', { token }));
  });

  it('limits invite acceptance per address and per person', async () => {
    const ip = `198.51.100.${++ipCounter}`;
    const joiners = [from(), from(), from(), from()];
    for (const joiner of joiners) {
      await joiner.signup(unique('joiner'));
      joiner.headers['x-forwarded-for'] = ip;
    }
    for (const joiner of joiners.slice(0, 3)) expect((await joiner.post('/api/invites/accept', { token: 'C'.repeat(43) })).status).toBe(404);
    expectLimited(await joiners[3]!.post('/api/invites/accept', { token: 'C'.repeat(43) }));

    const guesser = from();
    await guesser.signup(unique('guesser'));
    for (let i = 0; i < 3; i++) {
      guesser.headers['x-forwarded-for'] = `192.0.2.${++ipCounter}`;
      expect((await guesser.post('/api/invites/accept', { token: 'D'.repeat(43) })).status).toBe(404);
    }
    guesser.headers['x-forwarded-for'] = `192.0.2.${++ipCounter}`;
    expectLimited(await guesser.post('/api/invites/accept', { token: 'D'.repeat(43) }));
  });

  it('limits password re-checks per account (changing the password, deleting the account)', async () => {
    const client = from();
    await client.signup(unique('recheck'));
    for (let i = 0; i < 3; i++) expect((await client.post('/api/account/password', { currentPassword: `wrong ${i}`, newPassword: 'a brand new passphrase' })).status).toBe(403);
    expectLimited(await client.del('/api/account', { password: PASSWORD }));
    expect((await client.get('/api/account/sessions')).status).toBe(200);
  });

  it('believes only the hop the trusted proxy added, not addresses the client wrote itself', async () => {
    // The proxy appends the real address; a client may prepend anything it likes.
    const real = `198.51.100.${++ipCounter}`;
    for (let i = 0; i < 3; i++) {
      const client = new TestClient(limited.url);
      client.headers['x-forwarded-for'] = `10.0.0.${i}, ${real}`;
      expect((await client.login(unique('nobody'), 'wrong guess')).status).toBe(401);
    }
    const spoofing = new TestClient(limited.url);
    spoofing.headers['x-forwarded-for'] = `10.9.9.9, ${real}`;
    expectLimited(await spoofing.login(unique('nobody'), 'wrong guess'));
  });

  it('ignores x-forwarded-for when the proxy is not trusted', async () => {
    const email = unique('direct');
    const direct = await app.startVariant({ authRateLimit: 3, trustProxy: 0 });
    for (let i = 0; i < 3; i++) {
      const client = new TestClient(direct.url);
      client.headers['x-forwarded-for'] = `203.0.113.${200 + i}`;
      expect((await client.login(unique('nobody'), 'wrong guess')).status).toBe(401);
    }
    const spoofing = new TestClient(direct.url);
    spoofing.headers['x-forwarded-for'] = '203.0.113.250';
    expectLimited(await spoofing.login(email));
  });
});

describe('logs', () => {
  it('never contain a password, token, cookie or email, through a whole sign-up, invite and account flow', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const logged = await app.startVariant({ logLevel: 'trace' }, { logDestination: sink });
    const secrets: string[] = [];
    const remember = (...values: Array<string | null | undefined>) => secrets.push(...values.filter((v): v is string => !!v));

    const aliceEmail = unique('alice');
    const bobEmail = unique('bob');
    const alicePassword = 'alice secret passphrase';
    const bobPassword = 'bob secret passphrase';
    remember(aliceEmail, bobEmail, alicePassword, bobPassword);

    const alice = new TestClient(logged.url);
    const bob = new TestClient(logged.url);
    await alice.signup(aliceEmail, 'Alice', alicePassword);
    await bob.signup(bobEmail, 'Bob', bobPassword);
    await new TestClient(logged.url).login(aliceEmail, 'a wrong password here');
    await new TestClient(logged.url).login(unique('nobody'), 'a wrong password here');
    const second = new TestClient(logged.url);
    await second.login(aliceEmail, alicePassword);
    await alice.post('/api/couple', {});
    const invite = await alice.post('/api/couple/invites');
    const token = new URL(invite.body.url).hash.slice(1);
    await bob.post('/api/invites/preview', { token });
    await bob.post('/api/invites/accept', { token });
    await bob.post('/api/invites/accept', { token });
    const socket = await bob.openSocket({ lastSeq: 0 });
    await socket.next((m) => m.type === 'welcome');
    await bob.request('PATCH', '/api/account', { displayName: 'Bob' }, { headers: { 'x-csrf-token': 'wrong-token-value' } });
    await alice.post('/api/account/password', { currentPassword: alicePassword, newPassword: 'alice new passphrase' });
    remember('alice new passphrase');
    for (const client of [alice, bob, second]) remember(client.cookies.get('offbeat_session'), client.cookies.get('offbeat_csrf'), client.csrfToken);
    remember(token);
    await bob.post('/api/auth/logout');
    socket.close();
    await alice.del('/api/account', { password: 'alice new passphrase' });

    const text = lines.join('\n');
    // The capture works: requests were logged, by path.
    expect(text).toContain('/api/invites/accept');
    expect(text).toContain('/api/auth/login');
    for (const secret of new Set(secrets)) expect(text, `log contains ${secret}`).not.toContain(secret);
    expect(text).not.toMatch(/@example\.test/);
    expect(text.toLowerCase()).not.toContain('"cookie"');
    expect(text.toLowerCase()).not.toContain('set-cookie');
  });
});
