import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { TestClient } from '../../../test/support/client';
import { SoftAuthenticator } from '../../../test/support/soft-authenticator';
import { accountCopy } from './copy';

const PASSWORD = 'a long enough passphrase';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function signedUp(name = 'Robin') {
  const client = new TestClient(app.url);
  const email = `${name.toLowerCase()}-${Math.random().toString(36).slice(2, 9)}@example.test`;
  const res = await client.signup(email, name);
  return { client, email, userId: (res.body as { user: { id: string } }).user.id };
}

/** Adds a passkey made by `authenticator` to the client's account, through the real routes. */
async function addPasskey(client: TestClient, authenticator: SoftAuthenticator, name?: string) {
  const started = await client.post('/api/account/passkeys/options', { currentPassword: PASSWORD });
  expect(started.status).toBe(200);
  const { challengeId, options } = started.body as { challengeId: string; options: { challenge: string; rp: { id: string } } };
  return client.post('/api/account/passkeys', { challengeId, response: authenticator.register(options), ...(name ? { name } : {}) });
}

async function signInWith(authenticator: SoftAuthenticator, client = new TestClient(app.url), tamper?: (r: ReturnType<SoftAuthenticator['authenticate']>) => void) {
  await client.get('/api/session');
  const started = await client.post('/api/auth/passkey/options');
  expect(started.status).toBe(200);
  const { challengeId, options } = started.body as { challengeId: string; options: { challenge: string; rpId: string } };
  authenticator.counter += 1;
  const response = authenticator.authenticate(options);
  tamper?.(response);
  return { client, res: await client.post('/api/auth/passkey', { challengeId, response }), challengeId, response };
}

describe('passkeys', () => {
  it('adds a passkey after the password is asked again, and signs in with it on a new device', async () => {
    const { client, userId } = await signedUp('Alex');
    const authenticator = new SoftAuthenticator(app.url);
    const added = await addPasskey(client, authenticator, 'My phone');
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: 'My phone', lastUsedAt: null });
    // Settings list names and dates, never the key or the credential id.
    const listed = await client.get('/api/account/passkeys');
    expect(listed.body).toEqual({ passkeys: [added.body] });
    expect(JSON.stringify(listed.body)).not.toContain(authenticator.id);

    const { client: phone, res } = await signInWith(authenticator);
    expect(res.status).toBe(200);
    expect((res.body as { user: { id: string } }).user.id).toBe(userId);
    expect(((await phone.get('/api/session')).body as { user: { id: string } }).user.id).toBe(userId);
    const [row] = await app.db.query<{ counter: number; used: boolean }>('select counter::int as counter, last_used_at is not null as used from passkeys where user_id = $1', [userId]);
    expect(row).toEqual({ counter: 1, used: true });
  });

  it('refuses to add one without the right password, and changes nothing', async () => {
    const { client, userId } = await signedUp();
    const res = await client.post('/api/account/passkeys/options', { currentPassword: 'not the password at all' });
    expect(res.status).toBe(403);
    expect(await app.db.query('select 1 from passkey_challenges where user_id = $1', [userId])).toHaveLength(0);
  });

  it('uses each challenge once: a replayed sign-in is refused', async () => {
    const { client } = await signedUp();
    const authenticator = new SoftAuthenticator(app.url);
    expect((await addPasskey(client, authenticator)).status).toBe(201);
    const first = await signInWith(authenticator);
    expect(first.res.status).toBe(200);
    const replay = await new TestClient(app.url).get('/api/session').then(async () => first.client.post('/api/auth/passkey', { challengeId: first.challengeId, response: first.response }));
    expect(replay.status).toBe(400);
    expect((replay.body as { error: { message: string } }).error.message).toBe(accountCopy.passkeyExpired);
  });

  it('refuses a signature that does not verify, an unknown passkey and a counter that went backwards', async () => {
    const { client } = await signedUp();
    const authenticator = new SoftAuthenticator(app.url);
    expect((await addPasskey(client, authenticator)).status).toBe(201);
    const forged = await signInWith(authenticator, undefined, (r) => {
      r.response.signature = r.response.signature.slice(0, -4) + 'AAAA';
    });
    expect(forged.res.status).toBe(401);
    expect(forged.res.body).toEqual({ error: { code: 'unauthorized', message: accountCopy.passkeyNotAccepted } });
    const stranger = await signInWith(new SoftAuthenticator(app.url));
    expect(stranger.res.status).toBe(401);
    expect(stranger.res.body).toEqual(forged.res.body);

    authenticator.counter = 10;
    expect((await signInWith(authenticator)).res.status).toBe(200); // counter 11
    authenticator.counter = 3; // a cloned authenticator behind the real one
    const cloned = await signInWith(authenticator);
    expect(cloned.res.status).toBe(401);
    expect(((await cloned.client.get('/api/session')).body as { user: unknown }).user).toBeNull();
  });

  it('refuses an answer made for another site (origin or relying party)', async () => {
    const { client } = await signedUp();
    const authenticator = new SoftAuthenticator(app.url);
    expect((await addPasskey(client, authenticator)).status).toBe(201);
    const phisher = new SoftAuthenticator('https://offbeat.example.evil');
    Object.assign(phisher, { credentialId: authenticator.credentialId, privateKey: (authenticator as unknown as { privateKey: unknown }).privateKey });
    expect((await signInWith(phisher)).res.status).toBe(401);
    const client2 = new TestClient(app.url);
    await client2.get('/api/session');
    const started = await client2.post('/api/auth/passkey/options');
    const { challengeId, options } = started.body as { challengeId: string; options: { challenge: string } };
    authenticator.counter += 1;
    const otherRp = authenticator.authenticate(options, 'offbeat.example.evil');
    expect((await client2.post('/api/auth/passkey', { challengeId, response: otherRp })).status).toBe(401);
  });

  it('keeps a credential on one account, lets its owner remove it, and then it signs nobody in', async () => {
    const alex = await signedUp('Alex');
    const sam = await signedUp('Sam');
    const authenticator = new SoftAuthenticator(app.url);
    const added = await addPasskey(alex.client, authenticator);
    expect(added.status).toBe(201);
    expect((await addPasskey(sam.client, authenticator)).status).toBe(409);
    const id = (added.body as { id: string }).id;
    // Sam cannot remove Alex's passkey, and is told only that there is none.
    expect((await sam.client.del(`/api/account/passkeys/${id}`)).status).toBe(404);
    expect((await alex.client.del(`/api/account/passkeys/${id}`)).status).toBe(204);
    expect((await alex.client.del(`/api/account/passkeys/${id}`)).status).toBe(404);
    expect((await alex.client.get('/api/account/passkeys')).body).toEqual({ passkeys: [] });
    expect((await signInWith(authenticator)).res.status).toBe(401);
    // The password still signs in.
    expect((await new TestClient(app.url).login(alex.email)).status).toBe(200);
  });

  it('answers a registration challenge only for the person who asked for it', async () => {
    const alex = await signedUp('Alex');
    const sam = await signedUp('Sam');
    const started = await alex.client.post('/api/account/passkeys/options', { currentPassword: PASSWORD });
    const { challengeId, options } = started.body as { challengeId: string; options: { challenge: string; rp: { id: string } } };
    const res = await sam.client.post('/api/account/passkeys', { challengeId, response: new SoftAuthenticator(app.url).register(options) });
    expect(res.status).toBe(400);
    expect(await app.db.query('select 1 from passkeys where user_id = $1', [sam.userId])).toHaveLength(0);
  });

  it('goes with the account when the account is deleted', async () => {
    const { client, userId } = await signedUp();
    expect((await addPasskey(client, new SoftAuthenticator(app.url))).status).toBe(201);
    await app.db.query('delete from users where id = $1', [userId]);
    expect(await app.db.query('select 1 from passkeys where user_id = $1', [userId])).toHaveLength(0);
  });
});
