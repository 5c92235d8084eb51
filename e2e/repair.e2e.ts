import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { capture, DESKTOP, launchBrowser, Phone, PHONE } from './support/browser';
import { startOneProcess, type Deployment } from './support/servers';
import { signUpWithSpace } from './support/flows';
import { person, SignupPage } from './pages/accounts';
import { HomePage } from './pages/couple';
import { JournalPage, RepairPage, type RepairWords } from './pages/repair';
import { apiFromPage } from './support/api';

/**
 * Rupture and repair as two people on two phones (one process, PGlite): a
 * pause ends (through the API, to save time), A turns it into a rupture on
 * screen, both write privately — B's screen, network and socket show no trace
 * of A's words until B shares too — then both sides appear at once on both
 * screens; "I hear this"; an action is done and noticed; both say it feels
 * repaired (a moment, never a time taken). B adds how B saw the rupture beside
 * A's view, each labelled as whose it is. Then said and meant (the pattern
 * map's, reached from repair), stepping out of roles, and the private journal,
 * where sharing asks first. Every screen is captured at 390×844 and checked
 * with axe.
 */
describe('rupture and repair, two partners', () => {
  let deployment: Deployment;
  let browser: Browser;
  let base = '';
  let a: Phone;
  let b: Phone;
  const a11y: string[] = [];
  const alex = person('Alex');
  const sam = person('Sam');

  const ALEX_SECRET = 'a tight knot in my chest, lantern-7';
  const alexWords: RepairWords = {
    feelings: `Lonely, and ${ALEX_SECRET}`,
    myReality: 'I came home, saw the dishes, and started talking fast.',
    theirReality: 'You had just sat down after a long day.',
    touched: 'The old fear that I carry everything alone.',
    myPart: 'I followed you from room to room.',
    impact: 'You probably felt cornered.',
    unmetNeed: 'To feel that we are a team.',
    iWill: 'Ask “is now a good time?” before I start',
    iWillBy: '2026-12-20',
    iAsk: 'Tell me when you will come back to it.',
  };
  const samWords: RepairWords = {
    feelings: 'Flooded and ashamed',
    myPart: 'I went silent and left the room.',
    impact: 'You were left alone with it.',
    unmetNeed: 'A few minutes to breathe first.',
    iWill: 'Say “I need ten minutes, I’ll be back”',
    iAsk: 'A softer start when I have just come in.',
  };

  beforeAll(async () => {
    [deployment, browser] = await Promise.all([startOneProcess(), launchBrowser()]);
    base = deployment.a.url;
    a = await Phone.open(browser, 'A');
    b = await Phone.open(browser, 'B');
  });

  afterAll(async () => {
    await Promise.all([a, b].map((p) => p?.close().catch(() => {})));
    await browser?.close();
    await deployment?.stop();
  });

  const shoot = async (p: Phone, name: string) => a11y.push(...(await capture(p.page, `repair-${name}`, { desktop: true })));

  it('turns an ended pause into a repair both write privately, reveal together, act on and close', async () => {
    // The couple: A makes the space, B joins through the link.
    await signUpWithSpace(a, base, alex, 'Us two');
    const invite = await apiFromPage(a.page, 'POST', '/api/couple/invites', {});
    const link = (invite.body as { url: string }).url;
    await b.page.goto(link);
    await new SignupPage(b.page).signUp(sam, 'Create account and join');
    await new HomePage(b.page).heading('Us two').waitFor({ timeout: 15_000 });

    // A pause, asked for, accepted, and both back: through the API (the pause has its own e2e).
    const command = (page: Page, c: Record<string, unknown>) => apiFromPage(page, 'POST', '/api/pause/commands', { commandId: crypto.randomUUID(), command: c });
    expect((await command(a.page, { type: 'request', minutes: 10, where: 'same_room', tether: 'I love you, I’ll be right here', returnPlan: 'talk' })).status).toBe(200);
    expect((await command(b.page, { type: 'accept' })).status).toBe(200);
    expect((await command(a.page, { type: 'ready', feeling: 3, nextStep: 'talk' })).status).toBe(200);
    const ended = await command(b.page, { type: 'ready', feeling: 4, nextStep: 'talk' });
    expect((ended.body as { pause: { status: string } }).pause.status).toBe('reconnected');

    // B watches everything that reaches B's phone, until B shares: nothing of A's words may arrive.
    const seenByB: string[] = [];
    let bShared = false;
    b.page.on('response', async (response) => {
      if (!new URL(response.url()).pathname.startsWith('/api/')) return;
      const text = await response.text().catch(() => '');
      if (!bShared) seenByB.push(text);
    });
    b.page.on('websocket', (ws) => ws.on('framereceived', (frame) => !bShared && seenByB.push(String(frame.payload))));

    // A turns the pause into a rupture, on screen.
    // A finds the way in from home.
    const repairA = new RepairPage(a.page);
    await a.page.goto(`${base}/`);
    const card = a.page.getByRole('region', { name: 'Rupture and repair' });
    await card.waitFor();
    // Only the card: the rest of home belongs to other features' screenshots.
    await card.screenshot({ path: 'screenshots/repair-home-card.phone.png' });
    await card.getByRole('link', { name: 'Open ruptures and repair' }).click();
    await repairA.logHeading.waitFor();
    const offer = a.page.getByRole('region', { name: 'You came back from a pause' });
    await offer.waitFor();
    await shoot(a, 'log-pause-offer');
    await offer.getByRole('link', { name: 'Turn this pause into a repair' }).click();
    await a.page.getByText('This comes from the pause you just came back from.', { exact: false }).waitFor();
    await repairA.logRupture({ topic: 'Chores and home', intensity: 7, reached: 'Me', withdrew: 'Sam', note: 'I know I came in hot. Just for me.' });
    await expect.poll(() => a.page.getByRole('slider', { name: 'How intense did it feel?' }).inputValue()).toBe('7');
    await shoot(a, 'log-form');
    await repairA.save();
    await repairA.detailHeading('Chores and home').waitFor();
    await a.page.getByText('I know I came in hot. Just for me.').waitFor();
    await a.page.getByRole('region', { name: 'Your private note' }).getByText('Only you see this').waitFor();
    await shoot(a, 'detail-calm-check');

    // A is calm enough and writes, one screen at a time, then shares.
    await repairA.sayCalm('yes');
    await a.page.getByText('When Sam is ready, they can say how they feel too.').waitFor();
    await shoot(a, 'detail-ready-to-write');
    await a.page.getByRole('link', { name: 'Start writing my side' }).click();
    // A draft is kept privately, even when A leaves straight after typing, and writing resumes where it stopped.
    await repairA.stepHeading(1).waitFor();
    const feelingsA = a.page.getByRole('textbox', { name: /^How I felt/ });
    await feelingsA.fill(alexWords.feelings);
    await a.page.getByRole('link', { name: 'Save and come back later' }).click();
    await a.page.getByRole('link', { name: 'Continue writing my side' }).click();
    await repairA.stepHeading(2).waitFor();
    await a.page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => feelingsA.inputValue()).toBe(alexWords.feelings);
    await repairA.writeAll(alexWords, async (n) => {
      if (n === 1 || n === 2 || n === 6) await shoot(a, `write-step-${n}`);
    });
    await shoot(a, 'write-review');
    await repairA.share();
    const waiting = a.page.getByRole('region', { name: 'You have shared your side' });
    await waiting.getByText('Your words wait here, private, until Sam has shared theirs too.', { exact: false }).waitFor();
    await waiting.getByText('When Sam is ready, they can say how they feel too.').waitFor();
    // A's view of it is A's: labelled so on A's screen.
    await a.page.getByRole('region', { name: 'How you saw it' }).getByText('It felt like 7 of 10').waitFor();
    await shoot(a, 'waiting-for-partner');

    // B finds it in the log (the pause was used, so it is no longer offered) and opens it.
    const repairB = new RepairPage(b.page);
    await repairB.openLog(base);
    await repairB.list.getByRole('link', { name: /Chores and home/ }).waitFor();
    expect(await b.page.getByRole('region', { name: 'You came back from a pause' }).count()).toBe(0);
    // A's view reaches B as A's view, not as what happened.
    const alexsView = repairB.list.getByRole('listitem').filter({ hasText: 'How Alex saw it' });
    await alexsView.getByText('You stepped back for space').waitFor();
    await alexsView.getByText('It felt like 7 of 10').waitFor();
    expect(await repairB.list.getByText('How you saw it').count()).toBe(0);
    await shoot(b, 'log');
    await repairB.list.getByRole('link', { name: /Chores and home/ }).click();
    await repairB.detailHeading('Chores and home').waitFor();
    await b.page.getByRole('region', { name: 'How Alex saw it' }).getByText('Alex reached for closeness').waitFor();
    // B adds how it was for B: less intense, and not sure who stepped back.
    const addView = b.page.getByRole('form', { name: 'How was it for you?' });
    await addView.getByText('This is how Alex saw it. Your view can sit beside theirs; it does not need to match.').waitFor();
    await addView.getByLabel('How intense did it feel?').fill('4');
    await addView.getByRole('group', { name: 'Who reached for closeness this time?' }).getByRole('radio', { name: 'Alex', exact: true }).check();
    await addView.getByRole('group', { name: 'Who stepped back for space this time?' }).getByRole('radio', { name: 'Not sure', exact: true }).check();
    await shoot(b, 'detail-add-view');
    await addView.getByRole('button', { name: 'Add how I saw it' }).click();
    const samsOwn = b.page.getByRole('region', { name: 'How you saw it' });
    await samsOwn.getByText('It felt like 4 of 10').waitFor();
    await samsOwn.getByText('Not sure who stepped back').waitFor();
    // …and it reaches A live, labelled as Sam's.
    const samsViewOnA = a.page.getByRole('region', { name: 'How Sam saw it' });
    await samsViewOnA.getByText('It felt like 4 of 10').waitFor({ timeout: 5000 });
    await samsViewOnA.getByText('You reached for closeness').waitFor();
    await shoot(a, 'detail-both-views');
    // A's private note is A's alone.
    await b.page.getByText('You have not written a note about this one.').waitFor();
    await b.page.getByText('Alex feels calm enough.').waitFor();

    // B is not calm yet: A sees it kindly, live; then B is.
    await repairB.sayCalm('not yet');
    await b.page.getByText('Taking more time is part of repair').waitFor();
    await shoot(b, 'calm-not-yet');
    await a.page.getByText('Sam needs a little more time. That is okay; there is no rush.').waitFor({ timeout: 5000 });
    await repairB.sayCalm('now');
    await waiting.getByText('Sam is still writing. Take your time, both of you; there is no rush.', { exact: false }).waitFor({ timeout: 5000 });

    await b.page.getByText('Alex has shared their side.', { exact: false }).waitFor();
    await b.page.getByRole('link', { name: 'Start writing my side' }).click();
    await repairB.writeAll(samWords);
    // Until B shares, nothing of A's reached B: not the page, not any API answer, not the socket.
    expect(await b.page.content()).not.toContain('lantern-7');
    expect(seenByB.join('\n')).not.toContain('lantern-7');
    expect(seenByB.join('\n')).not.toContain('I came in hot');
    expect(seenByB.length).toBeGreaterThan(5);

    // B shares: both sides appear at once, on both phones.
    bShared = true;
    await repairB.share();
    await Promise.all([repairB.reveal.waitFor({ timeout: 5000 }), repairA.reveal.waitFor({ timeout: 5000 })]);
    await repairA.side('How I felt', 'Sam').getByText('Flooded and ashamed').waitFor();
    // A part Sam left empty beside Alex's words: room, not a gap to point at.
    await repairA.side('What happened, as I lived it', 'Sam').getByText('Sam left this one open.').waitFor();
    expect(await a.page.getByText('Nothing written here').count()).toBe(0);
    await repairB.side('How I felt', 'Alex').getByText(ALEX_SECRET, { exact: false }).waitFor();
    await repairB.side('How I felt', 'You').getByText('Flooded and ashamed').waitFor();
    // No trace of the waiting card once revealed.
    expect(await waiting.count()).toBe(0);

    // "I hear this", seen on the other phone.
    await repairA.side('How I felt', 'Sam').getByRole('button', { name: /^I hear this/ }).click();
    await repairA.side('How I felt', 'Sam').getByText('You heard this').waitFor();
    await repairB.side('How I felt', 'You').getByText('Alex heard this').waitFor({ timeout: 5000 });
    await shoot(a, 'reveal');
    a11y.push(...(await capture(b.page, 'repair-reveal-partner', { desktop: true })));
    // On a desktop both answers sit side by side with room to read; the header stays where it is on the log.
    await b.page.setViewportSize(DESKTOP);
    const felt = repairB.reveal.getByRole('group', { name: 'How I felt' }).locator('.repair-side');
    const [mine, theirs] = [(await felt.nth(0).boundingBox())!, (await felt.nth(1).boundingBox())!];
    expect(Math.abs(mine.y - theirs.y)).toBeLessThan(2);
    expect(mine.width).toBeGreaterThan(400);
    const brand = () => b.page.getByRole('link', { name: 'Offbeat, home' }).boundingBox();
    const brandOnReveal = await brand();
    await repairB.openLog(base);
    expect(await brand()).toEqual(brandOnReveal);
    await b.page.goBack();
    await repairB.reveal.waitFor();
    await b.page.setViewportSize(PHONE);
    await b.page.emulateMedia({ colorScheme: 'dark' });
    await shoot(b, 'reveal-dark');
    await b.page.emulateMedia({ colorScheme: 'light' });

    // Actions: A did theirs; B notices.
    const alexAction = repairA.actions.getByRole('listitem').filter({ hasText: 'Ask “is now a good time?” before I start' });
    await alexAction.getByText('Aiming for 20 Dec 2026').waitFor();
    await alexAction.getByRole('button', { name: 'I did this' }).click();
    await alexAction.getByText('Sam can let you know they noticed.').waitFor();
    const alexActionOnB = repairB.actions.getByRole('listitem').filter({ hasText: 'Ask “is now a good time?” before I start' });
    await alexActionOnB.getByRole('button', { name: 'I noticed, thank you' }).click({ timeout: 5000 });
    await alexActionOnB.getByText('You noticed').waitFor();
    await alexAction.getByText('Sam noticed').waitFor({ timeout: 5000 });
    await shoot(b, 'actions');

    // Both say it feels repaired; it shows as repaired, with its time to repair.
    await a.page.getByRole('button', { name: 'It feels repaired to me' }).click();
    await a.page.getByText('You said it feels repaired.', { exact: false }).waitFor();
    await b.page.getByText('Alex feels it is repaired.', { exact: false }).waitFor({ timeout: 5000 });
    await b.page.getByRole('button', { name: 'It feels repaired to me' }).click();
    // Repaired is a moment to share, never a time taken.
    for (const page of [a.page, b.page]) await page.getByText('You found your way back to each other. It feels repaired to you both.', { exact: true }).waitFor({ timeout: 5000 });
    await shoot(a, 'repaired');
    await a.page.getByRole('link', { name: 'Back to the rupture log' }).click();
    // The whole line, exactly: no time taken beside it.
    await repairA.list.getByText('Repaired together', { exact: true }).waitFor();
    await shoot(a, 'log-repaired');

    // Next time, the roles switch: B reaches, A steps back. The log says so, gently, on both phones.
    await repairB.openLog(base);
    await b.page.getByRole('link', { name: 'Note a rough moment' }).click();
    await repairB.logRupture({ topic: 'Money', intensity: 4, reached: 'Me', withdrew: 'Alex', note: 'I kept asking about the bill.' });
    await repairB.save();
    await repairB.detailHeading('Money').waitFor();
    const reversal = 'This time the roles switched. Neither of you is only one thing — worth noticing, gently.';
    await repairA.list.getByRole('link', { name: /Money/ }).waitFor({ timeout: 5000 });
    await repairA.list.getByRole('listitem').filter({ hasText: 'Money' }).getByText(reversal).waitFor();
    await shoot(a, 'log-reversal');

    a.assertClean();
    b.assertClean();
    expect(a11y).toEqual([]);
    // Two sign-ups, two people writing six screens each, and screenshots with axe of every screen at phone and desktop size.
  }, 240_000);

  it('finds said and meant (the pattern map’s, one feature) from repair, practises with a partner’s pair, and steps out of a role', async () => {
    // B goes from repair to said and meant, writes a pair and shares it; A practises with it.
    const repairB = new RepairPage(b.page);
    await repairB.openLog(base);
    await b.page.getByRole('link', { name: 'Said and meant: what we say, and what we mean' }).click();
    await b.page.getByRole('heading', { level: 1, name: 'Said and meant' }).waitFor();
    expect(new URL(b.page.url()).pathname).toBe('/map/said-and-meant');
    await b.page.getByLabel('What I say in the loop').fill('Can we do this later?');
    await b.page.getByLabel('What I mean underneath').fill('I’m scared I will say something I regret.');
    await b.page.getByRole('switch', { name: 'Share with Alex right away' }).check();
    await b.page.getByRole('button', { name: 'Add one' }).click();
    await expect.poll(() => b.page.getByRole('region', { name: 'Yours' }).getByRole('switch', { name: 'Shared with Alex' }).isChecked()).toBe(true);
    await shoot(b, 'said-and-meant');

    // An old link to the phrasebook still finds it.
    await a.page.goto(`${base}/repair/phrasebook`);
    await a.page.getByRole('heading', { level: 1, name: 'Said and meant' }).waitFor();
    const practice = a.page.getByRole('region', { name: 'Hearing underneath' });
    await practice.getByText('Can we do this later?').waitFor();
    expect(await practice.getByText('I’m scared I will say something I regret.').count()).toBe(0);
    await practice.getByLabel('What might they mean?').fill('Maybe that it is too much right now');
    await shoot(a, 'said-and-meant-practice');
    await practice.getByRole('button', { name: 'See what they mean' }).click();
    await practice.getByText('I’m scared I will say something I regret.').waitFor();
    await shoot(a, 'said-and-meant-practice-revealed');

    // A proposes an unspoken agreement (pattern map's API), then lets go of the role it holds up.
    expect((await apiFromPage(a.page, 'POST', '/api/contracts', { text: 'I’m the one who keeps us talking' })).status).toBe(201);
    await a.page.goto(`${base}/repair/roles`);
    await a.page.getByRole('heading', { level: 1, name: 'Stepping out of roles' }).waitFor();
    await a.page.getByLabel('A role I am ready to let go of').fill('The one who always brings it up');
    await a.page.getByLabel('What I want instead').fill('Someone who can wait for a better moment');
    await a.page.getByLabel('Does it belong to one of your unspoken agreements? (optional)').selectOption({ label: 'I’m the one who keeps us talking' });
    await a.page.getByRole('button', { name: 'Save reflection' }).click();
    const mine = a.page.getByRole('list', { name: 'My reflections' });
    await mine.getByText('Linked to “I’m the one who keeps us talking”').waitFor();
    await mine.getByText('Only you').waitFor();
    await shoot(a, 'roles');

    a.assertClean();
    b.assertClean();
    expect(a11y).toEqual([]);
  });

  it('keeps the journal private, shares one entry on purpose, and deletes for good after asking', async () => {
    const journalA = new JournalPage(a.page);
    await a.page.goto(`${base}/journal`);
    await journalA.heading.waitFor();
    await a.page.getByLabel('Write something').fill('I noticed I get loud when I feel unseen.');
    await a.page.getByRole('button', { name: 'Save entry' }).click();
    await journalA.mine.getByText('I noticed I get loud when I feel unseen.').waitFor();
    await a.page.getByLabel('Write something').fill('Today felt lighter after we talked.');
    await a.page.getByRole('button', { name: 'Save entry' }).click();
    const lighter = journalA.mine.getByRole('listitem').filter({ hasText: 'Today felt lighter' });
    await lighter.getByText('Only you can read this').waitFor();
    // Sharing asks first, calmly: what Sam will see, and that it can be unshared.
    await lighter.getByRole('button', { name: 'Share with Sam' }).click();
    const ask = a.page.getByRole('dialog', { name: 'Share this entry with Sam?' });
    await ask.getByText('Today felt lighter after we talked.').waitFor();
    await ask.getByText('You can stop sharing at any time, and it goes back to being only yours.').waitFor();
    await shoot(a, 'journal-share-ask');
    await ask.getByRole('button', { name: 'Keep it private' }).click();
    await lighter.getByText('Only you can read this').waitFor();
    const stillPrivate = await apiFromPage(b.page, 'GET', '/api/journal');
    expect(JSON.stringify(stillPrivate.body)).not.toContain('Today felt lighter');
    await lighter.getByRole('button', { name: 'Share with Sam' }).click();
    await ask.getByRole('button', { name: 'Share with Sam' }).click();
    await lighter.getByText('Shared with Sam').waitFor();
    await shoot(a, 'journal');

    // B sees only the shared entry.
    await b.page.goto(`${base}/journal`);
    await b.page.getByRole('list', { name: 'Entries Alex shared with you' }).getByText('Today felt lighter after we talked.').waitFor();
    expect(await b.page.getByText('I get loud when I feel unseen').count()).toBe(0);
    await shoot(b, 'journal-partner');

    // Delete for good, after a clear question.
    const loud = journalA.mine.getByRole('listitem').filter({ hasText: 'I get loud' });
    await loud.getByRole('button', { name: 'Delete for good' }).click();
    const dialog = a.page.getByRole('dialog', { name: 'Delete this entry for good?' });
    await dialog.waitFor();
    await shoot(a, 'journal-delete');
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await loud.waitFor({ state: 'detached' });
    const left = await apiFromPage(a.page, 'GET', '/api/journal');
    expect(JSON.stringify(left.body)).not.toContain('I get loud');

    a.assertClean();
    b.assertClean();
    expect(a11y).toEqual([]);
  });
});
