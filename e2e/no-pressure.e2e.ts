import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser } from 'playwright-core';
import { capture, launchBrowser, Phone } from './support/browser';
import { startOneProcess, type Deployment } from './support/servers';
import { makeInviteLink, signUpWithSpace } from './support/flows';
import { person, SignupPage } from './pages/accounts';
import { HomePage } from './pages/couple';
import { OwnPacePage } from './pages/own-pace';

/**
 * "At your own pace", as two people on two phones: Alex hides their presence in Settings, and
 * Blair's home screen stops saying "Here now" — not while Alex is in the app, not after Alex
 * comes back to it, and never with a last-seen time. Blair's socket carries nothing that says
 * a choice was made. The section is captured at phone size and checked with axe.
 */
describe('nothing can be turned into pressure', () => {
  let deployment: Deployment;
  let browser: Browser;
  const phones: Phone[] = [];

  beforeAll(async () => {
    [deployment, browser] = await Promise.all([startOneProcess(), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all(phones.map((p) => p.close().catch(() => {})));
    await browser?.close();
    await deployment?.stop();
  });

  it('hides Alex’s presence from Blair, with nothing on Blair’s side saying so', { timeout: 120_000 }, async () => {
    const a = await Phone.open(browser, 'A');
    const b = await Phone.open(browser, 'B');
    phones.push(a, b);
    onTestFailed(async () => {
      for (const p of [a, b]) await p.page.screenshot({ path: `test-results/no-pressure-failure-${p.name}.png`, fullPage: true }).catch(() => {});
    });
    const url = deployment.a.url;
    await signUpWithSpace(a, url, person('Alex'), 'Slow Sundays');
    const link = await makeInviteLink(a);
    await b.page.goto(link);
    await new SignupPage(b.page).signUp(person('Blair'), 'Create account and join');
    const homeB = new HomePage(b.page);
    await homeB.heading('Slow Sundays').waitFor({ timeout: 10_000 });

    // Every frame Blair's phone receives, to look for a tell afterwards.
    const frames: string[] = [];
    b.page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(String(f.payload))));

    // Alex is in the app: Blair sees "Here now".
    await a.page.goto(url + '/');
    await homeB.presence.getByText('Here now').waitFor({ timeout: 5000 });

    // Alex turns presence off in Settings.
    const pace = new OwnPacePage(a.page);
    await pace.open(url);
    expect(await pace.presence.isChecked()).toBe(true);
    expect(await pace.seen.isChecked()).toBe(true);
    expect(await pace.quiet.isChecked()).toBe(false);
    await pace.presence.click();
    await pace.saved();
    expect(await pace.presence.isChecked()).toBe(false);

    // Blair's screen: away, with no time, while Alex is still right there in the app.
    await homeB.presence.getByText('Not here right now').waitFor({ timeout: 5000 });
    expect(await homeB.partner.getByText(/Here now|Last seen/).count()).toBe(0);

    // A quiet while, shown for the screenshot; Alex's own screen says until when.
    await pace.quiet.click();
    await pace.saved();
    await pace.quietFor('Until tomorrow morning').click();
    await pace.saved();
    await pace.section.getByText(/^Quiet until /).waitFor();
    const a11y = await capture(a.page, 'settings-own-pace');
    expect(a11y).toEqual([]);
    // The section alone, at phone width, for review.
    await pace.section.screenshot({ path: 'screenshots/settings-own-pace.section.phone.png' });

    // Alex goes home and reloads (a fresh socket): still nothing for Blair.
    await a.page.goto(url + '/');
    await new HomePage(a.page).heading('Slow Sundays').waitFor();
    await a.page.reload();
    await new HomePage(a.page).heading('Slow Sundays').waitFor();
    await b.page.waitForTimeout(1000);
    expect(await homeB.partner.getByText(/Here now|Last seen/).count()).toBe(0);
    // Blair reloads too: the fresh answer and welcome agree.
    await b.page.reload();
    await homeB.presence.getByText('Not here right now').waitFor({ timeout: 5000 });
    expect(await homeB.partner.getByText(/Here now|Last seen/).count()).toBe(0);
    await capture(b.page, 'partner-sees-away');

    for (const tell of ['presenceVisible', 'seenReceipts', 'quiet', 'hidden']) expect(frames.join('\n')).not.toContain(tell);
    a.assertClean();
    b.assertClean();
  });
});
