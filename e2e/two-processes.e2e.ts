import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, Phone } from './support/browser';
import { startTwoProcesses, type Deployment } from './support/servers';
import { makeInviteLink, signUpWithSpace } from './support/flows';
import { person, SignupPage } from './pages/accounts';
import { HomePage } from './pages/couple';
import { IncomingSignalCard, PausePage, SignalAnswerCard, SignalPanel } from './pages/moment';
import { GuidedStartPage, MapPage } from './pages/pattern-map';
import { apiFromPage } from './support/api';
import pg from 'pg';
import { LIVE } from './support/live';

/**
 * Issues #4 and #5 on a real deployment shape: partner A's phone talks to one
 * app process and partner B's to another, both on one PostgreSQL, so every
 * live event has to cross processes (LISTEN/NOTIFY). A signals and B sees it
 * live; A asks for a pause, B accepts, and both count down to the
 * same end; both share their side of the pattern map and each sees the
 * other's typing live; their therapist has the map open on A's
 * process when B withdraws it on B's, and it leaves that screen, live.
 * Kept short: the one-process suites
 * (pause.e2e.ts, pattern-map.e2e.ts) cover the screens in depth.
 */
describe('two partners on two app processes (PostgreSQL)', () => {
  let deployment: Deployment;
  let browser: Browser;
  const phones: Phone[] = [];

  beforeAll(async () => {
    [deployment, browser] = await Promise.all([startTwoProcesses(), launchBrowser()]);
  });

  afterAll(async () => {
    await Promise.all(phones.map((p) => p.close().catch(() => {})));
    await browser?.close();
    await deployment?.stop();
  });

  it('signal, pause, pattern map and a therapist’s withdrawn view travel between the two processes live', async () => {
    const a = await Phone.open(browser, 'A');
    const b = await Phone.open(browser, 'B');
    phones.push(a, b);
    onTestFailed(async () => {
      for (const p of [a, b]) await p.page.screenshot({ path: `test-results/two-processes-failure-${p.name}.png`, fullPage: true }).catch(() => {});
    });
    const urlA = deployment.a.url;
    const urlB = deployment.b.url;
    expect(urlA).not.toBe(urlB);

    // A signs up with a space on process A; B opens A's invite on process B and joins.
    const homeA = await signUpWithSpace(a, urlA, person('Alex'), 'Two kitchens');
    const link = await makeInviteLink(a);
    await b.page.goto(urlB + new URL(link).pathname + new URL(link).hash);
    await new SignupPage(b.page).signUp(person('Sam'), 'Create account and join');
    const homeB = new HomePage(b.page);
    await homeB.heading('Two kitchens').waitFor({ timeout: 10_000 });
    await a.page.goto(urlA + '/');
    // Each sees the other here now: both live connections are up, and presence crossed processes.
    await Promise.all([
      homeA.partner.getByText('Sam').waitFor(),
      homeA.presence.getByText('Here now').waitFor({ timeout: 5000 }),
      homeB.presence.getByText('Here now').waitFor({ timeout: 5000 }),
    ]);

    // ── (a) A signals on process A; B's screen on process B shows it, live.
    const signalA = new SignalPanel(a.page);
    await signalA.button.waitFor();
    const cardB = new IncomingSignalCard(b.page);
    await signalA.send();
    await cardB.card.getByRole('heading', { name: 'Alex noticed the loop' }).waitFor(LIVE);
    await signalA.sent.getByText('Sam has seen it — breathe.').waitFor(LIVE);
    // B's one-tap answer crosses back to process A, live.
    await cardB.answer('I’m here');
    await new SignalAnswerCard(a.page).card.getByText('“I’m here”').waitFor(LIVE);
    await cardB.card.waitFor({ state: 'detached' });

    // ── (b) A asks for a 10-minute pause in the same room; B sees it, accepts; both count down to the same end.
    await a.page.getByRole('link', { name: 'Choose the details' }).click();
    const pauseA = new PausePage(a.page);
    await pauseA.heading('A pause together').waitFor();
    await pauseA.request({ minutes: '10 min', where: 'In the same room', tether: 'I’m not leaving you. Ten minutes, then I’m back.', returnPlan: 'Start with a hug' });
    await pauseA.heading('Your pause is asked for').waitFor();
    await b.page.getByRole('complementary', { name: 'A pause together' }).getByText('Alex is asking for a pause').waitFor(LIVE);
    await b.page.getByRole('link', { name: 'See the request' }).click();
    const pauseB = new PausePage(b.page);
    await pauseB.heading('Alex is asking for a pause').waitFor();
    await b.page.getByText('I’m not leaving you. Ten minutes, then I’m back.').waitFor();
    await pauseB.accept('Take your time. I’ll be right here.');
    await Promise.all([pauseA.heading('Pausing together').waitFor(), pauseB.heading('Pausing together').waitFor()]);
    await a.page.getByText('Take your time. I’ll be right here.').waitFor();

    // Both countdowns, read at the same moment, agree with each other and with the server's end time (±1 s).
    // The processes run on this machine, so this process's clock is theirs.
    const res = await a.page.request.get(`${urlA}/api/pause`);
    expect(res.ok()).toBe(true);
    const endsAt = Date.parse(((await res.json()) as { pause: { endsAt: string } }).pause.endsAt);
    const before = Date.now();
    const [sa, sb] = await Promise.all([pauseA.secondsLeft(), pauseB.secondsLeft()]);
    const after = Date.now();
    expect(Math.abs(sa - sb)).toBeLessThanOrEqual(1);
    for (const shown of [sa, sb]) {
      expect(shown).toBeGreaterThanOrEqual((endsAt - after) / 1000 - 1.2);
      expect(shown).toBeLessThanOrEqual((endsAt - before) / 1000 + 1.2);
    }
    expect(sa).toBeGreaterThan(590);
    expect(sa).toBeLessThanOrEqual(601);

    // ── (c) Pattern map: A starts it and shares their side; B opens it on process B and shares theirs.
    const mapA = new MapPage(a.page);
    const mapB = new MapPage(b.page);
    await mapA.open(urlA, '/start');
    const guide = new GuidedStartPage(a.page);
    await guide.answer('What usually sets the loop off?', 'Sunday evenings, when the week ahead feels heavy');
    await a.page.getByRole('link', { name: 'Finish later' }).click();
    await mapA.heading('Our loop').waitFor();
    await mapA.saved();
    await mapB.open(urlB);
    await mapB.heading('Our loop').waitFor();
    await b.page.getByText('Alex’s side will appear here if and when they choose to share it.').waitFor();

    await mapA.shareFromMap();
    await mapB.partnerSide('Alex').waitFor(LIVE);
    await expect.poll(() => mapB.field(mapB.partnerSide('Alex'), 'What sets it off').inputValue(), LIVE).toBe('Sunday evenings, when the week ahead feels heavy');
    // Sharing is offered once there is something to share.
    await mapB.field(mapB.mySide, 'What I do').fill('I go quiet and reach for my phone');
    await mapB.saved();
    await mapB.shareFromMap();
    await mapA.partnerSide('Sam').waitFor(LIVE);

    // A types into their own field; B sees it live (inner layers are shown to the partner as text).
    const aField = mapA.field(mapA.mySide, 'What I long for');
    await aField.click();
    await aField.pressSequentially('To know we are okay', { delay: 25 });
    await mapB.partnerSide('Alex').getByText('To know we are okay').waitFor(LIVE);

    // B types into their own side; A sees it live.
    const bField = mapB.field(mapB.mySide, 'What I long for');
    await bField.click();
    await bField.pressSequentially('A minute to breathe first', { delay: 25 });
    await mapA.partnerSide('Sam').getByText('A minute to breathe first').waitFor(LIVE);
    await Promise.all([mapA.saved(), mapB.saved()]);

    // ── (d) Their therapist has the map open on process A; Sam withdraws it on process B: it leaves the screen, live.
    // The therapist's account and link are written straight to the shared database (connecting has its own suite).
    const t = await Phone.open(browser, 'T');
    phones.push(t);
    await t.page.goto(urlA + '/');
    const signup = await apiFromPage(t.page, 'POST', '/api/auth/signup', { email: `lee-${Math.random().toString(36).slice(2, 8)}@example.test`, password: 'a calm long passphrase', displayName: 'Lee' });
    const lee = (signup.body as { user: { id: string } }).user.id;
    const coupleId = ((await apiFromPage(a.page, 'GET', '/api/couple')).body as { couple: { id: string } }).couple.id;
    const db = new pg.Client({ connectionString: deployment.databaseUrl });
    await db.connect();
    try {
      await db.query(`update users set kind = 'therapist' where id = $1`, [lee]);
      const linkId = (await db.query(`insert into therapist_links (couple_id, therapist_id) values ($1, $2) returning id`, [coupleId, lee])).rows[0].id;
      await db.query(
        `insert into therapist_consents (link_id, couple_id, user_id, scope, granted) select $1, $2, m.user_id, 'map', true from couple_members m where m.couple_id = $2`,
        [linkId, coupleId],
      );
    } finally {
      await db.end();
    }
    await t.page.goto(`${urlA}/desk/couples/${coupleId}`);
    const theirMap = t.page.getByRole('region', { name: 'Their pattern map' });
    await theirMap.getByText('A minute to breathe first').waitFor();
    expect((await apiFromPage(b.page, 'PUT', '/api/my-therapist/consent', { scope: 'map', granted: false })).status).toBe(204);
    await theirMap.waitFor({ state: 'detached', ...LIVE });
    await t.page.getByText('Not shared with you').first().waitFor();

    for (const p of [a, b, t]) p.assertClean();
  });
});
