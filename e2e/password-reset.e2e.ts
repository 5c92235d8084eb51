import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { capture, launchBrowser, Phone } from './support/browser';
import { startAppProcess, startOneProcess, type AppProcess, type Deployment } from './support/servers';
import { LoginPage, person, SignupPage, WelcomePage } from './pages/accounts';
import { CreateCouplePage } from './pages/couple';
import { linkIn, startSmtpReceiver, type SmtpReceiver } from '../test/support/smtp-receiver';

/**
 * A forgotten password, end to end through real mail (decision 0023): the built app sends with
 * SMTP to a mail server this test runs; the person signs up and confirms their email from the
 * mail, later asks for a new password on another phone, opens the link in the mail, sets a new
 * password and logs in with it, while the phone still logged in with the old one is logged out.
 * And a server without mail: "Forgot your password?" says who can help.
 */
describe('password reset by email', () => {
  let smtp: SmtpReceiver;
  let app: AppProcess;
  let dataDir: string;
  let noMail: Deployment;
  let browser: Browser;
  const phones: Phone[] = [];
  const a11y: string[] = [];

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    dataDir = mkdtempSync(path.join(tmpdir(), 'offbeat-e2e-'));
    [app, noMail, browser] = await Promise.all([
      startAppProcess({ DATA_DIR: dataDir, SMTP_URL: smtp.url, MAIL_FROM: 'Offbeat <offbeat@example.test>' }),
      startOneProcess(),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    await Promise.all(phones.map((p) => p.close().catch(() => {})));
    await browser?.close();
    await app?.stop();
    await noMail?.stop();
    await smtp?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function phone(name: string) {
    const p = await Phone.open(browser, name);
    phones.push(p);
    return p;
  }
  const shoot = async (p: Phone, name: string, desktop = false) => a11y.push(...(await capture(p.page, name, { desktop })));

  it('confirms the email from the mail, then sets a new password from another and logs out the old phone', async () => {
    const robin = person('Robin');
    const a = await phone('A');

    // Sign-up: the account is made once the link in the mail is opened.
    const welcome = new WelcomePage(a.page);
    await welcome.open(app.url);
    await welcome.startSignUp();
    await new SignupPage(a.page).signUp(robin);
    await a.page.getByText('Please check your email').waitFor();
    await shoot(a, 'signup-check-email');
    const verify = linkIn(await smtp.next(robin.email), '/verify-email');
    await a.page.goto(verify.url);
    await a.page.getByRole('heading', { level: 1, name: 'Confirm your email' }).waitFor();
    // The token left the address bar as soon as the screen read it.
    expect(a.page.url()).not.toContain(verify.token);
    await shoot(a, 'verify-email', true);
    await a.page.getByRole('button', { name: 'Confirm my email' }).click();
    await new CreateCouplePage(a.page).heading.waitFor();

    // Later, the password is gone from memory; a second phone asks for a new one.
    const b = await phone('B');
    await b.page.goto(`${app.url}/login`);
    await new LoginPage(b.page).heading.waitFor();
    await shoot(b, 'login-with-forgot', true);
    await b.page.getByRole('link', { name: 'Forgot your password?' }).click();
    await b.page.getByRole('heading', { level: 1, name: 'Set a new password' }).waitFor();
    await shoot(b, 'forgot-password', true);
    await b.page.getByLabel('Email').fill(robin.email);
    await b.page.getByRole('button', { name: 'Send me a link' }).click();
    await b.page.getByRole('heading', { level: 1, name: 'A link is on its way' }).waitFor();
    await shoot(b, 'forgot-password-sent');

    const mail = await smtp.next(robin.email);
    expect(mail.subject).toBe('A link to set a new Offbeat password');
    const reset = linkIn(mail, '/reset-password');
    await b.page.goto(reset.url);
    await b.page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    expect(b.page.url()).not.toContain(reset.token);
    await shoot(b, 'reset-password', true);
    const newPassword = 'a fresh start of a passphrase';
    await b.page.getByLabel('New password').fill('too short');
    await b.page.getByRole('button', { name: 'Set my new password' }).click();
    await b.page.getByText('Please use at least 10 characters.').waitFor();
    await b.page.getByLabel('New password').fill(newPassword);
    await b.page.getByRole('button', { name: 'Set my new password' }).click();
    await b.page.getByRole('heading', { level: 1, name: 'Your new password is set' }).waitFor();
    await shoot(b, 'reset-password-done');

    // The first phone's session ended with the reset.
    await a.page.reload();
    await new WelcomePage(a.page).heading.waitFor();

    // The old password opens nothing; the new one does.
    await b.page.getByRole('link', { name: 'Log in' }).click();
    const login = new LoginPage(b.page);
    await login.heading.waitFor();
    await login.logIn({ email: robin.email, password: robin.password });
    await b.page.getByText('That email and password do not match').waitFor();
    await login.logIn({ email: robin.email, password: newPassword });
    await new CreateCouplePage(b.page).heading.waitFor();

    // A new email, from Settings: it changes once the link sent to it is opened.
    await b.page.goto(`${app.url}/settings`);
    const emailCard = b.page.getByRole('region', { name: 'Email', exact: true });
    const moved = `moved-${robin.email}`;
    await emailCard.getByLabel('New email').fill(moved);
    await emailCard.getByLabel('Current password').fill(newPassword);
    await emailCard.getByRole('button', { name: 'Change email' }).click();
    await emailCard.getByText(`We sent a link to ${moved}.`).waitFor();
    await shoot(b, 'settings-email-check', true);
    expect((await smtp.next(robin.email)).subject).toBe('Your Offbeat email may change');
    await b.page.goto(linkIn(await smtp.next(moved), '/verify-email').url);
    await b.page.getByRole('button', { name: 'Confirm my email' }).click();
    await b.page.getByRole('heading', { level: 1, name: 'Your email is changed' }).waitFor();
    await shoot(b, 'verify-email-changed');

    // The same link a second time: kindly refused.
    const c = await phone('C');
    await c.page.goto(reset.url);
    await c.page.getByLabel('New password').fill('yet another passphrase');
    await c.page.getByRole('button', { name: 'Set my new password' }).click();
    await c.page.getByText('This link has already been used').waitFor();
    await shoot(c, 'reset-password-used');

    for (const p of phones) p.assertClean();
  });

  it('without mail, says who can make the link', async () => {
    const d = await phone('D');
    await d.page.goto(`${noMail.a.url}/forgot-password`);
    await d.page.getByLabel('Email').fill('someone@example.test');
    await d.page.getByRole('button', { name: 'Send me a link' }).click();
    await d.page.getByRole('heading', { level: 1, name: 'This Offbeat does not send email' }).waitFor();
    await d.page.getByText('npm run reset-link -- someone@example.test').waitFor();
    await shoot(d, 'forgot-password-no-mail', true);
    d.assertClean();
  });

  it('passes axe on every screen', () => {
    expect(a11y).toEqual([]);
  });
});
