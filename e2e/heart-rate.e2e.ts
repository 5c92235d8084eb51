import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { capture, launchBrowser, Phone } from './support/browser';
import { startOneProcess, type Deployment } from './support/servers';
import { signUpWithSpace } from './support/flows';
import { person, SignupPage } from './pages/accounts';
import { HomePage } from './pages/couple';
import { apiFromPage } from './support/api';
import { EmulatedStrap, WEB_BLUETOOTH_ARGS } from './support/heart-strap';

/**
 * Heart rate from a strap, as two people on two phones. A connects a strap emulated by Chromium's
 * Bluetooth stack (e2e/support/heart-strap.ts), the rate rises and stays up, and A alone sees a
 * gentle suggestion that leads to a 20-minute pause in one tap; during the pause A watches the rate
 * come down and keeps it. All the while B's every API request and socket frame is recorded: B
 * receives nothing of A's heart, only the pause A chose to ask for.
 */
describe('heart rate from a strap, for the person alone', () => {
  let deployment: Deployment;
  let browser: Browser;
  let a: Phone;
  let b: Phone;
  let strap: EmulatedStrap;
  beforeAll(async () => {
    [deployment, browser] = await Promise.all([startOneProcess(), launchBrowser({ extraArgs: WEB_BLUETOOTH_ARGS })]);
    [a, b] = [await Phone.open(browser, 'A'), await Phone.open(browser, 'B')];
    await EmulatedStrap.prepare(a.page);
  });
  afterAll(async () => {
    await strap?.close();
    await Promise.all([a?.close().catch(() => {}), b?.close().catch(() => {})]);
    await browser?.close();
    await deployment?.stop();
  });

  const a11y: string[] = [];
  const shoot = async (p: Phone, name: string, desktop = false) => a11y.push(...(await capture(p.page, `heart-${name}`, { desktop })));

  const seenByB: string[] = [];
  let recording = false;
  function listenToB(page: Page) {
    page.on('request', (r) => recording && seenByB.push(`request ${r.method()} ${new URL(r.url()).pathname} ${r.postData() ?? ''}`));
    page.on('response', (r) => {
      if (!recording || !r.url().includes('/api/')) return;
      void r.text().then((body) => seenByB.push(`response ${new URL(r.url()).pathname} ${body}`)).catch(() => {});
    });
    page.on('websocket', (ws) => ws.on('framereceived', (frame) => recording && seenByB.push(`frame ${String(frame.payload)}`)));
  }

  it('the rate rises and stays up → A sees the suggestion and pauses in one tap; B receives nothing of it', { timeout: 300_000 }, async () => {
    const base = deployment.a.url;
    // A's seconds of heartbeat are run forward on A's clock (see EmulatedStrap.beat).
    await a.page.clock.install();
    await signUpWithSpace(a, base, person('Alex'), 'Us two');
    const invite = await apiFromPage(a.page, 'POST', '/api/couple/invites', {});
    listenToB(b.page);
    await b.page.goto((invite.body as { url: string }).url);
    await new SignupPage(b.page).signUp(person('Sam'), 'Create account and join');
    const homeB = new HomePage(b.page);
    await homeB.heading('Us two').waitFor({ timeout: 15_000 });

    // From here B only watches, on home. A's strap is in range (emulated by A's browser).
    const screenOfB = async () => (await b.page.locator('main').innerText()).replace(/\d+ minutes? ago|just now|a minute ago/gi, '<when>');
    await b.page.getByText('You joined the space').waitFor();
    const bBefore = await screenOfB();
    recording = true;
    strap = await EmulatedStrap.start(browser, a.page, 'Calm Strap');
    await a.page.goto(`${base}/`);
    const card = a.page.getByRole('region', { name: 'Your heartbeat (optional)' });
    await card.waitFor();
    await card.getByRole('link', { name: 'Set up heart rate' }).click();
    await a.page.getByRole('heading', { level: 1, name: 'Your heartbeat, for you' }).waitFor();
    await shoot(a, 'connect', true);

    await a.page.getByRole('button', { name: 'Connect a strap or watch' }).click();
    await a.page.getByText('Connected to Calm Strap').waitFor({ timeout: 20_000 });

    // Calm first: a rate that reads as settled, with RR intervals and energy expended to skip.
    await strap.beat(() => 72, 3, { rr1024: [853, 860], energyExpendedKj: 40 });
    await expect.poll(() => a.page.getByTestId('heart-bpm').getAttribute('data-bpm')).toBe('72');
    await shoot(a, 'connected');

    // Then it races, and stays up: the suggestion waits for the whole window before it speaks.
    await strap.beat((s) => 110 + (s % 4), 8);
    expect(await a.page.getByRole('status').filter({ hasText: 'Your body may be flooded' }).count()).toBe(0);
    await strap.beat((s) => 110 + (s % 4), 45);
    const nudge = a.page.getByRole('status').filter({ hasText: 'Your body may be flooded' });
    await nudge.waitFor({ timeout: 10_000 });
    await nudge.getByText('Only you can see this.').waitFor();
    await shoot(a, 'suggestion', true);

    // One tap to the pause: 20 minutes chosen, the rate already in the check-in.
    await nudge.getByRole('link', { name: 'Take a 20-minute pause' }).click();
    await a.page.getByText('Your body may be flooded right now').waitFor();
    expect(await a.page.getByRole('radio', { name: '20 min' }).isChecked()).toBe(true);
    await shoot(a, 'pause-form');

    // B's phone has received nothing of A's heart: no request, answer or frame carries it, and
    // nothing has travelled at all beyond presence and keep-alive.
    const heartWords = /heart|bpm|"1[01]\d"|Calm Strap/i;
    expect(seenByB.filter((s) => heartWords.test(s))).toEqual([]);
    expect(seenByB.filter((s) => s.startsWith('frame') && !/"type":"(presence|pong)"/.test(s))).toEqual([]);
    // B's screen reads as it did (but for how long ago things happened).
    expect(await screenOfB()).toBe(bBefore);

    // A asks; B sees the pause A chose to ask for, and nothing of why.
    await a.page.getByRole('button', { name: 'Ask for this pause' }).click();
    await b.page.goto(`${base}/pause`);
    await b.page.getByRole('button', { name: 'Accept the pause' }).click();
    const beside = a.page.getByRole('region', { name: 'Your heartbeat' });
    await beside.waitFor({ timeout: 15_000 });

    // During the pause the rate comes down beside the pacer, and A keeps it with the pause.
    await strap.beat((s) => 108 - s * 2, 12);
    await beside.getByText(/Your body is settling/).waitFor();
    await beside.getByRole('button', { name: 'Keep this with the pause' }).click();
    await beside.getByText('Kept with this pause, for you alone.').waitFor();
    await shoot(a, 'during-pause');
    const pauseId = ((await apiFromPage(a.page, 'GET', '/api/pause')).body as { pause: { id: string } }).pause.id;
    const kept = (await apiFromPage(a.page, 'GET', `/api/heart/pauses/${pauseId}/trace`)).body as { trace: { points: number[][] } };
    expect(kept.trace.points.length).toBeGreaterThan(1);
    expect((await apiFromPage(b.page, 'GET', `/api/heart/pauses/${pauseId}/trace`)).body).toEqual({ trace: null });

    // Still nothing of A's heart on B's side: the pause's own steps travel, the rate never does.
    await b.page.waitForTimeout(1500);
    // B's own pause screen loads B's own heart card (its code, and B's own empty trace): that is B's.
    const bOwn = (s: string) => s.startsWith('request GET /assets/') || s.startsWith(`request GET /api/heart/pauses/${pauseId}/trace`) || s === `response /api/heart/pauses/${pauseId}/trace {"trace":null}`;
    expect(seenByB.filter((s) => heartWords.test(s) && !bOwn(s))).toEqual([]);
    expect(seenByB.some((s) => s.includes('pause.started'))).toBe(true);
    recording = false;

    // Where the browser has no Web Bluetooth (Safari on iPhone, Firefox), the screen says so kindly.
    const noBluetooth = await a.context.newPage();
    a.watch(noBluetooth);
    await noBluetooth.addInitScript(() => Object.defineProperty(Navigator.prototype, 'bluetooth', { get: () => undefined }));
    await noBluetooth.goto(`${base}/heart`);
    await noBluetooth.getByText('This browser cannot reach a heart-rate strap').waitFor();
    await noBluetooth.getByText(/Safari on iPhone and iPad, and Firefox, do not offer it yet/).waitFor();
    expect(await noBluetooth.getByRole('button', { name: 'Connect a strap or watch' }).count()).toBe(0);
    expect(await noBluetooth.getByRole('region', { name: 'Your calm rate' }).count()).toBe(0);
    a11y.push(...(await capture(noBluetooth, 'heart-no-web-bluetooth')));
    await noBluetooth.close();

    expect(a11y).toEqual([]);
    a.assertClean();
    b.assertClean();
  });
});
