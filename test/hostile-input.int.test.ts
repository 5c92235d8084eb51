import { randomUUID } from 'node:crypto';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';
import { TestClient, newCouple } from './support/client';
import { snapshotDatabase } from './support/db-digest';
import { documentedRoutes, plausibleParam, type DocumentedRoute, type JsonSchema } from './support/openapi';
import { connectTherapist, consentTo, therapistOn } from './support/therapist';
import { OWN_SCOPES, SHARED_SCOPES } from '../src/core/therapist-scope';

/**
 * Every documented route gets hostile input: broken JSON, wrong content types,
 * wrong top-level types, each field replaced by a wrong-typed, oversized or
 * junk value, hostile path parameters and extra query parameters. Whatever
 * arrives, the answer is a 4xx in the one error shape and no data changes.
 */

let app: TestApp;
let a: TestClient;
/** The couple's therapist, with both partners' consent to everything: therapist routes get their hostile input from them. */
let t: TestClient;
let routes: DocumentedRoute[];
beforeAll(async () => {
  app = await startTestApp();
  const couple = await newCouple(app.url);
  a = couple.a;
  t = await therapistOn(app, 'Dr Lee');
  const linkId = await connectTherapist(app, t, couple.coupleId);
  for (const partner of [couple.a, couple.b]) await consentTo(app, linkId, partner, [...SHARED_SCOPES, ...OWN_SCOPES]);
  routes = await documentedRoutes(app.url);
});

/** Someone the route lets in, so hostile input reaches its validation rather than the access gate. */
function callerOf(route: DocumentedRoute): TestClient {
  const mounted = app.app.routes.find((r) => r.method === route.method && r.url === route.url);
  return mounted?.access === 'therapist' ? t : a;
}
afterAll(() => app.close());

function expectClientError(res: { status: number; body: unknown }, label: string) {
  expect(res.status, label).toBeGreaterThanOrEqual(400);
  expect(res.status, label).toBeLessThan(500);
  expect(res.body, label).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
}

describe('inputs that once reached the database or Fastify’s own error shape', () => {
  it.each([
    ['a NUL in a name', 'PATCH', '/api/account', { displayName: 'Al\u0000ex' }],
    ['a language that is SQL', 'PUT', '/api/account/language', { locale: "de'; drop table users; --" }],
    ['a language that is a list', 'PUT', '/api/account/language', { locale: ['de', 'en'] }],
    ['a NUL in the couple name', 'PATCH', '/api/couple', { name: 'Us\u0000' }],
    ['a NUL in a key', 'PATCH', '/api/couple', { ['na\u0000me']: 'Us' }],
    ['a lone surrogate in a name', 'PATCH', '/api/account', { displayName: 'Al\ud800ex' }],
    ['a control character in the couple name', 'PATCH', '/api/couple', { name: 'Us\u0007' }],
    ['an app-lock PIN in full-width digits', 'PUT', '/api/account/app-lock', { password: 'a long enough passphrase', pin: '\uff11\uff12\uff13\uff14', lockAfterMinutes: 5, signOutAfterMinutes: null }],
    ['an app-lock PIN as a number', 'POST', '/api/account/app-lock/unlock', { pin: 1234 }],
    ['app-lock minutes past int4', 'PUT', '/api/account/app-lock', { password: 'a long enough passphrase', pin: '1234', lockAfterMinutes: 2 ** 31, signOutAfterMinutes: null }],
    ['lifting the app lock with both PIN and password', 'DELETE', '/api/account/app-lock', { pin: '1234', password: 'a long enough passphrase' }],
    ['"away" as a string', 'POST', '/api/account/app-lock/away', { hidden: 'true' }],
    ['an activity cursor past PostgreSQL’s integer', 'GET', '/api/couple/activity?before=99999999999', undefined],
    ['a NUL in the query', 'GET', '/api/couple/activity?before=%00', undefined],
    ['a NUL in a time zone', 'GET', '/api/insights?tz=Europe%2FBer%00lin', undefined],
    ['a time zone that is not one', 'GET', '/api/insights?tz=..%2F..%2Fetc%2Fpasswd', undefined],
    ['a span not offered', 'GET', '/api/insights?weeks=53', undefined],
    ['a span as a fraction', 'GET', '/api/insights?weeks=4.5', undefined],
    ['two spans', 'GET', '/api/insights?weeks=4&weeks=12', undefined],
    ['a broken percent-escape in the path', 'DELETE', '/api/couple/invites/%E0%A4%A', undefined],
    ['a lone percent sign in the path', 'DELETE', '/api/couple/invites/%', undefined],
    ['a quiet while of a length we do not offer', 'PUT', '/api/notifications/sharing', { seenReceipts: true, presenceVisible: true, quiet: '99h' }],
    ['a quiet while in an unknown time zone', 'PUT', '/api/notifications/sharing', { seenReceipts: true, presenceVisible: true, quiet: 'tomorrow_morning', timeZone: 'Mars/Olympus' }],
    ['a quiet-until time sent straight in', 'PUT', '/api/notifications/sharing', { seenReceipts: true, presenceVisible: true, quietUntil: '2999-01-01T00:00:00Z' }],
    ['a receipt choice as a string', 'PUT', '/api/notifications/sharing', { seenReceipts: 'no', presenceVisible: true }],
    ['a pause "not now" with a passenger', 'POST', '/api/pause/commands', { commandId: '00000000-0000-4000-8000-000000000000', command: { type: 'not_now', by: 'someone' } }],
    ['a CSI-4 answer past its scale', 'PUT', '/api/checkins/week', { timeZone: 'UTC', csi4: { happiness: 7, warm: 0, rewarding: 0, satisfied: 0 }, loop: { caught: null, wayBack: null, safeToReach: null, safeToStepBack: null } }],
    ['a check-in time zone that is a path', 'GET', '/api/checkins/week?timeZone=..%2F..%2Fetc%2Fpasswd', undefined],
    ['a check-in day that is no weekday', 'PUT', '/api/checkins/day', { weekday: 0 }],
    ['a NUL in a private message to the therapist', 'POST', '/api/tell-therapist/messages', { text: 'a\u0000b' }],
    ['a private message of spaces only', 'POST', '/api/tell-therapist/messages', { text: '   ' }],
    ['a safety-check choice as a string', 'POST', '/api/tell-therapist/messages', { text: 'hi', includeSafetyCheck: 'yes' }],
    ['a NUL in how a practice went', 'PUT', `/api/homework/${randomUUID()}/reply`, { done: true, howItWent: 'a\u0000b' }],
    ['a practice reply with "done" as a string', 'PUT', `/api/homework/${randomUUID()}/reply`, { done: 'true' }],
    ['a path parameter over Fastify’s length limit', 'DELETE', `/api/couple/invites/${'x'.repeat(500)}`, undefined],
    ['a journal entry with a device id that is SQL', 'POST', '/api/journal', { text: 'hi', clientId: "' or 1=1 --" }],
    ['a journal entry with a device id as a number', 'POST', '/api/journal', { text: 'hi', clientId: 42 }],
    ['a consent to a scope that is none (the journal)', 'PUT', '/api/my-therapist/consent', { scope: 'journal', granted: true }],
    ['a consent to the safety check', 'PUT', '/api/my-therapist/consent', { scope: 'safety_check', granted: true }],
    ['a conversation that is a path', 'PUT', '/api/my-therapist/consent', { scope: 'repair_words', subjectId: '../../ruptures', granted: true }],
    ['a consent as a string', 'PUT', '/api/my-therapist/consent', { scope: 'map', granted: 'yes' }],
    ['a consent history moment that is no time', 'GET', '/api/my-therapist/history?at=%00', undefined],
    ['a record cursor below one', 'GET', '/api/my-therapist/looks?before=-1', undefined],
    ['a record cursor past a safe integer', 'GET', '/api/my-therapist/looks?before=99999999999999999999', undefined],
    ['a connect token with a NUL', 'POST', '/api/connect/accept', { token: `${'A'.repeat(42)}\u0000` }],
    ['a connect token as an array', 'POST', '/api/connect/preview', { token: ['A'.repeat(43)] }],
    ['a reset link token with a NUL', 'POST', '/api/auth/password-reset/complete', { token: `${'A'.repeat(42)}\u0000`, newPassword: 'a long enough passphrase' }],
    ['a reset link token that is SQL', 'POST', '/api/auth/password-reset/complete', { token: "' or 1=1 --", newPassword: 'a long enough passphrase' }],
    ['a reset link that is no link, with a good password', 'POST', '/api/auth/password-reset/complete', { token: 'A'.repeat(43), newPassword: 'a long enough passphrase' }],
    ['a new password too short for sign-up', 'POST', '/api/auth/password-reset/complete', { token: 'A'.repeat(43), newPassword: 'short' }],
    ['a reset for an address with a NUL', 'POST', '/api/auth/password-reset', { email: 'a\u0000@example.test' }],
    ['a reset for two addresses', 'POST', '/api/auth/password-reset', { email: ['a@example.test', 'b@example.test'] }],
    ['a verification token as an object', 'POST', '/api/auth/verify-email', { token: { $ne: null } }],
    ['a verification link that is no link', 'POST', '/api/auth/verify-email', { token: 'B'.repeat(43) }],
    ['an email change to no address', 'POST', '/api/account/email', { currentPassword: 'a long enough passphrase', email: 'not an address' }],
    ['an email change with a header in it', 'POST', '/api/account/email', { currentPassword: 'a long enough passphrase', email: 'a@example.test\r\nBcc: b@example.test' }],
    ['an email change without the password', 'POST', '/api/account/email', { currentPassword: 'wrong passphrase here', email: 'new-place@example.test' }],
    ['a heart trace for a pause that is a path', 'PUT', '/api/heart/pauses/..%2F..%2Fpauses/trace', { startedAt: '2026-01-01T00:00:00Z', points: [[0, 90]] }],
    ['a heart rate no heart has', 'PUT', `/api/heart/pauses/${randomUUID()}/trace`, { startedAt: '2026-01-01T00:00:00Z', points: [[0, 400]] }],
    ['a heart trace longer than any pause', 'PUT', `/api/heart/pauses/${randomUUID()}/trace`, { startedAt: '2026-01-01T00:00:00Z', points: Array.from({ length: 2161 }, (_, i) => [i * 5, 80]) }],
    ['a heart trace start that is no time', 'PUT', `/api/heart/pauses/${randomUUID()}/trace`, { startedAt: 'yesterday\u0000', points: [[0, 90]] }],
    ['a heart-rate point as strings', 'PUT', `/api/heart/pauses/${randomUUID()}/trace`, { startedAt: '2026-01-01T00:00:00Z', points: [['0', '90']] }],
    ['a heart-rate point with a passenger', 'PUT', `/api/heart/pauses/${randomUUID()}/trace`, { startedAt: '2026-01-01T00:00:00Z', points: [[0, 90, 'partner']] }],
    ['a practice with a NUL at sign-up', 'POST', '/api/auth/signup', { email: 'nul-practice@example.test', password: 'a long enough passphrase', displayName: 'Dr Nul', therapist: { practice: 'P\u0000', contact: 'c' } }],
  ])('answers %s with a 4xx in the one error shape and changes nothing', async (label, method, path, body) => {
    const before = await snapshotDatabase(app.db);
    expectClientError(await a.request(method, path, body), label);
    expect(await snapshotDatabase(app.db)).toEqual(before);
  });
});

describe('the desk’s routes, as a therapist connected to a couple', () => {
  let lee: TestClient;
  let coupleId: string;
  beforeAll(async () => {
    lee = await therapistOn(app, 'Lee');
    coupleId = (await newCouple(app.url)).coupleId;
    await connectTherapist(app, lee, coupleId);
  });
  const cases: Array<[string, string, (id: string) => string, (id: string) => unknown]> = [
    ['a couple id that is not one', 'GET', () => '/api/desk/couples/not-a-uuid', () => undefined],
    ['a NUL in the couple id', 'GET', () => '/api/desk/couples/a%00b/map', () => undefined],
    ['a desk time zone that is a path', 'GET', () => '/api/desk?tz=..%2F..%2Fetc%2Fpasswd', () => undefined],
    ['a NUL in the desk time zone', 'GET', (id) => `/api/desk/couples/${id}/prep?tz=Europe%2FBer%00lin`, () => undefined],
    ['a session date in words', 'PUT', (id) => `/api/desk/couples/${id}/sessions`, () => ({ nextSessionAt: 'next Tuesday' })],
    ['a session date past the calendar', 'PUT', (id) => `/api/desk/couples/${id}/sessions`, () => ({ lastSessionAt: '275760-09-14T00:00:00Z' })],
    ['no session date at all', 'PUT', (id) => `/api/desk/couples/${id}/sessions`, () => ({})],
    ['a session date with a passenger', 'PUT', (id) => `/api/desk/couples/${id}/sessions`, () => ({ nextSessionAt: null, coupleId: randomUUID() })],
    ['a note with a NUL', 'POST', () => '/api/desk/notes', (id) => ({ coupleId: id, text: 'a\u0000b' })],
    ['an empty note', 'POST', () => '/api/desk/notes', (id) => ({ coupleId: id, text: '   ' })],
    ['a note past its length', 'POST', () => '/api/desk/notes', (id) => ({ coupleId: id, text: 'x'.repeat(20_001) })],
    ['a note on a day that does not exist', 'POST', () => '/api/desk/notes', (id) => ({ coupleId: id, text: 'x', sessionOn: '2026-02-30' })],
    ['a note about a couple I am not connected to', 'POST', () => '/api/desk/notes', () => ({ coupleId: randomUUID(), text: 'x' })],
    ['a note for someone else’s id', 'PATCH', () => `/api/desk/notes/${randomUUID()}`, () => ({ text: 'x' })],
    ['a note change with nothing in it', 'PATCH', () => `/api/desk/notes/${randomUUID()}`, () => ({})],
    ['a notes filter that is not an id', 'GET', () => '/api/desk/notes?coupleId=%27%20or%201%3D1', () => undefined],
  ];
  it.each(cases)('answers %s with a 4xx in the one error shape and changes nothing', async (label, method, path, body) => {
    const before = await snapshotDatabase(app.db);
    expectClientError(await lee.request(method, path(coupleId), body(coupleId)), label);
    expect(await snapshotDatabase(app.db)).toEqual(before);
  });
});

describe('raw uploads', () => {
  it('are not read as an empty JSON object by a route that declares a JSON body', async () => {
    const solo = new TestClient(app.url);
    await solo.signup(`solo-${Math.random().toString(36).slice(2, 8)}@example.test`, 'Solo');
    const before = await snapshotDatabase(app.db);
    // POST /api/couple takes an all-optional JSON body; an image must not create a couple space.
    const res = await solo.request('POST', '/api/couple', undefined, { rawBody: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), contentType: 'image/png' });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
    expect(await snapshotDatabase(app.db)).toEqual(before);
  });
});

// --- generated hostile input for every route ---------------------------------------------

const ajv = new Ajv({ strict: false, allErrors: false, coerceTypes: false, validateFormats: true });
addFormats.default(ajv);
const ajvQuery = new Ajv({ strict: false, coerceTypes: 'array', validateFormats: true });
addFormats.default(ajvQuery);
const compiled = new Map<string, ValidateFunction>();
function validator(schema: JsonSchema, forQuery = false): ValidateFunction {
  const key = `${forQuery}:${JSON.stringify(schema)}`;
  let fn = compiled.get(key);
  if (!fn) compiled.set(key, (fn = (forQuery ? ajvQuery : ajv).compile(schema)));
  return fn;
}

/** A best-effort valid example, so a mutation can spoil one field while the rest stays valid. */
function example(schema: JsonSchema | undefined): unknown {
  if (!schema) return undefined;
  if (schema.enum) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return example(options[0]);
  if (schema.default !== undefined) return schema.default;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, prop] of Object.entries(schema.properties ?? {})) out[name] = example(prop);
      return out;
    }
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return schema.minimum ?? (typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default: {
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'email') return 'someone@example.test';
      if (schema.pattern) {
        try {
          return fc.sample(fc.stringMatching(new RegExp(schema.pattern)), { numRuns: 1, seed: 7 })[0];
        } catch {
          // fall through to a plain string
        }
      }
      return 'x'.repeat(Math.max(1, Number(schema.minLength ?? 1)));
    }
  }
}

/** Values that are wrong for nearly any field: wrong types, extremes, junk text. */
const junk = fc.constantFrom<unknown>(
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  2 ** 53 + 1,
  -(2 ** 31) - 1,
  '',
  ' ',
  'x'.repeat(5000),
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\u202e\u0007\u001b[31m',
  '💥'.repeat(400),
  "'; drop table users; --",
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  '00000000-0000-0000-0000-00000000000g',
  [],
  [1, 2, 3],
  {},
  { $gt: '' },
  Array.from({ length: 50 }, () => 'x'),
);

const hostileSegment = fc.constantFrom(
  '..%2F..%2Fetc%2Fpasswd',
  '..',
  '%2E%2E',
  '%00',
  'a%00b',
  '%',
  '%E0%A4%A',
  '%ZZ',
  "'%20or%201%3D1--",
  '%F0%9F%92%A5',
  'x'.repeat(99),
  'x'.repeat(150),
  '-1',
  '1e999',
  '00000000-0000-0000-0000-00000000000Z',
  'A'.repeat(64),
);

interface Case {
  label: string;
  pathValues: Record<string, string>;
  /** Percent-encoded already: path segments go in as they are. */
  rawSegments: boolean;
  query: Record<string, string>;
  body?: { text: string; contentType: string; parsed?: unknown };
}

/**
 * The inputs most likely to reach the database unchecked, tried on every field
 * every time: NUL in text and integers past PostgreSQL's int4.
 */
function sweepFor(route: DocumentedRoute): Case[] {
  const pathParams = route.parameters.filter((p) => p.in === 'path');
  const validPath = Object.fromEntries(pathParams.map((p) => [p.name, plausibleParam(p.schema)]));
  const base = (example(route.body) ?? {}) as Record<string, unknown>;
  const cases: Case[] = [];
  const withBody = (label: string, body: unknown): Case => ({
    label,
    pathValues: validPath,
    rawSegments: false,
    query: {},
    body: { text: JSON.stringify(body), contentType: 'application/json', parsed: body },
  });
  const fields = Object.entries(route.body?.properties ?? {});
  if (route.method !== 'GET') {
    // NUL is refused centrally, so one text field per route is enough to notice if that stops.
    const text = fields.find(([, schema]) => JSON.stringify(schema).includes('"string"'));
    if (text) cases.push(withBody(`${text[0]} with NUL`, { ...base, [text[0]]: 'a\u0000b' }));
    for (const [field, schema] of fields) {
      if (JSON.stringify(schema).includes('"integer"')) cases.push(withBody(`${field} past int4`, { ...base, [field]: 2 ** 31 }));
    }
  }
  for (const p of route.parameters.filter((p) => p.in === 'query')) {
    for (const value of ['2147483648', '9007199254740991']) cases.push({ label: `query ${p.name}=${value}`, pathValues: validPath, rawSegments: false, query: { [p.name]: value } });
  }
  if (pathParams[0]) cases.push({ label: `path ${pathParams[0].name} with NUL`, pathValues: { ...validPath, [pathParams[0].name]: 'a%00b' }, rawSegments: true, query: {} });
  return cases;
}

function casesFor(route: DocumentedRoute) {
  const pathParams = route.parameters.filter((p) => p.in === 'path');
  const queryParams = route.parameters.filter((p) => p.in === 'query');
  const validPath = Object.fromEntries(pathParams.map((p) => [p.name, plausibleParam(p.schema)]));
  const baseBody = example(route.body) ?? {};
  const fields = Object.keys(route.body?.properties ?? {});
  const json = (value: unknown) => ({ text: JSON.stringify(value) ?? 'null', contentType: 'application/json', parsed: value });
  const extras = fc.dictionary(fc.stringMatching(/^[a-z_]{1,8}$/), fc.string({ maxLength: 20 }), { maxKeys: 3 });

  const bodyMutation: fc.Arbitrary<Pick<Case, 'label' | 'body'>> = fc.oneof(
    fc.string({ maxLength: 40 }).filter((s) => {
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    }).map((text) => ({ label: `malformed JSON ${JSON.stringify(text)}`, body: { text: text || '{', contentType: 'application/json' } })),
    fc.constantFrom('application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'image/png').map((contentType) => ({
      label: `content type ${contentType}`,
      body: { text: JSON.stringify(baseBody), contentType },
    })),
    fc.constantFrom<unknown>([], [baseBody], 42, 'text', null, true).map((value) => ({ label: `top-level ${JSON.stringify(value)}`, body: json(value) })),
    fc.constant({ label: 'a body over the size limit', body: json({ ...(baseBody as object), pad: 'x'.repeat(70_000) }) }),
    fc.constant({ label: '__proto__ in the body', body: { text: '{"__proto__":{"isAdmin":true}}', contentType: 'application/json' } }),
    ...(fields.length
      ? [
          fc.tuple(fc.constantFrom(...fields), junk).map(([field, value]) => ({
            label: `${field} = ${JSON.stringify(value)?.slice(0, 40)}`,
            body: json({ ...(baseBody as object), [field]: value }),
          })),
          fc.constantFrom(...fields).map((field) => {
            const { [field]: _dropped, ...rest } = baseBody as Record<string, unknown>;
            return { label: `without ${field}`, body: json(rest) };
          }),
        ]
      : []),
  );

  const pathMutation: fc.Arbitrary<Pick<Case, 'label' | 'pathValues' | 'rawSegments'>> = pathParams.length
    ? fc.tuple(fc.constantFrom(...pathParams.map((p) => p.name)), hostileSegment).map(([name, segment]) => ({
        label: `path ${name} = ${segment.slice(0, 30)}`,
        pathValues: { ...validPath, [name]: segment },
        rawSegments: true,
      }))
    : fc.constant({ label: '', pathValues: validPath, rawSegments: false });

  const queryMutation: fc.Arbitrary<Record<string, string>> = queryParams.length
    ? fc.tuple(fc.constantFrom(...queryParams.map((p) => p.name)), fc.constantFrom('', '-1', 'abc', '1e400', '99999999999999999999', '2147483648', '9007199254740991', '\u0000', 'x'.repeat(3000), '1.5'), extras)
        .map(([name, value, extra]) => ({ ...extra, [name]: value }))
    : extras;

  return fc.record({ body: bodyMutation, path: pathMutation, query: queryMutation, spoilPath: fc.boolean() }).map(({ body, path, query, spoilPath }) => {
    const usePath = spoilPath && pathParams.length > 0;
    const c: Case = {
      label: [usePath ? path.label : '', body.label, Object.keys(query).length ? `query ${JSON.stringify(query).slice(0, 60)}` : ''].filter(Boolean).join('; '),
      pathValues: usePath ? path.pathValues : validPath,
      rawSegments: usePath,
      query,
      body: route.method === 'GET' ? undefined : body.body,
    };
    return c;
  });
}

/** True when any string (or key) holds NUL, which the server refuses everywhere by contract. */
function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || holdsNul(v));
}

/** True when every part of the request is valid for the route, so it could legitimately act. */
function isValidRequest(route: DocumentedRoute, c: Case): boolean {
  if (holdsNul(c.query) || (c.rawSegments && Object.values(c.pathValues).some((v) => safeDecode(v).includes('\u0000')))) return false;
  for (const p of route.parameters.filter((p) => p.in === 'path')) {
    if (c.rawSegments && !validator(p.schema)(safeDecode(c.pathValues[p.name]!))) return false;
  }
  const queryParams = route.parameters.filter((p) => p.in === 'query');
  const query: Record<string, unknown> = { ...c.query };
  for (const p of queryParams) {
    if (query[p.name] === undefined) continue;
    if (!validator(p.schema, true)(query[p.name])) return false;
  }
  if (route.method === 'GET' || !c.body) return true;
  const { contentType, text, parsed } = c.body;
  const json = contentType.startsWith('application/json');
  if (json && parsed === undefined) return false; // malformed, or __proto__ (refused by the parser)
  // Without a body schema a route reads no JSON body (or takes raw uploads with their own
  // size limit and parsers), so other content types and sizes may be fine there.
  if (!route.body) return true;
  if (!json || Buffer.byteLength(text) > 64 * 1024) return false;
  return !holdsNul(parsed) && validator(route.body)(parsed);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '\u0000invalid';
  }
}

function urlFor(route: DocumentedRoute, c: Case): string {
  const path = route.url.replace(/:(\w+)/g, (_m, name: string) => (c.rawSegments ? c.pathValues[name]! : encodeURIComponent(c.pathValues[name]!)));
  const query = new URLSearchParams(c.query).toString();
  return query ? `${path}?${query}` : path;
}

describe('generated hostile input on every documented route', () => {
  it('always gets a 4xx in the one error shape and never changes data', { timeout: 180_000 }, async () => {
    expect(routes.length).toBeGreaterThan(15);
    let sent = 0;
    for (const route of routes) {
      const caller = callerOf(route);
      const before = await snapshotDatabase(app.db);
      const attempt = async (c: Case) => {
        const valid = isValidRequest(route, c);
        // A valid request could rightly act, so only reads are sent then (they must still never fail with a 5xx).
        if (valid && route.method !== 'GET') return;
        sent += 1;
        const res = await caller.request(route.method, urlFor(route, c), undefined, c.body ? { rawBody: c.body.text, contentType: c.body.contentType } : {});
        const label = `${route.key}: ${c.label}`;
        if (!valid || res.status >= 400) expectClientError(res, label);
      };
      for (const c of sweepFor(route)) await attempt(c);
      await fc.assert(fc.asyncProperty(casesFor(route), attempt), { numRuns: 5 });
      // Still signed in: otherwise every later answer would be a 401 that proves nothing.
      expect((await caller.get('/api/session')).body.user?.id, `${route.key} signed the requester out`).toBe(caller.userId);
      expect(await snapshotDatabase(app.db), `${route.key} changed data`).toEqual(before);
    }
    // Most generated cases are invalid, so this really exercised the routes.
    expect(sent).toBeGreaterThan(routes.length * 4);
  });
});
