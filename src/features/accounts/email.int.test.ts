import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestServer } from '../../../test/support/test-app';
import { TestClient } from '../../../test/support/client';
import { linkIn, startSmtpReceiver, type SmtpReceiver } from '../../../test/support/smtp-receiver';
import { hashToken } from '../../core/auth/tokens';
import { CLOSE_CODES } from '../../core/realtime/protocol';
import { accountCopy } from './copy';

/**
 * Password reset and email verification through a real SMTP conversation: the app sends with
 * nodemailer to a mail server this test runs, the test reads the message as a mail program
 * would and follows the link in it (decision 0023).
 */
const PASSWORD = 'a long enough passphrase';
const NEW_PASSWORD = 'a brand new passphrase';

let smtp: SmtpReceiver;
/** Mail configured. */
let app: TestApp;
/** The same database, no mail configured: today's behaviour. */
let noMail: TestServer;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  app = await startTestApp({ mail: { smtpUrl: smtp.url, from: 'Offbeat <offbeat@example.test>' } });
  noMail = await app.startVariant({ mail: undefined });
});
afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

let counter = 0;
function email(name = 'person') {
  counter += 1;
  return `${name}-${counter}-${Math.random().toString(36).slice(2, 7)}@example.test`;
}

/** Every mail the app queued has been accepted by the receiver. */
const mailsSent = () => app.app.ctx.mailer.idle();

/** Signs up by mail and opens the link, as a person does; returns the signed-in browser. */
async function verifiedAccount(name = 'Robin') {
  const address = email(name.toLowerCase());
  const client = new TestClient(app.url);
  expect((await client.post('/api/auth/signup', { email: address, password: PASSWORD, displayName: name })).status).toBe(202);
  const { token } = linkIn(await smtp.next(address), '/verify-email');
  const opened = await client.post('/api/auth/verify-email', { token });
  expect(opened.status, JSON.stringify(opened.body)).toBe(200);
  client.userId = opened.body.user.id;
  return { client, email: address };
}

async function loggedIn(address: string, password = PASSWORD) {
  const device = new TestClient(app.url);
  expect((await device.login(address, password)).status).toBe(200);
  return device;
}

describe('sign-up with mail configured', () => {
  it('makes the account only when the link sent to the email is opened, and signs that browser in', async () => {
    const address = email('sam');
    const client = new TestClient(app.url);
    const res = await client.post('/api/auth/signup', { email: address, password: PASSWORD, displayName: 'Sam' });
    expect(res).toMatchObject({ status: 202, body: { next: 'check_email' } });
    expect(res.headers.getSetCookie().some((c) => c.startsWith('offbeat_session='))).toBe(false);
    // Nothing to log in to before the mailbox says yes: the password chosen opens nothing yet.
    expect((await new TestClient(app.url).login(address)).status).toBe(401);

    const mail = await smtp.next(address);
    expect(mail).toMatchObject({ from: 'offbeat@example.test', subject: 'Confirm your email for Offbeat' });
    const { url, token } = linkIn(mail, '/verify-email');
    expect(new URL(url).origin).toBe(app.url);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    // Only its hash is stored.
    const stored = await app.db.query<{ token_hash: string }>(`select token_hash from email_tokens where email = $1`, [address]);
    expect(stored.map((r) => r.token_hash)).toEqual([hashToken(token)]);

    const opened = await client.post('/api/auth/verify-email', { token });
    expect(opened).toMatchObject({ status: 200, body: { outcome: 'signed_up', user: { email: address, displayName: 'Sam', coupleId: null, kind: 'partner' } } });
    expect((await client.get('/api/session')).body.user.email).toBe(address);
    const [row] = await app.db.query<{ verified: boolean }>(`select email_verified_at is not null as verified from users where email = $1`, [address]);
    expect(row!.verified).toBe(true);
    // Once only.
    expect(await new TestClient(app.url).post('/api/auth/verify-email', { token })).toMatchObject({ status: 400, body: { error: { code: 'link_not_valid' } } });
    expect((await loggedIn(address)).userId).toBe(opened.body.user.id);
  });

  it('answers a known email exactly as a new one, and mails its owner instead', async () => {
    const { email: taken } = await verifiedAccount('Kit');
    const before = await app.db.query(`select id from users`);
    const fresh = await new TestClient(app.url).post('/api/auth/signup', { email: email('new'), password: PASSWORD, displayName: 'New' });
    const known = await new TestClient(app.url).post('/api/auth/signup', { email: taken.toUpperCase(), password: 'someone else’s passphrase', displayName: 'Not Kit' });
    expect(known.status).toBe(fresh.status);
    expect(known.body).toEqual(fresh.body);
    expect(await app.db.query(`select id from users`)).toHaveLength(before.length);

    const mail = await smtp.next(taken);
    expect(mail.subject).toBe('Someone tried to make an Offbeat account with your email');
    expect(mail.text).toContain('Kit');
    expect(mail.text).not.toContain('Not Kit');
    // The note carries a way back in: a reset link that works.
    const { token } = linkIn(mail, '/reset-password');
    expect((await new TestClient(app.url).post('/api/auth/password-reset/complete', { token, newPassword: NEW_PASSWORD })).status).toBe(204);
    await loggedIn(taken, NEW_PASSWORD);
  });

  it('writes to an account’s owner in the owner’s language, whoever typed the address', async () => {
    const address = email('ute');
    const ute = new TestClient(app.url);
    ute.headers['accept-language'] = 'de-DE,de;q=0.9';
    expect((await ute.post('/api/auth/signup', { email: address, password: PASSWORD, displayName: 'Ute' })).status).toBe(202);
    const welcome = await smtp.next(address);
    expect(welcome.subject).toBe('Bestätige deine E-Mail-Adresse für Offbeat');
    expect((await ute.post('/api/auth/verify-email', { token: linkIn(welcome, '/verify-email').token })).status).toBe(200);

    // Someone on an English page signs up with Ute's address, then asks for a reset of it.
    const stranger = new TestClient(app.url);
    stranger.headers['accept-language'] = 'en';
    expect((await stranger.post('/api/auth/signup', { email: address, password: PASSWORD, displayName: 'Not Ute' })).status).toBe(202);
    expect((await smtp.next(address)).subject).toBe('Jemand wollte mit deiner E-Mail-Adresse ein Offbeat-Konto anlegen');
    expect((await stranger.post('/api/auth/password-reset', { email: address })).status).toBe(202);
    expect((await smtp.next(address)).subject).toBe('Ein Link für ein neues Offbeat-Passwort');
  });

  it('makes a therapist’s account and practice from the link', async () => {
    const address = email('dr');
    const client = new TestClient(app.url);
    const res = await client.post('/api/auth/signup', { email: address, password: PASSWORD, displayName: 'Dr Lee', therapist: { practice: 'Lee Practice', contact: 'office@example.test' } });
    expect(res.status).toBe(202);
    const opened = await client.post('/api/auth/verify-email', { token: linkIn(await smtp.next(address), '/verify-email').token });
    expect(opened.body.user.kind).toBe('therapist');
    expect(await app.db.query(`select practice from therapist_profiles where user_id = $1`, [opened.body.user.id])).toEqual([{ practice: 'Lee Practice' }]);
  });

  it('refuses a verification link past its day', async () => {
    const address = email('late');
    await new TestClient(app.url).post('/api/auth/signup', { email: address, password: PASSWORD, displayName: 'Late' });
    const { token } = linkIn(await smtp.next(address), '/verify-email');
    await app.db.query(`update email_tokens set expires_at = now() - interval '1 second' where token_hash = $1`, [hashToken(token)]);
    expect(await new TestClient(app.url).post('/api/auth/verify-email', { token })).toMatchObject({
      status: 400,
      body: { error: { code: 'link_not_valid', message: accountCopy.verifyLinkNotValid } },
    });
    expect(await app.db.query(`select id from users where email = $1`, [address])).toEqual([]);
  });
});

describe('password reset', () => {
  it('sets a new password from the mailed link and ends every session of the account', async () => {
    const { client: first, email: address } = await verifiedAccount('Ash');
    const second = await loggedIn(address);
    const socket = await second.openSocket();
    const asker = new TestClient(app.url);
    expect(await asker.post('/api/auth/password-reset', { email: address })).toMatchObject({ status: 202, body: { delivery: 'email' } });

    const mail = await smtp.next(address);
    expect(mail.subject).toBe('A link to set a new Offbeat password');
    const { url, token } = linkIn(mail, '/reset-password');
    expect(new URL(url).origin).toBe(app.url);
    expect(await app.db.query(`select 1 from email_tokens where token_hash = $1 and purpose = 'reset'`, [hashToken(token)])).toHaveLength(1);
    expect(await app.db.query(`select 1 from email_tokens where token_hash = $1`, [token])).toHaveLength(0);

    // The same rules as at sign-up: a short password changes nothing and leaves the link usable.
    expect(await asker.post('/api/auth/password-reset/complete', { token, newPassword: 'short' })).toMatchObject({ status: 400 });
    expect((await first.get('/api/session')).body.user?.email).toBe(address);

    expect((await asker.post('/api/auth/password-reset/complete', { token, newPassword: NEW_PASSWORD })).status).toBe(204);
    expect(await socket.waitClosed()).toBe(CLOSE_CODES.sessionEnded);
    for (const device of [first, second]) expect((await device.get('/api/session')).body.user).toBeNull();
    expect(await app.db.query(`select id from sessions where user_id = $1`, [first.userId])).toEqual([]);
    expect((await new TestClient(app.url).login(address, PASSWORD)).status).toBe(401);
    await loggedIn(address, NEW_PASSWORD);
    const [hash] = await app.db.query<{ password_hash: string }>(`select password_hash from users where email = $1`, [address]);
    expect(hash!.password_hash).toMatch(/^\$argon2id\$/);

    // Once only.
    expect(await asker.post('/api/auth/password-reset/complete', { token, newPassword: 'a third passphrase here' })).toMatchObject({
      status: 400,
      body: { error: { code: 'link_not_valid', message: accountCopy.resetLinkNotValid } },
    });
    await loggedIn(address, NEW_PASSWORD);
  });

  it('answers an email without an account exactly as one with, and sends nothing', async () => {
    const { email: known } = await verifiedAccount('Bea');
    const unknown = email('nobody');
    const a = await new TestClient(app.url).post('/api/auth/password-reset', { email: known });
    const b = await new TestClient(app.url).post('/api/auth/password-reset', { email: unknown });
    expect(b.status).toBe(a.status);
    expect(b.body).toEqual(a.body);
    expect([...b.headers.keys()].sort()).toEqual([...a.headers.keys()].sort());
    await smtp.next(known);
    await mailsSent();
    expect(smtp.to(unknown)).toEqual([]);
  });

  it('refuses a reset link past its hour, and one given twice for the account after the other was used', async () => {
    const { email: address } = await verifiedAccount('Cy');
    const asker = new TestClient(app.url);
    await asker.post('/api/auth/password-reset', { email: address });
    const late = linkIn(await smtp.next(address), '/reset-password').token;
    await app.db.query(`update email_tokens set expires_at = now() - interval '1 second' where token_hash = $1`, [hashToken(late)]);
    expect(await asker.post('/api/auth/password-reset/complete', { token: late, newPassword: NEW_PASSWORD })).toMatchObject({ status: 400, body: { error: { code: 'link_not_valid' } } });

    await asker.post('/api/auth/password-reset', { email: address });
    await asker.post('/api/auth/password-reset', { email: address });
    const one = linkIn(await smtp.next(address), '/reset-password').token;
    const other = linkIn(await smtp.next(address), '/reset-password').token;
    expect((await asker.post('/api/auth/password-reset/complete', { token: one, newPassword: NEW_PASSWORD })).status).toBe(204);
    expect((await asker.post('/api/auth/password-reset/complete', { token: other, newPassword: 'a third passphrase here' })).status).toBe(400);
    await loggedIn(address, NEW_PASSWORD);
  });

  it('limits requests per email and per address with a clear 429', async () => {
    const limited = await app.startVariant({ mail: { smtpUrl: smtp.url, from: 'offbeat@example.test' }, resetRateLimit: 2 });
    const address = email('flood');
    const asker = new TestClient(limited.url);
    for (let i = 0; i < 2; i += 1) expect((await asker.post('/api/auth/password-reset', { email: address })).status).toBe(202);
    const refused = await asker.post('/api/auth/password-reset', { email: address.toUpperCase() });
    expect(refused).toMatchObject({ status: 429, body: { error: { code: 'rate_limited', message: accountCopy.resetSlowed } } });
    expect(refused.headers.get('retry-after')).toBe('3600');
    // Per address: ten times the per-email limit, whatever the emails.
    for (let i = 0; i < 17; i += 1) expect((await asker.post('/api/auth/password-reset', { email: email('spray') })).status).toBe(202);
    expect((await asker.post('/api/auth/password-reset', { email: email('spray') })).status).toBe(429);

    // Sign-up mails to one address count too: past them, the same answer and no more mail.
    const quiet = email('quiet');
    for (let i = 0; i < 3; i += 1) {
      expect(await new TestClient(limited.url).post('/api/auth/signup', { email: quiet, password: PASSWORD, displayName: 'Q' })).toMatchObject({ status: 202, body: { next: 'check_email' } });
    }
    await limited.app.ctx.mailer.idle();
    expect(smtp.to(quiet)).toHaveLength(2);
  });
});

describe('changing the email', () => {
  it('waits for the link sent to the new address, and tells the old one', async () => {
    const { client, email: old } = await verifiedAccount('Dee');
    const next = email('dee-new');
    expect(await client.post('/api/account/email', { currentPassword: 'not it at all', email: next })).toMatchObject({ status: 403 });
    expect(await client.post('/api/account/email', { currentPassword: PASSWORD, email: next })).toMatchObject({ status: 202, body: { next: 'check_email' } });
    expect((await smtp.next(old)).subject).toBe('Your Offbeat email may change');
    expect((await client.get('/api/session')).body.user.email).toBe(old);
    const { token } = linkIn(await smtp.next(next), '/verify-email');
    expect(await new TestClient(app.url).post('/api/auth/verify-email', { token })).toMatchObject({ status: 200, body: { outcome: 'email_changed', email: next } });
    expect((await client.get('/api/session')).body.user.email).toBe(next);
    await loggedIn(next);
    expect((await new TestClient(app.url).login(old)).status).toBe(401);
  });

  it('answers a taken address as a free one, mails its holder, and changes nothing', async () => {
    const { client, email: mine } = await verifiedAccount('Eve');
    const { email: theirs } = await verifiedAccount('Fay');
    const free = await client.post('/api/account/email', { currentPassword: PASSWORD, email: email('eve-free') });
    const taken = await client.post('/api/account/email', { currentPassword: PASSWORD, email: theirs });
    expect(taken.status).toBe(free.status);
    expect(taken.body).toEqual(free.body);
    const mail = await smtp.next(theirs);
    expect(mail.subject).toBe('Someone asked to move an Offbeat account to your email');
    expect(mail.text).not.toContain('Eve');
    expect(() => linkIn(mail, '/verify-email')).toThrow();
    expect((await client.get('/api/session')).body.user.email).toBe(mine);
  });
});

describe('without mail configured (a household’s own box)', () => {
  it('signs up at once and says when an email is taken, as before', async () => {
    const address = email('home');
    const client = new TestClient(noMail.url);
    expect((await client.post('/api/auth/signup', { email: address, password: PASSWORD, displayName: 'Home' })).status).toBe(201);
    expect(await new TestClient(noMail.url).post('/api/auth/signup', { email: address, password: PASSWORD, displayName: 'Again' })).toMatchObject({
      status: 409,
      body: { error: { code: 'email_taken' } },
    });
    // Nobody to mail: a reset is the person running the server's to hand over (npm run reset-link).
    expect(await client.post('/api/auth/password-reset', { email: address })).toMatchObject({ status: 202, body: { delivery: 'ask_admin' } });
    expect(await new TestClient(noMail.url).post('/api/auth/password-reset', { email: email('none') })).toMatchObject({ status: 202, body: { delivery: 'ask_admin' } });
    expect(await app.db.query(`select 1 from email_tokens t join users u on u.id = t.user_id where u.email = $1`, [address])).toEqual([]);
    await mailsSent();
    expect(smtp.to(address)).toEqual([]);
  });

  it('changes the email at once, with the password', async () => {
    const address = email('move');
    const client = new TestClient(noMail.url);
    await client.signup(address, 'Mo');
    const other = email('other');
    await new TestClient(noMail.url).signup(other, 'Oz');
    expect(await client.post('/api/account/email', { currentPassword: PASSWORD, email: other })).toMatchObject({ status: 409, body: { error: { code: 'email_taken' } } });
    const next = email('moved');
    expect(await client.post('/api/account/email', { currentPassword: PASSWORD, email: next })).toMatchObject({ status: 200, body: { next: 'changed' } });
    expect((await client.get('/api/session')).body.user.email).toBe(next);
  });
});
