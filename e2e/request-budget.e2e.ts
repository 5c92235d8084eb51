import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, Phone } from './support/browser';
import { startDeployment, type Deployment } from './support/servers';
import { makeInviteLink, signUpWithSpace } from './support/flows';
import { person, SignupPage } from './pages/accounts';
import { HomePage } from './pages/couple';
import { apiFromPage } from './support/api';

/**
 * A screen left open must not poll or loop. Both partners leave a tab open on
 * each main screen (and one tab that visited the pattern map and went back
 * home) and do nothing for 30 seconds; every tab may make a handful of
 * requests at most (the live socket's keep-alives travel inside the socket, not
 * as requests), and no address is asked for again and again. Run on one
 * process and on two processes sharing PostgreSQL, where every live event
 * crosses processes.
 */
const SCREENS = ['/', '/map', '/map/said-and-meant', '/map/contracts', '/map/history', '/pause', '/practice', '/repair'] as const;
const IDLE_MS = 30_000;
/** A handful: a late catch-up after the socket connects, a lazy chunk — never a loop. */
const BUDGET = 4;

interface Counted {
  label: string;
  page: Page;
  requests: string[];
}

/** Opens a tab at `path` and, once it has settled, counts its HTTP requests (not the socket). */
async function openCounted(phone: Phone, baseUrl: string, path: string, then?: (page: Page) => Promise<void>): Promise<Counted> {
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
  await page.waitForTimeout(3000); // the screen's own first loads and the socket's welcome
  const counted: Counted = { label: `${phone.name} ${path}${then ? ' → home' : ''}`, page, requests: [] };
  page.on('request', (r) => {
    if (r.resourceType() !== 'websocket') counted.requests.push(`${r.method()} ${new URL(r.url()).pathname}${new URL(r.url()).search}`);
  });
  return counted;
}

function repeats(requests: string[]): string[] {
  const seen = new Map<string, number>();
  for (const r of requests) seen.set(r, (seen.get(r) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 2).map(([r, n]) => `${r} ×${n}`);
}

describe.each(['one-process', 'two-process'] as const)('an idle screen makes no request storm (%s)', (mode) => {
  let deployment: Deployment;
  let browser: Browser;
  const phones: Phone[] = [];

  beforeAll(async () => {
    [deployment, browser] = await Promise.all([startDeployment(mode), launchBrowser()]);
  });

  afterAll(async () => {
    await Promise.all(phones.map((p) => p.close().catch(() => {})));
    await browser?.close();
    await deployment?.stop();
  });

  it('every tab of both partners stays within a handful of requests for 30 s, with no request repeated', { timeout: 180_000 }, async () => {
    const a = await Phone.open(browser, 'A');
    const b = await Phone.open(browser, 'B');
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
    await Promise.all([a.page.close(), b.page.close()]);

    const tabsOf = (phone: Phone, url: string) =>
      Promise.all([
        ...SCREENS.map((screen) => openCounted(phone, url, screen)),
        // The map, left for another screen of the same tab.
        openCounted(phone, url, '/map', (page) => page.getByRole('link', { name: 'Offbeat, home' }).click()),
      ]);
    const tabs = (await Promise.all([tabsOf(a, urlA), tabsOf(b, urlB)])).flat();
    await new Promise((r) => setTimeout(r, IDLE_MS));

    const report = tabs.map((t) => `${t.label}: ${t.requests.length} [${t.requests.join(', ')}]`).join('\n');
    for (const tab of tabs) {
      expect(tab.requests.length, report).toBeLessThanOrEqual(BUDGET);
      expect(repeats(tab.requests), report).toEqual([]);
    }
    a.assertClean();
    b.assertClean();
  });
});
