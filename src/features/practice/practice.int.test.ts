import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testConfig, type TestApp } from '../../../test/support/test-app';
import { startPushReceiver } from '../../../test/support/push-receiver';
import { newCouple, TestClient } from '../../../test/support/client';
import { METADATA_MARKER, jpegWithExif, webmVoice } from '../../../test/support/media-fixtures';
import { ReminderScheduler } from './reminders';
import { MAX_VOICE_BYTES } from './media';

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

async function upload(client: TestClient, url: string, bytes: Buffer, contentType: string, method = 'POST', server = app.url) {
  const res = await fetch(server + url, {
    method,
    headers: { cookie: client.cookieHeader, 'x-csrf-token': client.csrfToken!, origin: server, 'content-type': contentType },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as any };
}

async function download(client: TestClient, mediaId: string) {
  const res = await fetch(`${app.url}/api/media/${mediaId}`, { headers: { cookie: client.cookieHeader } });
  return { status: res.status, type: res.headers.get('content-type'), nosniff: res.headers.get('x-content-type-options'), bytes: Buffer.from(await res.arrayBuffer()) };
}

async function storedFiles(): Promise<number> {
  const dir = app.app.ctx.config.mediaDir;
  const subdirs = await readdir(dir).catch(() => [] as string[]);
  let n = 0;
  for (const sub of subdirs) n += (await readdir(path.join(dir, sub)).catch(() => [])).length;
  return n;
}

describe('ritual reminders', () => {
  it('rings once per occurrence at the person’s local time across a DST change, and a restart sends nothing twice', async () => {
    const { a, b, coupleId } = await newCouple(app.url);
    const ritual = await a.post('/api/rituals', { libraryKey: 'night_breath' });
    expect(ritual.status).toBe(201);
    const set = await a.request('PUT', `/api/rituals/${ritual.body.id}/reminder`, { localTime: '07:30', weekdays: [1, 2, 3, 4, 5, 6, 7], timeZone: 'Europe/Berlin', enabled: true });
    expect(set.status).toBe(200);
    expect(DateTime.fromISO(set.body.nextDueAt, { zone: 'Europe/Berlin' }).toFormat('HH:mm')).toBe('07:30');
    await b.request('PUT', `/api/rituals/${ritual.body.id}/reminder`, { localTime: '22:00', weekdays: [7], timeZone: 'America/New_York', enabled: false });

    // Put A's reminder on the eve of the autumn change and drive the clock by hand.
    const [reminder] = await app.db.query<{ id: string }>(`select id from ritual_reminders where couple_id = $1 and enabled`, [coupleId]);
    await app.db.query(`update ritual_reminders set next_due_at = '2026-10-24T05:30:00Z' where id = $1`, [reminder!.id]);
    const first = new ReminderScheduler(app.db, app.app.ctx.events);
    const restarted = new ReminderScheduler(app.db, app.app.ctx.events);
    expect(await first.sweep(Date.parse('2026-10-24T05:29:00Z'))).toBe(0);
    expect(await first.sweep(Date.parse('2026-10-24T05:30:10Z'))).toBe(1);
    expect(await restarted.sweep(Date.parse('2026-10-24T05:30:20Z'))).toBe(0);
    const [after] = await app.db.query<{ next: Date }>('select next_due_at as next from ritual_reminders where id = $1', [reminder!.id]);
    expect(new Date(after!.next).toISOString()).toBe('2026-10-25T06:30:00.000Z'); // still 07:30 in Berlin, now UTC+1
    // A second process sweeping at the same moment as the first still sends it once.
    const both = await Promise.all([first.sweep(Date.parse('2026-10-25T06:31:00Z')), restarted.sweep(Date.parse('2026-10-25T06:31:00Z'))]);
    expect(both[0]! + both[1]!).toBe(1);
    const deliveries = await app.db.query<{ due: Date }>('select due_at as due from reminder_deliveries where reminder_id = $1 order by due_at', [reminder!.id]);
    expect(deliveries.map((d) => new Date(d.due).toISOString())).toEqual(['2026-10-24T05:30:00.000Z', '2026-10-25T06:30:00.000Z']);
    const pushes = await app.db.query('select 1 from push_outbox where couple_id = $1', [coupleId]);
    expect(pushes).toHaveLength(2);
    // The in-app reminder reaches only its owner.
    const events = await app.db.query<{ audience: string }>(`select audience from couple_events where couple_id = $1 and type = 'ritual.reminder'`, [coupleId]);
    expect(events.every((e) => e.audience === a.userId)).toBe(true);
  });

  it('keeps the ritual’s own title off the lock screen unless its person chose to show details', async () => {
    const { a, coupleId } = await newCouple(app.url);
    const device = receiver.newDevice(`ritual-${randomUUID()}`);
    expect((await a.post('/api/push/subscriptions', device)).status).toBe(201);
    const ritual = await a.post('/api/rituals', { title: 'Tea after the hard talk' });
    await a.request('PUT', `/api/rituals/${ritual.body.id}/reminder`, { localTime: '07:30', weekdays: [1, 2, 3, 4, 5, 6, 7], timeZone: 'UTC', enabled: true });
    const scheduler = new ReminderScheduler(app.db, app.app.ctx.events);
    const ring = async () => {
      await app.db.query(`update ritual_reminders set next_due_at = now() - interval '1 minute' where couple_id = $1 and enabled`, [coupleId]);
      const arriving = receiver.next();
      // Other tests' reminders may ring in the same sweep; only this person has a device.
      expect(await scheduler.sweep(Date.now())).toBeGreaterThanOrEqual(1);
      return (await arriving).payload;
    };
    const quiet = await ring();
    expect(JSON.stringify(quiet)).not.toContain('Tea after');
    expect(quiet).toMatchObject({ title: 'Offbeat', url: '/practice' });

    const prefs = (await a.get('/api/notifications/prefs')).body;
    await a.put('/api/notifications/prefs', { ...prefs, showDetails: true });
    expect(JSON.stringify(await ring())).toContain('Tea after the hard talk');
  });

  it('refuses made-up time zones and times', async () => {
    const { a } = await newCouple(app.url);
    const ritual = await a.post('/api/rituals', { title: 'Our Sunday tea' });
    expect((await a.request('PUT', `/api/rituals/${ritual.body.id}/reminder`, { localTime: '25:00', weekdays: [1], timeZone: 'UTC', enabled: true })).status).toBe(400);
    expect((await a.request('PUT', `/api/rituals/${ritual.body.id}/reminder`, { localTime: '08:00', weekdays: [1], timeZone: 'Mars/Olympus', enabled: true })).status).toBe(400);
  });

  it('counts a moment done together once the partner confirms it', async () => {
    const { a, b } = await newCouple(app.url);
    const ritual = await a.post('/api/rituals', { libraryKey: 'long_hug' });
    const moment = await a.post(`/api/rituals/${ritual.body.id}/moments`, { together: true });
    expect((await a.get('/api/practice/summary')).body.momentsThisWeek).toBe(0);
    expect((await b.get('/api/practice/summary')).body.waitingForMe).toHaveLength(1);
    expect((await a.post(`/api/moments/${moment.body.id}/confirm`)).status).toBe(403);
    expect((await b.post(`/api/moments/${moment.body.id}/confirm`)).status).toBe(204);
    expect((await b.post(`/api/moments/${moment.body.id}/confirm`)).status).toBe(409);
    const summary = (await a.get('/api/practice/summary')).body;
    expect(summary.momentsThisWeek).toBe(1);
    expect(summary.balance).toMatchObject({ joyful: 1, tilt: 'joy-rich' });
  });

  it('weighs this month’s ruptures and pause minutes, the couple’s own only, as problem-solving', async () => {
    const { a } = await newCouple(app.url);
    const other = await newCouple(app.url);
    const request = { type: 'request', minutes: 60, where: 'same_room', tether: 'I need an hour, and I’m staying right here', returnPlan: 'hug' };
    expect((await a.post('/api/pause/commands', { commandId: randomUUID(), command: request })).status).toBe(200);
    expect((await a.post('/api/ruptures', { topic: 'chores', intensity: 5, reached: 'me', withdrew: 'partner' })).status).toBe(201);
    expect((await other.a.post('/api/ruptures', { topic: 'money', intensity: 5, reached: 'me', withdrew: 'partner' })).status).toBe(201);
    // One rupture, and 60 minutes of pause at one moment per ~30 minutes.
    expect((await a.get('/api/practice/summary')).body.balance).toEqual({ joyful: 0, problemSolving: 3, tilt: 'fixing-heavy' });
    expect((await other.a.get('/api/practice/summary')).body.balance).toEqual({ joyful: 0, problemSolving: 1, tilt: 'fixing-heavy' });
  });
});

describe('voice notes and photos', () => {
  it('refuses wrong type, oversize and truncated uploads, and stores nothing', async () => {
    const { a } = await newCouple(app.url);
    const filesBefore = await storedFiles();
    const [{ n: rowsBefore }] = (await app.db.query<{ n: number }>('select count(*)::int as n from media')) as [{ n: number }];
    const wrong = await upload(a, '/api/notes/voice?durationSeconds=5', jpegWithExif(), 'audio/webm');
    expect(wrong.status).toBe(415);
    expect(wrong.body.error.code).toBe('upload_wrong_type');
    const big = Buffer.concat([webmVoice(), Buffer.alloc(MAX_VOICE_BYTES)]);
    expect((await upload(a, '/api/notes/voice?durationSeconds=5', big, 'audio/webm')).status).toBe(413);
    const cut = webmVoice();
    const truncated = await upload(a, '/api/notes/voice?durationSeconds=5', cut.subarray(0, cut.length - 100), 'audio/webm');
    expect(truncated.status).toBe(400);
    expect(truncated.body.error.code).toBe('upload_truncated');
    expect((await upload(a, '/api/notes/voice?durationSeconds=500', webmVoice(), 'audio/webm')).status).toBe(400);
    expect((await upload(a, '/api/notes/voice?durationSeconds=5', Buffer.from('{}'), 'application/json')).status).toBe(415);
    expect(await storedFiles()).toBe(filesBefore);
    const [{ n: rowsAfter }] = (await app.db.query<{ n: number }>('select count(*)::int as n from media')) as [{ n: number }];
    expect(rowsAfter).toBe(rowsBefore);
  });

  it('plays a voice note to the partner only, and deleting the note deletes the file', async () => {
    const { a, b } = await newCouple(app.url);
    const voice = webmVoice(4);
    const sent = await upload(a, '/api/notes/voice?durationSeconds=4', voice, 'audio/webm;codecs=opus');
    expect(sent.status).toBe(201);
    const heard = await download(b, sent.body.mediaId);
    expect(heard.status).toBe(200);
    expect(heard.type).toBe('audio/webm');
    expect(heard.nosniff).toBe('nosniff');
    expect(heard.bytes.equals(voice)).toBe(true);
    const other = await newCouple(app.url);
    expect((await download(other.a, sent.body.mediaId)).status).toBe(404);
    expect((await b.post(`/api/notes/${sent.body.id}/react`, { tether: 'Thank you. I’m here.' })).status).toBe(204);
    expect((await a.get('/api/notes')).body.notes[0]).toMatchObject({ kind: 'voice', reaction: 'Thank you. I’m here.', durationSeconds: 4 });
    // A note can be about a recent moment, chosen from the couple's own episodes only.
    const signal = await a.post('/api/signals', { clientId: randomUUID(), need: 'closeness' });
    expect(signal.status).toBe(201);
    const [episode] = (await b.get('/api/practice/episodes')).body.episodes;
    expect(episode).toMatchObject({ kind: 'signal' });
    expect((await b.post('/api/notes', { text: 'About earlier: I’m here.', episodeId: episode.id })).status).toBe(201);
    expect((await other.a.post('/api/notes', { text: 'Not ours', episodeId: episode.id })).status).toBe(404);
    const files = await storedFiles();
    expect((await b.del(`/api/notes/${sent.body.id}`)).status).toBe(404);
    expect((await a.del(`/api/notes/${sent.body.id}`)).status).toBe(204);
    expect(await storedFiles()).toBe(files - 1);
    expect((await download(b, sent.body.mediaId)).status).toBe(404);
  });

  it('keeps a joy photo without its location metadata', async () => {
    const { a, b } = await newCouple(app.url);
    const entry = await a.post('/api/joy', { text: 'We danced in the kitchen' });
    expect((await upload(b, `/api/joy/${entry.body.id}/photo`, jpegWithExif(), 'image/jpeg', 'PUT')).status).toBe(403);
    const photo = await upload(a, `/api/joy/${entry.body.id}/photo`, jpegWithExif(), 'image/jpeg', 'PUT');
    expect(photo.status).toBe(201);
    const seen = await download(b, photo.body.mediaId);
    expect(seen.type).toBe('image/jpeg');
    expect(seen.bytes.toString('latin1')).not.toContain(METADATA_MARKER);
    expect((await b.get('/api/joy')).body.entries[0]).toMatchObject({ text: 'We danced in the kitchen', fromMe: false, mediaId: photo.body.mediaId });
  });
});

describe('capacity and asymmetric seasons', () => {
  const inDays = (n: number) => DateTime.utc().plus({ days: n }).toISODate()!;

  it('refuses a review beyond 8 weeks, is not active on one acceptance, and keeps ended seasons', async () => {
    const { a, b } = await newCouple(app.url);
    const far = await a.post('/api/seasons', { carrier: 'partner', what: 'You handle dinners', why: 'My exams', reviewOn: inDays(60) });
    expect(far.status).toBe(400);
    expect(far.body.error.code).toBe('review_too_far');
    const season = await a.post('/api/seasons', { carrier: 'partner', what: 'You handle dinners for now', why: 'My exams are this month', reviewOn: inDays(28) });
    expect(season.body).toMatchObject({ status: 'proposed', iAccepted: true, partnerAccepted: false, carrier: 'partner' });
    expect((await a.post(`/api/seasons/${season.body.id}/accept`)).status).toBe(409);
    expect((await b.get('/api/seasons')).body.seasons[0]).toMatchObject({ status: 'proposed', carrier: 'me' });
    expect((await b.post(`/api/seasons/${season.body.id}/accept`)).body.status).toBe('active');
    const renewal = await b.post(`/api/seasons/${season.body.id}/renew`, { reviewOn: inDays(40) });
    expect(renewal.body).toMatchObject({ status: 'proposed', iAccepted: true, partnerAccepted: false });
    expect((await a.post(`/api/seasons/${season.body.id}/end`)).body.status).toBe('ended');
    expect((await b.post(`/api/seasons/${season.body.id}/accept`)).status).toBe(409);
    expect((await a.get('/api/seasons')).body.seasons).toHaveLength(1);
    const other = await newCouple(app.url);
    expect((await other.a.post(`/api/seasons/${season.body.id}/accept`)).status).toBe(404);
  });

  it('shows the partner my capacity and suggests a season when it has differed for a while', async () => {
    const { a, b } = await newCouple(app.url);
    for (let d = 1; d <= 4; d++) {
      await a.post('/api/capacity', { level: 'low', day: inDays(-d), note: d === 1 ? 'long week' : null });
      await b.post('/api/capacity', { level: 'plenty', day: inDays(-d) });
    }
    const view = (await b.get('/api/capacity')).body;
    expect(view.partner).toMatchObject({ level: 'low', note: 'long week' });
    expect(view.suggestSeason).toEqual({ lowerCapacity: 'partner' });
    expect((await a.post('/api/capacity', { level: 'meh', day: inDays(0) })).status).toBe(400);
  });

  it('keeps stretch experiments personal unless shared', async () => {
    const { a, b } = await newCouple(app.url);
    const plan = await a.post('/api/stretches', { role: 'pursuer', title: 'Wait twenty minutes before a second message', expectedDiscomfort: 7 });
    expect((await b.get('/api/stretches')).body.stretches).toEqual([]);
    expect((await b.post(`/api/stretches/${plan.body.id}/done`, { actualDiscomfort: 1 })).status).toBe(404);
    expect((await a.post(`/api/stretches/${plan.body.id}/done`, { actualDiscomfort: 5, reflection: 'Shaky, then fine' })).status).toBe(204);
    const mine = (await a.get('/api/stretches')).body;
    expect(mine.stretches[0]).toMatchObject({ expectedDiscomfort: 7, actualDiscomfort: 5, mine: true });
    expect(mine.encouragement).toContain('progress');
  });

  it('tells the partner’s screen about a shared stretch, planned and tried, and never about a private one', async () => {
    const { a, b } = await newCouple(app.url);
    const socket = await b.openSocket({ lastSeq: (await b.get('/api/couple')).body.couple.headSeq });
    const secret = await a.post('/api/stretches', { role: 'distancer', title: 'Stay in the room for one more minute', expectedDiscomfort: 6 });
    await a.post(`/api/stretches/${secret.body.id}/done`, { actualDiscomfort: 4 });
    const shared = await a.post('/api/stretches', { role: 'pursuer', title: 'Let a message rest for an hour', expectedDiscomfort: 7, shared: true });
    const planned = await socket.next((m) => m.type === 'event' && m.event.type === 'stretch.shared');
    expect(planned.type === 'event' && planned.event).toMatchObject({ actorId: a.userId, payload: { stretchId: shared.body.id }, feed: true });
    await a.post(`/api/stretches/${shared.body.id}/done`, { actualDiscomfort: 5, reflection: 'Harder than I thought' });
    const tried = await socket.next((m) => m.type === 'event' && m.event.type === 'stretch.tried');
    expect(tried.type === 'event' && tried.event.payload).toEqual({ stretchId: shared.body.id });
    // Only the shared one was ever announced, and no event carries a title or a reflection.
    const stretchEvents = socket.events().filter((e) => e.type.startsWith('stretch.'));
    expect(stretchEvents.map((e) => e.payload.stretchId)).toEqual([shared.body.id, shared.body.id]);
    expect(JSON.stringify(socket.events())).not.toMatch(/message rest|Harder than|one more minute/);
    expect((await b.get('/api/stretches')).body.stretches).toMatchObject([{ id: shared.body.id, mine: false, actualDiscomfort: 5 }]);
    const feed = (await b.get('/api/couple/activity')).body.items.map((i: { type: string }) => i.type);
    expect(feed).toEqual(expect.arrayContaining(['stretch.shared', 'stretch.tried']));
    socket.close();
  });

  it('plans a stretch alone, before any couple exists', async () => {
    const solo = new TestClient(app.url);
    await solo.signup(`solo-${randomUUID()}@example.test`, 'Robin');
    expect((await solo.post('/api/stretches', { role: 'both', title: 'Say one true thing', expectedDiscomfort: 3, shared: true })).status).toBe(201);
  });
});

describe('upload limits', () => {
  const voice = webmVoice();
  const sendVoice = (client: TestClient, server: string) => upload(client, '/api/notes/voice?durationSeconds=3', voice, 'audio/webm', 'POST', server);
  const mediaRows = async (coupleId: string) => (await app.db.query('select 1 from media where couple_id = $1', [coupleId])).length;
  const expectRefused = (res: { status: number; body: any }, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ error: { code, message: expect.any(String) } });
  };

  it('keeps each space within its storage quota, kindly, storing nothing past it; letting one go makes room', async () => {
    const limited = await app.startVariant({ uploads: { ...testConfig().uploads, quotaBytesPerCouple: voice.length * 2 + 10 } });
    const { a, b, coupleId } = await newCouple(limited.url);
    const first = await sendVoice(a, limited.url);
    expect(first.status).toBe(201);
    expect((await sendVoice(b, limited.url)).status).toBe(201);
    const filesBefore = await storedFiles();
    const refused = await sendVoice(a, limited.url);
    expectRefused(refused, 413, 'space_full');
    expect(refused.body.error.message).toMatch(/room/);
    expect([await mediaRows(coupleId), await storedFiles()]).toEqual([2, filesBefore]);
    // Another couple's space is its own.
    const other = await newCouple(limited.url);
    expect((await sendVoice(other.a, limited.url)).status).toBe(201);
    await a.request('DELETE', `/api/notes/${first.body.id}`);
    expect((await sendVoice(a, limited.url)).status).toBe(201);
  });

  it('lets two uploads at once not both squeeze into the last room', async () => {
    const limited = await app.startVariant({ uploads: { ...testConfig().uploads, quotaBytesPerCouple: voice.length + 10 } });
    const { a, b, coupleId } = await newCouple(limited.url);
    const results = await Promise.all([sendVoice(a, limited.url), sendVoice(b, limited.url)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 413]);
    expect(await mediaRows(coupleId)).toBe(1);
  });

  it('limits how many uploads one person makes in an hour, not their partner', async () => {
    const limited = await app.startVariant({ uploads: { ...testConfig().uploads, perPersonPerHour: 2 } });
    const { a, b } = await newCouple(limited.url);
    for (let i = 0; i < 2; i++) expect((await sendVoice(a, limited.url)).status).toBe(201);
    const refused = await sendVoice(a, limited.url);
    expectRefused(refused, 429, 'rate_limited');
    expect(refused.body.error.message).toMatch(/breather/);
    expect((await sendVoice(b, limited.url)).status).toBe(201);
  });

  it('refuses uploads while the disk is nearly full, instead of starving the database', async () => {
    const cramped = await app.startVariant({ uploads: { ...testConfig().uploads, minFreeDiskBytes: 10 ** 15 } });
    const { a, coupleId } = await newCouple(cramped.url);
    const filesBefore = await storedFiles();
    const refused = await sendVoice(a, cramped.url);
    expectRefused(refused, 507, 'storage_full');
    expect([await mediaRows(coupleId), await storedFiles()]).toEqual([0, filesBefore]);
    // Words still go through.
    expect((await a.post('/api/notes', { text: 'I am here' })).status).toBe(201);
    const joy = await a.post('/api/joy', { text: 'sun on the balcony' });
    expectRefused(await upload(a, `/api/joy/${joy.body.id}/photo`, jpegWithExif(), 'image/jpeg', 'PUT', cramped.url), 507, 'storage_full');
  });
});


describe('practice views carry the couple event seq they reflect', () => {
  const headSeq = async (c: TestClient) => (await c.get('/api/couple')).body.couple.headSeq as number;
  const inDays = (n: number) => DateTime.utc().plus({ days: n }).toISODate()!;

  it('each view the partner can change answers as of the couple’s latest event, which grows with each of the partner’s changes', async () => {
    const { a, b } = await newCouple(app.url);
    const ritual = (await a.post('/api/rituals', { libraryKey: 'morning_gaze' })).body.id as string;
    const changes: Array<[view: string, change: () => Promise<{ status: number }>]> = [
      ['/api/rituals', () => a.post('/api/rituals', { title: 'Tea on the balcony' })],
      ['/api/practice/summary', () => a.post(`/api/rituals/${ritual}/moments`, { together: true })],
      ['/api/notes', () => a.post('/api/notes', { text: 'Thinking of you' })],
      ['/api/joy', () => a.post('/api/joy', { text: 'We danced in the kitchen' })],
      ['/api/joy/ideas', () => a.post('/api/joy/ideas', { text: 'Pancakes for dinner' })],
      ['/api/capacity', () => a.post('/api/capacity', { level: 'low', day: inDays(0) })],
      ['/api/seasons', () => a.post('/api/seasons', { carrier: 'partner', what: 'You handle dinners for now', why: 'My exams are this month', reviewOn: inDays(28) })],
      ['/api/stretches', () => a.post('/api/stretches', { role: 'pursuer', title: 'Let a message rest for an hour', expectedDiscomfort: 7, shared: true })],
    ];
    for (const [view, change] of changes) {
      const before = (await b.get(view)).body.seq as number;
      expect(before, view).toBe(await headSeq(b));
      expect((await change()).status, view).toBe(201);
      const after = (await b.get(view)).body.seq as number;
      expect(after, view).toBeGreaterThan(before);
      expect(after, view).toBe(await headSeq(b));
    }
  });

  it('a season’s change answers with the seq of its event, and the list read after it agrees', async () => {
    const { a, b } = await newCouple(app.url);
    const socket = await b.openSocket({ lastSeq: await headSeq(b) });
    const proposed = await a.post('/api/seasons', { carrier: 'me', what: 'I carry the mornings', why: 'Your night shifts', reviewOn: inDays(21) });
    const event = await socket.next((m) => m.type === 'event' && m.event.type === 'season.proposed');
    expect(proposed.body.seq).toBe(event.type === 'event' ? event.event.seq : -1);
    expect((await b.get('/api/seasons')).body.seq).toBe(proposed.body.seq);
    const accepted = await b.post(`/api/seasons/${proposed.body.id}/accept`);
    expect(accepted.body).toMatchObject({ status: 'active', seq: proposed.body.seq + 1 });
    expect((await a.get('/api/seasons')).body.seq).toBe(accepted.body.seq);
    socket.close();
  });

  it('a saved reminder, mine alone, answers with the seq of the rituals it was saved against', async () => {
    const { a } = await newCouple(app.url);
    const ritual = (await a.post('/api/rituals', { libraryKey: 'morning_gaze' })).body.id as string;
    const saved = await a.put(`/api/rituals/${ritual}/reminder`, { localTime: '07:30', weekdays: [1, 3], timeZone: 'Europe/Berlin', enabled: true });
    expect(saved.status).toBe(200);
    const rituals = (await a.get('/api/rituals')).body;
    expect(saved.body.seq).toBe(rituals.seq);
    expect(rituals.rituals[0].myReminder).toEqual({ localTime: '07:30', weekdays: [1, 3], timeZone: 'Europe/Berlin', enabled: true, nextDueAt: saved.body.nextDueAt });
  });

  it('a person without a space reads their stretches as of seq 0', async () => {
    const alone = new TestClient(app.url);
    await alone.signup(`alone-${randomUUID().slice(0, 8)}@example.test`);
    expect((await alone.get('/api/stretches')).body).toMatchObject({ stretches: [], seq: 0 });
  });
});
