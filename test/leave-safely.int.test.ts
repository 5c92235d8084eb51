import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';
import { TestClient } from './support/client';
import { pairUp, personOn, writeEverything } from './support/couple-life';

/**
 * "Download everything that is mine" before leaving or deleting: the archive holds every kind
 * of word its person wrote, and none of the partner's — private, unrevealed or shared.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const MINE = ['journal', 'fine', 'hurt', 'role', 'instead', 'stretch', 'help', 'words', 'note', 'joy', 'rupture', 'side'];

async function aCoupleWhoWroteEverything() {
  const [alex, blair] = await Promise.all([personOn(app, 'Alex'), personOn(app, 'Blair')]);
  await pairUp(alex, blair);
  await writeEverything(alex, 'alex-own');
  await writeEverything(blair, 'blair-shared');
  // Blair's words that were never shared at all.
  expect((await blair.post('/api/journal', { text: 'blair-private journal' })).status).toBe(201);
  const rupture = await blair.post('/api/ruptures', { topic: 'money', intensity: 4, reached: 'me', withdrew: 'partner', note: 'blair-private rupture' });
  const repair = await blair.post(`/api/ruptures/${rupture.body.id}/repair`, { calmEnough: true });
  expect(repair.status).toBe(200);
  expect((await blair.post(`/api/repairs/${repair.body.id}/draft`, { answers: { feelings: 'blair-unrevealed feeling' } })).status).toBe(200);
  expect((await alex.post(`/api/repairs/${repair.body.id}/draft`, { answers: { feelings: 'alex-own answer', myPart: 'alex-own part' } })).status).toBe(200);
  // A word that would be markup if it were not escaped.
  expect((await alex.post('/api/journal', { text: 'alex-own <script>alert("x")</script> & <b>bold</b>' })).status).toBe(201);
  return { alex, blair };
}

describe('leave safely, with my own words', () => {
  it('the JSON archive holds every kind of my words and none of my partner’s', async () => {
    const { alex, blair } = await aCoupleWhoWroteEverything();
    const res = await alex.get('/api/account/export.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="offbeat-my-words-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = JSON.stringify(res.body);
    for (const kind of MINE) expect(text, kind).toContain(`${kind} alex-own`);
    expect(text).toContain('alex-own answer');
    expect(text).toContain('alex-own part');
    expect(text).not.toContain('blair-');
    expect(res.body).toMatchObject({ kind: 'offbeat-own-words', version: 1, person: { displayName: 'Alex' } });
    // The voice note comes with it, as the file itself.
    const files = (res.body.sections as Array<{ entries: Array<{ file?: { contentType: string; base64: string } }> }>).flatMap((s) => s.entries.flatMap((e) => (e.file ? [e.file] : [])));
    expect(files.map((f) => f.contentType)).toContain('audio/webm');
    expect(files.every((f) => Buffer.from(f.base64, 'base64').length > 0)).toBe(true);
    // And Blair's own archive has Blair's words, none of Alex's.
    const blairs = JSON.stringify((await blair.get('/api/account/export.json')).body);
    expect(blairs).toContain('blair-private journal');
    expect(blairs).toContain('blair-unrevealed feeling');
    expect(blairs).not.toContain('alex-own');
  });

  it('the HTML archive is one page that runs nothing, fetches nothing and escapes every word', async () => {
    const { alex } = await aCoupleWhoWroteEverything();
    const res = await alex.get('/api/account/export.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="offbeat-my-words-.*\.html"$/);
    const html = res.body as string;
    for (const kind of MINE) expect(html, kind).toContain(`${kind} alex-own`);
    expect(html).not.toContain('blair-');
    expect(html).toContain('alex-own &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="(?!data:)/);
    expect(html).toContain('<audio controls src="data:audio/webm;base64,');
  });

  it('needs a signed-in person; each gets only their own', async () => {
    const stranger = new TestClient(app.url);
    for (const url of ['/api/account/export.json', '/api/account/export.html']) {
      const res = await stranger.get(url);
      expect(res.status, url).toBe(401);
      expect(JSON.stringify(res.body)).not.toContain('alex-own');
    }
    const loner = await personOn(app, 'Sam');
    const empty = await loner.get('/api/account/export.json');
    expect(empty.body.sections).toEqual([]);
    expect((await loner.get('/api/account/export.html')).body).toContain('There is nothing of yours written down yet.');
  });

  it('leaving is quiet: the one who stays learns only that the space ended — not who, why or when', async () => {
    for (const how of ['leave', 'delete'] as const) {
      const [quinn, robin] = await Promise.all([personOn(app, 'Quinn'), personOn(app, 'Robin')]);
      await pairUp(quinn, robin);
      const socket = await robin.openSocket({ lastSeq: (await robin.get('/api/couple')).body.couple.headSeq });
      await socket.next((m) => m.type === 'welcome');
      const before = socket.messages.length;
      if (how === 'leave') expect((await quinn.post('/api/couple/leave')).status).toBe(204);
      else expect((await quinn.request('DELETE', '/api/account', { password: 'a long enough passphrase' })).status).toBe(204);
      await socket.waitClosed().catch(() => undefined);
      await robin.refreshSession();
      const answer = await robin.get('/api/couple');
      expect(answer.body, how).toEqual({ couple: null, ended: true });
      const everything = JSON.stringify(socket.messages.slice(before)) + JSON.stringify(answer.body) + JSON.stringify((await robin.get('/api/feed')).body);
      const found = everything.match(/.{0,80}(Quinn|left|closed|reason|lastSeen|last_seen).{0,80}/gi);
      expect(found, how).toBeNull();
      socket.close();
    }
  });
});
