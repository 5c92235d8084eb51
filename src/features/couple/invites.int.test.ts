import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { TestClient, newCouple, type ApiResponse } from '../../../test/support/client';
import { dumpDatabase } from '../../../test/support/db-digest';
import { coupleCopy } from './copy';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function person(name: string, url = app.url, origin = url) {
  const client = new TestClient(url);
  client.origin = origin;
  await client.signup(`${name.toLowerCase()}-${Math.random().toString(36).slice(2, 9)}@example.test`, name);
  return client;
}

const tokenOf = (res: ApiResponse) => new URL(res.body.url).hash.slice(1);

/** Someone alone in a new couple space with a fresh invite. */
async function inviting(name = 'Alex') {
  const owner = await person(name);
  const created = await owner.post('/api/couple', { name: `${name}'s place` });
  const invite = await owner.post('/api/couple/invites');
  expect(invite.status).toBe(201);
  return { owner, coupleId: created.body.id as string, invite, token: tokenOf(invite) };
}

async function members(coupleId: string) {
  const rows = await app.db.query<{ userId: string }>('select user_id as "userId" from couple_members where couple_id = $1 order by slot', [coupleId]);
  return rows.map((r) => r.userId);
}

function expectError(res: ApiResponse, status: number, code: string, message?: string) {
  expect(res.status).toBe(status);
  expect(res.body.error.code).toBe(code);
  if (message) expect(res.body.error.message).toBe(message);
}

describe('making an invite', () => {
  it('gives a one-time /join#token link with a 256-bit token, an SVG QR code and a 72-hour expiry', async () => {
    const { owner, invite, token } = await inviting();
    const url = new URL(invite.body.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${app.url}/join`);
    expect(url.search).toBe('');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(invite.body.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<\/svg>\s*$/);
    expect(invite.body.qrSvg).not.toMatch(/<script|on\w+=/i);
    const hours = (Date.parse(invite.body.expiresAt) - Date.parse(invite.body.createdAt)) / 3_600_000;
    expect(hours).toBeCloseTo(72, 5);
    // The space shows that an invite is open, never its link.
    const view = (await owner.get('/api/couple')).body.couple;
    expect(view.invite).toEqual({ id: invite.body.id, createdAt: invite.body.createdAt, expiresAt: invite.body.expiresAt });
    expect(JSON.stringify(view)).not.toContain(token);
  });

  it('stores only the token’s SHA-256: the raw token is nowhere in the database', async () => {
    const { invite, token } = await inviting();
    const [row] = await app.db.query<{ tokenHash: string }>('select token_hash as "tokenHash" from invites where id = $1', [invite.body.id]);
    expect(row!.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(await dumpDatabase(app.db)).not.toContain(token);
  });

  it('builds the link on PUBLIC_ORIGIN when set', async () => {
    const variant = await app.startVariant({ publicOrigin: 'https://offbeat.example' });
    const owner = await person('Alex', variant.url, 'https://offbeat.example');
    await owner.post('/api/couple', {});
    const invite = await owner.post('/api/couple/invites');
    expect(invite.status).toBe(201);
    expect(invite.body.url).toMatch(/^https:\/\/offbeat\.example\/join#[A-Za-z0-9_-]{43}$/);
  });

  it('is refused once the space has two partners', async () => {
    const { a } = await newCouple(app.url);
    expectError(await a.post('/api/couple/invites'), 409, 'couple_full', coupleCopy.coupleFull);
  });
});

describe('previewing an invite', () => {
  it('shows whose space it is, to anyone holding the link, signed in or not', async () => {
    const { token, invite } = await inviting('Alex');
    for (const viewer of [new TestClient(app.url), await person('Blair')]) {
      const res = await viewer.post('/api/invites/preview', { token });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ coupleName: "Alex's place", inviterName: 'Alex', expiresAt: invite.body.expiresAt });
    }
  });

  it('answers an unknown token with 404 and a malformed one with 400', async () => {
    const viewer = new TestClient(app.url);
    expectError(await viewer.post('/api/invites/preview', { token: 'A'.repeat(43) }), 404, 'not_found', coupleCopy.inviteUnknown);
    expectError(await viewer.post('/api/invites/preview', { token: 'short' }), 400, 'invalid_input');
    expectError(await viewer.post('/api/invites/preview', { token: '../'.repeat(15) }), 400, 'invalid_input');
  });
});

describe('accepting an invite', () => {
  it('joins the partner, once: the link cannot be used again', async () => {
    const { owner, coupleId, token } = await inviting();
    const blair = await person('Blair');
    const joined = await blair.post('/api/invites/accept', { token });
    expect(joined.status).toBe(200);
    expect(joined.body).toEqual({ coupleId });
    expect(await members(coupleId)).toEqual([owner.userId, blair.userId]);
    expect((await blair.get('/api/couple')).body.couple.id).toBe(coupleId);
    const feed = (await owner.get('/api/couple/activity?limit=1')).body.items;
    expect(feed[0]).toMatchObject({ type: 'member.joined', actorId: blair.userId });

    // Used: a third person is refused, and told clearly why.
    const sam = await person('Sam');
    expectError(await sam.post('/api/invites/accept', { token }), 409, 'couple_full', coupleCopy.coupleFull);
    expectError(await sam.post('/api/invites/preview', { token }), 409, 'couple_full', coupleCopy.coupleFull);
    expect(await members(coupleId)).toEqual([owner.userId, blair.userId]);

    // Once one of them leaves, the space ends: no one new ever joins it, through any link.
    await blair.post('/api/couple/leave');
    expectError(await sam.post('/api/invites/accept', { token }), 404, 'not_found', coupleCopy.inviteUnknown);
    expect(await members(coupleId)).toEqual([]);
    expect((await sam.get('/api/couple')).body.couple).toBeNull();
  });

  it('expires after 72 hours', async () => {
    const { coupleId, invite, token } = await inviting();
    const blair = await person('Blair');
    await app.db.query(`update invites set expires_at = now() - interval '1 second' where id = $1`, [invite.body.id]);
    expectError(await blair.post('/api/invites/preview', { token }), 410, 'invite_expired', coupleCopy.inviteExpired({ hours: 72 }));
    expectError(await blair.post('/api/invites/accept', { token }), 410, 'invite_expired', coupleCopy.inviteExpired({ hours: 72 }));
    expect(await members(coupleId)).toHaveLength(1);
    // Just inside its lifetime it still works.
    await app.db.query(`update invites set expires_at = now() + interval '5 seconds' where id = $1`, [invite.body.id]);
    expect((await blair.post('/api/invites/accept', { token })).status).toBe(200);
  });

  it('lasts INVITE_HOURS, and says so when it has expired', async () => {
    const variant = await app.startVariant({ inviteHours: 24 });
    const owner = await person('Alex', variant.url);
    await owner.post('/api/couple', {});
    const invite = await owner.post('/api/couple/invites');
    expect((Date.parse(invite.body.expiresAt) - Date.parse(invite.body.createdAt)) / 3_600_000).toBeCloseTo(24, 5);
    await app.db.query(`update invites set expires_at = now() - interval '1 second' where id = $1`, [invite.body.id]);
    const res = await new TestClient(variant.url).post('/api/invites/preview', { token: tokenOf(invite) });
    expectError(res, 410, 'invite_expired');
    expect(res.body.error.message).toContain('24 hours');
  });

  it('a new invite replaces the old one: the old link is 410 invite_revoked, the new one works', async () => {
    const { owner, coupleId, token: oldToken } = await inviting();
    const again = await owner.post('/api/couple/invites');
    const newToken = tokenOf(again);
    expect(newToken).not.toBe(oldToken);
    const blair = await person('Blair');
    expectError(await blair.post('/api/invites/preview', { token: oldToken }), 410, 'invite_revoked', coupleCopy.inviteRevoked);
    expectError(await blair.post('/api/invites/accept', { token: oldToken }), 410, 'invite_revoked', coupleCopy.inviteRevoked);
    expect((await owner.get('/api/couple')).body.couple.invite.id).toBe(again.body.id);
    expect((await blair.post('/api/invites/accept', { token: newToken })).status).toBe(200);
    expect(await members(coupleId)).toEqual([owner.userId, blair.userId]);
  });

  it('a revoked invite is 410, revoking twice is 404, and a fresh one works', async () => {
    const { owner, coupleId, invite, token } = await inviting();
    const revoked = await owner.del(`/api/couple/invites/${invite.body.id}`);
    expect(revoked.status).toBe(204);
    expect((await owner.get('/api/couple')).body.couple.invite).toBeNull();
    expectError(await owner.del(`/api/couple/invites/${invite.body.id}`), 404, 'not_found', coupleCopy.inviteNotFound);
    const feed = (await owner.get('/api/couple/activity?limit=1')).body.items;
    expect(feed[0].type).toBe('invite.revoked');

    const blair = await person('Blair');
    expectError(await blair.post('/api/invites/accept', { token }), 410, 'invite_revoked', coupleCopy.inviteRevoked);
    const fresh = await owner.post('/api/couple/invites');
    expect((await blair.post('/api/invites/accept', { token: tokenOf(fresh) })).status).toBe(200);
    expect(await members(coupleId)).toEqual([owner.userId, blair.userId]);
  });

  it('refuses my own invite', async () => {
    const { owner, coupleId, token } = await inviting();
    expectError(await owner.post('/api/invites/accept', { token }), 403, 'own_invite', coupleCopy.ownInvite);
    expect(await members(coupleId)).toEqual([owner.userId]);
  });

  it('refuses someone already in another couple space, and leaves the invite usable', async () => {
    const { owner, coupleId, token } = await inviting();
    const taken = await newCouple(app.url);
    expectError(await taken.a.post('/api/invites/accept', { token }), 409, 'already_in_couple', coupleCopy.alreadyInCouple);
    expect(await members(coupleId)).toEqual([owner.userId]);
    expect((await taken.a.get('/api/couple')).body.couple.id).toBe(taken.coupleId);
    const blair = await person('Blair');
    expect((await blair.post('/api/invites/accept', { token })).status).toBe(200);
  });

  it('needs a signed-in person', async () => {
    const { token } = await inviting();
    expectError(await new TestClient(app.url).post('/api/invites/accept', { token }), 401, 'unauthorized');
  });

  it('lets exactly one of two people racing for the same link join', async () => {
    for (let round = 0; round < 4; round++) {
      const { owner, coupleId, token } = await inviting();
      const [blair, sam] = await Promise.all([person('Blair'), person('Sam')]);
      const results = await Promise.all([blair, sam].map((c) => c.post('/api/invites/accept', { token })));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses[0]).toBe(200);
      expect([409, 410]).toContain(statuses[1]);
      const loser = results.find((r) => r.status !== 200)!;
      expect(['couple_full', 'invite_used']).toContain(loser.body.error.code);
      const joined = await members(coupleId);
      expect(joined).toHaveLength(2);
      expect(joined[0]).toBe(owner.userId);
      const winner = results[0]!.status === 200 ? blair : sam;
      expect(joined[1]).toBe(winner.userId);
    }
  });

  it('joins once when one person accepts from two tabs at the same moment', async () => {
    const { coupleId, token } = await inviting();
    const blair = await person('Blair');
    const results = await Promise.all([0, 1].map(() => blair.post('/api/invites/accept', { token })));
    expect(results.map((r) => r.status).sort()).toEqual([200, expect.any(Number)]);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(await members(coupleId)).toHaveLength(2);
  });

  it('lets exactly one of two people in a race join via two links of the same space', async () => {
    // Two links can only coexist if one was revoked; the revoked one must lose.
    const { owner, coupleId, token: first } = await inviting();
    const second = tokenOf(await owner.post('/api/couple/invites'));
    const [blair, sam] = await Promise.all([person('Blair'), person('Sam')]);
    const [x, y] = await Promise.all([blair.post('/api/invites/accept', { token: first }), sam.post('/api/invites/accept', { token: second })]);
    // Revoked (410), or already full if the new link won first (409): never a join.
    expect([409, 410]).toContain(x.status);
    expect(y.status).toBe(200);
    expect(await members(coupleId)).toEqual([owner.userId, sam.userId]);
  });
});

describe('an invite made on localhost', () => {
  // The server's "LAN address" here is 127.0.0.1: another host than `localhost` for the Origin
  // check and for cookies, as a phone's 192.168.x.y would be, without leaving this machine.
  let lan: Awaited<ReturnType<TestApp['startVariant']>>;
  let port: string;
  beforeAll(async () => {
    lan = await app.startVariant({ lanAddress: '127.0.0.1' });
    port = new URL(lan.url).port;
  });

  it('links to the LAN address, where the partner signs up and joins with cookies of their own', async () => {
    const owner = await person('Alex', `http://localhost:${port}`);
    const created = await owner.post('/api/couple', { name: 'Kitchen table' });
    const invite = await owner.post('/api/couple/invites');
    expect(invite.status).toBe(201);
    expect(invite.body.reach).toBe('lan');
    const url = new URL(invite.body.url);
    expect(`${url.origin}${url.pathname}`).toBe(`http://127.0.0.1:${port}/join`);
    expect(invite.body.qrSvg).toMatch(/^<svg/);

    // The partner's phone opens that link: every request carries the LAN origin and host.
    const partner = await person('Sam', url.origin);
    expect(partner.cookies.has('offbeat_session')).toBe(true);
    expect((await partner.post('/api/invites/preview', { token: url.hash.slice(1) })).body).toMatchObject({ coupleName: 'Kitchen table', inviterName: 'Alex' });
    const accepted = await partner.post('/api/invites/accept', { token: url.hash.slice(1) });
    expect(accepted.status).toBe(200);
    expect(await members(created.body.id)).toEqual([owner.userId, partner.userId]);
    expect((await partner.get('/api/couple')).body.couple.id).toBe(created.body.id);
    expect((await owner.get('/api/couple')).body.couple.members).toHaveLength(2);
  });

  it('still refuses a state change whose Origin is not the host it was sent to', async () => {
    const partner = await person('Sam', `http://127.0.0.1:${port}`);
    const res = await partner.request('POST', '/api/couple', { name: 'Elsewhere' }, { origin: `http://localhost:${port}` });
    expectError(res, 403, 'bad_origin');
  });

  it('keeps the address the browser used when others can reach it, when PUBLIC_ORIGIN is set, or when there is no LAN address', async () => {
    const onLan = await inviting('Alex');
    const direct = await onLan.owner.post('/api/couple/invites');
    expect(direct.body.reach).toBe('origin');

    const fromLan = await person('Robin', lan.url);
    await fromLan.post('/api/couple', { name: 'On the sofa' });
    const same = await fromLan.post('/api/couple/invites');
    expect([same.body.reach, new URL(same.body.url).origin]).toEqual(['origin', lan.url]);

    const noLan = await person('Kai', `http://localhost:${new URL(app.url).port}`);
    await noLan.post('/api/couple', { name: 'Porch' });
    const local = await noLan.post('/api/couple/invites');
    expect([local.body.reach, new URL(local.body.url).hostname]).toEqual(['origin', 'localhost']);

    const published = await app.startVariant({ lanAddress: '127.0.0.1', publicOrigin: 'https://offbeat.example' });
    const behindProxy = await person('Noa', `http://localhost:${new URL(published.url).port}`, 'https://offbeat.example');
    await behindProxy.post('/api/couple', { name: 'Balcony' });
    const pub = await behindProxy.post('/api/couple/invites');
    expect([pub.body.reach, new URL(pub.body.url).origin]).toEqual(['origin', 'https://offbeat.example']);
  });
});

describe('an invite link without PUBLIC_ORIGIN', () => {
  /** A request whose Host (and matching Origin) the sender wrote: fetch would not let us set Host. */
  function postWithHost(client: TestClient, path: string, host: string): Promise<{ status: number; body: any }> {
    const url = new URL(app.url + path);
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        { hostname: url.hostname, port: url.port, path, method: 'POST', headers: { host, origin: `http://${host}`, cookie: client.cookieHeader, 'x-csrf-token': client.csrfToken!, 'content-type': 'application/json' } },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
  }

  it('is never built from a Host header the sender wrote', async () => {
    const owner = await person('Alex');
    await owner.post('/api/couple', { name: 'Hallway' });
    for (const host of ['evil.example', 'evil.example:3000', `127.0.0.1:${Number(new URL(app.url).port) + 1}`]) {
      const invite = await postWithHost(owner, '/api/couple/invites', host);
      expect(invite.status, host).toBe(201);
      expect(new URL(invite.body.url).origin, host).toBe(app.url);
    }
  });
});

