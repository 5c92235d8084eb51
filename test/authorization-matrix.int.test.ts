import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';
import { TestClient, type ApiResponse } from './support/client';
import { documentedRoutes, type DocumentedRoute } from './support/openapi';
import { hashToken, randomToken } from '../src/core/auth/tokens';
import { loadSideDoc } from '../src/features/pattern-map/side-doc';
import { jpegWithExif, webmVoice } from './support/media-fixtures';
import { connectTherapist, consentTo, therapistOn } from './support/therapist';
import { OWN_SCOPES, SHARED_SCOPES } from '../src/core/therapist-scope';
import { SoftAuthenticator } from './support/soft-authenticator';

/**
 * Every route × every kind of caller, with the exact status each must get.
 *
 * The world: couple X holds the **owner** (Ada, who made the space and, unless
 * an entry says otherwise, the resource in the request) and the **partner**
 * (Bo). Couple Y holds the **stranger** (Sy) and Sy's partner. **anonymous**
 * has no session (but does have the signed-out CSRF token, so a refusal is
 * about access, not CSRF). Every request names couple X's resources. For
 * anonymous and the stranger, X's data must be byte-for-byte unchanged and
 * the reply must not mention any of X's ids, names, emails or texts; resources
 * private to the owner must not reach the partner either.
 *
 * A route in the OpenAPI document without an entry here fails the suite, so a
 * new route cannot ship without someone deciding who may call it.
 */

/**
 * `former` is the owner's former partner: the two once shared a space, it ended when the former
 * left, and each has paired again since (the owner with the partner of couple X, the former in a
 * space of their own). Under the one privacy model they are a stranger to X: they get exactly what
 * the stranger gets, and the partner — the owner's later partner — sees nothing of that old space.
 */
/**
 * The therapist columns: one therapist connected to couple X, called with the partners' consent
 * in each state in turn — none given, only the owner's (to every scope), both partners', and both
 * given then withdrawn — and a therapist connected to couple Y with both partners' consent there.
 * A partner route refuses every therapist (403) unless its entry says otherwise.
 */
type TherapistRole = 'therapistNone' | 'therapistOne' | 'therapistBoth' | 'therapistRevoked' | 'therapistOther';
const THERAPIST_ROLES: TherapistRole[] = ['therapistNone', 'therapistOne', 'therapistBoth', 'therapistRevoked', 'therapistOther'];
type PartnerSideRole = 'anonymous' | 'stranger' | 'former' | 'partner' | 'owner';
type Role = PartnerSideRole | TherapistRole;
type ExpectedRole = Exclude<PartnerSideRole, 'former'>;
// Those from outside the space first, so nothing the partners do (spend, delete) comes before them.
const ROLES: Role[] = ['anonymous', 'stranger', 'former', ...THERAPIST_ROLES, 'partner', 'owner'];
const isTherapistRole = (role: Role): role is TherapistRole => (THERAPIST_ROLES as string[]).includes(role);
const PASSWORD = 'a long enough passphrase';

let app: TestApp;
let routes: DocumentedRoute[];
beforeAll(async () => {
  // Push endpoints on a closed local port: deliveries fail at once instead of waiting on DNS.
  app = await startTestApp({ push: { contact: 'mailto:test@example.test', allowLoopback: true } });
  routes = await documentedRoutes(app.url);
});
afterAll(() => app.close());

// --- the world ------------------------------------------------------------------------

interface World {
  tag: string;
  owner: TestClient;
  partner: TestClient;
  stranger: TestClient;
  anonymous: TestClient;
  former: TestClient;
  /** Connected to couple X; its consent is set for each therapist column before the call. */
  therapist: TestClient;
  therapistOther: TestClient;
  therapistLinkId: string;
  /** Couple X's digest as last read, with the write-ahead log position it was read at. */
  lastDigest?: { lsn: string; digest: string };
  /** The consent in force for X's therapist link as the columns last left it; unset once the partners have called. */
  consent?: { linkId: string; owner: boolean; partner: boolean };
  strangerPartner: TestClient;
  coupleYId: string;
  coupleId: string;
  ownerEmail: string;
  /** Strings that identify couple X; none may reach the stranger, the former partner or anonymous. */
  secrets: string[];
  /** Words from the owner's old space with the former partner (both theirs, shared there); none may reach anyone else now. */
  pastSecrets: string[];
}

async function person(name: string, tag: string) {
  const client = new TestClient(app.url);
  const email = `${name.toLowerCase()}-${tag}@example.test`;
  await client.signup(email, `${name} ${tag}`);
  return { client, email };
}

async function join(owner: TestClient, partner: TestClient, name: string) {
  const created = await owner.post('/api/couple', { name });
  const invite = await owner.post('/api/couple/invites');
  const res = await partner.post('/api/invites/accept', { token: new URL(invite.body.url).hash.slice(1) });
  expect(res.status).toBe(200);
  return created.body.id as string;
}

async function newWorld(): Promise<World> {
  const tag = Math.random().toString(36).slice(2, 9);
  const [ada, bo, sy, sy2, fen, fen2] = await Promise.all([person('Ada', tag), person('Bo', tag), person('Sy', tag), person('Tam', tag), person('Fen', tag), person('Ira', tag)]);
  // Before couple X: Ada and Fen shared a space, and shared words in it; Fen left, so it ended.
  await join(ada.client, fen.client, `Couple O ${tag}`);
  const pastSecrets = [`fen-past-pair-${tag}`, `fen-past-entry-${tag}`, `ada-past-pair-${tag}`, `Couple O ${tag}`];
  await created(fen.client.post('/api/said-and-meant', { said: `fen-past-pair-${tag}`, meant: 'x', shared: true }));
  const fenEntry = await created(fen.client.post('/api/journal', { text: `fen-past-entry-${tag}` }));
  await created(fen.client.patch(`/api/journal/${fenEntry.body.id}`, { shared: true }), 204);
  await created(ada.client.post('/api/said-and-meant', { said: `ada-past-pair-${tag}`, meant: 'y', shared: true }));
  await created(fen.client.post('/api/couple/leave'), 204);
  await Promise.all([ada.client.refreshSession(), fen.client.refreshSession()]);
  await join(fen.client, fen2.client, `Couple F ${tag}`);
  const coupleId = await join(ada.client, bo.client, `Couple X ${tag}`);
  const coupleY = await join(sy.client, sy2.client, `Couple Y ${tag}`);
  const [therapist, therapistOther] = await Promise.all([therapistOn(app, `Dr Lee ${tag}`), therapistOn(app, `Dr Oak ${tag}`)]);
  const therapistLinkId = await connectTherapist(app, therapist, coupleId);
  const otherLinkId = await connectTherapist(app, therapistOther, coupleY);
  for (const partnerOfY of [sy.client, sy2.client]) await consentTo(app, otherLinkId, partnerOfY, EVERY_SCOPE);
  const anonymous = new TestClient(app.url);
  await anonymous.refreshSession();
  return {
    tag,
    owner: ada.client,
    partner: bo.client,
    stranger: sy.client,
    anonymous,
    former: fen.client,
    therapist,
    therapistOther,
    therapistLinkId,
    strangerPartner: sy2.client,
    coupleYId: coupleY,
    coupleId,
    ownerEmail: ada.email,
    pastSecrets,
    secrets: [coupleId, ada.client.userId!, bo.client.userId!, ada.email, bo.email, `Ada ${tag}`, `Bo ${tag}`, `Couple X ${tag}`],
  };
}

let digestQuery: Promise<string> | undefined;

/** One query giving every row that belongs to couple X or its two people, minus volatile columns. */
async function buildDigestQuery(): Promise<string> {
  const columns = await app.db.query<{ table: string; column: string }>(
    `select c.table_name as "table", c.column_name as "column" from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' order by 1, c.ordinal_position`,
  );
  const tables = new Map<string, string[]>();
  for (const { table, column } of columns) tables.set(table, [...(tables.get(table) ?? []), column]);
  // A log whose trigger refuses UPDATE and DELETE can change only by growing, so its count tells
  // every change; serialising it instead would cost more with each cell (consent is appended per column).
  const appendOnly = new Set(
    (await app.db.query<{ table: string }>(`select distinct tgrelid::regclass::text as "table" from pg_trigger where tgname like '%append_only'`)).map((r) => r.table),
  );
  const selects: string[] = [];
  for (const [table, cols] of tables) {
    if (['app_nodes', 'presence', 'app_settings'].includes(table)) continue;
    const conditions: string[] = [];
    if (cols.includes('couple_id')) conditions.push('couple_id = $1');
    for (const c of ['user_id', 'owner_id', 'author_id', 'sender_id']) if (cols.includes(c)) conditions.push(`${c} = any($2::uuid[])`);
    if (table === 'users') conditions.push('id = any($2::uuid[])');
    if (table === 'couples') conditions.push('id = $1');
    if (conditions.length === 0) continue;
    // Heartbeats and sliding expiry move by themselves; the push outbox is drained in the background.
    const kept = cols.filter((c) => !['last_seen_at', 'expires_at', 'heartbeat_at'].includes(c) && !(table === 'push_outbox' && c !== 'id'));
    if (appendOnly.has(table)) {
      selects.push(`select '${table}: ' || count(*) as r from "${table}" where ${conditions.join(' or ')}`);
      continue;
    }
    selects.push(`select '${table}: ' || json_build_array(${kept.map((c) => `"${c}"`).join(', ')})::text as r from "${table}" where ${conditions.join(' or ')}`);
  }
  return `select coalesce(string_agg(r, E'\\n' order by r), '') as digest from (${selects.join('\nunion all\n')}) rows`;
}

/**
 * X's digest, and the write-ahead log position it was read at: nothing can have changed while
 * the position stays where it was, so the digest before one cell is often the one after the last.
 */
async function coupleDigest(w: World): Promise<string> {
  const [{ lsn }] = (await app.db.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn')) as [{ lsn: string }];
  if (w.lastDigest?.lsn === lsn) return w.lastDigest.digest;
  digestQuery ??= buildDigestQuery();
  const [row] = await app.db.query<{ digest: string }>(await digestQuery, [w.coupleId, [w.owner.userId!, w.partner.userId!]]);
  w.lastDigest = { lsn, digest: row!.digest };
  return row!.digest;
}

// --- helpers to make the owner's resources -----------------------------------------------

const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');

/** An edit to the outer "situation" layer of a side, made on top of what the server holds. */
async function sideEdit(client: TestClient, mapId: string, ownerId: string, text: string) {
  const res = await client.get(`/api/maps/${mapId}/sides/${ownerId}/updates?after=0`);
  const doc = loadSideDoc(res.status === 200 && res.body.update ? Buffer.from(res.body.update, 'base64') : null);
  const before = Y.encodeStateVector(doc);
  doc.getText('situation').insert(0, text);
  return b64(Y.encodeStateAsUpdate(doc, before));
}

async function created(res: Promise<ApiResponse>, status = 201): Promise<ApiResponse> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r;
}

/** Couple X's map, with the owner's side written and shared, and a comment by the partner on it. */
async function mapWorld(w: World) {
  const mapId = (await created(w.owner.post('/api/maps', { name: `Loop ${w.tag}` }))).body.id as string;
  const ownerId = w.owner.userId!;
  await created(w.owner.post(`/api/maps/${mapId}/sides/${ownerId}/updates`, { update: await sideEdit(w.owner, mapId, ownerId, `situation ${w.tag}`) }), 200);
  await created(w.owner.post(`/api/maps/${mapId}/share`), 204);
  const commentId = (await created(w.partner.post(`/api/maps/${mapId}/comments`, { sideOwnerId: ownerId, field: 'feeling', reaction: 'hug' }))).body.id as string;
  return { mapId, ownerId, commentId, secrets: [mapId, commentId, `situation ${w.tag}`, `Loop ${w.tag}`] };
}

async function signalWorld(w: World) {
  const clientId = randomUUID();
  const signal = await w.owner.post('/api/signals', { clientId, need: 'space', note: `note ${w.tag}` });
  // 200 when this tap joins the owner's still-open signal from an earlier entry (the same moment).
  expect([200, 201], JSON.stringify(signal.body)).toContain(signal.status);
  return { signalId: signal.body.id as string, clientId, secrets: [signal.body.id, `note ${w.tag}`] };
}

async function ruptureWorld(w: World) {
  const rupture = await created(w.owner.post('/api/ruptures', { topic: 'money', intensity: 6, reached: 'me', withdrew: 'partner', note: `private note ${w.tag}` }));
  const ruptureId = rupture.body.id as string;
  const repair = await created(w.owner.post(`/api/ruptures/${ruptureId}/repair`, { calmEnough: true }), 200);
  return { ruptureId, repairId: repair.body.id as string, secrets: [ruptureId, repair.body.id, `private note ${w.tag}`] };
}

/** A repair action of the owner's, inserted as a revealed repair would leave it. */
async function actionWorld(w: World, done: boolean) {
  const { repairId, secrets } = await ruptureWorld(w);
  const [row] = await app.db.query<{ id: string }>(
    `insert into repair_actions (couple_id, repair_id, owner_id, text, done_at) values ($1, $2, $3, $4, ${done ? 'now()' : 'null'}) returning id`,
    [w.coupleId, repairId, w.owner.userId, `action ${w.tag}`],
  );
  return { actionId: row!.id, secrets: [...secrets, row!.id, `action ${w.tag}`] };
}

/** An open invite for X, as if left over from before the partner joined. */
async function inviteWorld(w: World) {
  const token = randomToken();
  const [row] = await app.db.query<{ id: string }>(
    `insert into invites (couple_id, token_hash, created_by, expires_at) values ($1, $2, $3, now() + interval '1 day') returning id`,
    [w.coupleId, hashToken(token), w.owner.userId],
  );
  return { inviteId: row!.id, token, secrets: [row!.id, token] };
}

/** A therapist of nobody yet, signed up through the app's own sign-up. */
async function therapistAccount(w: World): Promise<TestClient> {
  const client = new TestClient(app.url);
  const res = await client.post('/api/auth/signup', {
    email: `dr-${randomUUID()}@example.test`,
    password: PASSWORD,
    displayName: `Dr ${w.tag}`,
    therapist: { practice: 'A practice', contact: 'office@example.test' },
  });
  expect(res.status).toBe(201);
  client.userId = res.body.user.id;
  return client;
}

/** Ends the therapist connections of couple X and of the other callers' spaces, so each can connect anew. */
async function endConnections(w: World): Promise<Prepared> {
  await app.db.query(
    `update therapist_links set ended_at = now() where ended_at is null and couple_id in (select couple_id from couple_members where user_id = any($1::uuid[]))`,
    [[w.owner.userId, w.stranger.userId, w.former.userId]],
  );
  return {};
}

/** A therapist's one-time link, for a couple to open. */
async function therapistLinkWorld(w: World) {
  const res = await created((await therapistAccount(w)).post('/api/therapist/link'));
  const token = new URL(res.body.url).hash.slice(1);
  return { token, secrets: [token] };
}

/** Couple X, and each other caller's space, with a therapist connected (unless one is already). */
async function connectedWorld(w: World) {
  const therapist = await therapistAccount(w);
  await app.db.query(
    `insert into therapist_links (couple_id, therapist_id)
     select m.couple_id, $2 from couple_members m
      where m.user_id = any($1::uuid[]) and not exists (select 1 from therapist_links l where l.couple_id = m.couple_id and l.ended_at is null)
      group by m.couple_id`,
    [[w.owner.userId, w.stranger.userId, w.former.userId], therapist.userId],
  );
  return {};
}

async function ownerSessionWorld(w: World) {
  const device = new TestClient(app.url);
  await created(device.login(w.ownerEmail), 200);
  const sessionId = (await device.get('/api/account/sessions')).body.sessions.find((s: { current: boolean }) => s.current).id as string;
  return { sessionId, secrets: [sessionId] };
}

/** The owner set an app lock (PIN 2468); nobody else has one. */
async function appLockWorld(w: World) {
  await created(w.owner.put('/api/account/app-lock', { password: PASSWORD, pin: '2468', lockAfterMinutes: 5, signOutAfterMinutes: null }), 200);
  return {};
}

/** The owner added a passkey; its id and credential id are the owner's alone. */
async function ownerPasskeyWorld(w: World) {
  const authenticator = new SoftAuthenticator(app.url);
  const ceremony = await created(w.owner.post('/api/account/passkeys/options', { currentPassword: PASSWORD }), 200);
  const added = await created(w.owner.post('/api/account/passkeys', { challengeId: ceremony.body.challengeId, response: authenticator.register(ceremony.body.options) }), 201);
  return { passkeyId: added.body.id as string, secrets: [added.body.id as string, authenticator.id] };
}

// --- the matrix ----------------------------------------------------------------------------

interface Prepared {
  secrets?: string[];
  /** Texts only the owner may see; the partner's replies must not contain them. */
  ownerOnly?: string[];
  /** Of those, the ones the owner sent their own therapist privately: couple X's therapist may read them. */
  toOwnTherapist?: string[];
  [key: string]: unknown;
}

interface Request {
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  /** A raw upload instead of JSON. */
  upload?: { bytes: Buffer; contentType: string };
}

interface Entry {
  /** Makes what the request names, as the owner (or partner) would. */
  prepare?: (w: World) => Promise<Prepared>;
  request?: (w: World, p: Prepared, role: Role, client: TestClient) => Request | Promise<Request>;
  /** The status for each kind of caller; the former partner is expected to get what the stranger gets. */
  expect: Record<ExpectedRole, number>;
  /** The status for each therapist column; without it, every therapist is refused (403), as on every partner route. */
  therapist?: Record<TherapistRole, number>;
  /**
   * The call uses something up (a session, a membership, an account): each role
   * gets its own `prepare`, and the world is not reused afterwards.
   */
  spends?: boolean;
  /** Roles would get in each other's way (one live pause per couple): each role gets a world of its own. */
  isolated?: boolean;
  /** Extra checks on the reply or the data afterwards. */
  check?: (w: World, p: Prepared, role: Role, res: ApiResponse) => Promise<void> | void;
}

/** A therapist route: every partner is refused (403 therapists_only). */
const therapistsOnly: Record<ExpectedRole, number> = { anonymous: 401, stranger: 403, partner: 403, owner: 403 };
/** `status` for each therapist column; `other` for the therapist of couple Y (404 on a route naming couple X). */
const therapists = (status: number, other = status): Record<TherapistRole, number> => ({
  therapistNone: status,
  therapistOne: status,
  therapistBoth: status,
  therapistRevoked: status,
  therapistOther: other,
});

const all = (status: number): Record<ExpectedRole, number> => ({ anonymous: status, stranger: status, partner: status, owner: status });
/** Anyone signed in may: anonymous 401, everyone else `status` (on their own data). */
const signedIn = (status: number): Record<ExpectedRole, number> => ({ anonymous: 401, stranger: status, partner: status, owner: status });
/** Couple X's shared resource: the stranger gets 404, both partners `status`. */
const coupleOnly = (status: number): Record<ExpectedRole, number> => ({ anonymous: 401, stranger: 404, partner: status, owner: status });
/** The owner's personal resource: only the owner, everyone else 404. */
const ownerOnly = (status: number): Record<ExpectedRole, number> => ({ anonymous: 401, stranger: 404, partner: 404, owner: status });


const matrix: Record<string, Entry> = {
  // accounts
  'GET /api/session': { expect: all(200), therapist: therapists(200) },
  // Signs each caller in as someone new.
  'POST /api/auth/signup': { request: (w, _p, role) => ({ body: { email: `new-${role}-${w.tag}@example.test`, password: PASSWORD, displayName: 'New' } }), expect: all(201), therapist: therapists(201), spends: true },
  'POST /api/auth/login': { request: (w) => ({ body: { email: w.ownerEmail, password: 'not the owner’s password' } }), expect: all(401), therapist: therapists(401) },
  // This server sends no mail: every caller hears "ask the person who runs it", whoever's email it names.
  'POST /api/auth/password-reset': { request: (w) => ({ body: { email: w.ownerEmail } }), expect: all(202), therapist: therapists(202) },
  // A link nobody was sent opens nothing, for anyone (a real one is the mailbox's, whoever holds it: accounts/email.int.test.ts).
  'POST /api/auth/password-reset/complete': { request: () => ({ body: { token: randomToken(), newPassword: 'another long passphrase' } }), expect: all(400), therapist: therapists(400) },
  'POST /api/auth/verify-email': { request: () => ({ body: { token: randomToken() } }), expect: all(400), therapist: therapists(400) },
  // Each caller moves their own account to an address of their own (at once: no mail here).
  'POST /api/account/email': {
    request: (w, _p, role) => ({ body: { currentPassword: PASSWORD, email: `moved-${role}-${w.tag}@example.test` } }),
    expect: signedIn(200),
    therapist: therapists(200),
    spends: true,
  },
  'POST /api/auth/logout': { expect: signedIn(204), therapist: therapists(204), spends: true },
  'PATCH /api/account': { request: () => ({ body: { displayName: 'Renamed' } }), expect: signedIn(204), therapist: therapists(204) },
  'PUT /api/account/language': { request: () => ({ body: { locale: 'de' } }), expect: signedIn(204), therapist: therapists(204) },
  'POST /api/account/password': { request: () => ({ body: { currentPassword: PASSWORD, newPassword: 'another long passphrase' } }), expect: signedIn(204), therapist: therapists(204), spends: true },
  'GET /api/account/sessions': { prepare: ownerSessionWorld, expect: signedIn(200), therapist: therapists(200), check: async (_w, p, role, res) => {
    if (role === 'partner') expect(JSON.stringify(res.body)).not.toContain(p.sessionId as string);
  } },
  'DELETE /api/account/sessions/:id': {
    prepare: ownerSessionWorld,
    request: (_w, p) => ({ params: { id: p.sessionId as string } }),
    expect: ownerOnly(204),
    therapist: therapists(404),
    check: async (_w, p, role) => {
      const rows = await app.db.query('select 1 from sessions where id = $1', [p.sessionId]);
      expect(rows, `${role} must not end the owner's session`).toHaveLength(role === 'owner' ? 0 : 1);
    },
  },
  // Passkeys: each person adds, lists and removes only their own; signing in with one proves it.
  'GET /api/account/passkeys': { prepare: ownerPasskeyWorld, expect: signedIn(200), therapist: therapists(200), check: async (_w, p, role, res) => {
    if (res.status === 200) expect(res.body.passkeys.map((k: { id: string }) => k.id).includes(p.passkeyId), role).toBe(role === 'owner');
  } },
  'POST /api/account/passkeys/options': { request: () => ({ body: { currentPassword: PASSWORD } }), expect: signedIn(200), therapist: therapists(200) },
  'POST /api/account/passkeys': {
    request: async (_w, _p, _role, client) => {
      const ceremony = await client.post('/api/account/passkeys/options', { currentPassword: PASSWORD });
      // Signed out, there is no ceremony to answer: any well-formed answer is refused before it is read.
      const options = ceremony.status === 200 ? ceremony.body : { challengeId: randomUUID(), options: { challenge: 'none', rp: {} } };
      return { body: { challengeId: options.challengeId, response: new SoftAuthenticator(app.url).register(options.options) } };
    },
    expect: signedIn(201), therapist: therapists(201),
  },
  'DELETE /api/account/passkeys/:id': {
    prepare: ownerPasskeyWorld,
    request: (_w, p) => ({ params: { id: p.passkeyId as string } }),
    expect: ownerOnly(204),
    therapist: therapists(404),
    check: async (_w, p, role) => {
      const rows = await app.db.query('select 1 from passkeys where id = $1', [p.passkeyId]);
      expect(rows, `${role} must not remove the owner's passkey`).toHaveLength(role === 'owner' ? 0 : 1);
    },
  },
  'POST /api/auth/passkey/options': { expect: all(200), therapist: therapists(200) },
  // A passkey no account holds signs nobody in, whoever sends it.
  'POST /api/auth/passkey': {
    request: async (_w, _p, _role, client) => {
      const ceremony = await client.post('/api/auth/passkey/options');
      return { body: { challengeId: ceremony.body.challengeId, response: new SoftAuthenticator(app.url).authenticate(ceremony.body.options) } };
    },
    expect: all(401), therapist: therapists(401),
  },
  'POST /api/account/sessions/end-all': { request: () => ({ body: { includeThisDevice: false } }), expect: signedIn(200), therapist: therapists(200), spends: true },
  // Each signed-in person downloads only their own words: the partner's archive holds none of the owner's private stretch.
  'GET /api/account/export.json': { prepare: stretchWorld, expect: signedIn(200) },
  'GET /api/account/export.html': { prepare: stretchWorld, expect: signedIn(200) },
  'DELETE /api/account': { request: () => ({ body: { password: PASSWORD } }), expect: signedIn(204), therapist: therapists(204), spends: true },
  // The app lock: each person's own, on their own sessions; nobody reaches another's.
  'PUT /api/account/app-lock': {
    request: () => ({ body: { password: PASSWORD, pin: '2468', lockAfterMinutes: 5, signOutAfterMinutes: null } }),
    expect: signedIn(200), therapist: therapists(200),
    spends: true,
  },
  'DELETE /api/account/app-lock': { prepare: appLockWorld, request: () => ({ body: { password: PASSWORD } }), expect: ownerOnly(204), therapist: therapists(404), spends: true },
  'POST /api/account/app-lock/unlock': { prepare: appLockWorld, request: () => ({ body: { pin: '2468' } }), expect: ownerOnly(200), therapist: therapists(404) },
  'POST /api/account/app-lock/away': { request: () => ({ body: { hidden: false } }), expect: signedIn(204), therapist: therapists(204) },

  // couple
  'GET /api/couple': { expect: signedIn(200) },
  'POST /api/couple': { request: () => ({ body: {} }), expect: signedIn(409) },
  'PATCH /api/couple': { request: () => ({ body: { name: 'Renamed space' } }), expect: signedIn(204) },
  'POST /api/couple/invites': { expect: signedIn(409) },
  'DELETE /api/couple/invites/:id': { prepare: inviteWorld, request: (_w, p) => ({ params: { id: p.inviteId as string } }), expect: coupleOnly(204), spends: true },
  'POST /api/invites/preview': { prepare: inviteWorld, request: (_w, p) => ({ body: { token: p.token } }), expect: all(409), therapist: therapists(409) },
  'POST /api/invites/accept': { prepare: inviteWorld, request: (_w, p) => ({ body: { token: p.token } }), expect: signedIn(409) },
  // Leaving ends the space for both, so each caller leaves a world of their own.
  'POST /api/couple/leave': { expect: signedIn(204), isolated: true },
  'POST /api/couple/ended/read': { expect: signedIn(204) },
  'GET /api/couple/activity': { expect: signedIn(200) },

  // the couple's therapist: a therapist's own routes refuse partners, a partner's refuse therapists
  'GET /api/therapist/profile': { expect: { anonymous: 401, stranger: 403, partner: 403, owner: 403 }, therapist: therapists(200) },
  'PATCH /api/therapist/profile': { request: () => ({ body: { contact: 'office@example.test' } }), expect: { anonymous: 401, stranger: 403, partner: 403, owner: 403 }, therapist: therapists(204) },
  'POST /api/therapist/link': { expect: { anonymous: 401, stranger: 403, partner: 403, owner: 403 }, therapist: therapists(201) },
  // Only a therapist connected to X may end X's connection; the one of couple Y finds no such couple.
  'POST /api/therapist/couples/:coupleId/end': {
    request: (w) => ({ params: { coupleId: w.coupleId } }),
    expect: { anonymous: 401, stranger: 403, partner: 403, owner: 403 },
    therapist: therapists(204, 404),
    spends: true,
  },
  // A therapist's link: any partner in a space may open it; another therapist may not.
  // A space with no therapist yet (its connection ended first): each caller previews a therapist's link for their own.
  'POST /api/connect/preview': {
    prepare: async (w) => (await endConnections(w), therapistLinkWorld(w)),
    request: (_w, p) => ({ body: { token: p.token } }),
    expect: signedIn(200),
    therapist: therapists(403),
    spends: true,
  },
  // Each caller connects their own space (its earlier connection ended first).
  'POST /api/connect/accept': {
    prepare: async (w) => (await endConnections(w), therapistLinkWorld(w)),
    request: (_w, p) => ({ body: { token: p.token } }),
    expect: signedIn(200),
    therapist: therapists(403),
    spends: true,
  },
  'POST /api/my-therapist/link': { prepare: endConnections, expect: signedIn(201), therapist: therapists(403), spends: true },
  'GET /api/my-therapist': { prepare: connectedWorld, expect: signedIn(200), therapist: therapists(403) },
  'PUT /api/my-therapist/consent': { prepare: connectedWorld, request: () => ({ body: { scope: 'loop', granted: true } }), expect: signedIn(204), therapist: therapists(403) },
  'GET /api/my-therapist/history': { prepare: connectedWorld, expect: signedIn(200), therapist: therapists(403) },
  'GET /api/my-therapist/looks': { prepare: connectedWorld, expect: signedIn(200), therapist: therapists(403) },
  // Each caller ends their own space's connection (made again for each).
  'POST /api/my-therapist/end': { prepare: connectedWorld, expect: signedIn(204), therapist: therapists(403), spends: true },

  // signals
  'POST /api/signals': {
    prepare: signalWorld,
    // The owner's own clientId: for couple X it is the same tap again; for couple Y just a new id.
    request: (_w, p) => ({ body: { clientId: p.clientId, need: 'closeness' } }),
    expect: { anonymous: 401, stranger: 201, partner: 200, owner: 200 },
  },
  'GET /api/signals': { prepare: signalWorld, expect: signedIn(200) },
  'POST /api/signals/:id/delivered': { prepare: signalWorld, request: (_w, p) => ({ params: { id: p.signalId as string } }), expect: { anonymous: 401, stranger: 404, partner: 200, owner: 403 } },
  'POST /api/signals/:id/seen': { prepare: signalWorld, request: (_w, p) => ({ params: { id: p.signalId as string } }), expect: { anonymous: 401, stranger: 404, partner: 200, owner: 403 } },
  'POST /api/signals/:id/answer': {
    prepare: signalWorld,
    request: (_w, p) => ({ params: { id: p.signalId as string }, body: { kind: 'here' } }),
    expect: { anonymous: 401, stranger: 404, partner: 200, owner: 403 },
  },
  'POST /api/signals/:id/put-away': { prepare: signalWorld, request: (_w, p) => ({ params: { id: p.signalId as string } }), expect: coupleOnly(200) },

  // pause
  'GET /api/pause': { expect: signedIn(200) },
  'GET /api/pause/usual': { expect: signedIn(200) },
  'PUT /api/pause/usual': { request: () => ({ body: { minutes: 20, where: 'nearby', tether: 'back soon', returnPlan: 'check_in' } }), expect: signedIn(200) },
  'POST /api/pause/commands': {
    request: () => ({ body: { commandId: randomUUID(), command: { type: 'request', minutes: 10, where: 'same_room', tether: 'I love you, back soon', returnPlan: 'talk' } } }),
    expect: signedIn(200),
    isolated: true,
  },
  'POST /api/pause/pulse': {
    prepare: async (w) => {
      await created(w.owner.post('/api/pause/commands', { commandId: randomUUID(), command: { type: 'request', minutes: 10, where: 'same_room', tether: 'back soon', returnPlan: 'talk' } }), 200);
      await created(w.partner.post('/api/pause/commands', { commandId: randomUUID(), command: { type: 'accept' } }), 200);
      return {};
    },
    expect: { anonymous: 401, stranger: 409, partner: 204, owner: 204 },
  },

  // pattern map
  'GET /api/maps': { prepare: mapWorld, expect: signedIn(200) },
  'POST /api/maps': { request: () => ({ body: { name: 'Another loop' } }), expect: signedIn(201) },
  'PATCH /api/maps/:id': { prepare: mapWorld, request: (_w, p) => ({ params: { id: p.mapId as string }, body: { name: 'Renamed loop' } }), expect: coupleOnly(200) },
  'GET /api/maps/:id': { prepare: mapWorld, request: (_w, p) => ({ params: { id: p.mapId as string } }), expect: coupleOnly(200) },
  'POST /api/maps/:id/sides/:ownerId/updates': {
    prepare: mapWorld,
    request: async (_w, p, _role, client) => ({
      params: { id: p.mapId as string, ownerId: p.ownerId as string },
      body: { update: await sideEdit(client, p.mapId as string, p.ownerId as string, 'more ') },
    }),
    expect: coupleOnly(200),
  },
  'GET /api/maps/:id/sides/:ownerId/updates': { prepare: mapWorld, request: (_w, p) => ({ params: { id: p.mapId as string, ownerId: p.ownerId as string }, query: 'after=0' }), expect: coupleOnly(200) },
  'POST /api/maps/:id/share': { prepare: mapWorld, request: (_w, p) => ({ params: { id: p.mapId as string } }), expect: coupleOnly(204) },
  'POST /api/maps/:id/awareness': { prepare: mapWorld, request: (_w, p) => ({ params: { id: p.mapId as string }, body: { ownerId: p.ownerId, field: 'situation' } }), expect: coupleOnly(204) },
  'GET /api/maps/:id/history': { prepare: mapWorld, request: (_w, p) => ({ params: { id: p.mapId as string } }), expect: coupleOnly(200) },
  'GET /api/maps/:id/sides/:ownerId/versions/:version': { prepare: mapWorld, request: (_w, p) => ({ params: { id: p.mapId as string, ownerId: p.ownerId as string, version: '1' } }), expect: coupleOnly(200) },
  'POST /api/maps/:id/sides/:ownerId/restore': { prepare: mapWorld, request: (_w, p) => ({ params: { id: p.mapId as string, ownerId: p.ownerId as string }, body: { version: 1 } }), expect: coupleOnly(200) },
  'POST /api/maps/:id/comments': {
    prepare: mapWorld,
    request: (_w, p) => ({ params: { id: p.mapId as string }, body: { sideOwnerId: p.ownerId, field: 'fear', text: 'I hear you' } }),
    // The owner may not comment on their own side.
    expect: { anonymous: 401, stranger: 404, partner: 201, owner: 400 },
  },
  'DELETE /api/maps/:id/comments/:commentId': {
    prepare: mapWorld,
    request: (_w, p) => ({ params: { id: p.mapId as string, commentId: p.commentId as string } }),
    // The comment is the partner's: only its author may remove it.
    expect: { anonymous: 401, stranger: 404, partner: 204, owner: 404 },
  },

  // implicit contracts, said-vs-meant
  'GET /api/contracts': { expect: signedIn(200) },
  'POST /api/contracts': { request: () => ({ body: { text: 'I am the calm one' } }), expect: signedIn(201) },
  'PUT /api/contracts/:id/mark': {
    prepare: async (w) => {
      const id = (await created(w.owner.post('/api/contracts', { text: `contract ${w.tag}` }))).body.id as string;
      return { id, secrets: [id, `contract ${w.tag}`] };
    },
    request: (_w, p) => ({ params: { id: p.id as string }, body: { decision: 'keep' } }),
    expect: coupleOnly(200),
  },
  'GET /api/said-and-meant': { prepare: (w) => saidAndMeantWorld(w), expect: signedIn(200) },
  'POST /api/said-and-meant': { request: () => ({ body: { said: 'Fine.', meant: 'I am hurt' } }), expect: signedIn(201) },
  'PATCH /api/said-and-meant/:id': { prepare: (w) => saidAndMeantWorld(w), request: (_w, p) => ({ params: { id: p.id as string }, body: { meant: 'changed' } }), expect: ownerOnly(200) },
  'DELETE /api/said-and-meant/:id': { prepare: (w) => saidAndMeantWorld(w), request: (_w, p) => ({ params: { id: p.id as string } }), expect: ownerOnly(204) },

  // toolkit
  'GET /api/toolkit': { prepare: (w) => toolkitWorld(w), expect: signedIn(200) },
  'POST /api/toolkit/scripts': { request: () => ({ body: { text: 'I need ten minutes, and I will come back' } }), expect: signedIn(201) },
  'PATCH /api/toolkit/scripts/:id': { prepare: (w) => toolkitWorld(w), request: (_w, p) => ({ params: { id: p.scriptId as string }, body: { text: 'changed' } }), expect: ownerOnly(200) },
  'DELETE /api/toolkit/scripts/:id': { prepare: (w) => toolkitWorld(w), request: (_w, p) => ({ params: { id: p.scriptId as string } }), expect: ownerOnly(204) },
  'POST /api/toolkit/helps': { request: () => ({ body: { text: 'a walk' } }), expect: signedIn(201) },
  'DELETE /api/toolkit/helps/:id': { prepare: (w) => toolkitWorld(w), request: (_w, p) => ({ params: { id: p.helpId as string } }), expect: ownerOnly(204) },
  'PUT /api/toolkit/helps/sharing': { request: () => ({ body: { shared: false } }), expect: signedIn(204) },
  'PUT /api/toolkit/playlist': { request: () => ({ body: { url: 'https://music.example/calm' } }), expect: signedIn(204) },

  // heart: a trace kept with the couple's pause is its keeper's alone; the partner reads only their own (none)
  'GET /api/heart/pauses/:pauseId/trace': {
    prepare: heartTraceWorld,
    request: (_w, p) => ({ params: { pauseId: p.pauseId as string } }),
    expect: coupleOnly(200),
    check: (_w, _p, role, res) => {
      if (role === 'owner') expect(res.body).toMatchObject({ trace: { points: HEART_POINTS } });
      else if (res.status === 200) expect(res.body).toEqual({ trace: null });
    },
  },
  'PUT /api/heart/pauses/:pauseId/trace': {
    prepare: heartTraceWorld,
    request: (_w, p) => ({ params: { pauseId: p.pauseId as string }, body: { startedAt: new Date().toISOString(), points: [[0, 96]] } }),
    expect: coupleOnly(200),
  },
  'DELETE /api/heart/pauses/:pauseId/trace': { prepare: heartTraceWorld, request: (_w, p) => ({ params: { pauseId: p.pauseId as string } }), expect: coupleOnly(204) },

  // safety: the private check is its author's alone; everyone else reads only their own (empty) check
  'GET /api/safety/check': {
    prepare: safetyCheckWorld,
    expect: signedIn(200),
    check: (_w, _p, role, res) => {
      if (role === 'owner') expect(res.body).toMatchObject({ answers: { afraid: 'yes' }, concern: true });
      else if (res.status === 200) expect(res.body).toEqual({ answers: null, concern: false, offer: true });
    },
  },
  'PUT /api/safety/check': { prepare: safetyCheckWorld, request: () => ({ body: { answers: { afraid: 'no' } } }), expect: signedIn(200) },
  'DELETE /api/safety/check': { prepare: safetyCheckWorld, expect: signedIn(204) },
  'POST /api/safety/check/dismiss': { prepare: safetyCheckWorld, expect: signedIn(204) },

  // weekly check-in: each person's own week; the owner's private answers never reach the partner
  'GET /api/checkins/week': {
    prepare: checkinWorld,
    request: () => ({ query: 'timeZone=Europe%2FBerlin' }),
    expect: signedIn(200),
    check: (_w, _p, role, res) => {
      if (role === 'owner') expect(res.body.mine).toMatchObject({ csi4Total: 21, sharing: 'private' });
      else if (res.status === 200) expect(res.body).toMatchObject({ mine: null, partner: null });
    },
  },
  'PUT /api/checkins/week': {
    prepare: checkinWorld,
    request: () => ({ body: { timeZone: 'Europe/Berlin', csi4: null, loop: { caught: 1, wayBack: 2, safeToReach: 3, safeToStepBack: null } } }),
    expect: signedIn(200),
    check: (_w, _p, role, res) => {
      if (role === 'partner') expect(res.body.partner).toBeNull();
    },
  },
  'PUT /api/checkins/day': { request: () => ({ body: { weekday: 7 } }), expect: signedIn(204) },
  'PUT /api/checkins/reminder': { request: () => ({ body: { enabled: true, localTime: '19:30', timeZone: 'Europe/Berlin' } }), expect: signedIn(204) },

  // notifications
  'GET /api/push/key': { expect: signedIn(200) },
  'POST /api/push/subscriptions': { request: (_w, _p, role) => ({ body: { endpoint: `http://127.0.0.1:9/${role}-${randomUUID()}`, keys: { p256dh: 'BAAA', auth: 'AAAA' } } }), expect: signedIn(201) },
  'DELETE /api/push/subscriptions': {
    prepare: async (w) => {
      const endpoint = `http://127.0.0.1:9/owner-${randomUUID()}`;
      await created(w.owner.post('/api/push/subscriptions', { endpoint, keys: { p256dh: 'BAAA', auth: 'AAAA' } }));
      return { endpoint, secrets: [endpoint] };
    },
    request: (_w, p) => ({ body: { endpoint: p.endpoint } }),
    // Always 204, but only the owner's own call removes it.
    expect: signedIn(204),
    check: async (_w, p, role) => {
      const rows = await app.db.query('select 1 from push_subscriptions where endpoint = $1', [p.endpoint]);
      expect(rows, `${role} must not remove the owner's subscription`).toHaveLength(role === 'owner' ? 0 : 1);
    },
  },
  'GET /api/notifications/prefs': { expect: signedIn(200) },
  'PUT /api/notifications/prefs': { request: () => ({ body: { muted: true, quietStart: null, quietEnd: null, timeZone: 'Europe/Berlin' } }), expect: signedIn(200) },
  // "At your own pace" is each person's own: anyone signed in reads and sets only theirs.
  'GET /api/notifications/sharing': { expect: signedIn(200) },
  'PUT /api/notifications/sharing': {
    request: () => ({ body: { seenReceipts: false, presenceVisible: false, quiet: '4h', timeZone: 'Europe/Berlin' } }),
    expect: signedIn(200),
  },

  // repair
  'GET /api/ruptures': { prepare: ruptureWorld, expect: signedIn(200), check: (_w, p, role, res) => {
    if (role === 'partner') expect(JSON.stringify(res.body)).not.toContain((p.secrets as string[])[2]);
  } },
  'POST /api/ruptures': { request: () => ({ body: { topic: 'chores', intensity: 3, reached: 'me', withdrew: 'partner' } }), expect: signedIn(201) },
  'PUT /api/ruptures/:id/view': { prepare: ruptureWorld, request: (_w, p) => ({ params: { id: p.ruptureId as string }, body: { intensity: 4, reached: 'partner', withdrew: 'me' } }), expect: coupleOnly(204) },
  'PUT /api/ruptures/:id/note': { prepare: ruptureWorld, request: (_w, p) => ({ params: { id: p.ruptureId as string }, body: { text: 'my own words' } }), expect: coupleOnly(204) },
  'POST /api/ruptures/:id/repaired': { prepare: ruptureWorld, request: (_w, p) => ({ params: { id: p.ruptureId as string } }), expect: coupleOnly(204) },
  'POST /api/ruptures/:id/repair': { prepare: ruptureWorld, request: (_w, p) => ({ params: { id: p.ruptureId as string }, body: { calmEnough: true } }), expect: coupleOnly(200) },
  'GET /api/repairs/:id': { prepare: ruptureWorld, request: (_w, p) => ({ params: { id: p.repairId as string } }), expect: coupleOnly(200) },
  'POST /api/repairs/:id/draft': { prepare: ruptureWorld, request: (_w, p) => ({ params: { id: p.repairId as string }, body: { answers: { feelings: 'sad' } } }), expect: coupleOnly(200) },
  'POST /api/repairs/:id/submit': {
    prepare: ruptureWorld,
    request: (_w, p) => ({ params: { id: p.repairId as string }, body: { answers: { feelings: 'sad', myPart: 'I left', unmetNeed: 'to be heard', iWill: 'stay' } } }),
    expect: coupleOnly(200),
  },
  'POST /api/repairs/:id/acknowledge': { prepare: ruptureWorld, request: (_w, p) => ({ params: { id: p.repairId as string }, body: { step: 'feelings' } }), expect: coupleOnly(409) },
  'POST /api/actions/:id/done': { prepare: (w) => actionWorld(w, false), request: (_w, p) => ({ params: { id: p.actionId as string } }), expect: { anonymous: 401, stranger: 404, partner: 403, owner: 204 } },
  'POST /api/actions/:id/acknowledge': { prepare: (w) => actionWorld(w, true), request: (_w, p) => ({ params: { id: p.actionId as string } }), expect: { anonymous: 401, stranger: 404, partner: 204, owner: 403 } },
  'GET /api/journal': { prepare: (w) => journalWorld(w), expect: signedIn(200) },
  'POST /api/journal': { request: () => ({ body: { text: 'today was hard' } }), expect: signedIn(201) },
  'PATCH /api/journal/:id': { prepare: (w) => journalWorld(w), request: (_w, p) => ({ params: { id: p.id as string }, body: { text: 'edited' } }), expect: ownerOnly(204) },
  'DELETE /api/journal/:id': { prepare: (w) => journalWorld(w), request: (_w, p) => ({ params: { id: p.id as string } }), expect: ownerOnly(204) },
  'GET /api/reflections': { prepare: (w) => reflectionWorld(w), expect: signedIn(200) },
  'POST /api/reflections': {
    prepare: async (w) => {
      const id = (await created(w.owner.post('/api/contracts', { text: `contract ${w.tag}` }))).body.id as string;
      return { contractId: id, secrets: [id] };
    },
    // Linking couple X's contract: only its two partners may.
    request: (_w, p) => ({ body: { lettingGo: 'the one who cares more', instead: 'the one who asks', contractId: p.contractId } }),
    expect: coupleOnly(201),
  },
  'DELETE /api/reflections/:id': { prepare: (w) => reflectionWorld(w), request: (_w, p) => ({ params: { id: p.id as string } }), expect: ownerOnly(204) },

  // daily practice: rituals and moments
  'GET /api/rituals': { prepare: (w) => ritualWorld(w), expect: signedIn(200) },
  'POST /api/rituals': { request: () => ({ body: { title: 'Evening breath' } }), expect: signedIn(201) },
  // A ritual is the couple's: either partner may let it go (each role gets its own).
  'DELETE /api/rituals/:id': { prepare: (w) => ritualWorld(w), request: (_w, p) => ({ params: { id: p.ritualId as string } }), expect: coupleOnly(204), spends: true },
  'PUT /api/rituals/:id/reminder': {
    prepare: (w) => ritualWorld(w),
    request: (_w, p) => ({ params: { id: p.ritualId as string }, body: { localTime: '21:00', weekdays: [1, 3], timeZone: 'Europe/Berlin', enabled: true } }),
    expect: coupleOnly(200),
  },
  'POST /api/rituals/:id/moments': { prepare: (w) => ritualWorld(w), request: (_w, p) => ({ params: { id: p.ritualId as string }, body: { together: true } }), expect: coupleOnly(201) },
  // The owner marked it together: only the partner confirms.
  'POST /api/moments/:id/confirm': { prepare: (w) => ritualWorld(w), request: (_w, p) => ({ params: { id: p.momentId as string } }), expect: { anonymous: 401, stranger: 404, partner: 204, owner: 403 } },
  'GET /api/practice/summary': { expect: signedIn(200) },
  // insights: each caller sees their own space's weeks (the stranger theirs, never X's)
  'GET /api/insights': {
    request: () => ({ query: 'weeks=12&tz=Europe%2FBerlin' }),
    expect: signedIn(200),
    check: (_w, _p, role, res) => {
      if (res.status === 200) expect(res.body.series).toHaveLength(12);
    },
  },
  'GET /api/practice/episodes': { expect: signedIn(200) },

  // capacity, seasons, stretches
  'POST /api/capacity': { request: () => ({ body: { level: 'low', note: 'long week', day: inDays(0) } }), expect: signedIn(201) },
  'GET /api/capacity': { expect: signedIn(200) },
  'GET /api/seasons': { prepare: (w) => seasonWorld(w), expect: signedIn(200) },
  'POST /api/seasons': { request: () => ({ body: { carrier: 'me', what: 'the cooking', why: 'work is heavy', reviewOn: inDays(14) } }), expect: signedIn(201) },
  // Proposed by the owner (who has accepted it): the partner's yes makes it active.
  'POST /api/seasons/:id/accept': { prepare: (w) => seasonWorld(w), request: (_w, p) => ({ params: { id: p.seasonId as string }, body: {} }), expect: { anonymous: 401, stranger: 404, partner: 200, owner: 409 } },
  // Either partner may propose a new review date; it then needs both again.
  'POST /api/seasons/:id/renew': { prepare: (w) => seasonWorld(w), request: (_w, p) => ({ params: { id: p.seasonId as string }, body: { reviewOn: inDays(21) } }), expect: coupleOnly(200) },
  'POST /api/seasons/:id/end': { prepare: (w) => seasonWorld(w), request: (_w, p) => ({ params: { id: p.seasonId as string }, body: {} }), expect: coupleOnly(200), spends: true },
  'GET /api/stretches': { prepare: (w) => stretchWorld(w), expect: signedIn(200) },
  'POST /api/stretches': { request: () => ({ body: { role: 'pursuer', title: 'wait an hour before texting', expectedDiscomfort: 6 } }), expect: signedIn(201) },
  'POST /api/stretches/:id/done': { prepare: (w) => stretchWorld(w), request: (_w, p) => ({ params: { id: p.id as string }, body: { actualDiscomfort: 4 } }), expect: ownerOnly(204) },

  // notes, media, joy
  'GET /api/notes': { prepare: (w) => noteWorld(w), expect: signedIn(200) },
  'POST /api/notes': { request: () => ({ body: { text: 'I noticed I got reactive earlier' } }), expect: signedIn(201) },
  'POST /api/notes/voice': { request: () => ({ query: 'durationSeconds=3', upload: { bytes: webmVoice(), contentType: 'audio/webm' } }), expect: signedIn(201) },
  // Notes are for the partner: the author cannot mark their own as heard or answer it.
  'POST /api/notes/:id/played': { prepare: (w) => noteWorld(w), request: (_w, p) => ({ params: { id: p.noteId as string }, body: {} }), expect: { anonymous: 401, stranger: 404, partner: 204, owner: 403 } },
  'POST /api/notes/:id/react': { prepare: (w) => noteWorld(w), request: (_w, p) => ({ params: { id: p.noteId as string }, body: { tether: 'thank you, I am here' } }), expect: { anonymous: 401, stranger: 404, partner: 204, owner: 403 } },
  'DELETE /api/notes/:id': { prepare: (w) => noteWorld(w), request: (_w, p) => ({ params: { id: p.noteId as string } }), expect: ownerOnly(204) },
  'GET /api/media/:id': { prepare: (w) => noteWorld(w), request: (_w, p) => ({ params: { id: p.mediaId as string } }), expect: coupleOnly(200) },
  'GET /api/joy': { prepare: (w) => joyWorld(w), expect: signedIn(200) },
  'POST /api/joy': { request: () => ({ body: { text: 'we danced in the kitchen' } }), expect: signedIn(201) },
  'PUT /api/joy/:id/photo': {
    prepare: (w) => joyWorld(w),
    request: (_w, p) => ({ params: { id: p.joyId as string }, upload: { bytes: jpegWithExif(), contentType: 'image/jpeg' } }),
    // Only its author adds the photo; the partner is told it is not theirs.
    expect: { anonymous: 401, stranger: 404, partner: 403, owner: 201 },
  },
  'DELETE /api/joy/:id': { prepare: (w) => joyWorld(w), request: (_w, p) => ({ params: { id: p.joyId as string } }), expect: ownerOnly(204) },
  'GET /api/joy/ideas': { prepare: (w) => joyIdeaWorld(w), expect: signedIn(200) },
  'POST /api/joy/ideas': { request: () => ({ body: { text: 'pancakes for dinner' } }), expect: signedIn(201) },
  // Either partner sees the couple's ideas; only the author removes one.
  'DELETE /api/joy/ideas/:id': { prepare: (w) => joyIdeaWorld(w), request: (_w, p) => ({ params: { id: p.ideaId as string } }), expect: ownerOnly(204) },

  // homework: the therapist's requests between sessions, each partner's own reply
  'GET /api/desk/practices': { expect: therapistsOnly, therapist: therapists(200) },
  'GET /api/desk/couples/:coupleId/assignments': { prepare: homeworkWorld, request: (w) => ({ params: { coupleId: w.coupleId } }), expect: therapistsOnly, therapist: therapists(200, 404) },
  'POST /api/desk/couples/:coupleId/assignments': {
    request: (w) => ({ params: { coupleId: w.coupleId }, body: { practiceKey: 'same-room-pause', dueOn: inDays(7) } }),
    expect: therapistsOnly,
    therapist: therapists(201, 404),
  },
  'DELETE /api/desk/couples/:coupleId/assignments/:id': {
    prepare: homeworkWorld,
    request: (w, p) => ({ params: { coupleId: w.coupleId, id: p.assignmentId as string } }),
    expect: therapistsOnly,
    therapist: therapists(204, 404),
    spends: true,
  },
  'PUT /api/desk/couples/:coupleId/checkin-before-session': { request: (w) => ({ params: { coupleId: w.coupleId }, body: { on: true } }), expect: therapistsOnly, therapist: therapists(204, 404) },
  // Each caller reads their own space's homework; the stranger's space has none of X's.
  'GET /api/homework': { prepare: homeworkWorld, expect: signedIn(200), therapist: therapists(403) },
  'PUT /api/homework/:id/reply': { prepare: homeworkWorld, request: (_w, p) => ({ params: { id: p.assignmentId as string }, body: { done: true, howItWent: 'gentler' } }), expect: coupleOnly(200), therapist: therapists(403) },

  // tell my therapist privately: the sender's alone; the partner never sees a message or a count
  'GET /api/tell-therapist': { prepare: tellWorld, expect: signedIn(200), therapist: therapists(403) },
  'POST /api/tell-therapist/messages': {
    // Each caller's own space has a therapist connected, so each sends to their own.
    request: async (_w, _p, role, client) => {
      if (role !== 'anonymous' && !isTherapistRole(role)) await linkOf(await coupleIdOf(client));
      return { body: { text: 'something only for my therapist' } };
    },
    expect: signedIn(201),
    therapist: therapists(403),
  },
  'GET /api/desk/couples/:coupleId/private-messages': { prepare: tellWorld, request: (w) => ({ params: { coupleId: w.coupleId } }), expect: therapistsOnly, therapist: therapists(200, 404) },
  // the therapist's desk: only therapists; couple X's records only for a therapist connected to X
  'GET /api/desk': { expect: therapistsOnly, therapist: therapists(200) },
  'GET /api/desk/couples/:coupleId': { request: (w) => ({ params: { coupleId: w.coupleId } }), expect: therapistsOnly, therapist: therapists(200, 404) },
  // The map needs both partners' consent.
  'GET /api/desk/couples/:coupleId/map': {
    request: (w) => ({ params: { coupleId: w.coupleId } }),
    expect: therapistsOnly,
    therapist: { therapistNone: 403, therapistOne: 403, therapistBoth: 200, therapistRevoked: 403, therapistOther: 404 },
  },
  // Only the conversations both partners chose (none in this world): an empty list for X's therapist.
  'GET /api/desk/couples/:coupleId/conversations': { prepare: ruptureWorld, request: (w) => ({ params: { coupleId: w.coupleId } }), expect: therapistsOnly, therapist: therapists(200, 404) },
  'GET /api/desk/couples/:coupleId/prep': { request: (w) => ({ params: { coupleId: w.coupleId } }), expect: therapistsOnly, therapist: therapists(200, 404) },
  'PUT /api/desk/couples/:coupleId/sessions': {
    request: (w) => ({ params: { coupleId: w.coupleId }, body: { nextSessionAt: '2026-12-09T15:00:00Z' } }),
    expect: therapistsOnly,
    therapist: therapists(200, 404),
  },
  'GET /api/desk/notes': { expect: therapistsOnly, therapist: therapists(200) },
  'POST /api/desk/notes': { request: (w) => ({ body: { coupleId: w.coupleId, text: `note ${w.tag}` } }), expect: therapistsOnly, therapist: therapists(201, 404) },
  // A note is its author's alone: another therapist's, so every caller here gets 404 (or never reaches it).
  'PATCH /api/desk/notes/:id': { prepare: (w) => therapistNoteWorld(w), request: (_w, p) => ({ params: { id: p.noteId as string }, body: { text: 'changed' } }), expect: therapistsOnly, therapist: therapists(404) },
  'DELETE /api/desk/notes/:id': { prepare: (w) => therapistNoteWorld(w), request: (_w, p) => ({ params: { id: p.noteId as string } }), expect: therapistsOnly, therapist: therapists(404) },
  'GET /api/desk/notes/export.json': { expect: therapistsOnly, therapist: therapists(200) },
  'GET /api/desk/notes/export.txt': { expect: therapistsOnly, therapist: therapists(200) },
};

/** A private note about couple X by a therapist of X's who is none of the matrix's callers. */
async function therapistNoteWorld(w: World): Promise<Prepared> {
  const author = await person('Noa', `${w.tag}-${randomUUID().slice(0, 8)}`);
  await app.db.query(`update users set kind = 'therapist' where id = $1`, [author.client.userId]);
  const [row] = await app.db.query<{ id: string }>(
    `insert into therapist_notes (therapist_id, link_id, couple_label, text) values ($1, null, 'Ada & Bo', $2) returning id`,
    [author.client.userId, `therapist note ${w.tag}`],
  );
  return { noteId: row!.id, secrets: [row!.id, `therapist note ${w.tag}`] };
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function ritualWorld(w: World): Promise<Prepared> {
  const ritualId = (await created(w.owner.post('/api/rituals', { title: `ritual ${w.tag}` }))).body.id as string;
  const momentId = (await created(w.owner.post(`/api/rituals/${ritualId}/moments`, { together: true }))).body.id as string;
  return { ritualId, momentId, secrets: [ritualId, momentId, `ritual ${w.tag}`] };
}

async function seasonWorld(w: World): Promise<Prepared> {
  const res = await created(w.owner.post('/api/seasons', { carrier: 'me', what: `season ${w.tag}`, why: 'a hard month', reviewOn: inDays(14) }));
  return { seasonId: res.body.id, secrets: [res.body.id, `season ${w.tag}`] };
}

async function stretchWorld(w: World): Promise<Prepared> {
  const res = await created(w.owner.post('/api/stretches', { role: 'distancer', title: `stretch ${w.tag}`, expectedDiscomfort: 7 }));
  return { id: res.body.id, secrets: [res.body.id], ownerOnly: [`stretch ${w.tag}`] };
}

async function noteWorld(w: World): Promise<Prepared> {
  const res = await w.owner.request('POST', '/api/notes/voice?durationSeconds=3', undefined, { rawBody: webmVoice(), contentType: 'audio/webm' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { noteId: res.body.id, mediaId: res.body.mediaId, secrets: [res.body.id, res.body.mediaId] };
}

async function joyWorld(w: World): Promise<Prepared> {
  const res = await created(w.owner.post('/api/joy', { text: `joy ${w.tag}` }));
  return { joyId: res.body.id, secrets: [res.body.id, `joy ${w.tag}`] };
}

async function joyIdeaWorld(w: World): Promise<Prepared> {
  const res = await created(w.owner.post('/api/joy/ideas', { text: `idea ${w.tag}` }));
  return { ideaId: res.body.id, secrets: [res.body.id, `idea ${w.tag}`] };
}

async function saidAndMeantWorld(w: World): Promise<Prepared> {
  const res = await created(w.owner.post('/api/said-and-meant', { said: `said ${w.tag}`, meant: `meant ${w.tag}` }));
  return { id: res.body.id, secrets: [res.body.id, `said ${w.tag}`], ownerOnly: [`said ${w.tag}`, `meant ${w.tag}`] };
}

async function coupleIdOf(client: TestClient): Promise<string> {
  return (await client.get('/api/couple')).body.couple.id as string;
}

/** The couple's current therapist link, or a new therapist connected to it (one link per space). */
async function linkOf(coupleId: string): Promise<string> {
  const [link] = await app.db.query<{ id: string }>('select id from therapist_links where couple_id = $1 and ended_at is null', [coupleId]);
  return link?.id ?? connectTherapist(app, await therapistOn(app, 'Lee'), coupleId);
}

/** A practice assigned to couple X, with the owner's reply in words the partner may read. */
async function homeworkWorld(w: World): Promise<Prepared> {
  const linkId = await linkOf(w.coupleId);
  const [row] = await app.db.query<{ id: string }>(
    `insert into homework_assignments (couple_id, link_id, practice_key, note, due_on) values ($1, $2, 'evening-ritual', $3, current_date + 7) returning id`,
    [w.coupleId, linkId, `homework note ${w.tag}`],
  );
  await app.db.query(`insert into homework_replies (assignment_id, couple_id, user_id, done, how_it_went) values ($1, $2, $3, true, $4)`, [row!.id, w.coupleId, w.owner.userId, `how it went ${w.tag}`]);
  return { assignmentId: row!.id, secrets: [row!.id, `homework note ${w.tag}`, `how it went ${w.tag}`] };
}

/** The owner told their therapist something privately; nobody else may ever see it, not even the partner. */
async function tellWorld(w: World): Promise<Prepared> {
  await linkOf(w.coupleId);
  await created(w.owner.post('/api/tell-therapist/messages', { text: `told privately ${w.tag}` }));
  return { ownerOnly: [`told privately ${w.tag}`], toOwnTherapist: [`told privately ${w.tag}`], secrets: [`told privately ${w.tag}`] };
}

/** Beats no other data in the world has: the partner must never read them back. */
const HEART_POINTS = [
  [0, 187],
  [4321, 123],
];
/** The owner kept their heart rate with the couple's pause (the live one, or one asked for now). */
async function heartTraceWorld(w: World): Promise<Prepared> {
  const current = await created(w.owner.get('/api/pause'), 200);
  const pauseId: string =
    current.body.pause?.id ??
    (await created(w.owner.post('/api/pause/commands', { commandId: randomUUID(), command: { type: 'request', minutes: 20, where: 'nearby', tether: null, returnPlan: 'talk' } }), 200)).body.pause.id;
  await created(w.owner.put(`/api/heart/pauses/${pauseId}/trace`, { startedAt: new Date().toISOString(), points: HEART_POINTS }), 200);
  return { pauseId, ownerOnly: ['[4321,123]'] };
}

async function safetyCheckWorld(w: World): Promise<Prepared> {
  await created(w.owner.put('/api/safety/check', { answers: { afraid: 'yes', hurt: 'rather_not_say' } }), 200);
  return {};
}

async function checkinWorld(w: World): Promise<Prepared> {
  await created(w.owner.put('/api/checkins/week', { timeZone: 'Europe/Berlin', csi4: { happiness: 6, warm: 5, rewarding: 5, satisfied: 5 }, loop: { caught: 4, wayBack: 4, safeToReach: 4, safeToStepBack: 4 } }), 200);
  return {};
}

async function toolkitWorld(w: World): Promise<Prepared> {
  const script = await created(w.owner.post('/api/toolkit/scripts', { text: `script ${w.tag}` }));
  const help = await created(w.owner.post('/api/toolkit/helps', { text: `help ${w.tag}` }));
  return { scriptId: script.body.id, helpId: help.body.id, secrets: [script.body.id, help.body.id], ownerOnly: [`script ${w.tag}`, `help ${w.tag}`] };
}

async function journalWorld(w: World): Promise<Prepared> {
  const res = await created(w.owner.post('/api/journal', { text: `journal ${w.tag}` }));
  return { id: res.body.id, secrets: [res.body.id], ownerOnly: [`journal ${w.tag}`] };
}

async function reflectionWorld(w: World): Promise<Prepared> {
  const res = await created(w.owner.post('/api/reflections', { lettingGo: `letting go ${w.tag}`, instead: `instead ${w.tag}` }));
  return { id: res.body.id, secrets: [res.body.id], ownerOnly: [`letting go ${w.tag}`] };
}

/** Hidden from the OpenAPI document on purpose, each covered by its own tests. */
// The probes and metrics (core/http/ops.ts) are public to sessions; /metrics has its own token (off here: 404).
const HIDDEN = new Set(['GET /api/openapi.json', 'GET /api/health', 'GET /api/live', 'GET /healthz', 'GET /readyz', 'GET /metrics']);

function urlOf(route: DocumentedRoute, req: Request): string {
  const path = route.url.replace(/:(\w+)/g, (_m, name: string) => {
    const value = req.params?.[name];
    if (value === undefined) throw new Error(`${route.key}: the matrix entry gives no value for :${name}`);
    return encodeURIComponent(value);
  });
  return req.query ? `${path}?${req.query}` : path;
}

const EVERY_SCOPE = [...SHARED_SCOPES, ...OWN_SCOPES];
const ALL_REFUSED: Record<TherapistRole, number> = { therapistNone: 403, therapistOne: 403, therapistBoth: 403, therapistRevoked: 403, therapistOther: 403 };

/**
 * Puts couple X's consent to its therapist in the state a therapist column stands for, appending
 * only what changes (consent is a log). "None" after an earlier round is consent withdrawn, which
 * grants exactly what none ever given does. Once the partners themselves have called, what is in
 * force is unknown here, so every choice is appended again.
 */
async function consentFor(w: World, role: Exclude<TherapistRole, 'therapistOther'>): Promise<void> {
  const give = (who: TestClient, granted: boolean) => consentTo(app, w.therapistLinkId, who, EVERY_SCOPE, granted);
  const wanted = { owner: role === 'therapistOne' || role === 'therapistBoth', partner: role === 'therapistBoth' };
  const known = w.consent?.linkId === w.therapistLinkId ? w.consent : undefined;
  const revoking = role === 'therapistRevoked';
  if (revoking && !(known?.owner && known.partner)) await Promise.all([give(w.owner, true), give(w.partner, true)]);
  await Promise.all([
    (revoking || known?.owner !== wanted.owner) && give(w.owner, wanted.owner),
    (revoking || known?.partner !== wanted.partner) && give(w.partner, wanted.partner),
  ]);
  w.consent = { linkId: w.therapistLinkId, ...wanted };
}

function clientOf(w: World, role: Role): TestClient {
  if (role === 'therapistOther') return w.therapistOther;
  return isTherapistRole(role) ? w.therapist : w[role];
}

/**
 * Gives couple X (or Y) a new therapist in place of one a spending call may have used up (signed
 * out, deleted). A space the call before already ended gets none: the therapist then calls as one
 * connected to nobody, which an account route answers the same.
 */
async function freshTherapist(w: World, role: TherapistRole): Promise<void> {
  const other = role === 'therapistOther';
  const coupleId = other ? w.coupleYId : w.coupleId;
  await app.db.query('update therapist_links set ended_at = now() where couple_id = $1 and ended_at is null', [coupleId]);
  const therapist = await therapistOn(app, `Dr Ash ${w.tag}`);
  const [space] = await app.db.query('select 1 from couples where id = $1', [coupleId]);
  const linkId = space ? await connectTherapist(app, therapist, coupleId) : null;
  if (other) w.therapistOther = therapist;
  else w.therapist = therapist;
  if (!linkId) return;
  if (!other) w.therapistLinkId = linkId;
  else for (const partnerOfY of [w.stranger, w.strangerPartner]) await consentTo(app, linkId, partnerOfY, EVERY_SCOPE);
}

async function runCell(route: DocumentedRoute, entry: Entry, w: World, prepared: Prepared, role: Role) {
  const client = clientOf(w, role);
  if (isTherapistRole(role) && role !== 'therapistOther') await consentFor(w, role);
  // A partner's call may change consent (or end the connection); the next columns set it afresh.
  if (role === 'partner' || role === 'owner') w.consent = undefined;
  const req = (await entry.request?.(w, prepared, role, client)) ?? {};
  // A caller from outside couple X must leave it as it was and learn nothing of it.
  const guarded = role === 'anonymous' || role === 'stranger' || role === 'former' || role === 'therapistOther';
  const expected = isTherapistRole(role) ? (entry.therapist ?? ALL_REFUSED)[role] : entry.expect[role === 'former' ? 'stranger' : role];
  // X's own therapist, refused, must leave it as it was too (a refusal records no look).
  const digestKept = guarded || (isTherapistRole(role) && expected >= 400);
  const before = digestKept ? await coupleDigest(w) : '';
  const res = req.upload
    ? await client.request(route.method, urlOf(route, req), undefined, { rawBody: req.upload.bytes, contentType: req.upload.contentType })
    : await client.request(route.method, urlOf(route, req), req.body ?? (route.method === 'GET' ? undefined : {}));
  const label = `${route.key} as ${role}: ${JSON.stringify(res.body)?.slice(0, 200)}`;
  expect.soft(res.status, label).toBe(expected);
  if (res.status !== expected) return;
  if (res.status >= 400) expect(res.body, label).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
  const text = JSON.stringify(res.body) ?? '';
  if (guarded) for (const secret of [...w.secrets, ...(prepared.secrets ?? [])]) expect(text, `${label} reveals ${secret}`).not.toContain(secret);
  if (digestKept) expect(await coupleDigest(w), `${route.key} as ${role} changed couple X`).toBe(before);
  // Owner-only words (a journal entry, a said-and-meant pair, a stretch) never reach a therapist, with any consent.
  const ownTherapist = isTherapistRole(role) && role !== 'therapistOther';
  const hidden = (prepared.ownerOnly ?? []).filter((secret) => !(ownTherapist && prepared.toOwnTherapist?.includes(secret)));
  if (role === 'partner' || isTherapistRole(role)) for (const secret of hidden) expect(text, `${label} shows ${role} ${secret}`).not.toContain(secret);
  // The old space is over: nothing of it reaches the later partner, the stranger or anyone signed out.
  if (role !== 'owner' && role !== 'former') for (const secret of w.pastSecrets) expect(text, `${label} shows words of the ended space: ${secret}`).not.toContain(secret);
  // The owner keeps their own words from it, never the former partner's.
  if (role === 'owner') for (const secret of w.pastSecrets.filter((p) => p.startsWith('fen-'))) expect(text, `${label} shows the owner ${secret}`).not.toContain(secret);
  await entry.check?.(w, prepared, role, res);
}

describe('authorization matrix', () => {
  it('has an entry for every documented route, and every other route is known', async () => {
    const documented = routes.map((r) => r.key).sort();
    expect(documented.filter((key) => !matrix[key]), 'routes without a matrix entry').toEqual([]);
    const undocumented = app.app.routes.filter((r) => !r.documented).map((r) => `${r.method} ${r.url}`);
    expect(undocumented.filter((key) => !HIDDEN.has(key)), 'hidden routes nobody decided about').toEqual([]);
    // Hidden routes are public on purpose: the document and the health check say nothing private.
    const anonymous = new TestClient(app.url);
    expect((await anonymous.get('/api/health')).body).toEqual({ ok: true });
    expect(await anonymous.get('/healthz')).toMatchObject({ status: 200, body: { ok: true } });
    expect(await anonymous.get('/readyz')).toMatchObject({ status: 200, body: { ready: true, lifecycle: 'serving', database: 'ok', live: 'listening' } });
    expect((await anonymous.get('/metrics')).status).toBe(404);
  });

  it('gives every caller exactly the status it should, and never another couple’s data', { timeout: 300_000 }, async () => {
    const mounted = new Set(routes.map((r) => r.key));
    let shared: World | undefined;
    for (const route of routes) {
      const entry = matrix[route.key];
      if (!entry) continue;
      if (entry.isolated) {
        for (const role of ROLES) {
          const w = await newWorld();
          await runCell(route, entry, w, (await entry.prepare?.(w)) ?? {}, role);
        }
      } else if (entry.spends) {
        const w = shared ?? (await newWorld());
        shared = undefined;
        for (const role of ROLES) {
          // Before `prepare`, so what it makes belongs to the therapist who then calls.
          if (isTherapistRole(role)) await freshTherapist(w, role);
          await runCell(route, entry, w, (await entry.prepare?.(w)) ?? {}, role);
        }
      } else {
        shared ??= await newWorld();
        const prepared = (await entry.prepare?.(shared)) ?? {};
        for (const role of ROLES) await runCell(route, entry, shared, prepared, role);
      }
    }
    // A stale entry (its route gone or renamed) would silently test nothing.
    expect(Object.keys(matrix).filter((key) => !mounted.has(key)), 'matrix entries without a route').toEqual([]);
  });
});
