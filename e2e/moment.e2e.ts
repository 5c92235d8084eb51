import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { capture, launchBrowser, Phone, PHONE } from './support/browser';
import { startOneProcess, type Deployment } from './support/servers';
import { makeInviteLink, signUpWithSpace } from './support/flows';
import { person, SignupPage } from './pages/accounts';
import { HomePage } from './pages/couple';
import { IncomingSignalCard, PausePage, SignalPanel } from './pages/moment';
import { LIVE } from './support/live';

/**
 * The moment itself, as a flooded person lives it, on two phones. Alex taps
 * "we're doing the thing" three times in a row: Sam's phone shows one calm
 * card with a count, not three. From that card Sam is one tap from a pause
 * (Sam's usual one). On both phones the time is what the pause screen shows
 * first. Alex feels ready early; Sam's time runs out (Sam's clock is moved on,
 * and the phone gives a gentle buzz); by the server's clock they came back
 * early, and both read the early words and one plan from their two wishes.
 */
describe('the moment: calm signals and a pause two taps away', () => {
  let deployment: Deployment;
  let browser: Browser;
  const phones: Phone[] = [];
  const a11y: string[] = [];

  beforeAll(async () => {
    [deployment, browser] = await Promise.all([startOneProcess(), launchBrowser()]);
  });

  afterAll(async () => {
    await Promise.all(phones.map((p) => p.close().catch(() => {})));
    await browser?.close();
    await deployment?.stop();
  });

  const shoot = async (phone: Phone, name: string, desktop = true) => {
    a11y.push(...(await capture(phone.page, name, { desktop })));
  };

  /** The countdown and "back together at" are in the first viewport, with the page at its top. */
  const timeInFirstViewport = async (page: Page) => {
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    for (const locator of [page.getByTestId('countdown'), page.getByText(/^Back together at /)]) {
      const box = await locator.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
    }
  };

  it('three taps make one card; the card leads to a pause in one tap; the time comes first; early is said as early', { timeout: 170_000 }, async () => {
    const a = await Phone.open(browser, 'A');
    const b = await Phone.open(browser, 'B');
    phones.push(a, b);
    onTestFailed(async () => {
      for (const p of [a, b]) await p.page.screenshot({ path: `test-results/moment-failure-${p.name}.png`, fullPage: true }).catch(() => {});
    });
    // Record the buzzes a phone would give (headless Chromium has no motor).
    await b.context.addInitScript(() => {
      const felt: number[][] = [];
      Object.defineProperty(window, 'felt', { value: felt });
      navigator.vibrate = ((pattern: number | number[]) => (felt.push([pattern].flat()), true)) as typeof navigator.vibrate;
    });
    await b.page.clock.install();

    const url = deployment.a.url;
    await signUpWithSpace(a, url, person('Alex'), 'Late kitchens');
    await b.page.goto(await makeInviteLink(a));
    await new SignupPage(b.page).signUp(person('Sam'), 'Create account and join');
    await new HomePage(b.page).heading('Late kitchens').waitFor({ timeout: 10_000 });
    await a.page.goto(url + '/');
    await new HomePage(a.page).partner.getByText('Sam').waitFor();
    // Sam is elsewhere in the app: the card finds Sam on any screen.
    await b.page.goto(url + '/practice');

    // ── Alex taps three times in a row; Sam sees one card: "again · 3 times".
    const signalA = new SignalPanel(a.page);
    const cardB = new IncomingSignalCard(b.page);
    await signalA.send();
    await cardB.card.waitFor(LIVE);
    await signalA.signalAgain();
    await signalA.sent.getByText(/You noticed it 2 times/).waitFor();
    await signalA.signalAgain();
    await signalA.sent.getByText('You noticed it 3 times; Sam sees one calm card, not 3.').waitFor();
    await cardB.card.getByText('again · 3 times').waitFor(LIVE);
    expect(await b.page.getByRole('region', { name: /noticed/ }).count()).toBe(1);
    // Nothing was chosen for "what would help", so nothing is said for Alex.
    expect(await cardB.card.getByText('What would help:').count()).toBe(0);
    await shoot(b, 'moment-signal-three-taps');
    await shoot(a, 'moment-signal-sent-calm');

    // ── Sam: one tap on the card asks for Sam's usual pause (20 minutes, nearby, no words needed).
    await cardB.card.getByText('20 minutes, nearby').waitFor();
    await cardB.pauseNow();
    const pauseB = new PausePage(b.page);
    await pauseB.heading('Your pause is asked for').waitFor({ timeout: 5000 });
    expect(new URL(b.page.url()).pathname).toBe('/pause');
    const asked = (await (await b.page.request.get(`${url}/api/pause`)).json()) as { pause: { minutes: number; where: string; tether: string | null } };
    expect(asked.pause).toMatchObject({ minutes: 20, where: 'nearby', tether: null });
    // The pause takes the signal's place on both phones.
    await cardB.card.waitFor({ state: 'detached' });
    await signalA.sent.waitFor({ state: 'detached', ...LIVE });
    await shoot(b, 'moment-pause-asked');

    // Alex accepts with a few words.
    await a.page.getByRole('link', { name: 'See the request' }).click();
    const pauseA = new PausePage(a.page);
    await pauseA.heading('Sam is asking for a pause').waitFor();
    await pauseA.accept('I’m right here. Take the time.');
    await Promise.all([pauseA.heading('Pausing together').waitFor(), pauseB.heading('Pausing together').waitFor({ timeout: 5000 })]);
    // The time is what calms: in view, at the top, on both phones.
    await timeInFirstViewport(a.page);
    await timeInFirstViewport(b.page);
    // No setup advice during a pause.
    for (const page of [a.page, b.page]) expect(await page.getByText(/You can (add|list)/).count()).toBe(0);
    await shoot(a, 'moment-pause-active');

    // ── Alex feels ready early and checks in, wishing for a hug.
    await a.page.getByRole('button', { name: 'I’m ready to come back now' }).click();
    await pauseA.checkIn(2, 'Start with a hug');
    await a.page.getByText('You’re ready.').waitFor();
    // Sam's time runs out on Sam's screen: a gentle buzz, and Alex's words on the check-in.
    await b.page.clock.fastForward('21:00');
    await pauseB.heading('Ready to reconnect?').waitFor();
    await b.page.getByText('Alex’s words from the pause').waitFor();
    await b.page.getByText('I’m right here. Take the time.').last().waitFor();
    expect(await b.page.evaluate(() => (window as unknown as { felt: number[][] }).felt)).toContainEqual([120, 200, 120, 200, 120]);
    await shoot(b, 'moment-come-back');
    await pauseB.checkIn(4, 'Talk it through');

    // By the server's clock they came back well before the end: the early words, on both phones.
    await Promise.all([pauseA.heading('You came back together').waitFor(), pauseB.heading('You came back together').waitFor()]);
    for (const page of [a.page, b.page]) {
      await page.getByText(/^You both felt ready before the time was up/).waitFor();
      expect(await page.getByText(/Right on time/).count()).toBe(0);
    }
    await a.page.getByText('A hug first, then ten minutes of talk — Sam starts?').waitFor();
    await b.page.getByText('A hug first, then ten minutes of talk — you start?').waitFor();
    await shoot(a, 'moment-reconnected-early');

    // ── A new pause never opens on the last one's screen.
    await a.page.goto(url + '/');
    await a.page.getByRole('main').getByRole('link', { name: 'Choose the details' }).click();
    await pauseA.heading('A pause together').waitFor();
    expect(await a.page.getByText('You came back together').count()).toBe(0);
    await a.page.getByRole('region', { name: 'Choose the details' }).waitFor();

    a.assertClean();
    b.assertClean();
    expect(a11y).toEqual([]);
  });
});
