import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession } from 'playwright-core';
import { capture, launchBrowser, Phone } from './support/browser';
import { startOneProcess, type Deployment } from './support/servers';
import { signUp } from './support/flows';
import { LoginPage, person } from './pages/accounts';

/**
 * Signing in with a passkey, as a real browser ceremony: Chromium's virtual authenticator (the
 * DevTools protocol's WebAuthn domain) stands in for the phone's fingerprint reader, and the
 * server's real WebAuthn checks run. The app is opened at `localhost`: WebAuthn refuses an IP
 * address as the site a passkey belongs to.
 */
describe('passkeys', () => {
  let deployment: Deployment;
  let browser: Browser;
  let phone: Phone;
  let base: string;
  let cdp: CDPSession;
  let authenticatorId: string;
  const a11y: string[] = [];

  beforeAll(async () => {
    [deployment, browser] = await Promise.all([startOneProcess(), launchBrowser()]);
    base = deployment.a.url.replace('127.0.0.1', 'localhost');
    phone = await Phone.open(browser, 'A');
    cdp = await phone.context.newCDPSession(phone.page);
    await cdp.send('WebAuthn.enable');
    ({ authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    }));
  });
  afterAll(async () => {
    await phone?.close();
    await browser?.close();
    await deployment?.stop();
  });

  it('adds a passkey in settings, logs out, and logs back in with it alone; then removes it', { timeout: 120_000 }, async () => {
    const alex = person('Alex');
    await signUp(phone, base, alex);
    const page = phone.page;
    await page.goto(`${base}/settings`);
    const card = page.getByRole('region', { name: 'Passkeys' });
    await card.getByText('No passkeys yet.').waitFor();

    // The password is asked again before a passkey is made.
    await card.getByRole('button', { name: 'Add a passkey' }).click();
    await card.getByLabel('Current password').fill('not my password at all');
    await card.getByRole('button', { name: 'Continue on this device' }).click();
    await card.getByText('That is not your current password.').waitFor();
    expect((await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials).toHaveLength(0);

    await card.getByLabel('Current password').fill(alex.password);
    await card.getByRole('button', { name: 'Continue on this device' }).click();
    await card.getByText('Passkey added. Next time, you can log in with it.').waitFor();
    await card.getByText(/^Passkey on /).waitFor();
    await card.getByText('Not used yet').waitFor();
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]!.isResidentCredential).toBe(true);
    a11y.push(...(await capture(page, 'settings-passkeys', { desktop: true })));

    // Logged out, the passkey alone signs Alex back in: no email, no password.
    await page.getByRole('button', { name: 'Log out', exact: true }).click();
    await page.goto(`${base}/login`);
    const login = new LoginPage(page);
    await login.heading.waitFor();
    a11y.push(...(await capture(page, 'login-passkey', { desktop: true })));
    await page.getByRole('button', { name: 'Log in with a passkey' }).click();
    await page.getByRole('heading', { level: 1, name: 'Make your shared space' }).waitFor();
    const session = await page.evaluate(() => fetch('/api/session').then((r) => r.json()));
    expect(session.user.email).toBe(alex.email);
    expect((await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials[0]!.signCount).toBeGreaterThan(0);

    // Removed in settings, it signs nobody in any more; the password still does.
    await page.goto(`${base}/settings`);
    await card.getByText(/Last used /).waitFor();
    await card.getByRole('button', { name: /^Remove Passkey on / }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove passkey' }).click();
    await card.getByText('No passkeys yet.').waitFor();
    await page.getByRole('button', { name: 'Log out', exact: true }).click();
    await page.goto(`${base}/login`);
    await login.heading.waitFor();
    await page.getByRole('button', { name: 'Log in with a passkey' }).click();
    await page.getByText('That passkey did not sign you in. Please try again, or use your email and password.').waitFor();
    await login.logIn(alex);
    await page.getByRole('heading', { level: 1, name: 'Make your shared space' }).waitFor();

    expect(a11y).toEqual([]);
    phone.assertClean();
  });
});
