import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { capture, launchBrowser, Phone } from './support/browser';
import { startOneProcess, type Deployment } from './support/servers';
import { signUpWithSpace } from './support/flows';
import { person, SettingsPage, WelcomePage } from './pages/accounts';
import { JournalPage } from './pages/repair';
import { ToolkitPage } from './pages/moment';
import { apiFromPage } from './support/api';

/**
 * The calm tools in the installed app without a connection (issue 17): loaded once online, then
 * opened offline — the pacer breathes with no server, scripts, what helps me and help open from
 * what the phone kept, a journal entry written offline waits on the phone through a reload and
 * arrives exactly once when the connection is back. A quick exit leaves nothing of it to open.
 */
describe('calm tools offline', () => {
  let deployment: Deployment;
  let browser: Browser;
  let p: Phone;
  const a11y: string[] = [];
  let base = '';
  const alex = person('Alex');
  const shoot = async (name: string, desktop = false) => a11y.push(...(await capture(p.page, name, { desktop })));

  beforeAll(async () => {
    [deployment, browser] = await Promise.all([startOneProcess(), launchBrowser()]);
    base = deployment.a.url;
    p = await Phone.open(browser, 'alex-offline', { serviceWorkers: 'allow' });
  });

  afterAll(async () => {
    await p?.close().catch(() => {});
    await browser?.close();
    await deployment?.stop();
  });

  const journalTexts = async () => {
    const res = await apiFromPage(p.page, 'GET', '/api/journal');
    return (res.body as { entries: { text: string }[] }).entries.map((e) => e.text);
  };

  it('opens the pacer, scripts, what helps me, help and the journal offline, and sends an entry written offline once', async () => {
    await signUpWithSpace(p, base, alex, 'Our space');
    // The precache has finished installing once the worker is activated.
    await p.page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    expect((await apiFromPage(p.page, 'POST', '/api/toolkit/scripts', { situation: 'When I feel flooded', text: 'I need twenty minutes, and I will come back.' })).status).toBe(201);
    expect((await apiFromPage(p.page, 'POST', '/api/toolkit/helps', { text: 'Cold water on my wrists' })).status).toBe(201);
    expect((await apiFromPage(p.page, 'POST', '/api/journal', { text: 'Written while we were still online.' })).status).toBe(201);
    // Opened once online: the phone keeps what these screens read.
    const toolkit = new ToolkitPage(p.page);
    await p.page.goto(`${base}/toolkit`);
    await toolkit.heading.waitFor();
    await p.page.getByText('I need twenty minutes, and I will come back.').waitFor();
    const journal = new JournalPage(p.page);
    await p.page.goto(`${base}/journal`);
    await journal.mine.getByText('Written while we were still online.').waitFor();

    p.expectOffline = true;
    await p.context.setOffline(true);
    await p.page.goto(`${base}/`);
    await p.page.getByRole('heading', { level: 1, name: 'You are offline' }).waitFor();
    const needs = p.page.getByRole('region', { name: 'These need a connection' });
    for (const thing of ['A pause together', 'Your shared pattern map', 'Repair with your partner', 'Signals between you and your partner']) await needs.getByText(thing).waitFor();
    await shoot('offline-calm', true);

    // The pacer breathes with no server at all.
    await p.page.getByRole('link', { name: 'Breathe with the pacer' }).click();
    await p.page.getByRole('heading', { level: 1, name: 'Breathe' }).waitFor();
    const pacer = p.page.getByTestId('pacer');
    const phase = () => pacer.getAttribute('data-phase');
    const first = await phase();
    await expect.poll(phase).not.toBe(first);
    await p.page.getByRole('button', { name: 'Breathe more slowly' }).click();
    await p.page.getByText('5 breaths a minute').waitFor();
    // What helps me, beside it, from the phone's copy.
    await p.page.getByText('Cold water on my wrists').waitFor();
    await shoot('offline-pacer');

    await p.page.goto(`${base}/toolkit`);
    await toolkit.heading.waitFor();
    await p.page.getByText('I need twenty minutes, and I will come back.').waitFor();
    await p.page.getByText('Cold water on my wrists').first().waitFor();
    await shoot('offline-toolkit');

    await p.page.goto(`${base}/help`);
    await p.page.getByRole('heading', { level: 1, name: 'Need help now?' }).waitFor();
    await p.page.getByRole('link', { name: 'Exit: leave this site now' }).first().waitFor();

    // Written offline: kept on the phone, through a reload, marked as waiting.
    const offlineWords = 'Written on the train with no signal. I still feel a bit shaky.';
    await p.page.goto(`${base}/journal`);
    await journal.heading.waitFor();
    await journal.mine.getByText('Written while we were still online.').waitFor();
    await p.page.getByLabel('Write something').fill(offlineWords);
    await p.page.getByRole('button', { name: 'Save entry' }).click();
    const waiting = journal.mine.getByRole('listitem').filter({ hasText: offlineWords });
    await waiting.getByText('Kept on this phone — it will be sent when you are back online.').waitFor();
    await p.page.reload();
    await journal.heading.waitFor();
    await waiting.getByText('Kept on this phone — it will be sent when you are back online.').waitFor();
    await shoot('offline-journal');

    // Back online: it arrives once, and is no longer waiting.
    await p.context.setOffline(false);
    await waiting.getByText('Kept on this phone').waitFor({ state: 'detached' });
    await waiting.waitFor();
    await p.page.reload();
    await journal.mine.getByText(offlineWords).waitFor();
    expect((await journalTexts()).filter((t) => t === offlineWords)).toHaveLength(1);
    expect(await journal.mine.getByText(offlineWords).count()).toBe(1);
    p.expectOffline = false;
    p.assertClean();
    expect(a11y).toEqual([]);
  });

  it('keeps nothing of the person to open offline after a quick exit', async () => {
    await p.page.goto(`${base}/journal`);
    await new JournalPage(p.page).heading.waitFor();
    // Where it goes is not this test's matter (no route: Playwright's routing would keep the service worker out).
    await p.page.getByRole('link', { name: 'Exit: leave this site now' }).first().click();
    await p.page.waitForURL((url) => !url.href.startsWith(base));
    const tab = await p.context.newPage();
    p.watch(tab);

    p.expectOffline = true;
    await p.context.setOffline(true);
    await tab.goto(`${base}/journal`);
    await tab.getByRole('heading', { level: 1, name: 'You are offline' }).waitFor();
    expect(await tab.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('offbeat.kept.')))).toEqual([]);
    // The pacer and help still open; the journal, scripts and what helps me are not on the phone any more.
    await tab.getByRole('link', { name: 'Breathe with the pacer' }).waitFor();
    expect(await tab.getByRole('link', { name: /My private journal/ }).count()).toBe(0);
    expect(await tab.getByText('Written on the train').count()).toBe(0);
    await tab.getByRole('link', { name: 'Breathe with the pacer' }).click();
    await tab.getByTestId('pacer').waitFor();
    expect(await tab.getByText('Cold water on my wrists').count()).toBe(0);
    await p.context.setOffline(false);
    p.expectOffline = false;
  });

  it('keeps nothing of the person to open offline after logging out', async () => {
    const tab = await p.context.newPage();
    p.watch(tab);
    await tab.goto(`${base}/journal`);
    await new JournalPage(tab).mine.getByText('Written on the train', { exact: false }).waitFor();
    expect(await tab.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('offbeat.kept.')).length)).toBeGreaterThan(0);
    const settings = new SettingsPage(tab);
    await settings.open();
    await settings.logOut();
    await new WelcomePage(tab).heading.waitFor();
    expect(await tab.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('offbeat.'))).then((keys) => keys.filter((k) => k !== 'offbeat.quick-exit'))).toEqual([]);

    p.expectOffline = true;
    await p.context.setOffline(true);
    await tab.goto(`${base}/journal`);
    await tab.getByRole('heading', { level: 1, name: 'You are offline' }).waitFor();
    expect(await tab.getByText('Written on the train', { exact: false }).count()).toBe(0);
    await p.context.setOffline(false);
    p.expectOffline = false;
  });
});
