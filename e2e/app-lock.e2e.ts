import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { capture, launchBrowser, Phone } from './support/browser';
import { startAppProcess, type AppProcess } from './support/servers';
import { signUpWithSpace } from './support/flows';
import { LoginPage, WelcomePage, person } from './pages/accounts';

/**
 * The app lock on a shared device, as a person sets it and meets it: the PIN set in
 * settings, the page out of sight past the lock time, the lock screen (nothing of theirs on
 * it, the quick exit still there), a wrong PIN, a reload while locked, and the right PIN.
 * The server runs with a short app-lock "minute" (APP_LOCK_MINUTE_MS, tests only), so "after
 * 1 minute" comes in seconds. Long enough that a glance away (two requests) stays well inside it
 * on a busy machine: at one second, two requests delayed by load already counted as time away.
 */
const MINUTE_MS = 2500;

/** The page goes out of sight (or back), as when the phone locks or another tab is opened. */
async function setHidden(page: Page, hidden: boolean) {
  await page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { value: h ? 'hidden' : 'visible', configurable: true });
    Object.defineProperty(document, 'hidden', { value: h, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

describe('app lock', () => {
  let app: AppProcess;
  let browser: Browser;
  const phones: Phone[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppProcess({ APP_LOCK_MINUTE_MS: String(MINUTE_MS) }), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all(phones.map((p) => p.close().catch(() => {})));
    await browser?.close();
    await app?.stop();
  });

  it('set in settings, it asks for the PIN after time away, shows nothing meanwhile, and opens with the right PIN', async () => {
    const a = await Phone.open(browser, 'app-lock');
    phones.push(a);
    const who = person('Sam');
    const spaceName = 'Sam’s quiet space';
    await signUpWithSpace(a, app.url, who, spaceName);
    const page = a.page;

    await page.goto(`${app.url}/settings`);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const section = page.getByRole('region', { name: 'Lock on shared devices' });
    await section.getByText('The lock is off.').waitFor();
    await section.getByLabel('PIN', { exact: true }).fill('2468');
    await section.getByLabel('Ask for the PIN after').selectOption({ label: '1 minute' });
    await section.getByLabel('Log out after').selectOption({ label: 'Never' });
    await section.getByLabel('Your password, to confirm').fill(who.password);
    await section.getByRole('button', { name: 'Turn on the lock' }).click();
    await section.getByText('On: asks for your PIN after 1 minute away.').waitFor();
    await section.scrollIntoViewIfNeeded();
    expect(await capture(page, 'app-lock-settings')).toEqual([]);

    // Away for less than the lock time: nothing changes.
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: spaceName }).waitFor();
    await setHidden(page, true);
    await setHidden(page, false);
    await page.waitForTimeout(300);
    await page.getByRole('heading', { level: 1, name: spaceName }).waitFor();

    // Away past it: the server answers 423 and the lock screen shows.
    await setHidden(page, true);
    await page.waitForTimeout(MINUTE_MS * 1.5);
    await setHidden(page, false);
    const lockHeading = page.getByRole('heading', { level: 1, name: 'Offbeat is resting' });
    await lockHeading.waitFor();
    // Nothing of the person's is on the page: not the space, not their name, no settings link.
    expect(await page.locator('body').innerText()).not.toContain(spaceName);
    expect(await page.locator('body').innerText()).not.toContain('Sam');
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    // The quick exit is where it always is.
    expect(await page.getByRole('link', { name: 'Exit: leave this site now' }).isVisible()).toBe(true);
    // The in-memory cache holds nothing of theirs any more (the React Query cache is on the window only through the page's own state).
    const html = await page.content();
    expect(html).not.toContain(spaceName);
    expect(await capture(page, 'app-lock-screen')).toEqual([]);

    // A wrong PIN on the pad: said calmly, with the tries left.
    for (const d of '1357') await page.getByRole('button', { name: `Digit ${d}` }).click();
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('alert').getByText('That PIN did not match. You can try 4 more times.').waitFor();

    // A reload while locked still shows the lock screen: the server keeps the lock.
    await page.reload();
    await lockHeading.waitFor();
    expect(await page.locator('body').innerText()).not.toContain(spaceName);

    // The right PIN, typed: back where they were.
    await page.getByLabel('Your PIN').fill('2468');
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('heading', { level: 1, name: spaceName }).waitFor();
    a.assertClean();
  });

  it('a locked device can still log out, and log in again with the password', async () => {
    const a = await Phone.open(browser, 'app-lock-forgot');
    phones.push(a);
    const who = person('Kit');
    await signUpWithSpace(a, app.url, who, 'Kit’s space');
    const page = a.page;
    await page.goto(`${app.url}/settings`);
    const section = page.getByRole('region', { name: 'Lock on shared devices' });
    await section.getByLabel('PIN', { exact: true }).fill('97531');
    await section.getByLabel('Ask for the PIN after').selectOption({ label: '1 minute' });
    await section.getByLabel('Your password, to confirm').fill(who.password);
    await section.getByRole('button', { name: 'Turn on the lock' }).click();
    await section.getByText(/^On: asks for your PIN/).waitFor();
    await setHidden(page, true);
    await page.waitForTimeout(MINUTE_MS * 1.5);
    await setHidden(page, false);
    await page.getByRole('heading', { level: 1, name: 'Offbeat is resting' }).waitFor();
    await page.getByRole('button', { name: 'Log out on this device' }).click();
    const welcome = new WelcomePage(page);
    await welcome.heading.waitFor();
    await welcome.startLogIn();
    await new LoginPage(page).logIn(who);
    await page.getByRole('heading', { level: 1, name: 'Kit’s space' }).waitFor();
    a.assertClean();
  });

  it('five wrong PINs sign the device out, and say so calmly', async () => {
    const a = await Phone.open(browser, 'app-lock-tries');
    phones.push(a);
    const who = person('Ari');
    await signUpWithSpace(a, app.url, who, 'Ari’s space');
    const page = a.page;
    await page.goto(`${app.url}/settings`);
    const section = page.getByRole('region', { name: 'Lock on shared devices' });
    await section.getByLabel('PIN', { exact: true }).fill('5555');
    await section.getByLabel('Ask for the PIN after').selectOption({ label: '1 minute' });
    await section.getByLabel('Your password, to confirm').fill(who.password);
    await section.getByRole('button', { name: 'Turn on the lock' }).click();
    await section.getByText(/^On: asks for your PIN/).waitFor();
    await setHidden(page, true);
    await page.waitForTimeout(MINUTE_MS * 1.5);
    await setHidden(page, false);
    await page.getByRole('heading', { level: 1, name: 'Offbeat is resting' }).waitFor();
    for (let i = 1; i <= 5; i++) {
      await page.getByLabel('Your PIN').fill('1234');
      await page.getByRole('button', { name: 'Open' }).click();
      if (i < 5) await page.getByRole('alert').getByText(/did not match/).waitFor();
    }
    await new WelcomePage(page).heading.waitFor();
    await page.getByText('Offbeat signed out on this device after several tries').waitFor();
    a.assertClean();
  });
});
