import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { TestClient } from '../../../test/support/client';
import { DEMO_MAP, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_SPACE, seedDemoCouple } from './seed';

let app: TestApp;
let alex: TestClient;
let blair: TestClient;
let bystander: TestClient;
let coupleId: string;

async function logIn(email: string) {
  const client = new TestClient(app.url);
  const res = await client.post('/api/auth/login', { email, password: DEMO_PASSWORD });
  expect(res.status).toBe(200);
  return client;
}
const both = () => [alex, blair] as const;

beforeAll(async () => {
  app = await startTestApp();
  bystander = new TestClient(app.url);
  await bystander.signup('someone-else@example.test', 'Robin');
  // Seeded twice: the second run replaces the first.
  await seedDemoCouple(app.app);
  ({ coupleId } = await seedDemoCouple(app.app));
  alex = await logIn(DEMO_PEOPLE[0].email);
  blair = await logIn(DEMO_PEOPLE[1].email);
});
afterAll(() => app.close());

describe('the demo couple, seeded on a fresh database', () => {
  it('is two logins in one space, and nobody else was touched', async () => {
    for (const partner of both()) {
      const view = (await partner.get('/api/couple')).body.couple;
      expect(view).toMatchObject({ id: coupleId, name: DEMO_SPACE });
      expect(view.members.map((m: { displayName: string }) => m.displayName)).toEqual(['Alex', 'Blair']);
    }
    expect((await app.db.query<{ n: number }>('select count(*)::int as n from couples'))[0]!.n).toBe(1);
    expect((await bystander.get('/api/session')).body.user.displayName).toBe('Robin');
  });

  it('has a named pattern map with both sides written and shared, seen by both', async () => {
    for (const partner of both()) {
      const { maps } = (await partner.get('/api/maps')).body;
      expect(maps).toEqual([expect.objectContaining({ name: DEMO_MAP, isMain: true })]);
      const { sides } = (await partner.get(`/api/maps/${maps[0].id}`)).body;
      expect(sides).toHaveLength(2);
      for (const side of sides) {
        expect(side.shared).toBe(true);
        const doc = new Y.Doc();
        Y.applyUpdate(doc, Buffer.from(side.state, 'base64'));
        for (const field of ['situation', 'move', 'partnerSees', 'feeling', 'fear', 'longing']) expect(doc.getText(field).toString().length, field).toBeGreaterThan(10);
        expect(doc.getMap('roles').get('chores')).toMatch(/^(pursuer|distancer)$/);
      }
    }
  });

  it('has a past pause that ended with both check-ins', async () => {
    for (const partner of both()) {
      const { pause } = (await partner.get('/api/pause')).body;
      expect(pause).toMatchObject({ status: 'reconnected', minutes: 10, where: 'same_room', onTime: true });
      expect(pause.myCheckIn).not.toBeNull();
      expect(pause.partnerCheckIn).toEqual({ nextStep: 'talk' });
      expect(Date.now() - Date.parse(pause.endedAt)).toBeGreaterThan(12 * 3_600_000);
    }
    // Each sees only their own feeling rating.
    expect((await alex.get('/api/pause')).body.pause.myCheckIn.feeling).toBe(3);
    expect((await blair.get('/api/pause')).body.pause.myCheckIn.feeling).toBe(4);
  });

  it('has a rupture repaired together: both wrote, both answers revealed, an action done and seen', async () => {
    for (const partner of both()) {
      const { ruptures } = (await partner.get('/api/ruptures')).body;
      expect(ruptures).toHaveLength(1);
      const [rupture] = ruptures;
      expect(rupture).toMatchObject({ topic: 'chores', iSayRepaired: true, partnerSaysRepaired: true });
      expect(rupture.repairedAt).not.toBeNull();
      // Noted the evening of the pause, repaired today.
      expect(Date.now() - Date.parse(rupture.createdAt)).toBeGreaterThan(12 * 3_600_000);
      expect(Date.parse(rupture.repairedAt) - Date.parse(rupture.createdAt)).toBeGreaterThan(12 * 3_600_000);
      const repair = (await partner.get(`/api/repairs/${rupture.repairId}`)).body;
      expect(repair).toMatchObject({ status: 'revealed', mySubmitted: true, partnerSubmitted: true });
      expect(repair.mine.iWill).toBeTruthy();
      expect(repair.partners.iWill).toBeTruthy();
      expect(repair.actions).toHaveLength(2);
      const done = repair.actions.filter((a: { doneAt: string | null }) => a.doneAt);
      expect(done).toHaveLength(1);
      expect(done[0].acknowledgedAt).not.toBeNull();
    }
    // Seen from both sides: each has their own view, and sees the other's as theirs.
    expect((await alex.get('/api/ruptures')).body.ruptures[0]).toMatchObject({ myView: { intensity: 6 }, partnerView: { intensity: 5 } });
    expect((await blair.get('/api/ruptures')).body.ruptures[0]).toMatchObject({ myView: { intensity: 5 }, partnerView: { intensity: 6 } });
    // Alex's own note about it stays Alex's.
    expect((await alex.get('/api/ruptures')).body.ruptures[0].myNote).toMatch(/kept asking/);
    expect((await blair.get('/api/ruptures')).body.ruptures[0].myNote).toBeNull();
  });

  it('has rituals with moments done together and confirmed', async () => {
    for (const partner of both()) {
      expect((await partner.get('/api/rituals')).body.rituals).toHaveLength(2);
      const summary = (await partner.get('/api/practice/summary')).body;
      expect(summary.momentsThisWeek).toBe(2);
      expect(summary.waitingForMe).toEqual([]);
    }
  });

  it('has a joy entry with a real photo both can open', async () => {
    for (const partner of both()) {
      const { entries } = (await partner.get('/api/joy')).body;
      expect(entries).toHaveLength(1);
      expect(entries[0].mediaId).toBeTruthy();
      const photo = await fetch(`${app.url}/api/media/${entries[0].mediaId}`, { headers: { cookie: partner.cookieHeader } });
      expect(photo.status).toBe(200);
      expect(photo.headers.get('content-type')).toBe('image/png');
      const bytes = Buffer.from(await photo.arrayBuffer());
      expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
      expect(bytes.readUInt32BE(16)).toBe(240);
    }
    expect((await bystander.get('/api/joy')).status).toBe(403);
  });

  it('shows the history in both activity feeds', async () => {
    for (const partner of both()) {
      const items = (await partner.get('/api/couple/activity')).body.items as Array<{ type: string; createdAt: string }>;
      const types = new Set(items.map((i) => i.type));
      for (const type of ['member.joined', 'map.side_shared', 'pause.reconnected', 'joy.logged']) expect(types, type).toContain(type);
      // The pause is told as yesterday's, not as something that just happened.
      const reconnected = items.find((i) => i.type === 'pause.reconnected')!;
      expect(Date.now() - Date.parse(reconnected.createdAt)).toBeGreaterThan(12 * 3_600_000);
    }
  });
});
