import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, capture, Phone } from './support/browser';
import { startDeployment, type Deployment } from './support/servers';
import { person, SignupPage, WelcomePage } from './pages/accounts';
import { CreateCouplePage, HomePage, InvitePage, JoinPage } from './pages/couple';
import { LIVE } from './support/live';

/**
 * The foundation's acceptance test, as two people on two phones: A signs up
 * and makes the couple space, B opens the invite link and joins by signing up
 * there, each sees the other come online live, and B sees A go
 * offline when A closes the tab. A third person with the used link is refused
 * kindly. Run once on one process (PGlite) and once with A and B on two
 * processes sharing PostgreSQL.
 */
describe.each(['one-process', 'two-process'] as const)('two partners, %s', (mode) => {
  let deployment: Deployment;
  let browser: Browser;
  const phones: Phone[] = [];
  const a11y: string[] = [];

  beforeAll(async () => {
    [deployment, browser] = await Promise.all([startDeployment(mode), launchBrowser()]);
  });

  afterAll(async () => {
    await Promise.all(phones.map((p) => p.close().catch(() => {})));
    await browser?.close();
    await deployment?.stop();
  });

  const shoot = async (phone: Phone, name: string, desktop = false) => {
    if (mode === 'one-process') a11y.push(...(await capture(phone.page, name, { desktop })));
  };

  it('pair up through an invite link, see each other live, and refuse a used link', async () => {
    const a = await Phone.open(browser, 'A');
    const b = await Phone.open(browser, 'B');
    phones.push(a, b);
    const alex = person('Alex');
    const sam = person('Sam');

    // A signs up and makes the couple space.
    const welcome = new WelcomePage(a.page);
    await welcome.open(deployment.a.url);
    await shoot(a, 'welcome', true);
    await welcome.startSignUp();
    await shoot(a, 'signup');
    await new SignupPage(a.page).signUp(alex);
    const create = new CreateCouplePage(a.page);
    await create.heading.waitFor();
    await shoot(a, 'create-space', true);
    await create.create('The kitchen-table loop');

    const homeA = new HomePage(a.page);
    await homeA.heading('The kitchen-table loop').waitFor();
    await shoot(a, 'home-waiting-for-partner', true);

    // A makes the invite link.
    await homeA.inviteFromHome();
    const invite = new InvitePage(a.page);
    const link = await invite.makeLink();
    expect(link).toMatch(/\/join#[A-Za-z0-9_-]{43}$/);
    expect(await invite.qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await a.page.getByText(/works once and stays open until/).waitFor();
    await shoot(a, 'invite-link', true);
    await a.page.getByRole('link', { name: 'Back to your space' }).click();
    await homeA.heading('The kitchen-table loop').waitFor();

    // B opens the link (on B's own server process), sees whose space it is, and joins by signing up.
    const linkForB = deployment.b.url + new URL(link).pathname + new URL(link).hash;
    await b.page.goto(linkForB);
    const join = new JoinPage(b.page);
    await join.heading.waitFor();
    await b.page.getByText('Alex invited you to join “The kitchen-table loop” on Offbeat.').waitFor();
    expect(new URL(b.page.url()).hash).toBe(''); // the token left the address bar
    await shoot(b, 'join-preview', true);
    await new SignupPage(b.page).signUp(sam, 'Create account and join');

    const homeB = new HomePage(b.page);
    await homeB.heading('The kitchen-table loop').waitFor({ timeout: 10_000 });

    // Each sees the other online, live.
    await Promise.all([
      homeB.partner.getByText('Alex').waitFor(LIVE),
      homeB.presence.getByText('Here now').waitFor(LIVE),
      homeA.partner.getByText('Sam').waitFor(LIVE),
      homeA.presence.getByText('Here now').waitFor(LIVE),
    ]);
    // …and A's feed shows B joining, live.
    await homeA.feed.getByText('Sam joined the space. Welcome!').waitFor(LIVE);
    await shoot(a, 'home-together', true);

    // A closes the tab: B sees A go offline within a few seconds.
    a.assertClean();
    await a.page.close();
    await homeB.presence.getByText(/^Last seen/).waitFor({ timeout: 5000 });
    await shoot(b, 'home-partner-offline');

    // A third person with the used link gets a clear, kind refusal.
    const c = await Phone.open(browser, 'C');
    phones.push(c);
    await c.page.goto(link);
    await new JoinPage(c.page).refusal('This space already has two people').waitFor();
    await c.page.getByText('already has two partners').waitFor();
    await shoot(c, 'join-refused-full');

    b.assertClean();
    c.assertClean();
    expect(a11y).toEqual([]);
  });
});
