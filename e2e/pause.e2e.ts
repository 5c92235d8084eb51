import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { capture, launchBrowser, Phone } from './support/browser';
import { startOneProcess, type Deployment } from './support/servers';
import { signUpWithSpace, makeInviteLink } from './support/flows';
import { person, SignupPage } from './pages/accounts';
import { HomePage } from './pages/couple';
import { IncomingSignalCard, PausePage, SignalAnswerCard, SignalPanel, ToolkitPage } from './pages/moment';
import { LIVE } from './support/live';

/**
 * The heart of Offbeat, as two people on two phones: A says "we're doing the
 * thing" and B sees it live, A sees it was seen; a signal sent
 * while B is offline arrives when B is back. A asks for a 10-minute pause in
 * the same room, B accepts: both screens count down to the same end and
 * breathe in the same phase. The server is killed and restarted mid-pause and
 * both screens resync; the clocks are fast-forwarded to the end, both check
 * in, and the reconnect is recorded. B's phone asks for reduced motion
 * throughout, so its pacer is a text cue. Every new screen is captured and
 * checked with axe.
 */
describe('in the moment: signal, pause, reconnect', () => {
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

  const shoot = async (phone: Phone, name: string, desktop = false) => {
    a11y.push(...(await capture(phone.page, name, { desktop })));
  };

  const apiPause = async (page: Page) => {
    const res = await page.request.get(`${deployment.a.url}/api/pause`);
    expect(res.ok()).toBe(true);
    return (await res.json()) as { pause: { status: string; endsAt: string | null; onTime: boolean | null } | null; serverNow: string };
  };

  /**
   * Both countdowns, read at the same moment, agree with each other and with
   * the server's end time (±1 s). The server runs on this machine, so this
   * process's clock is the server's clock.
   */
  const expectSameRemaining = async (pa: PausePage, pb: PausePage) => {
    const { pause } = await apiPause(pa.page);
    const endsAt = Date.parse(pause!.endsAt!);
    const before = Date.now();
    const [sa, sb] = await Promise.all([pa.secondsLeft(), pb.secondsLeft()]);
    const after = Date.now();
    expect(Math.abs(sa - sb)).toBeLessThanOrEqual(1);
    for (const shown of [sa, sb]) {
      expect(shown).toBeGreaterThanOrEqual((endsAt - after) / 1000 - 1.2);
      expect(shown).toBeLessThanOrEqual((endsAt - before) / 1000 + 1.2);
    }
    return sa;
  };

  /** The pacers, read together several times, are within 150 ms of each other in the breathing cycle. */
  const expectSamePhase = async (pa: PausePage, pb: PausePage) => {
    for (let i = 0; i < 5; i += 1) {
      const [x, y] = await Promise.all([pa.phase(), pb.phase()]);
      expect(x.cycleMs).toBe(y.cycleMs);
      // Both phases carried forward to the later of the two readings.
      const d = Math.abs(x.fraction + (y.at - x.at) / x.cycleMs - y.fraction) % 1;
      expect(Math.min(d, 1 - d) * x.cycleMs).toBeLessThanOrEqual(150);
      await pa.page.waitForTimeout(170);
    }
  };

  it('signal, pause together, survive a restart, and come back', { timeout: 170_000 }, async () => {
    const a = await Phone.open(browser, 'A');
    const b = await Phone.open(browser, 'B');
    phones.push(a, b);
    onTestFailed(async () => {
      for (const p of [a, b]) await p.page.screenshot({ path: `test-results/pause-failure-${p.name}.png`, fullPage: true }).catch(() => {});
    });
    await b.page.emulateMedia({ reducedMotion: 'reduce' });
    // Fake clocks that run in real time until fast-forwarded to the end of the pause.
    await Promise.all([a.page.clock.install(), b.page.clock.install()]);

    const url = deployment.a.url;
    const alex = person('Alex');
    const sam = person('Sam');
    await signUpWithSpace(a, url, alex, 'Sunday mornings');
    const link = await makeInviteLink(a);
    await b.page.goto(link);
    await new SignupPage(b.page).signUp(sam, 'Create account and join');
    await new HomePage(b.page).heading('Sunday mornings').waitFor({ timeout: 10_000 });
    // A opens Offbeat from the installed app's shortcut: the signal button has focus, ready for one tap.
    await a.page.goto(url + '/?signal=1');
    const homeA = new HomePage(a.page);
    await homeA.partner.getByText('Sam').waitFor();

    // ── A signals; B sees it live; A sees it was seen.
    const signalA = new SignalPanel(a.page);
    await signalA.button.waitFor();
    await expect.poll(() => signalA.button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(new URL(a.page.url()).search).toBe('');
    await shoot(a, 'home-signal');
    const cardB = new IncomingSignalCard(b.page);
    await signalA.send();
    await cardB.card.getByRole('heading', { name: 'Alex noticed the loop' }).waitFor(LIVE);
    // "Seen" once Sam has had the card in view for a moment; the big button gives way to a calm state.
    await signalA.sent.getByText('Sam has seen it — breathe.').waitFor(LIVE);
    expect(await signalA.button.count()).toBe(0);
    await shoot(a, 'home-signal-seen', true);
    await shoot(b, 'signal-received', true);
    // Sam answers in one tap; it reaches Alex as a warm card, live.
    const answerA = new SignalAnswerCard(a.page);
    await cardB.answer('I see it — give me 10 minutes');
    await answerA.card.getByText('“I see it — give me 10 minutes”').waitFor(LIVE);
    await cardB.card.waitFor({ state: 'detached' });
    await shoot(a, 'signal-answered', true);
    await answerA.putAway();
    await answerA.card.waitFor({ state: 'detached' });

    // ── B is offline while A signals again with a need and a note; it arrives when B is back.
    b.expectOffline = true;
    await b.context.setOffline(true);
    await b.page.getByText('You are offline.').waitFor();
    await signalA.openOptions();
    await shoot(a, 'home-signal-options');
    await signalA.send({ need: 'I need a little space — and I’m coming back', note: 'Back in ten. Still on your side.' });
    await signalA.sent.getByText(/^Sent to Sam\./).waitFor();
    await b.page.waitForTimeout(1000);
    expect(await signalA.sent.getAttribute('data-status')).toBe('sent');
    await b.context.setOffline(false);
    await cardB.card.getByText('Back in ten. Still on your side.').waitFor({ timeout: 10_000 });
    await signalA.sent.getByText('Sam has seen it — breathe.').waitFor({ timeout: 5000 });
    b.expectOffline = false;
    await shoot(b, 'signal-received-after-offline');

    // ── A asks for a pause with every detail: the self-check suggests longer, A still picks 10 minutes, same room.
    await a.page.getByRole('link', { name: 'Choose the details' }).click();
    const pauseA = new PausePage(a.page);
    await pauseA.heading('A pause together').waitFor();
    await pauseA.openDetails();
    await shoot(a, 'pause-request', true);
    await pauseA.selfCheck(8);
    await a.page.getByText('Your body may be flooded right now').waitFor();
    await shoot(a, 'pause-request-flooded');
    await pauseA.request({ minutes: '10 min', where: 'In the same room', tether: 'I’m not leaving you. Ten minutes, then I’m back.', returnPlan: 'Start with a hug' });
    await pauseA.heading('Your pause is asked for').waitFor();
    await shoot(a, 'pause-waiting');
    // The pause takes the signal's place: Sam's card steps aside.
    await cardB.card.waitFor({ state: 'detached', ...LIVE });

    // B sees the request from anywhere, opens it, and accepts with words back.
    await b.page.getByRole('complementary', { name: 'A pause together' }).getByText('Alex is asking for a pause').waitFor(LIVE);
    await shoot(b, 'home-pause-request-banner');
    await b.page.getByRole('link', { name: 'See the request' }).click();
    const pauseB = new PausePage(b.page);
    await pauseB.heading('Alex is asking for a pause').waitFor();
    await b.page.getByText('I’m not leaving you. Ten minutes, then I’m back.').waitFor();
    await shoot(b, 'pause-incoming');
    await pauseB.accept('Take your time. I’ll be right here.');

    await Promise.all([pauseA.heading('Pausing together').waitFor(), pauseB.heading('Pausing together').waitFor()]);
    await a.page.getByText('Take your time. I’ll be right here.').waitFor();
    const left = await expectSameRemaining(pauseA, pauseB);
    expect(left).toBeGreaterThan(590);
    expect(left).toBeLessThanOrEqual(601);
    await expectSamePhase(pauseA, pauseB);
    expect(await b.page.locator('.pacer-circle').count()).toBe(0); // reduced motion: a text cue, no scaling circle
    expect(await a.page.locator('.pacer-circle').count()).toBe(1);
    await Promise.all([shoot(a, 'pause-active', true), shoot(b, 'pause-active-reduced-motion')]);

    // A "thinking of you" from B reaches A as a gentle pulse.
    await b.page.getByRole('button', { name: 'Send a “thinking of you”' }).click();
    await a.page.getByText('Sam is thinking of you').waitFor(LIVE);
    await shoot(a, 'pause-pulse');

    // A slows the shared pace: both pacers follow, still in step.
    await a.page.getByRole('button', { name: 'Breathe more slowly' }).click();
    await Promise.all([a.page.getByText('5 breaths a minute').waitFor(), b.page.getByText('5 breaths a minute').waitFor()]);
    await expectSamePhase(pauseA, pauseB);

    // A extends by 5 minutes; B is told the new end time.
    await a.page.getByRole('button', { name: 'Add 5 minutes' }).click();
    // The notice with the new end time (the screen-reader announcement says the first half too).
    await b.page.getByText(/Alex asked for a little longer\. New time to come back: \d/).waitFor(LIVE);
    expect(await expectSameRemaining(pauseA, pauseB)).toBeGreaterThan(600);

    // ── The server is killed mid-pause and started again on the same data: both screens resync.
    a.expectOffline = b.expectOffline = true; // the sockets fail to reconnect until the server is back
    await deployment.a.restart({ kill: true });
    // Both live connections come back: a pulse each way travels (replayed by seq if a socket is still reconnecting).
    await a.page.getByRole('button', { name: 'Send a “thinking of you”' }).click();
    await b.page.getByText('Alex is thinking of you').waitFor({ timeout: 20_000 });
    await b.page.getByRole('button', { name: 'Send a “thinking of you”' }).click();
    await a.page.getByText('Sam is thinking of you').waitFor({ timeout: 20_000 });
    a.expectOffline = b.expectOffline = false;
    await pauseA.heading('Pausing together').waitFor();
    // A fresh load after the restart shows the same pause and time.
    await b.page.reload();
    await pauseB.heading('Pausing together').waitFor({ timeout: 10_000 });
    expect(await expectSameRemaining(pauseA, pauseB)).toBeGreaterThan(600);

    // ── Time passes (both devices' clocks are fast-forwarded past the end): both are invited to reconnect.
    await Promise.all([a.page.clock.fastForward('16:00'), b.page.clock.fastForward('16:00')]);
    await Promise.all([pauseA.heading('Ready to reconnect?').waitFor(), pauseB.heading('Ready to reconnect?').waitFor()]);
    await shoot(a, 'pause-come-back', true);
    await pauseA.checkIn(3, 'Start with a hug');
    await a.page.getByText('You’re ready.').waitFor();
    await shoot(a, 'pause-waiting-for-partner');
    await b.page.getByText('Alex is ready, and would like to start with a hug.').waitFor(LIVE);
    await pauseB.checkIn(4, 'Talk it through');
    await Promise.all([pauseA.heading('You came back together').waitFor(), pauseB.heading('You came back together').waitFor()]);
    // Only the screens' clocks jumped: by the server's clock the two came back well before the end,
    // and the words say so (not "right on time"). One plan from the two wishes, seen from each side.
    await a.page.getByText(/^You both felt ready before the time was up/).waitFor();
    await a.page.getByText('A hug first, then ten minutes of talk — Sam starts?').waitFor();
    await b.page.getByText('A hug first, then ten minutes of talk — you start?').waitFor();
    await shoot(b, 'pause-reconnected', true);
    const recorded = await apiPause(a.page);
    expect(recorded.pause).toMatchObject({ status: 'reconnected', onTime: true, returnTiming: 'early' });
    // The bridge to a repair, in one tap.
    await b.page.getByRole('link', { name: 'Turn this into a repair' }).click();
    await b.page.getByRole('heading', { level: 1, name: 'Note a rough moment' }).waitFor();
    await b.page.getByText('This comes from the pause you just came back from.').waitFor();

    // ── The toolkit: words from our ideas, what helps, shared with the partner, and a playlist.
    await a.page.goto(url + '/toolkit');
    const toolkitA = new ToolkitPage(a.page);
    await toolkitA.heading.waitFor();
    await shoot(a, 'toolkit-empty');
    await a.page.getByRole('button', { name: /^Add to my words: “I’m getting flooded/ }).click();
    await toolkitA.region('What I’ll say when…').getByText(/I’m getting flooded/).waitFor();
    await a.page.getByRole('button', { name: 'Add “A short walk”' }).click();
    await toolkitA.region('What helps me').getByText('A short walk').first().waitFor();
    // Click, then wait for the server to hold the choice (the switch may re-render while a refetch lands).
    await a.page.getByLabel('Share this list with Sam').click();
    await expect.poll(async () => ((await (await a.page.request.get(`${url}/api/toolkit`)).json()) as { helpsShared: boolean }).helpsShared).toBe(true);
    await a.page.getByLabel('Playlist link').fill('http://not-secure.example');
    await a.page.getByRole('button', { name: 'Save link' }).click();
    await a.page.getByText('Please use a full web link that starts with https://').waitFor();
    await a.page.getByLabel('Playlist link').fill('https://music.example/calm');
    await a.page.getByRole('button', { name: 'Save link' }).click();
    await a.page.getByText('Saved for both of you.').waitFor();
    await shoot(a, 'toolkit');
    await b.page.goto(url + '/toolkit');
    const partnerHelps = new ToolkitPage(b.page).region('What helps Alex');
    await partnerHelps.getByText('A short walk').waitFor();
    // Live: what Alex adds to the shared list appears on Sam's open screen, no reload.
    await a.page.getByRole('button', { name: 'Add “A glass of water”' }).click();
    await partnerHelps.getByText('A glass of water').waitFor(LIVE);

    // ── Notifications in settings: mute and quiet hours in this device's time zone.
    await a.page.goto(url + '/settings');
    const notifications = a.page.getByRole('region', { name: 'Notifications' });
    await notifications.getByText(/Notifications are off for this device|set to block notifications|cannot show notifications/).waitFor();
    await notifications.getByLabel('Quiet hours').check();
    await notifications.getByLabel('From').fill('22:00');
    await notifications.getByLabel('Until').fill('07:00');
    await notifications.getByRole('button', { name: 'Save quiet hours' }).click();
    await notifications.getByText('Saved.').waitFor();
    await notifications.getByLabel('Pause all notifications').check();
    await expect.poll(async () => (await a.page.request.get(`${url}/api/notifications/prefs`)).json()).toEqual({
      muted: true,
      quietStart: 22 * 60,
      quietEnd: 7 * 60,
      timeZone: 'Europe/London',
      showDetails: false,
    });
    // Lock screens stay generic unless the person chooses otherwise.
    expect(await notifications.getByLabel('Show what a notification is about').isChecked()).toBe(false);
    await notifications.scrollIntoViewIfNeeded();
    await shoot(a, 'settings-notifications', true);

    a.assertClean();
    b.assertClean();
    expect(a11y).toEqual([]);
  });
  it('the partner suggests a different length once, and the asker takes it', async () => {
    const c = await Phone.open(browser, 'C');
    const d = await Phone.open(browser, 'D');
    phones.push(c, d);
    const url = deployment.a.url;
    await signUpWithSpace(c, url, person('Robin'), 'Evenings');
    const link = await makeInviteLink(c);
    await d.page.goto(link);
    await new SignupPage(d.page).signUp(person('Kai'), 'Create account and join');
    await new HomePage(d.page).heading('Evenings').waitFor({ timeout: 10_000 });

    const pauseD = new PausePage(d.page);
    await pauseD.open(url);
    await pauseD.heading('A pause together').waitFor();
    await pauseD.request({ minutes: '5 min', where: 'Apart for now', tether: 'Going for a short walk. Back soon.', returnPlan: 'Just check in' });
    await pauseD.heading('Your pause is asked for').waitFor();

    await c.page.goto(url + '/pause');
    const pauseC = new PausePage(c.page);
    await pauseC.heading('Kai is asking for a pause').waitFor();
    await c.page.getByRole('button', { name: 'Suggest a different length' }).click();
    await c.page.getByRole('radio', { name: '20 min' }).check();
    await shoot(c, 'pause-propose');
    await c.page.getByRole('button', { name: 'Suggest 20 minutes' }).click();
    await c.page.getByText('You suggested 20 minutes.').waitFor();
    await d.page.getByText('Robin suggested 20 minutes instead.').waitFor(LIVE);
    await shoot(d, 'pause-proposal-received');
    await d.page.getByRole('button', { name: 'Pause for 20 minutes' }).click();
    await Promise.all([pauseC.heading('Pausing together').waitFor(), pauseD.heading('Pausing together').waitFor()]);
    expect(await expectSameRemaining(pauseC, pauseD)).toBeGreaterThan(20 * 60 - 5);
    c.assertClean();
    d.assertClean();
    expect(a11y).toEqual([]);
  });

  it('keeps an accepted pause on screen, whatever older answer of the pause arrives after the tap', async () => {
    const e = await Phone.open(browser, 'E');
    const f = await Phone.open(browser, 'F');
    phones.push(e, f);
    const url = deployment.a.url;
    // Lee's socket runs through the test: it can be dropped, and what the server sends held back (a slow network).
    let dropSocket = () => {};
    let holdSocket = false;
    let welcomes = 0;
    const heldFrames: Array<() => void> = [];
    await f.page.routeWebSocket(/\/api\/live/, (ws) => {
      const server = ws.connectToServer();
      server.onMessage((message) => {
        if (typeof message === 'string' && message.includes('"type":"welcome"')) welcomes += 1;
        if (holdSocket) heldFrames.push(() => ws.send(message));
        else ws.send(message);
      });
      dropSocket = () => void ws.close();
    });
    await signUpWithSpace(e, url, person('Jo'), 'Mornings');
    const link = await makeInviteLink(e);
    await f.page.goto(link);
    await new SignupPage(f.page).signUp(person('Lee'), 'Create account and join');
    await new HomePage(f.page).heading('Mornings').waitFor({ timeout: 10_000 });

    const pauseE = new PausePage(e.page);
    await pauseE.open(url);
    await pauseE.heading('A pause together').waitFor();
    await pauseE.request({ minutes: '5 min', where: 'Apart for now', tether: 'Going for a short walk. Back soon.', returnPlan: 'Just check in' });
    await pauseE.heading('Your pause is asked for').waitFor();
    const pauseF = new PausePage(f.page);
    const welcomesBefore = welcomes;
    await pauseF.open(url);
    await pauseF.heading('Jo is asking for a pause').waitFor();
    // The pause screen's own socket is up before it is dropped: on a busy machine the screen can show
    // before its socket connects, and dropping then would close the previous page's (gone) socket.
    await expect.poll(() => welcomes, { timeout: 10_000 }).toBeGreaterThan(welcomesBefore);

    // Lee's next read of the pause is read at once (the pause as asked for) and answered only after Lee accepts.
    let releaseRead!: () => void;
    const readHeld = new Promise<void>((resolve) => (releaseRead = resolve));
    let readTaken!: () => void;
    const readWasTaken = new Promise<void>((resolve) => (readTaken = resolve));
    let readDelivered!: () => void;
    const readWasDelivered = new Promise<void>((resolve) => (readDelivered = resolve));
    let holding = true;
    let readsAfter = 0;
    await f.page.route('**/api/pause', async (route) => {
      if (route.request().method() !== 'GET') return route.continue();
      if (!holding) {
        await route.continue();
        readsAfter += 1;
        return;
      }
      holding = false;
      const response = await route.fetch();
      readTaken();
      await readHeld;
      await route.fulfill({ response });
      readDelivered();
    });
    // The socket drops and comes back: the screen re-reads the pause (that read is held); from then on
    // the socket's news is late, so nothing but the pause's own answers can move the screen.
    dropSocket();
    await readWasTaken;
    holdSocket = true;

    await f.page.getByRole('button', { name: 'Accept the pause' }).click();
    await pauseF.heading('Pausing together').waitFor();
    releaseRead();
    await readWasDelivered;
    // The held answer, read before the accept, is dropped and the pause read again; it never lands.
    await expect.poll(() => readsAfter).toBeGreaterThan(0);
    expect(await pauseF.heading('Pausing together').isVisible()).toBe(true);
    expect(await pauseF.heading('Jo is asking for a pause').count()).toBe(0);

    // The late socket news changes nothing either.
    holdSocket = false;
    for (const send of heldFrames.splice(0)) send();
    await pauseE.heading('Pausing together').waitFor();
    expect(await pauseF.heading('Pausing together').isVisible()).toBe(true);
    expect((await apiPause(f.page)).pause?.status).toBe('active');
    await f.page.unroute('**/api/pause');
    e.assertClean();
    f.assertClean();
  });

  it('the service worker shows a push as a notification, with where a tap leads', async () => {
    const c = await Phone.open(browser, 'C', { serviceWorkers: 'allow' });
    phones.push(c);
    const url = deployment.a.url;
    await c.context.grantPermissions(['notifications'], { origin: url });
    await c.page.goto(url + '/');
    await c.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // No push service is reachable from here, so the message is handed to the worker through DevTools.
    const cdp = await c.context.newCDPSession(c.page);
    const registrations: Array<{ registrationId: string; scopeURL: string }> = [];
    cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => registrations.push(...e.registrations));
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => registrations.length).toBeGreaterThan(0);
    const message = { title: 'A pause was asked for', body: '10 minutes to breathe, with a message for you.', url: '/pause', tag: 'pause' };
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: url + '/', registrationId: registrations[0]!.registrationId, data: JSON.stringify(message) });
    await expect
      .poll(() => c.page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, data: n.data as unknown }))))
      .toEqual([{ title: message.title, body: message.body, tag: 'pause', data: { url: '/pause' } }]);
    c.assertClean();
  });
});
