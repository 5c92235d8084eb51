import * as Y from 'yjs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { capture, launchBrowser, Phone } from './support/browser';
import { canReachPostgres, startTwoProcesses, type Deployment } from './support/servers';
import { apiFromPage } from './support/api';
import { loadSideDoc } from '../src/features/pattern-map/side-doc';

/**
 * The therapist's desk in a browser: a therapist lands on /desk (never a partner screen), sees each
 * couple's card with only what they share, opens the couple and their map, and the map leaves the
 * screen within a second when a partner withdraws it. Until the connect screens land, the therapist
 * account, the link and the consent are written straight to the shared PostgreSQL (two processes).
 */
const reachable = await canReachPostgres();

async function signUpByApi(page: Page, base: string, name: string): Promise<string> {
  await page.goto(base + '/');
  const res = await apiFromPage(page, 'POST', '/api/auth/signup', { email: `${name.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.test`, password: 'a calm long passphrase', displayName: name });
  expect(res.status).toBe(201);
  return (res.body as { user: { id: string } }).user.id;
}

describe.skipIf(!reachable)('the therapist’s desk', () => {
  let deployment: Deployment;
  let browser: Browser;
  let db: pg.Client;
  const phones: Phone[] = [];
  beforeAll(async () => {
    [deployment, browser] = await Promise.all([startTwoProcesses(), launchBrowser()]);
    db = new pg.Client({ connectionString: deployment.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await Promise.all(phones.map((p) => p.close().catch(() => {})));
    await browser?.close();
    await deployment?.stop();
  });

  it('shows each couple only what they share, and the map goes within a second of being withdrawn', { timeout: 120_000 }, async () => {
    const base = deployment.a.url;
    const [a, b, t] = await Promise.all([Phone.open(browser, 'A'), Phone.open(browser, 'B'), Phone.open(browser, 'T')]);
    phones.push(a, b, t);
    const ada = await signUpByApi(a.page, base, 'Ada');
    await signUpByApi(b.page, deployment.b.url, 'Bo');
    const coupleId = ((await apiFromPage(a.page, 'POST', '/api/couple', {})).body as { id: string }).id;
    const invite = (await apiFromPage(a.page, 'POST', '/api/couple/invites')).body as { url: string };
    expect((await apiFromPage(b.page, 'POST', '/api/invites/accept', { token: new URL(invite.url).hash.slice(1) })).status).toBe(200);
    // Ada writes and shares her side of the map.
    const mapId = ((await apiFromPage(a.page, 'POST', '/api/maps', { name: 'The kettle and the tortoise' })).body as { id: string }).id;
    const doc = loadSideDoc(null);
    doc.getText('fear').insert(0, 'being left on my own');
    expect((await apiFromPage(a.page, 'POST', `/api/maps/${mapId}/sides/${ada}/updates`, { update: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64') })).status).toBe(200);
    expect((await apiFromPage(a.page, 'POST', `/api/maps/${mapId}/share`)).status).toBe(204);
    expect((await apiFromPage(a.page, 'PUT', '/api/checkins/week', { timeZone: 'UTC', csi4: null, loop: { caught: 2, wayBack: 3, safeToReach: 3, safeToStepBack: 2 } })).status).toBe(200);

    // The therapist, connected; Ada shares everything, Bo everything but his check-ins.
    const lee = await signUpByApi(t.page, base, 'Lee');
    await db.query(`update users set kind = 'therapist' where id = $1`, [lee]);
    await db.query(`insert into therapist_profiles (user_id, practice, contact) values ($1, 'Lee Couples Practice', 'office@example.test')`, [lee]);
    const link = (await db.query(`insert into therapist_links (couple_id, therapist_id) values ($1, $2) returning id`, [coupleId, lee])).rows[0].id as string;
    const bo = (await db.query(`select user_id from couple_members where couple_id = $1 and user_id <> $2`, [coupleId, ada])).rows[0].user_id as string;
    const consent = (user: string, scopes: string[], granted = true) =>
      db.query(`insert into therapist_consents (link_id, couple_id, user_id, scope, granted) select $1, $2, $3, s, $4 from unnest($5::text[]) s`, [link, coupleId, user, granted, scopes]);
    await consent(ada, ['map', 'loop', 'repair', 'practice', 'checkins']);
    await consent(bo, ['map', 'loop', 'repair', 'practice']);

    // Signed in as a therapist: home is the desk, and a partner screen sends them back there.
    await t.page.goto(base + '/');
    await t.page.getByRole('heading', { level: 1, name: 'Your couples' }).waitFor();
    expect(new URL(t.page.url()).pathname).toBe('/desk');
    await t.page.goto(base + '/map');
    await t.page.getByRole('heading', { level: 1, name: 'Your couples' }).waitFor();
    const card = t.page.getByRole('region', { name: 'Ada & Bo' });
    await card.waitFor();
    await card.getByText('Ada checked in once in the last eight weeks.').waitFor();
    await card.getByText("Bo's check-ins: not shared with you").waitFor();
    expect(await capture(t.page, 'desk', { desktop: true })).toEqual([]);

    await card.getByRole('link', { name: 'Open Ada & Bo' }).click();
    await t.page.getByRole('heading', { level: 1, name: 'Ada & Bo' }).waitFor();
    const map = t.page.getByRole('region', { name: 'Their pattern map' });
    await map.getByText('being left on my own').waitFor();
    await t.page.getByRole('textbox', { name: 'A new note' }).fill('Ask how the kettle evening went.');
    await t.page.getByRole('button', { name: 'Save note' }).click();
    await t.page.getByText('Ask how the kettle evening went.').waitFor();
    expect(await capture(t.page, 'desk-couple', { desktop: true })).toEqual([]);

    // Bo withdraws the map while it is open: the server tells the therapist's socket, and it goes.
    await consent(bo, ['map'], false);
    await db.query(`select pg_notify('offbeat_events', $1)`, [JSON.stringify({ k: 'access', u: lee, c: coupleId })]);
    await map.waitFor({ state: 'detached', timeout: 1000 });
    await t.page.getByText('Not shared with you').first().waitFor();

    await t.page.getByRole('link', { name: 'Session prep to print' }).click();
    await t.page.getByRole('heading', { level: 1, name: 'Session prep: Ada & Bo' }).waitFor();
    expect(await capture(t.page, 'desk-prep')).toEqual([]);
    const looks = (await db.query(`select what from therapist_access_log where couple_id = $1 order by id`, [coupleId])).rows.map((r) => r.what);
    expect(looks).toEqual(expect.arrayContaining(['overview', 'map', 'prep']));
    for (const p of [a, b, t]) p.assertClean();
  });
});
