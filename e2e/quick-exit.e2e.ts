import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { capture, launchBrowser, Phone } from './support/browser';
import { startAppProcess, type AppProcess } from './support/servers';
import { signUpWithSpace } from './support/flows';
import { person } from './pages/accounts';

// The default neutral site, served by the test.
const NEUTRAL = 'https://www.bbc.com/weather';
const BEFORE = 'https://news.example/';

interface ExitTiming {
  /** Whether the page was already blank as it began to leave. */
  blankWhenLeaving: boolean;
  /** From the tap or the third Shift to the page starting to leave (ms, the page's own clock). */
  leavingAfter: number;
  /** How many elements of the app were still on the page when it began to leave. */
  rootElements: number;
}

/**
 * Quick exit, as a person who must hide the app now would use it: the Exit button on every
 * screen (also over a dialog), Shift three times, and "leave no trail" so Back cannot walk into
 * the app. The neutral sites are served by the test (no network); each waits a moment before it
 * answers, so the blank page in between is seen, and timed on the page's own clock.
 */
describe('quick exit', () => {
  let app: AppProcess;
  let browser: Browser;
  const phones: Phone[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppProcess({}), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all(phones.map((p) => p.close().catch(() => {})));
    await browser?.close();
    await app?.stop();
  });

  async function phone(name: string): Promise<{ phone: Phone; timing: () => Promise<ExitTiming> }> {
    const p = await Phone.open(browser, name);
    phones.push(p);
    const site = (title: string) => `<!doctype html><html lang="en"><title>${title}</title><h1>${title}</h1></html>`;
    await p.context.route(`${NEUTRAL}**`, async (route) => {
      await new Promise((r) => setTimeout(r, 300));
      await route.fulfill({ contentType: 'text/html', body: site('Weather') });
    });
    await p.context.route(`${BEFORE}**`, (route) => route.fulfill({ contentType: 'text/html', body: site('News') }));
    let reported: (t: ExitTiming) => void;
    const timing = new Promise<ExitTiming>((resolve) => (reported = resolve));
    await p.context.exposeBinding('reportExit', (_source, t: ExitTiming) => reported(t));
    await p.context.addInitScript(() => {
      if (location.protocol !== 'http:') return;
      let startedAt: number | null = null;
      let shifts = 0;
      addEventListener('keydown', (e: KeyboardEvent) => {
        shifts = e.key === 'Shift' ? shifts + 1 : 0;
        if (shifts === 3) startedAt = e.timeStamp;
      }, { capture: true });
      addEventListener('click', (e) => {
        if ((e.target as Element).closest?.('.quick-exit-button')) startedAt = e.timeStamp;
      }, { capture: true });
      // Fires as the replacing navigation begins (inside location.replace itself).
      addEventListener('beforeunload', () => {
        if (startedAt === null) return;
        const blankWhenLeaving = getComputedStyle(document.body).visibility === 'hidden';
        const rootElements = document.querySelectorAll('#root *').length;
        (window as unknown as { reportExit(t: unknown): void }).reportExit({ blankWhenLeaving, leavingAfter: performance.now() - startedAt, rootElements });
      });
    });
    return { phone: p, timing: () => timing };
  }

  const header = (page: Page) => page.getByRole('banner');

  async function leftFor(page: Page, site: string) {
    await page.waitForURL(site, { timeout: 10_000 });
    await page.getByRole('heading', { name: /Weather|News/ }).waitFor();
  }

  it('the Exit button is on every screen, above a dialog too, and blanks then replaces the page within 100 ms', async () => {
    const { phone: a, timing } = await phone('quick-exit-button');
    const home = await signUpWithSpace(a, app.url, person('Robin'), 'Robin’s space');
    void home;
    const exit = a.page.getByRole('link', { name: 'Exit: leave this site now' });
    expect(await exit.count()).toBe(1);
    // Still on screen after scrolling a long screen: the header stays at the top.
    await a.page.goto(`${app.url}/settings`);
    await a.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await capture(a.page, 'quick-exit-settings', { desktop: true })).toEqual([]);
    await a.page.mouse.wheel(0, 4000);
    await expect.poll(() => a.page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    const box = await exit.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 844).toBe(true);
    // A modal dialog (leaving the space asks first) keeps its own Exit within reach.
    await a.page.getByRole('button', { name: /Leave this shared space/ }).click();
    const dialog = a.page.getByRole('dialog');
    await dialog.waitFor();
    expect(await capture(a.page, 'quick-exit-over-dialog')).toEqual([]);
    await dialog.getByRole('link', { name: 'Exit: leave this site now' }).click();
    const t = await timing();
    expect(t.blankWhenLeaving).toBe(true);
    expect(t.leavingAfter).toBeLessThan(100);
    // The screens were let go of before leaving (the root is empty).
    expect(t.rootElements).toBe(0);
    await leftFor(a.page, NEUTRAL);
    a.assertClean();
  });

  it('Shift three times leaves from any screen; Back without "leave no trail" still leads into the app', async () => {
    const { phone: a, timing } = await phone('quick-exit-shift');
    await a.page.goto(BEFORE);
    await signUpWithSpace(a, app.url, person('Kim'), 'Kim’s space');
    await header(a.page).getByRole('link', { name: 'Need help now?' }).click();
    await a.page.keyboard.press('Shift');
    await a.page.keyboard.press('a');
    await a.page.keyboard.press('Shift');
    await a.page.keyboard.press('Shift');
    // Two in a row after another key: not yet.
    expect(a.page.url()).toContain(app.url);
    await a.page.keyboard.press('Shift');
    const t = await timing();
    expect(t.blankWhenLeaving).toBe(true);
    expect(t.leavingAfter).toBeLessThan(100);
    await leftFor(a.page, NEUTRAL);
    // The exit replaced the help page; the screens before it are still in this tab's history.
    await a.page.goBack();
    expect(a.page.url().startsWith(app.url)).toBe(true);
  });

  it('with "leave no trail", Back after a quick exit does not show the app', async () => {
    const { phone: a, timing } = await phone('quick-exit-no-trail');
    await a.page.goto(BEFORE);
    await signUpWithSpace(a, app.url, person('Ari'), 'Ari’s space');
    await header(a.page).getByRole('link', { name: 'Settings' }).click();
    await a.page.getByLabel('Leave no trail on this device').check();
    await a.page.getByRole('button', { name: 'Save', exact: true }).click();
    await a.page.getByRole('status').filter({ hasText: 'Saved on this device.' }).waitFor();
    // Another day: from another site into the app, around it, and out again.
    await a.page.goto(BEFORE);
    await a.page.goto(`${app.url}/`);
    await a.page.getByRole('heading', { level: 1, name: 'Ari’s space' }).waitFor();
    const length = await a.page.evaluate(() => history.length);
    await header(a.page).getByRole('link', { name: 'Need help now?' }).click();
    await header(a.page).getByRole('link', { name: /Offbeat/ }).click();
    await header(a.page).getByRole('link', { name: 'Settings' }).click();
    expect(await a.page.evaluate(() => history.length)).toBe(length);
    await a.page.keyboard.press('Shift');
    await a.page.keyboard.press('Shift');
    await a.page.keyboard.press('Shift');
    await timing();
    await leftFor(a.page, NEUTRAL);
    // The app held one history entry, and the exit took its place: Back leads to the site before.
    await a.page.goBack();
    await a.page.getByRole('heading', { name: 'News' }).waitFor();
    expect(a.page.url()).toBe(BEFORE);
  });
});
