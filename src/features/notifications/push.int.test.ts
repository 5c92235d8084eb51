import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testConfig, type TestApp } from '../../../test/support/test-app';
import { lockScreenCopy } from '../../core/push/copy';
import { newCouple, TestClient } from '../../../test/support/client';
import { startPushReceiver } from '../../../test/support/push-receiver';

let app: TestApp;
let receiver: Awaited<ReturnType<typeof startPushReceiver>>;
beforeAll(async () => {
  app = await startTestApp({ push: { ...testConfig().push, allowLoopback: true } });
  receiver = await startPushReceiver();
});
afterAll(async () => {
  await app.close();
  await receiver.close();
});

async function subscribe(client: TestClient, name: string) {
  const device = receiver.newDevice(name);
  const res = await client.post('/api/push/subscriptions', device);
  expect(res.status).toBe(201);
  return device;
}

async function showDetails(client: TestClient, on: boolean) {
  const current = (await client.get('/api/notifications/prefs')).body;
  const res = await client.put('/api/notifications/prefs', { ...current, showDetails: on });
  expect(res.body.showDetails).toBe(on);
}

async function outcomes(userId: string) {
  return app.db.query<{ outcome: string | null }>(`select outcome from push_outbox where user_id = $1 order by created_at`, [userId]);
}

async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Web Push (RFC 8291 aes128gcm + VAPID) to a local push receiver', () => {
  it('sends a signal to the partner’s device, encrypted and signed, without private words', async () => {
    const { a, b } = await newCouple(app.url);
    await subscribe(b, `b-${randomUUID()}`);
    await showDetails(b, true);
    const arriving = receiver.next();
    await a.post('/api/signals', { clientId: randomUUID(), need: 'breathe_first', note: 'my private note' });
    const push = await arriving;
    expect(push.headers['content-encoding']).toBe('aes128gcm');
    expect(Number(push.headers.ttl)).toBeGreaterThan(0);
    expect(push.payload).toMatchObject({ title: 'We’re doing the thing', body: 'Let’s breathe first', url: '/' });
    expect(JSON.stringify(push.payload)).not.toContain('private note');
    expect(push.vapid.aud).toBe(`http://${push.headers.host}`);
    expect(push.vapid.sub).toBe('mailto:offbeat@localhost');
    expect(push.vapid.exp * 1000).toBeGreaterThan(Date.now());
    const key = (await b.get('/api/push/key')).body.publicKey;
    expect(String(push.headers.authorization)).toContain(`k=${key}`);
  });

  it('writes a notification in its recipient’s language, whatever the language of the partner who acted', async () => {
    const tag = randomUUID().slice(0, 8);
    const { a, b } = await newCouple(app.url, tag);
    a.headers['accept-language'] = 'en';
    await subscribe(b, `b-${randomUUID()}`);
    await showDetails(b, true);
    // B chose German (the page asks the account to keep it); A's phone speaks English.
    expect((await b.put('/api/account/language', { locale: 'de' })).status).toBe(204);
    let arriving = receiver.next();
    const first = await a.post('/api/signals', { clientId: randomUUID(), need: 'breathe_first' });
    expect((await arriving).payload).toMatchObject({ title: 'Wir sind wieder in unserer Schleife', body: 'Lass uns erst einmal durchatmen', url: '/' });
    await b.post(`/api/signals/${first.body.id}/put-away`);

    // Without details on the lock screen, the plain words are in German too.
    await showDetails(b, false);
    arriving = receiver.next();
    const second = await a.post('/api/signals', { clientId: randomUUID(), need: 'space' });
    expect((await arriving).payload).toMatchObject({ title: 'Offbeat', body: 'Etwas Neues für dich, wann immer du bereit bist.' });
    await b.post(`/api/signals/${second.body.id}/put-away`);

    // B signs in again from an English page: that is the language from now on.
    b.headers['accept-language'] = 'en-GB,en;q=0.8';
    expect((await b.login(`b-${tag}@example.test`)).status).toBe(200);
    await subscribe(b, `b-again-${randomUUID()}`);
    arriving = receiver.next();
    await a.post('/api/signals', { clientId: randomUUID(), need: 'space' });
    expect((await arriving).payload).toMatchObject({ title: 'Offbeat', body: lockScreenCopy.body });
  });

  it('refuses a language it does not speak, and changes nothing', async () => {
    const { b } = await newCouple(app.url);
    expect((await b.put('/api/account/language', { locale: 'de' })).status).toBe(204);
    for (const locale of ['xx', 'DE', '', null, 42, 'de-DE']) {
      const res = await b.put('/api/account/language', { locale });
      expect(res.status, String(locale)).toBe(400);
    }
    const [row] = await app.db.query<{ locale: string }>('select locale from users where id = $1', [b.userId]);
    expect(row!.locale).toBe('de');
  });

  it('tells both partners when a pause ends, and the requester when it starts', async () => {
    const { a, b } = await newCouple(app.url);
    await subscribe(a, `a-${randomUUID()}`);
    await showDetails(a, true);
    const started = receiver.next();
    await a.post('/api/pause/commands', { commandId: randomUUID(), command: { type: 'request', minutes: 5, where: 'nearby', tether: 'back soon, love you', returnPlan: 'check_in' } });
    await b.post('/api/pause/commands', { commandId: randomUUID(), command: { type: 'accept' } });
    const push = await started;
    expect(push.payload.title).toBe('Your pause has begun');
    expect(JSON.stringify(push.payload)).not.toContain('love you');
  });

  it('respects mute and quiet hours in the person’s own time zone', async () => {
    const { a, b } = await newCouple(app.url);
    await subscribe(b, `b-${randomUUID()}`);
    const bId = (await b.get('/api/session')).body.user.id;

    expect((await b.request('PUT', '/api/notifications/prefs', { muted: true, quietStart: null, quietEnd: null, timeZone: 'Europe/Berlin' })).status).toBe(200);
    const first = await a.post('/api/signals', { clientId: randomUUID(), need: 'space' });
    await waitFor(async () => ((await outcomes(bId)).at(-1)?.outcome === 'muted' ? true : undefined));
    // B puts that moment away, so A's next tap is a new signal (with a push), not one more tap of it.
    await b.post(`/api/signals/${first.body.id}/put-away`);

    // A quiet window covering "now" wherever B is.
    const minuteNow = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .format(new Date()).split(':').map(Number) as [number, number];
    const now = minuteNow[0] * 60 + minuteNow[1];
    await b.request('PUT', '/api/notifications/prefs', { muted: false, quietStart: (now + 1439) % 1440, quietEnd: (now + 60) % 1440, timeZone: 'Asia/Tokyo' });
    await a.post('/api/signals', { clientId: randomUUID(), need: 'space' });
    await waitFor(async () => ((await outcomes(bId)).at(-1)?.outcome === 'quiet_hours' ? true : undefined));
    expect(receiver.received.filter((p) => p.payload.body === 'I need a little space — and I’m coming back')).toHaveLength(0);
  });

  it('forgets what a notification said a day after it was settled, and keeps one still due', async () => {
    const { a, b } = await newCouple(app.url);
    await subscribe(b, `old-${randomUUID()}`);
    const arriving = receiver.next();
    await a.post('/api/signals', { clientId: randomUUID(), need: 'closeness' });
    await arriving;
    await waitFor(async () => ((await outcomes(b.userId!)).some((o) => o.outcome === 'sent') ? true : undefined));
    // Settled more than a day ago, as if the day had passed.
    await app.db.query(`update push_outbox set done_at = now() - interval '25 hours' where user_id = $1`, [b.userId]);
    const waiting = await app.db.query<{ id: string }>(
      `insert into push_outbox (couple_id, user_id, message, claimed_until) select couple_id, user_id, message, now() + interval '1 hour' from push_outbox where user_id = $1 returning id`,
      [b.userId],
    );
    // The next sweep (every second) forgets the settled one; the one still due stays.
    await waitFor(async () => ((await outcomes(b.userId!)).length === 1 ? true : undefined));
    const left = await app.db.query<{ id: string; outcome: string | null }>('select id, outcome from push_outbox where user_id = $1', [b.userId]);
    expect(left).toEqual([{ id: waiting[0]!.id, outcome: null }]);
  });

  it('forgets a subscription the push service says is gone', async () => {
    const { a, b } = await newCouple(app.url);
    const device = await subscribe(b, `gone-${randomUUID()}`);
    receiver.respondWith(410);
    const arriving = receiver.next();
    await a.post('/api/signals', { clientId: randomUUID(), need: 'closeness' });
    await arriving;
    receiver.respondWith(201);
    await waitFor(async () => ((await app.db.query('select 1 from push_subscriptions where endpoint = $1', [device.endpoint])).length === 0 ? true : undefined));
  });

  it('refuses endpoints that are not push services, and bad preferences', async () => {
    const { a } = await newCouple(app.url);
    const keys = receiver.newDevice('x').keys;
    expect((await a.post('/api/push/subscriptions', { endpoint: 'https://169.254.169.254/latest', keys })).status).toBe(400);
    expect((await a.post('/api/push/subscriptions', { endpoint: 'http://10.1.2.3/push', keys })).status).toBe(400);
    expect((await a.request('PUT', '/api/notifications/prefs', { muted: false, quietStart: 60, quietEnd: null, timeZone: 'UTC' })).status).toBe(400);
    expect((await a.request('PUT', '/api/notifications/prefs', { muted: false, quietStart: null, quietEnd: null, timeZone: 'Mars/Base' })).status).toBe(400);
  });
});

describe('lock screens', () => {
  const generic = { title: lockScreenCopy.title, body: lockScreenCopy.body };

  it('say only that something is new, for a signal, its answer and a pause, until the person chooses to see details', async () => {
    const { a, b } = await newCouple(app.url);
    await subscribe(a, `a-${randomUUID()}`);
    await subscribe(b, `b-${randomUUID()}`);
    expect((await b.get('/api/notifications/prefs')).body.showDetails).toBe(false);

    let arriving = receiver.next();
    const signal = await a.post('/api/signals', { clientId: randomUUID(), need: 'space' });
    expect(await arriving.then((p) => p.payload)).toEqual({ ...generic, url: '/', tag: 'signal' });
    arriving = receiver.next();
    await b.post(`/api/signals/${signal.body.id}/answer`, { kind: 'own', text: 'here for you' });
    expect(await arriving.then((p) => p.payload)).toEqual({ ...generic, url: '/', tag: 'signal' });
    arriving = receiver.next();
    await a.post('/api/pause/commands', { commandId: randomUUID(), command: { type: 'request', minutes: 5, where: 'nearby', tether: 'back soon', returnPlan: 'check_in' } });
    expect(await arriving.then((p) => p.payload)).toEqual({ ...generic, url: '/pause', tag: 'pause' });

    // Turned on: the same kind of moment now says what it is.
    await showDetails(b, true);
    await b.post(`/api/signals/${signal.body.id}/put-away`);
    arriving = receiver.next();
    await a.post('/api/signals', { clientId: randomUUID(), need: 'space' });
    expect((await arriving).payload).toMatchObject({ title: 'We’re doing the thing', url: '/', tag: 'signal' });
    // Saving other preferences without the setting keeps it.
    await b.put('/api/notifications/prefs', { muted: false, quietStart: null, quietEnd: null, timeZone: 'UTC' });
    expect((await b.get('/api/notifications/prefs')).body.showDetails).toBe(true);
  });

  it('are never sent on elsewhere: a redirect from the push service is not followed', async () => {
    const { a, b } = await newCouple(app.url);
    await subscribe(b, `redirecting-${randomUUID()}`);
    const elsewhere = `/elsewhere-${randomUUID()}`;
    receiver.respondWith(307, { location: elsewhere });
    const arriving = receiver.next();
    await a.post('/api/signals', { clientId: randomUUID(), need: 'closeness' });
    await arriving;
    // The dispatcher retries a few times, never following the redirect.
    await new Promise((r) => setTimeout(r, 1500));
    receiver.respondWith(201);
    expect(receiver.requested).not.toContain(elsewhere);
    expect((await outcomes(b.userId!)).at(-1)?.outcome).not.toBe('sent');
  });

  it('go only to the devices still signed in: logging out everywhere removes the other devices’ subscriptions', async () => {
    const { a, b } = await newCouple(app.url);
    const email = (await b.get('/api/session')).body.user.email as string;
    const laptop = new TestClient(app.url);
    expect((await laptop.login(email)).status).toBe(200);
    const phoneDevice = await subscribe(b, `phone-${randomUUID()}`);
    const laptopDevice = await subscribe(laptop, `laptop-${randomUUID()}`);
    // One saved before subscriptions knew their session: its device is unknown.
    const legacy = receiver.newDevice(`legacy-${randomUUID()}`);
    await app.db.query('insert into push_subscriptions (user_id, endpoint, p256dh, auth) values ($1, $2, $3, $4)', [b.userId, legacy.endpoint, legacy.keys.p256dh, legacy.keys.auth]);
    const endpoints = async () => (await app.db.query<{ endpoint: string }>('select endpoint from push_subscriptions where user_id = $1', [b.userId])).map((r) => r.endpoint).sort();

    expect((await b.post('/api/account/sessions/end-all', { includeThisDevice: false })).status).toBe(200);
    expect(await endpoints()).toEqual([phoneDevice.endpoint]);
    const arriving = receiver.next();
    await a.post('/api/signals', { clientId: randomUUID(), need: 'closeness' });
    expect((await arriving).path).toBe(new URL(phoneDevice.endpoint).pathname);
    expect(receiver.requested).not.toContain(new URL(laptopDevice.endpoint).pathname);

    // Logging out on this device ends its notifications too; signing in again there claims them back.
    await b.post('/api/auth/logout');
    expect(await endpoints()).toEqual([]);
    await b.refreshSession();
    expect((await b.login(email)).status).toBe(200);
    await subscribe(b, new URL(phoneDevice.endpoint).pathname.split('/').pop()!);
    expect((await endpoints()).length).toBe(1);
  });
});

describe('a subscription saved before its address was refused', () => {
  it('is removed at send time instead of being posted to', async () => {
    const strict = await startTestApp({ push: { ...testConfig().push, allowLoopback: false } });
    try {
      const { a, b } = await newCouple(strict.url);
      const device = receiver.newDevice(`old-${randomUUID()}`);
      await strict.db.query('insert into push_subscriptions (user_id, endpoint, p256dh, auth) values ($1, $2, $3, $4)', [b.userId, device.endpoint, device.keys.p256dh, device.keys.auth]);
      const before = receiver.received.length;
      await a.post('/api/signals', { clientId: randomUUID(), need: 'space' });
      const outcome = await waitFor(async () => {
        const [row] = await strict.db.query<{ outcome: string | null }>('select outcome from push_outbox where user_id = $1', [b.userId]);
        return row?.outcome ?? undefined;
      });
      expect(outcome).toBe('failed');
      expect(await strict.db.query('select 1 from push_subscriptions where endpoint = $1', [device.endpoint])).toHaveLength(0);
      expect(receiver.received.length).toBe(before);
    } finally {
      await strict.close();
    }
  });
});
