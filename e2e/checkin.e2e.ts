import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { capture, type Phone } from './support/browser';
import { twoPartnersOnOneProcess } from './support/two-partners';
import { signUpWithSpace } from './support/flows';
import { person, SignupPage } from './pages/accounts';
import { HomePage } from './pages/couple';
import { CheckinPage } from './pages/checkin';
import { apiFromPage } from './support/api';

/**
 * The weekly check-in as two people on two phones. A picks the couple's day (today), answers
 * with "reveal together" and waits; B's phone hears only that A answered — every check-in API
 * answer and socket frame that reaches B is recorded and holds none of A's answers — until B
 * answers too, when both screens show both weeks side by side, in words, with no score.
 * Screens are captured at 390×844 and desktop size and checked with axe.
 */
describe('the weekly check-in, reveal together', () => {
  const partners = twoPartnersOnOneProcess();
  const a11y: string[] = [];
  const alex = person('Alex');
  const sam = person('Sam');

  const shoot = async (p: Phone, name: string) => a11y.push(...(await capture(p.page, `checkin-${name}`, { desktop: true })));

  /** What reaches `page` from the check-in API and the socket, as text. */
  function record(page: Page): string[] {
    const seen: string[] = [];
    page.on('response', async (res) => {
      if (res.url().includes('/api/checkins')) seen.push(await res.text().catch(() => ''));
    });
    page.on('websocket', (ws) => ws.on('framereceived', (f) => seen.push(String(f.payload))));
    return seen;
  }

  const HAPPINESS = /degree of happiness/;
  const WARM = /warm and comfortable/;
  const REWARDING = /How rewarding/;
  const SATISFIED = /how satisfied/;

  it('shows each partner the other’s answers only once both have answered', async () => {
    const { a, b, base } = partners;
    await signUpWithSpace(a, base, alex, 'Us two');
    const invite = await apiFromPage(a.page, 'POST', '/api/couple/invites', {});
    const bSeen = record(b.page);
    await b.page.goto((invite.body as { url: string }).url);
    await new SignupPage(b.page).signUp(sam, 'Create account and join');
    await new HomePage(b.page).heading('Us two').waitFor({ timeout: 15_000 });

    // Home offers to pick a day; A picks today (on A's own clock).
    await a.page.goto(base);
    await a.page.getByRole('region', { name: 'A weekly check-in' }).waitFor();
    await shoot(a, 'home-choose-day');
    await a.page.getByRole('link', { name: 'Choose a day' }).click();
    const aScreen = new CheckinPage(a.page);
    await aScreen.heading.waitFor();
    const today = new Date().toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'Europe/London' });
    await aScreen.chooseDay(today);
    await expect.poll(async () => (await apiFromPage(a.page, 'GET', '/api/checkins/week?timeZone=Europe%2FLondon')).body).toMatchObject({ day: expect.any(Number) });
    await expect.poll(() => a.page.getByText('Offbeat’s own questions — not a validated measure.').isVisible()).toBe(true);
    await expect.poll(() => a.page.getByText(/Funk, J\. L\., & Rogge, R\. D\. \(2007\)/).isVisible()).toBe(true);
    await shoot(a, 'form');

    await aScreen.answer(
      [
        [HAPPINESS, 'Very Happy'],
        [WARM, 'Mostly TRUE'],
        [REWARDING, 'Almost Completely'],
        [SATISFIED, 'Somewhat'],
        ['How often did we get caught in the loop this week?', 'A few times'],
        ['When we did, how quickly did we find our way back?', 'Fairly quickly'],
        ['How safe did it feel to reach for each other?', 'Mostly safe'],
        ['How safe did it feel to step back when one of us needed space?', 'Somewhat safe'],
      ],
      /Reveal together/,
    );
    await a.page.getByText('You will see each other’s answers once you have both answered.').waitFor();
    await shoot(a, 'waiting');

    // B's home shows the invitation on the day; B opens the check-in and is told A is waiting — no more.
    await b.page.goto(base);
    await b.page.getByRole('region', { name: 'A minute for this week' }).waitFor();
    await shoot(b, 'home-on-the-day');
    await b.page.getByRole('link', { name: 'Check in' }).click();
    const bScreen = new CheckinPage(b.page);
    await bScreen.heading.waitFor();
    await b.page.getByText('Alex has answered and would like to reveal together — whenever you are ready.').waitFor();
    await expect.poll(() => bSeen.some((t) => t.includes('"state":"waiting"'))).toBe(true);
    for (const text of bSeen) {
      expect(text).not.toContain('"happiness":4');
      expect(text).not.toContain('csi4Total":1');
    }
    expect(await bScreen.theirs('Alex').count()).toBe(0);
    await shoot(b, 'partner-waiting');

    await bScreen.answer(
      [
        [HAPPINESS, 'Happy'],
        [WARM, 'Completely TRUE'],
        [REWARDING, 'Mostly'],
        [SATISFIED, 'Mostly'],
        ['How often did we get caught in the loop this week?', 'Once'],
        ['How safe did it feel to reach for each other?', 'Very safe'],
      ],
      /Reveal together/,
    );
    // Both sides at once: B sees A's answers, and A's open screen follows live.
    const aliceOnB = bScreen.theirs('Alex');
    await aliceOnB.waitFor();
    await expect.poll(() => aliceOnB.innerText()).toContain('Very Happy');
    await expect.poll(() => aliceOnB.innerText()).toContain('Almost Completely');
    const samOnA = aScreen.theirs('Sam');
    await samOnA.waitFor({ timeout: 10_000 });
    await expect.poll(() => samOnA.innerText()).toContain('Completely TRUE');
    await expect.poll(() => samOnA.innerText()).toContain('Skipped');
    await a.page.getByText('Revealed together.').waitFor();
    // No number stands for the relationship anywhere on either screen.
    for (const page of [a.page, b.page]) expect(await page.locator('main').innerText()).not.toMatch(/\b(1[0-9]|2[01])\s*(\/|of)\s*21\b|score/i);
    await shoot(a, 'revealed');
    await shoot(b, 'revealed-b');

    // "How we're doing" shows the week: A's own total (4+3+4+2) beside Sam's (3+5+3+3), revealed.
    await a.page.goto(`${base}/insights`);
    const trend = a.page.getByRole('figure', { name: 'You checked in once in these weeks; a trend shows as more weeks come.' });
    await trend.waitFor();
    await trend.getByText('Show the numbers as a table').click();
    const thisWeek = trend.getByRole('row').last();
    await expect.poll(() => thisWeek.innerText()).toMatch(/\b13\b[\s\S]*\b14\b/);
    await a.page.getByRole('region', { name: 'Who reached, who stepped back' }).waitFor();
    await shoot(a, 'insights');

    // Home no longer invites once checked in.
    await a.page.goto(base);
    await new HomePage(a.page).heading('Us two').waitFor();
    await a.page.getByRole('region', { name: 'Your partner' }).waitFor();
    expect(await a.page.getByRole('region', { name: /A minute for this week|A weekly check-in/ }).count()).toBe(0);

    expect(a11y).toEqual([]);
    a.assertClean();
    b.assertClean();
  });
});
