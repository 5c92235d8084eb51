import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testConfig, type TestApp } from './support/test-app';
import { TestClient, type ApiResponse } from './support/client';
import { documentedRoutes, isStateChanging } from './support/openapi';
import { loadSideDoc } from '../src/features/pattern-map/side-doc';
import { connectTherapist, therapistOn } from './support/therapist';
import { SoftAuthenticator } from './support/soft-authenticator';

/**
 * The log canary: a distinct made-up word is planted in every kind of private
 * text a person can write, through the app's own routes, on a server logging at
 * `trace` into the same logger the real server uses. Errors are provoked too:
 * bad input, constraint violations the database reports with the values in
 * them, a forced database error inside a repair, a failing background sweep.
 * Then every log line is searched for every canary (as written, and as base64,
 * the way pattern-map edits travel). One hit is a private word in the log.
 *
 * Every documented state-changing route must be listed in `PRIVATE_TEXT` (and
 * so carry a canary here) or in `NO_PRIVATE_TEXT`: a new route cannot ship
 * without someone deciding whether what it takes is private.
 */

const lines: string[] = [];
let app: TestApp;
let sink: Writable;
beforeAll(async () => {
  sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  app = await startTestApp({ logLevel: 'trace', push: { ...testConfig().push, allowLoopback: true } }, { logDestination: sink });
});
afterAll(() => app.close());

/** word → what it stands for (the label shows in a failure, the word never elsewhere). */
const canaries = new Map<string, string>();
/** The app-lock PIN the test used (digits, so not a canary word). */
let appLockPin = '';
function canary(label: string): string {
  const word = `cnry${label.toLowerCase().replace(/[^a-z]/g, '').slice(0, 14)}${randomBytes(4).toString('hex')}`;
  canaries.set(word, label);
  return word;
}
/** A canary inside ordinary words, as people write. */
const said = (label: string) => `today ${canary(label)} felt heavy`;

/** Base64 of `word` at each of the three alignments it can have inside a longer byte string. */
function base64Forms(word: string): string[] {
  return [0, 1, 2].map((shift) => {
    const encoded = Buffer.concat([Buffer.alloc(shift, 0x20), Buffer.from(word)]).toString('base64');
    // Drop the characters that also depend on the bytes around the word.
    const start = Math.ceil((shift * 4) / 3) + 1;
    return encoded.slice(start, start + Math.floor((word.length * 4) / 3) - 3);
  });
}

async function expectStatus(res: Promise<ApiResponse> | ApiResponse, status: number, label: string): Promise<ApiResponse> {
  const r = await res;
  expect(r.status, `${label}: ${JSON.stringify(r.body)?.slice(0, 200)}`).toBe(status);
  return r;
}

const PASSWORD = 'a long enough passphrase';
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function sideEdit(client: TestClient, mapId: string, ownerId: string, field: string, text: string) {
  const res = await client.get(`/api/maps/${mapId}/sides/${ownerId}/updates?after=0`);
  const doc = loadSideDoc(res.status === 200 && res.body.update ? Buffer.from(res.body.update, 'base64') : null);
  const before = Y.encodeStateVector(doc);
  doc.getText(field).insert(0, text);
  return Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64');
}

/** Routes that take words a person wrote; each gets a canary below. */
const PRIVATE_TEXT = [
  'POST /api/auth/signup',
  'POST /api/auth/login',
  'PATCH /api/account',
  'POST /api/account/password',
  // Adding a passkey asks for the password again, and takes the name the person gives it.
  'POST /api/account/passkeys/options',
  'POST /api/account/passkeys',
  'POST /api/account/email',
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/complete',
  'DELETE /api/account',
  // The app lock's PIN and the password that sets it (the PIN is digits: checked on its own below).
  'PUT /api/account/app-lock',
  'DELETE /api/account/app-lock',
  'POST /api/account/app-lock/unlock',
  'POST /api/couple',
  'PATCH /api/couple',
  'POST /api/signals',
  'POST /api/signals/:id/answer',
  'PUT /api/pause/usual',
  'POST /api/pause/commands',
  'POST /api/maps',
  'PATCH /api/maps/:id',
  'POST /api/maps/:id/sides/:ownerId/updates',
  'POST /api/maps/:id/comments',
  'POST /api/contracts',
  'PUT /api/contracts/:id/mark',
  'POST /api/said-and-meant',
  'PATCH /api/said-and-meant/:id',
  'POST /api/toolkit/scripts',
  'PATCH /api/toolkit/scripts/:id',
  'POST /api/toolkit/helps',
  'PUT /api/toolkit/playlist',
  'POST /api/ruptures',
  'PUT /api/ruptures/:id/note',
  'POST /api/repairs/:id/draft',
  'POST /api/repairs/:id/submit',
  'POST /api/journal',
  'PATCH /api/journal/:id',
  'POST /api/reflections',
  'POST /api/rituals',
  'POST /api/capacity',
  'POST /api/seasons',
  'POST /api/stretches',
  'POST /api/stretches/:id/done',
  'POST /api/notes',
  'POST /api/notes/:id/react',
  'POST /api/joy',
  'POST /api/joy/ideas',
  // A therapist's practice and contact (and their sign-up, above).
  'PATCH /api/therapist/profile',
  // The therapist's note to the couple, a partner's words on how a practice went, a private message.
  'POST /api/desk/couples/:coupleId/assignments',
  'PUT /api/homework/:id/reply',
  'POST /api/tell-therapist/messages',
  // A therapist's private session notes.
  'POST /api/desk/notes',
  'PATCH /api/desk/notes/:id',
];

/** Routes whose input is ids, choices, numbers, tokens or media bytes: nothing a person wrote in words. */
const NO_PRIVATE_TEXT = [
  // The weekly check-in takes private answers, but only as numbers on fixed scales and choices: no words to leak.
  'PUT /api/checkins/week',
  'PUT /api/checkins/day',
  'PUT /api/checkins/reminder',
  // A heart trace is private, but numbers (seconds, beats a minute), never words; no body is logged.
  'PUT /api/heart/pauses/:pauseId/trace',
  'DELETE /api/heart/pauses/:pauseId/trace',
  'POST /api/auth/logout',
  'POST /api/auth/verify-email',
  'DELETE /api/account/sessions/:id',
  // A sign-in ceremony's answer is signatures and ids, never words.
  'POST /api/auth/passkey/options',
  'POST /api/auth/passkey',
  'DELETE /api/account/passkeys/:id',
  'POST /api/account/app-lock/away',
  'POST /api/account/sessions/end-all',
  'POST /api/couple/invites',
  'DELETE /api/couple/invites/:id',
  'POST /api/invites/preview',
  'POST /api/invites/accept',
  'POST /api/couple/leave',
  'POST /api/couple/ended/read',
  'POST /api/signals/:id/delivered',
  'POST /api/signals/:id/seen',
  'POST /api/signals/:id/put-away',
  'POST /api/pause/pulse',
  'POST /api/maps/:id/share',
  'POST /api/maps/:id/awareness',
  'POST /api/maps/:id/sides/:ownerId/restore',
  'DELETE /api/maps/:id/comments/:commentId',
  'DELETE /api/said-and-meant/:id',
  'DELETE /api/toolkit/scripts/:id',
  'DELETE /api/toolkit/helps/:id',
  'PUT /api/toolkit/helps/sharing',
  'POST /api/push/subscriptions',
  'DELETE /api/push/subscriptions',
  'PUT /api/notifications/prefs',
  // A language code from a fixed list.
  'PUT /api/account/language',
  'PUT /api/notifications/sharing',
  'PUT /api/ruptures/:id/view',
  'POST /api/ruptures/:id/repaired',
  'POST /api/ruptures/:id/repair',
  'POST /api/repairs/:id/acknowledge',
  'POST /api/actions/:id/done',
  'POST /api/actions/:id/acknowledge',
  'DELETE /api/journal/:id',
  'DELETE /api/reflections/:id',
  'DELETE /api/rituals/:id',
  'PUT /api/rituals/:id/reminder',
  'POST /api/rituals/:id/moments',
  'POST /api/moments/:id/confirm',
  'POST /api/seasons/:id/accept',
  'POST /api/seasons/:id/renew',
  'POST /api/seasons/:id/end',
  'POST /api/notes/voice',
  'POST /api/notes/:id/played',
  'DELETE /api/notes/:id',
  'PUT /api/joy/:id/photo',
  'DELETE /api/joy/:id',
  'DELETE /api/joy/ideas/:id',
  // The safety check's answers are choices from a fixed list (no words to plant a canary in); the
  // body is never logged at any level, like every other body.
  'PUT /api/safety/check',
  'DELETE /api/safety/check',
  'POST /api/safety/check/dismiss',
  // Connecting with a therapist: tokens, scope choices and ids.
  'POST /api/therapist/link',
  'POST /api/therapist/couples/:coupleId/end',
  'POST /api/connect/preview',
  'POST /api/connect/accept',
  'POST /api/my-therapist/link',
  'PUT /api/my-therapist/consent',
  'POST /api/my-therapist/end',
  'DELETE /api/desk/couples/:coupleId/assignments/:id',
  'PUT /api/desk/couples/:coupleId/checkin-before-session',
  'PUT /api/desk/couples/:coupleId/sessions',
  'DELETE /api/desk/notes/:id',
];

describe('the log canary', () => {
  it('has decided, for every state-changing route, whether it takes private words', async () => {
    const changing = (await documentedRoutes(app.url)).filter(isStateChanging).map((r) => r.key);
    const decided = new Set([...PRIVATE_TEXT, ...NO_PRIVATE_TEXT]);
    expect(changing.filter((key) => !decided.has(key)), 'routes nobody decided about').toEqual([]);
    expect([...decided].filter((key) => !changing.includes(key)), 'entries without a route').toEqual([]);
  });

  it('finds no private word in any log line, through every kind of private text and the errors they can meet', { timeout: 120_000 }, async () => {
    // --- two people and their space: names and emails are private too ------------------
    const a = new TestClient(app.url);
    const b = new TestClient(app.url);
    const aEmail = `${canary('email of a')}@example.test`;
    const bEmail = `${canary('email of b')}@example.test`;
    const bPassword = `${canary('password of b')} passphrase`;
    await a.signup(aEmail, canary('display name of a'));
    await b.signup(bEmail, canary('display name of b'), bPassword);
    await expectStatus(a.patch('/api/account', { displayName: canary('new display name') }), 204, 'rename');
    const coupleId = (await expectStatus(a.post('/api/couple', { name: canary('space name') }), 201, 'couple')).body.id as string;
    await expectStatus(a.patch('/api/couple', { name: canary('new space name') }), 204, 'rename space');
    const invite = await expectStatus(a.post('/api/couple/invites'), 201, 'invite');
    await expectStatus(b.post('/api/invites/accept', { token: new URL(invite.body.url).hash.slice(1) }), 200, 'join');
    const socket = await b.openSocket({ lastSeq: 0 });
    await socket.next((m) => m.type === 'welcome');
    await expectStatus(new TestClient(app.url).login(aEmail, canary('wrong password')), 401, 'wrong password');
    await expectStatus(new TestClient(app.url).login(`${canary('unknown email')}@example.test`, PASSWORD), 401, 'unknown email');

    // --- in the moment ---------------------------------------------------------------------
    const signal = await expectStatus(a.post('/api/signals', { clientId: randomUUID(), need: 'space', note: said('signal note') }), 201, 'signal');
    await expectStatus(b.post(`/api/signals/${signal.body.id}/answer`, { kind: 'own', text: said('signal answer') }), 200, 'answer');
    await expectStatus(a.put('/api/pause/usual', { minutes: 20, where: 'nearby', tether: said('usual tether'), returnPlan: 'check_in' }), 200, 'usual pause');
    await expectStatus(a.post('/api/pause/commands', { commandId: randomUUID(), command: { type: 'request', minutes: 10, where: 'same_room', tether: said('pause tether'), returnPlan: 'talk' } }), 200, 'pause');
    await expectStatus(b.post('/api/pause/commands', { commandId: randomUUID(), command: { type: 'accept', tether: said('answering tether') } }), 200, 'accept');

    // --- the pattern map, said and meant, agreements ------------------------------------------
    const mapId = (await expectStatus(a.post('/api/maps', { name: canary('map name') }), 201, 'map')).body.id as string;
    await expectStatus(a.patch(`/api/maps/${mapId}`, { name: canary('new map name') }), 200, 'rename map');
    for (const field of ['situation', 'move', 'feeling', 'fear', 'longing']) {
      await expectStatus(a.post(`/api/maps/${mapId}/sides/${a.userId}/updates`, { update: await sideEdit(a, mapId, a.userId!, field, said(`side ${field}`)) }), 200, `side ${field}`);
    }
    await expectStatus(a.post(`/api/maps/${mapId}/share`), 204, 'share side');
    await expectStatus(b.post(`/api/maps/${mapId}/comments`, { sideOwnerId: a.userId, field: 'fear', text: said('map comment') }), 201, 'comment');
    const phrase = await expectStatus(a.post('/api/said-and-meant', { said: said('said'), meant: said('meant') }), 201, 'said and meant');
    await expectStatus(a.patch(`/api/said-and-meant/${phrase.body.id}`, { said: said('said again'), meant: said('meant again') }), 200, 'said and meant again');
    const contract = await expectStatus(a.post('/api/contracts', { text: said('unspoken agreement') }), 201, 'contract');
    await expectStatus(b.put(`/api/contracts/${contract.body.id}/mark`, { decision: 'renegotiate', note: said('agreement note') }), 200, 'mark');

    // --- the toolkit ------------------------------------------------------------------------
    const script = await expectStatus(a.post('/api/toolkit/scripts', { situation: said('script situation'), text: said('my words') }), 201, 'script');
    await expectStatus(a.patch(`/api/toolkit/scripts/${script.body.id}`, { situation: said('situation again'), text: said('my words again') }), 200, 'script again');
    await expectStatus(a.post('/api/toolkit/helps', { text: said('what helps me') }), 201, 'help');
    await expectStatus(a.put('/api/toolkit/playlist', { url: `https://music.example/${canary('playlist')}` }), 204, 'playlist');

    // --- repair ------------------------------------------------------------------------------
    const rupture = await expectStatus(a.post('/api/ruptures', { topic: 'money', intensity: 6, reached: 'me', withdrew: 'partner', note: said('rupture note') }), 201, 'rupture');
    await expectStatus(b.put(`/api/ruptures/${rupture.body.id}/note`, { text: said('private rupture note') }), 204, 'rupture note');
    const repair = await expectStatus(a.post(`/api/ruptures/${rupture.body.id}/repair`, { calmEnough: true }), 200, 'repair');
    const answersOf = (who: string) => ({
      feelings: said(`${who} feelings`),
      myReality: said(`${who} reality`),
      myPart: said(`${who} part`),
      impact: said(`${who} impact`),
      unmetNeed: said(`${who} need`),
      iWill: said(`${who} will`),
      iAsk: said(`${who} ask`),
    });
    await expectStatus(a.post(`/api/repairs/${repair.body.id}/draft`, { answers: answersOf('draft a') }), 200, 'repair draft');
    await expectStatus(a.post(`/api/repairs/${repair.body.id}/submit`, { answers: answersOf('repair a') }), 200, 'repair a');
    await expectStatus(b.post(`/api/repairs/${repair.body.id}/submit`, { answers: answersOf('repair b') }), 200, 'repair b');
    const entry = await expectStatus(a.post('/api/journal', { text: said('journal entry') }), 201, 'journal');
    await expectStatus(a.patch(`/api/journal/${entry.body.id}`, { text: said('journal edited') }), 204, 'journal edited');
    await expectStatus(a.post('/api/reflections', { lettingGo: said('letting go'), instead: said('instead') }), 201, 'reflection');

    // --- daily practice --------------------------------------------------------------------------
    const ritualTitle = said('ritual title');
    const ritual = await expectStatus(a.post('/api/rituals', { title: ritualTitle }), 201, 'ritual');
    await expectStatus(a.post('/api/capacity', { level: 'low', note: said('capacity words'), day: inDays(0) }), 201, 'capacity');
    await expectStatus(a.post('/api/seasons', { carrier: 'me', what: said('season what'), why: said('season why'), reviewOn: inDays(14) }), 201, 'season');
    const stretch = await expectStatus(a.post('/api/stretches', { role: 'pursuer', title: said('stretch'), expectedDiscomfort: 6 }), 201, 'stretch');
    await expectStatus(a.post(`/api/stretches/${stretch.body.id}/done`, { actualDiscomfort: 4, reflection: said('stretch reflection') }), 204, 'stretch done');
    const note = await expectStatus(a.post('/api/notes', { text: said('text note') }), 201, 'note');
    await expectStatus(b.post(`/api/notes/${note.body.id}/react`, { tether: said('note reaction') }), 204, 'react');
    await expectStatus(a.post('/api/joy', { text: said('joy entry') }), 201, 'joy');
    await expectStatus(a.post('/api/joy/ideas', { text: said('joy idea') }), 201, 'joy idea');

    // --- the couple's therapist: their practice and contact, the link, consent, ending ---------------
    const therapist = new TestClient(app.url);
    await expectStatus(
      therapist.post('/api/auth/signup', { email: `${canary('therapist email')}@example.test`, password: PASSWORD, displayName: canary('therapist name'), therapist: { practice: canary('practice'), contact: canary('contact') } }),
      201,
      'therapist signup',
    );
    await expectStatus(therapist.patch('/api/therapist/profile', { practice: canary('new practice'), contact: canary('new contact') }), 204, 'therapist profile');
    const connect = await expectStatus(therapist.post('/api/therapist/link'), 201, 'therapist link');
    const connectToken = new URL(connect.body.url).hash.slice(1);
    await expectStatus(a.post('/api/connect/preview', { token: connectToken }), 200, 'connect preview');
    await expectStatus(a.post('/api/connect/accept', { token: connectToken }), 200, 'connect');
    await expectStatus(a.put('/api/my-therapist/consent', { scope: 'map', granted: true }), 204, 'consent');
    await expectStatus(a.post('/api/my-therapist/end'), 204, 'end connection');

    // --- the therapist's desk: private session notes, homework, and being told privately -----------
    const doctor = await therapistOn(app, 'Lee');
    await connectTherapist(app, doctor, coupleId);
    const sessionNote = await expectStatus(doctor.post('/api/desk/notes', { coupleId, text: said('session note') }), 201, 'session note');
    await expectStatus(doctor.patch(`/api/desk/notes/${sessionNote.body.id}`, { text: said('session note changed') }), 200, 'session note changed');
    await expectStatus(doctor.get('/api/desk/notes/export.txt'), 200, 'notes export');
    const assignment = await expectStatus(doctor.post(`/api/desk/couples/${coupleId}/assignments`, { practiceKey: 'evening-ritual', note: said('homework note'), dueOn: inDays(7) }), 201, 'assign');
    await expectStatus(a.put(`/api/homework/${assignment.body.id}/reply`, { done: true, howItWent: said('how it went') }), 200, 'how it went');
    await expectStatus(a.put('/api/safety/check', { answers: { afraid: 'yes' } }), 200, 'safety check');
    await expectStatus(a.post('/api/tell-therapist/messages', { text: said('private message'), includeSafetyCheck: true }), 201, 'tell privately');
    await expectStatus(doctor.get(`/api/desk/couples/${coupleId}/private-messages`), 200, 'therapist reads');
    await expectStatus(a.post('/api/tell-therapist/messages', { text: `${said('too long message')} ${'x'.repeat(4001)}` }), 400, 'too long message');
    await expectStatus(b.put(`/api/homework/${randomUUID()}/reply`, { done: true, howItWent: said('reply to nothing') }), 404, 'reply to nothing');

    // --- bad input carrying private words: refused, and not logged -------------------------------
    const refused = async (res: Promise<ApiResponse>, label: string) => {
      const r = await res;
      expect(r.status, label).toBeGreaterThanOrEqual(400);
      expect(r.status, label).toBeLessThan(500);
    };
    await refused(a.post('/api/journal', { text: `${said('too long journal')} ${'x'.repeat(10_001)}` }), 'too long');
    await refused(a.post('/api/notes', { text: `${said('nul note')}\u0000` }), 'NUL');
    await refused(a.post('/api/said-and-meant', { said: said('said wrong type'), meant: 42 }), 'wrong type');
    await refused(a.request('POST', '/api/journal', undefined, { rawBody: `{"text": "${said('broken json')}`, contentType: 'application/json' }), 'broken JSON');
    await refused(a.request('POST', '/api/joy', undefined, { rawBody: said('not json at all'), contentType: 'text/plain' }), 'not JSON');
    await refused(a.request('POST', '/api/notes', { text: said('forged csrf') }, { headers: { 'x-csrf-token': 'wrong' } }), 'CSRF');
    await refused(new TestClient(app.url).post('/api/journal', { text: said('signed out') }), 'signed out');
    await refused(b.post('/api/auth/signup', { email: aEmail, password: PASSWORD, displayName: canary('taken email name') }), 'taken email');
    socket.ws.send(JSON.stringify({ v: 1, type: 'hello', lastSeq: canary('socket junk') }));
    socket.ws.send(`{"v":1,"type":"${canary('socket broken')}`);

    // --- errors the database reports with the values in them ------------------------------------
    // A unique violation: PostgreSQL's detail says "Key (text)=(…) already exists".
    await app.db.query('create unique index canary_journal_once on journal_entries (text)');
    const twice = said('journal twice');
    await expectStatus(a.post('/api/journal', { text: twice }), 201, 'journal once');
    await expectStatus(a.post('/api/journal', { text: twice }), 500, 'journal twice');
    await app.db.query('drop index canary_journal_once');
    // A forced error while saving repair answers: the statement's parameters hold them.
    const forced = canary('repair answer forced');
    await app.db.query(`alter table repairs add constraint canary_repairs check (state::text not like '%${forced}%')`);
    const rupture2 = await expectStatus(a.post('/api/ruptures', { topic: 'chores', intensity: 3, reached: 'me', withdrew: 'partner' }), 201, 'rupture 2');
    const repair2 = await expectStatus(a.post(`/api/ruptures/${rupture2.body.id}/repair`, { calmEnough: true }), 200, 'repair 2');
    await expectStatus(a.post(`/api/repairs/${repair2.body.id}/draft`, { answers: { feelings: `my ${forced} answer` } }), 500, 'forced repair error');
    await app.db.query('alter table repairs drop constraint canary_repairs');

    // --- a background sweep that fails with a private word in its statement ------------------------
    await app.db.query(`alter table push_outbox add constraint canary_outbox check (message::text not like '%cnryritualtitle%')`);
    await expectStatus(a.put('/api/notifications/prefs', { muted: false, quietStart: null, quietEnd: null, timeZone: 'UTC', showDetails: true }), 200, 'details on');
    await expectStatus(a.request('PUT', `/api/rituals/${ritual.body.id}/reminder`, { localTime: '07:30', weekdays: [1, 2, 3, 4, 5, 6, 7], timeZone: 'UTC', enabled: true }), 200, 'reminder');
    await app.db.query(`update ritual_reminders set next_due_at = now() - interval '1 minute' where couple_id = $1`, [coupleId]);
    const until = Date.now() + 40_000;
    while (!lines.some((l) => l.includes('reminder sweep failed')) && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
    await app.db.query('alter table push_outbox drop constraint canary_outbox');

    // --- the app lock: neither the PIN nor the password that sets it -------------------------------
    const pin = String(randomBytes(4).readUInt32BE(0) % 90_000_000 + 10_000_000);
    await expectStatus(a.put('/api/account/app-lock', { password: canary('app lock password'), pin, lockAfterMinutes: 5, signOutAfterMinutes: null }), 403, 'app lock, wrong password');
    await expectStatus(a.put('/api/account/app-lock', { password: PASSWORD, pin, lockAfterMinutes: 5, signOutAfterMinutes: null }), 200, 'app lock set');
    await expectStatus(a.post('/api/account/app-lock/unlock', { pin: '1234' }), 403, 'app lock, wrong PIN');
    await expectStatus(a.post('/api/account/app-lock/unlock', { pin }), 200, 'app lock, right PIN');
    await expectStatus(a.del('/api/account/app-lock', { password: canary('app lock lift password') }), 403, 'app lock lift, wrong password');
    await expectStatus(a.del('/api/account/app-lock', { pin }), 204, 'app lock lifted');
    appLockPin = pin;

    // --- a passkey: neither the password asked again nor the name given to it ----------------------
    await expectStatus(a.post('/api/account/passkeys/options', { currentPassword: canary('passkey password') }), 403, 'passkey, wrong password');
    const ceremony = await expectStatus(a.post('/api/account/passkeys/options', { currentPassword: PASSWORD }), 200, 'passkey options');
    const authenticator = new SoftAuthenticator(a.baseUrl);
    await expectStatus(a.post('/api/account/passkeys', { challengeId: ceremony.body.challengeId, response: authenticator.register(ceremony.body.options), name: `my ${canary('passkey name')} phone` }), 201, 'passkey added');
    // --- a new password and a new email: the addresses, the passwords and the links ------------------
    await expectStatus(new TestClient(app.url).post('/api/auth/password-reset', { email: `${canary('reset email')}@example.test` }), 202, 'reset request');
    await expectStatus(
      new TestClient(app.url).post('/api/auth/password-reset/complete', { token: 'A'.repeat(43), newPassword: `${canary('reset password')} phrase` }),
      400,
      'reset, no such link',
    );
    await expectStatus(a.post('/api/account/email', { currentPassword: canary('email change password'), email: `${canary('email change wrong')}@example.test` }), 403, 'email change, wrong password');
    await expectStatus(a.post('/api/account/email', { currentPassword: PASSWORD, email: `${canary('new email of a')}@example.test` }), 200, 'email change');
    // With a mail server that cannot be reached: the failed sends are logged, by code only.
    const mailing = await app.startVariant({ mail: { smtpUrl: 'smtp://127.0.0.1:9', from: 'offbeat@example.test' } }, { logDestination: sink });
    const resetEmail = `${canary('mailed reset email')}@example.test`;
    await new TestClient(app.url).signup(resetEmail, canary('mailed reset name'));
    await expectStatus(new TestClient(mailing.url).post('/api/auth/password-reset', { email: resetEmail }), 202, 'mailed reset');
    await expectStatus(
      new TestClient(mailing.url).post('/api/auth/signup', { email: `${canary('mailed signup email')}@example.test`, password: `${canary('mailed signup password')} phrase`, displayName: canary('mailed signup name') }),
      202,
      'mailed sign-up',
    );
    await mailing.app.ctx.mailer.idle();

    // --- leaving: a deleted person's words must not surface either --------------------------------
    await expectStatus(a.post('/api/account/password', { currentPassword: PASSWORD, newPassword: `${canary('new password')} phrase` }), 204, 'password');
    await expectStatus(b.del('/api/account', { password: bPassword }), 204, 'delete account');
    socket.close();

    // --- the scan --------------------------------------------------------------------------------
    const text = lines.join('\n');
    // The capture saw what it had to: requests, the two database errors and the failed sweep, by code.
    expect(text).toContain('/api/repairs/');
    expect(text).toContain('"code":"23505"');
    expect(text).toContain('"code":"23514"');
    expect(text).toContain('reminder sweep failed');
    expect(text).toContain('a mail could not be sent');
    expect(canaries.size).toBeGreaterThan(60);
    const found: string[] = [];
    const lower = text.toLowerCase();
    for (const [word, label] of canaries) {
      if (lower.includes(word)) found.push(`${label} (as written)`);
      else if (base64Forms(word).some((form) => text.includes(form))) found.push(`${label} (as base64)`);
    }
    // A PIN is only digits: found only where no other digit touches it (not inside a timestamp or id).
    if (new RegExp(`(?<![0-9])${appLockPin}(?![0-9])`).test(text)) found.push('app lock PIN (as written)');
    expect(found, 'private words found in the log').toEqual([]);
  });
});
