import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testConfig, type TestApp } from '../../../test/support/test-app';
import { newCouple, type TestClient } from '../../../test/support/client';
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

  it('tells both partners when a pause ends, and the requester when it starts', async () => {
    const { a, b } = await newCouple(app.url);
    await subscribe(a, `a-${randomUUID()}`);
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
