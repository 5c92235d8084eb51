import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { capture, launchBrowser, Phone } from './support/browser';
import { startOneProcess, type Deployment } from './support/servers';
import { twoInOneSpace } from './support/flows';
import { apiFromPage } from './support/api';
import { person } from './pages/accounts';
import { catalogue, definedMessages, loadCatalogues } from '../src/core/i18n/messages';

/**
 * The whole app in German: a phone whose browser prefers German gets it from
 * the first screen; a person who chooses Deutsch in settings gets every screen
 * in it, with the partner's live signal and pause, dates in German, and no
 * English sentence left anywhere on screen (every English message that German
 * says differently is looked for in the page's text).
 */
function copyFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return copyFiles(full);
    return /(^|-)copy\.ts$/.test(name) ? [full] : [];
  });
}

/** English messages (without values) that German words differently, long enough to be a sentence of their own. */
async function englishThatGermanSaysOtherwise(): Promise<string[]> {
  for (const file of copyFiles(path.resolve('src'))) await import(/* @vite-ignore */ file);
  await loadCatalogues('de');
  const german = catalogue('de');
  return [...definedMessages().values()]
    .filter((m) => Object.keys(m.args).length === 0 && m.text.length >= 16 && german.get(m.key) !== m.text)
    .map((m) => m.text);
}

describe('the app in German', () => {
  let deployment: Deployment;
  let browser: Browser;
  let english: string[];
  const phones: Phone[] = [];
  const a11y: string[] = [];

  beforeAll(async () => {
    [deployment, browser, english] = await Promise.all([startOneProcess(), launchBrowser(), englishThatGermanSaysOtherwise()]);
  });
  afterAll(async () => {
    await Promise.all(phones.map((p) => p.close().catch(() => {})));
    await browser?.close();
    await deployment?.stop();
  });

  const leftInEnglish = async (page: Page) => {
    const text = await page.locator('body').innerText();
    return english.filter((sentence) => text.includes(sentence));
  };

  const screen = async (phone: Phone, route: string, name: string) => {
    await phone.page.goto(`${deployment.a.url}${route}`);
    await phone.page.locator('main h1').first().waitFor({ timeout: 15_000 });
    await phone.page.waitForLoadState('networkidle');
    expect(await phone.page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await leftInEnglish(phone.page), `${route} has no English left`).toEqual([]);
    // German's longer words wrap; nothing runs off the side of a phone.
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${route} scrolls sideways`).toBeLessThanOrEqual(0);
    a11y.push(...(await capture(phone.page, `de-${name}`, { desktop: name === 'home' || name === 'map' })));
  };

  it('speaks German from the first screen to a browser that prefers it, and on every screen once chosen', { timeout: 240_000 }, async () => {
    expect(english.length).toBeGreaterThan(300);

    // A browser that prefers German: the welcome screen is German, and so is the page's language.
    const visitor = await Phone.open(browser, 'visitor', { locale: 'de-DE' });
    phones.push(visitor);
    await screen(visitor, '/', 'welcome');

    // Alex and Sam pair up (in English), then choose German on their phones.
    const a = await Phone.open(browser, 'A');
    const b = await Phone.open(browser, 'B');
    phones.push(a, b);
    onTestFailed(async () => {
      for (const p of [a, b, visitor]) await p.page.screenshot({ path: `test-results/german-failure-${p.name}.png`, fullPage: true }).catch(() => {});
    });
    await twoInOneSpace(a, b, deployment.a.url, person('Alex'), person('Sam'), 'Wir zwei');

    // A chooses Deutsch in settings; the page reloads in it.
    await a.page.goto(`${deployment.a.url}/settings`);
    await a.page.getByLabel('Language').selectOption('de');
    await a.page.waitForFunction(() => document.documentElement.lang === 'de');
    // B's phone follows its browser's choice, set to German.
    await b.page.evaluate(() => localStorage.setItem('offbeat.language', 'de'));

    // Something live between them: A signals, then asks for a pause.
    expect((await apiFromPage(a.page, 'POST', '/api/signals', { clientId: crypto.randomUUID(), need: 'breathe_first' })).status).toBe(201);
    await screen(b, '/', 'home-incoming-signal');
    await b.page.getByRole('heading', { name: 'Alex hat die Schleife bemerkt' }).waitFor();
    const asked = await apiFromPage(a.page, 'POST', '/api/pause/commands', {
      commandId: crypto.randomUUID(),
      command: { type: 'request', minutes: 20, where: 'same_room', tether: 'Ich bin gleich wieder da', returnPlan: 'talk' },
    });
    expect(asked.status).toBe(200);
    await screen(b, '/pause', 'pause-asked');
    await screen(a, '/pause', 'pause-waiting');

    for (const [route, name] of [
      ['/', 'home'],
      ['/map', 'map'],
      ['/repair', 'repair'],
      ['/journal', 'journal'],
      ['/practice', 'practice'],
      ['/check-in', 'checkin'],
      ['/insights', 'insights'],
      ['/toolkit', 'toolkit'],
      ['/heart', 'heart'],
      ['/settings', 'settings'],
      ['/help', 'help'],
    ] as const) {
      await screen(a, route, name);
    }

    expect(a11y).toEqual([]);
    for (const p of phones) p.assertClean();
  });
});
