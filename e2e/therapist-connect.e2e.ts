import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { capture, launchBrowser, Phone } from './support/browser';
import { startOneProcess, type Deployment } from './support/servers';
import { signUpWithSpace } from './support/flows';
import { person, SignupPage, WelcomePage } from './pages/accounts';
import { HomePage } from './pages/couple';
import { apiFromPage } from './support/api';

/**
 * A couple's own therapist connects: the therapist signs up as a therapist from the welcome
 * screen and makes a link on their connect page; one partner opens it and connects; each
 * partner chooses what to share in Settings ("waiting for" the other on shared scopes); a
 * partner ends the connection. Phone and desktop screenshots, axe on each.
 */
describe('connecting with a therapist', () => {
  let deployment: Deployment;
  let browser: Browser;
  let a: Phone, b: Phone, t: Phone;
  const a11y: string[] = [];
  const shoot = async (p: Phone, name: string) => a11y.push(...(await capture(p.page, `therapist-${name}`, { desktop: true })));
  /** The Settings card alone, at phone size: the whole page is long. */
  const shootCard = (card: Locator, name: string) => card.screenshot({ path: path.resolve('screenshots', `therapist-card-${name}.phone.png`) });

  beforeAll(async () => {
    [deployment, browser] = await Promise.all([startOneProcess(), launchBrowser()]);
    [a, b, t] = await Promise.all([Phone.open(browser, 'A'), Phone.open(browser, 'B'), Phone.open(browser, 'T')]);
  });
  afterAll(async () => {
    await Promise.all([a, b, t].map((p) => p?.close().catch(() => {})));
    await browser?.close();
    await deployment?.stop();
  });

  it('signs up a therapist, connects a couple through their link, takes each partner’s choices, and ends', { timeout: 180_000 }, async () => {
    const base = deployment.a.url;
    // The therapist's way in, from the welcome screen.
    const welcome = new WelcomePage(t.page);
    await welcome.open(base);
    await t.page.getByRole('link', { name: 'I’m a couples therapist' }).click();
    await t.page.getByRole('heading', { level: 1, name: 'Sign up as a therapist' }).waitFor();
    await t.page.getByLabel('Your name, as couples know you').fill('Dr Lee');
    await t.page.getByLabel('Your practice').fill('Harbour Couples Practice');
    await t.page.getByLabel('How couples reach you').fill('lee@harbour.example');
    await t.page.getByLabel('Email').fill(`lee-${Date.now()}@example.test`);
    await t.page.getByLabel('Password', { exact: true }).fill('a calm long passphrase');
    await shoot(t, 'signup');
    await t.page.getByRole('button', { name: 'Create therapist account' }).click();
    // A therapist's app is their desk; with no couple yet, the way to connect one.
    await t.page.getByRole('heading', { level: 1, name: 'Your couples' }).waitFor();
    await t.page.getByRole('link', { name: 'Connect with a couple' }).click();
    await t.page.getByRole('heading', { level: 1, name: 'Connect with a couple' }).waitFor();
    await t.page.getByRole('button', { name: 'Make a link for a couple' }).click();
    const link = t.page.getByRole('textbox', { name: 'Link', exact: true });
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(/\/connect#[A-Za-z0-9_-]{43}$/);
    await shoot(t, 'desk-connect');

    // The couple: Alex makes the space, Sam joins.
    const alex = person('Alex');
    const sam = person('Sam');
    await signUpWithSpace(a, base, alex, 'Us two');
    const invite = await apiFromPage(a.page, 'POST', '/api/couple/invites', {});
    await b.page.goto((invite.body as { url: string }).url);
    await new SignupPage(b.page).signUp(sam, 'Create account and join');
    await new HomePage(b.page).heading('Us two').waitFor({ timeout: 15_000 });

    // Alex opens the therapist's link and connects.
    await a.page.goto(url);
    await a.page.getByText('Dr Lee (Harbour Couples Practice) would like to connect with your space.').waitFor();
    await shoot(a, 'connect');
    await a.page.getByRole('button', { name: 'Connect with Dr Lee' }).click();
    // A rough moment they logged: its conversation's words are one more choice, per conversation.
    expect((await apiFromPage(a.page, 'POST', '/api/ruptures', { topic: 'money', intensity: 4, reached: 'me', withdrew: 'partner' })).status).toBe(201);
    await a.page.getByRole('link', { name: 'Choose what to share' }).click();
    const card = a.page.getByRole('region', { name: 'Your therapist', exact: true });
    await card.getByText('Connected with Dr Lee').waitFor();

    // Alex shares the map and their own check-ins; the map waits for Sam.
    await card.getByRole('switch', { name: 'Our pattern map' }).check();
    await card.getByText('Waiting for Sam. It is shared once you both say yes.').waitFor();
    await card.getByRole('switch', { name: /^Money · / }).waitFor();
    await card.getByRole('switch', { name: 'My weekly check-ins' }).check();
    await card.getByText('Only your own answers. Shared while this is on.').waitFor();
    await card.getByText('You chose to share your own check-ins with Dr Lee').waitFor();
    await shoot(a, 'settings-waiting');
    await shootCard(card, 'waiting');

    // Sam sees the map waiting for them — and nothing of Alex's own check-in choice.
    await b.page.goto(`${base}/settings#therapist`);
    const samCard = b.page.getByRole('region', { name: 'Your therapist', exact: true });
    await samCard.getByText('Alex is happy to share this. It stays private unless you are too.').waitFor();
    await expect.poll(() => samCard.getByText(/check-ins with Dr Lee/).count()).toBe(0);
    await samCard.getByRole('switch', { name: 'Our pattern map' }).check();
    await samCard.getByText('Shared with Dr Lee.').waitFor();
    // Alex's open screen follows live.
    await card.getByText('Shared with Dr Lee.').waitFor();
    await shoot(b, 'settings-shared');
    await shootCard(samCard, 'shared');

    // Sam ends it; both cards offer to connect again, and the choices over time stay.
    await samCard.getByRole('button', { name: 'End the connection' }).click();
    const dialog = b.page.getByRole('dialog', { name: 'End the connection with Dr Lee?' });
    await dialog.getByRole('button', { name: 'End the connection' }).click();
    await samCard.getByText('The connection has ended. You can connect a therapist again whenever you like.').waitFor();
    await samCard.getByText('Sam chose to share our pattern map with Dr Lee').or(samCard.getByText('You chose to share our pattern map with Dr Lee')).first().waitFor();
    await card.getByRole('button', { name: 'Make a link for my therapist' }).waitFor();
    await shoot(b, 'ended');
    await shootCard(samCard, 'ended');

    expect(a11y).toEqual([]);
    for (const p of [a, b, t]) p.assertClean();
  });
});
