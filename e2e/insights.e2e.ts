import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { capture, type Phone } from './support/browser';
import { twoPartnersOnOneProcess } from './support/two-partners';
import { signUpWithSpace } from './support/flows';
import { person, SignupPage } from './pages/accounts';
import { HomePage } from './pages/couple';
import { apiFromPage } from './support/api';

/**
 * "How we're doing" on two phones. A history goes in through the app's own routes (a signal,
 * two rough moments seen from both sides, one repaired together, a joy entry and a ritual
 * moment), then each partner opens the screen from home: the week, the sentences that read each
 * chart, the table behind a chart and the role chart; 4 and 52 weeks; phone and desktop; axe.
 */
describe('How we’re doing', () => {
  const partners = twoPartnersOnOneProcess();
  const a11y: string[] = [];
  const alex = person('Alex');
  const sam = person('Sam');

  const shoot = async (p: Phone, name: string) => a11y.push(...(await capture(p.page, `insights-${name}`, { desktop: true })));
  const ok = async (page: Page, method: 'POST' | 'PUT', path: string, body?: unknown) => {
    const res = await apiFromPage(page, method, path, body);
    expect(res.status, `${method} ${path}`).toBeLessThan(300);
    return res.body as { id: string };
  };

  it('each partner sees the week, the sentences and who reached, from records they already keep', async () => {
    const { a, b, base } = partners;
    await signUpWithSpace(a, base, alex, 'Us two');
    const invite = await apiFromPage(a.page, 'POST', '/api/couple/invites', {});
    await b.page.goto((invite.body as { url: string }).url);
    await new SignupPage(b.page).signUp(sam, 'Create account and join');
    await new HomePage(b.page).heading('Us two').waitFor({ timeout: 15_000 });

    // The history, through the routes the app itself uses.
    await ok(a.page, 'POST', '/api/signals', { clientId: randomUUID(), need: null });
    const money = await ok(a.page, 'POST', '/api/ruptures', { topic: 'money', intensity: 6, reached: 'me', withdrew: 'partner', note: 'Alex’s own words, never shown here' });
    await ok(b.page, 'PUT', `/api/ruptures/${money.id}/view`, { intensity: 5, reached: 'partner', withdrew: 'me' });
    await ok(a.page, 'POST', `/api/ruptures/${money.id}/repaired`);
    await ok(b.page, 'POST', `/api/ruptures/${money.id}/repaired`);
    await ok(b.page, 'POST', '/api/ruptures', { topic: 'chores', intensity: 4, reached: 'me', withdrew: 'partner' });
    await ok(a.page, 'POST', '/api/joy', { text: 'Pancakes on the hill' });
    const ritual = await ok(a.page, 'POST', '/api/rituals', { libraryKey: 'night_breath' });
    await ok(a.page, 'POST', `/api/rituals/${ritual.id}/moments`, { together: false });

    // A finds it from home.
    await a.page.goto(`${base}/`);
    await a.page.getByRole('link', { name: 'How we’re doing' }).click();
    await a.page.getByRole('heading', { level: 1, name: 'How we’re doing' }).waitFor();
    expect(new URL(a.page.url()).pathname).toBe('/insights');
    const main = a.page.locator('main');
    await main.getByText('Over these 4 weeks the two of you sent 1 signal and took no pauses.').first().waitFor();
    await main.getByText('Over these 4 weeks, repair came after about 1 minute (the median).').first().waitFor();
    await main.getByText('1 joy moment beside 2 hard moments.', { exact: false }).first().waitFor();
    await main.getByText('You kept 1 ritual moment; no repair action was marked done in this span.').first().waitFor();
    // Each chart is a figure named by its sentence, with the numbers in a table behind it.
    const loop = a.page.getByRole('figure', { name: /you sent 1 signal/ });
    await loop.getByText('Show the numbers as a table').click();
    const rows = loop.getByRole('row');
    expect(await rows.count()).toBe(5);
    // Weeks before this one had nothing recorded: no data, not zero.
    await expect.poll(() => rows.nth(1).innerText()).toContain('no data');
    // Who reached: from both views of each rough moment, named from A's side.
    const roles = a.page.getByRole('region', { name: 'Who reached, who stepped back' });
    await roles.getByRole('figure', { name: 'You reached in 1 rough moment, Sam in 1.' }).first().waitFor();
    await roles.getByRole('heading', { name: 'Money' }).waitFor();
    await shoot(a, 'four-weeks');

    // The printable summary: controls gone, the span's dates shown, every chart kept.
    await a.page.emulateMedia({ media: 'print' });
    await a.page.getByText(/^Summary from /).waitFor();
    expect(await a.page.getByRole('button', { name: 'Print a summary' }).isVisible()).toBe(false);
    await a.page.screenshot({ path: 'screenshots/insights-print.png', fullPage: true });
    await a.page.emulateMedia({ media: 'screen' });

    await a.page.getByRole('radio', { name: '52 weeks' }).check();
    await main.getByText('Over this year the two of you sent 1 signal and took no pauses.').first().waitFor();
    await shoot(a, 'year');

    // B sees the same week from B's side.
    await b.page.goto(`${base}/insights`);
    await b.page.getByRole('heading', { level: 1, name: 'How we’re doing' }).waitFor();
    await b.page.getByRole('region', { name: 'Who reached, who stepped back' }).getByRole('figure', { name: 'You reached in 1 rough moment, Alex in 1.' }).first().waitFor();
    expect(await b.page.locator('main').innerText()).not.toContain('Alex’s own words');
    await shoot(b, 'partner');

    expect(a11y).toEqual([]);
  });
});
