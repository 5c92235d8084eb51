import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, Phone } from './support/browser';
import { startDeployment, type Deployment } from './support/servers';
import { makeInviteLink, signUpWithSpace } from './support/flows';
import { person, SignupPage } from './pages/accounts';
import { HomePage } from './pages/couple';
import { apiFromPage } from './support/api';
import pg from 'pg';

/**
 * A screen left open must not poll or loop. Both partners leave a tab open on
 * each main screen (and one tab that visited the pattern map and went back
 * home) and do nothing for 30 seconds; every tab may make a handful of
 * requests at most (the live socket's keep-alives travel inside the socket, not
 * as requests), and no address is asked for again and again. Run on one
 * process and on two processes sharing PostgreSQL, where every live event
 * crosses processes.
 */
/** The therapist's screens (two-process mode, where the test reaches the database to make a therapist). */
const DESK_SCREENS = ['/desk', '/desk/couples/:coupleId', '/desk/couples/:coupleId/prep'] as const;
const SCREENS = ['/', '/map', '/map/said-and-meant', '/map/contracts', '/map/history', '/pause', '/practice', '/repair', '/for-you', '/check-in', '/insights'] as const;
const IDLE_MS = 30_000;
const SETTLE_MS = 3000;
/** A handful: a late catch-up after the socket connects, a lazy chunk — never a loop. */
const BUDGET = 4;

interface Tab {
  label: string;
  page: Page;
}

interface Counted extends Tab {
  requests: string[];
}

/** Opens a tab at `path` and waits for its screen (its counting starts once every tab has settled). */
async function openTab(phone: Phone, baseUrl: string, path: string, then?: (page: Page) => Promise<void>): Promise<Tab> {
  const page = await phone.newPage();
  await page.goto(baseUrl + path);
  await page
    .getByRole('heading', { level: 1 })
    .first()
    .waitFor({ timeout: 20_000 })
    .catch(async (error: Error) => {
      await page.screenshot({ path: `test-results/request-budget-${phone.name}-${path.replaceAll('/', '_')}.png` });
      throw new Error(`${phone.name} ${path}: no screen heading (${error.message})`);
    });
  if (then) await then(page);
  return { label: `${phone.name} ${path}${then ? ' → home' : ''}`, page };
}

/** From now on, counts the tab's HTTP requests (not the socket). */
function countRequests(tab: Tab): Counted {
  const counted: Counted = { ...tab, requests: [] };
  tab.page.on('request', (r) => {
    if (r.resourceType() !== 'websocket') counted.requests.push(`${r.method()} ${new URL(r.url()).pathname}${new URL(r.url()).search}`);
  });
  return counted;
}

function repeats(requests: string[]): string[] {
  const seen = new Map<string, number>();
  for (const r of requests) seen.set(r, (seen.get(r) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 2).map(([r, n]) => `${r} ×${n}`);
}

const MODES = ['one-process', 'two-process'] as const;

describe('an idle screen makes no request storm', () => {
  const deployments: Deployment[] = [];
  let browser: Browser;
  const phones: Phone[] = [];

  beforeAll(async () => {
    let started: Deployment[];
    [started, browser] = await Promise.all([Promise.all(MODES.map((mode) => startDeployment(mode))), launchBrowser()]);
    deployments.push(...started);
  });

  afterAll(async () => {
    await Promise.all(phones.map((p) => p.close().catch(() => {})));
    await browser?.close();
    await Promise.all(deployments.map((d) => d.stop()));
  });

  /** A couple on this deployment, each partner with a tab idle on every main screen. */
  async function idleCouple(deployment: Deployment): Promise<{ phones: Phone[]; tabs: Tab[] }> {
    const a = await Phone.open(browser, `A (${deployment.mode})`);
    const b = await Phone.open(browser, `B (${deployment.mode})`);
    phones.push(a, b);
    const urlA = deployment.a.url;
    const urlB = deployment.b.url;
    await signUpWithSpace(a, urlA, person('Alex'), 'Quiet evenings');
    const link = new URL(await makeInviteLink(a));
    await b.page.goto(urlB + link.pathname + link.hash);
    await new SignupPage(b.page).signUp(person('Sam'), 'Create account and join');
    await new HomePage(b.page).heading('Quiet evenings').waitFor({ timeout: 10_000 });
    // A named loop, so the map screens hold live sides (an empty side once pulled without end).
    expect((await apiFromPage(a.page, 'POST', '/api/maps', { name: 'The spiral' })).status).toBe(201);
    const coupleId = ((await apiFromPage(a.page, 'GET', '/api/couple')).body as { couple: { id: string } }).couple.id;
    await Promise.all([a.page.close(), b.page.close()]);
    const desk = deployment.databaseUrl ? await idleTherapist(deployment.databaseUrl, urlA, coupleId) : { phones: [], tabs: [] };

    // One tab after another per phone (the four phones at once): 36 pages loading together on two cores
    // would only measure the machine.
    const tabsOf = async (phone: Phone, url: string) => {
      const tabs: Tab[] = [];
      for (const screen of SCREENS) tabs.push(await openTab(phone, url, screen));
      // The map, left for another screen of the same tab.
      tabs.push(await openTab(phone, url, '/map', (page) => page.getByRole('link', { name: 'Offbeat, home' }).click()));
      return tabs;
    };
    return { phones: [a, b, ...desk.phones], tabs: [...(await Promise.all([tabsOf(a, urlA), tabsOf(b, urlB)])).flat(), ...desk.tabs] };
  }

  /** The couple's therapist, connected with both partners' full consent, with a tab idle on each desk screen. */
  async function idleTherapist(databaseUrl: string, url: string, coupleId: string): Promise<{ phones: Phone[]; tabs: Tab[] }> {
    const t = await Phone.open(browser, 'T (two-process)');
    phones.push(t);
    await t.page.goto(url + '/');
    const signup = await apiFromPage(t.page, 'POST', '/api/auth/signup', { email: `lee-${Math.random().toString(36).slice(2, 8)}@example.test`, password: 'a calm long passphrase', displayName: 'Lee' });
    const lee = (signup.body as { user: { id: string } }).user.id;
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      await db.query(`update users set kind = 'therapist' where id = $1`, [lee]);
      const link = (await db.query(`insert into therapist_links (couple_id, therapist_id) values ($1, $2) returning id`, [coupleId, lee])).rows[0].id;
      await db.query(
        `insert into therapist_consents (link_id, couple_id, user_id, scope, granted)
         select $1, $2, m.user_id, s, true from couple_members m cross join unnest(array['map', 'loop', 'repair', 'practice', 'checkins']) s where m.couple_id = $2`,
        [link, coupleId],
      );
    } finally {
      await db.end();
    }
    await t.page.close();
    const tabs: Tab[] = [];
    for (const screen of DESK_SCREENS) tabs.push(await openTab(t, url, screen.replace(':coupleId', coupleId)));
    return { phones: [t], tabs };
  }

  // Both deployments idle at the same time: the 30 s are spent once.
  it('every tab of both partners stays within a handful of requests for 30 s, with no request repeated, on one process and on two', { timeout: 180_000 }, async () => {
    const couples = await Promise.all(deployments.map((d) => idleCouple(d)));
    // The last screens' own first loads and their sockets' welcome; then every tab is idle at once.
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const tabs = couples.flatMap((c) => c.tabs).map(countRequests);
    await new Promise((r) => setTimeout(r, IDLE_MS));

    const report = tabs.map((t) => `${t.label}: ${t.requests.length} [${t.requests.join(', ')}]`).join('\n');
    for (const tab of tabs) {
      expect(tab.requests.length, report).toBeLessThanOrEqual(BUDGET);
      expect(repeats(tab.requests), report).toEqual([]);
    }
    expect(tabs).toHaveLength(MODES.length * 2 * (SCREENS.length + 1) + (deployments.some((d) => d.databaseUrl) ? DESK_SCREENS.length : 0));
    for (const phone of couples.flatMap((c) => c.phones)) phone.assertClean();
  });
});
