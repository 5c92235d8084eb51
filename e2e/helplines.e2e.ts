import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { capture, launchBrowser, Phone } from './support/browser';
import { startOneProcess, type Deployment } from './support/servers';
import { HelpPage } from './pages/helplines';

/**
 * Help that finds the person: on the help page they say where they are; their
 * country's emergency number and lines come first, tap to call or text; the
 * choice is kept on the device (a reload keeps it) and nothing is asked of a
 * third party while the page shows.
 */
describe('helplines by country', () => {
  let deployment: Deployment;
  let browser: Browser;
  let phone: Phone;
  let base = '';

  beforeAll(async () => {
    [deployment, browser] = await Promise.all([startOneProcess(), launchBrowser()]);
    base = deployment.a.url;
  });

  afterAll(async () => {
    await phone?.close().catch(() => {});
    await browser?.close();
    await deployment?.stop();
  });

  it('picks a country, shows its lines first, keeps the choice on this device, and asks no one else', async () => {
    phone = await Phone.open(browser, 'visitor');
    const origins = new Set<string>();
    phone.page.on('request', (request) => origins.add(new URL(request.url()).origin));
    const help = new HelpPage(phone.page);
    const a11y: string[] = [];

    await help.open(base);
    // Not said yet: the general words and the directory, no country's lines.
    await phone.page.getByText('Call your local emergency number.').waitFor();
    expect(await help.directory.getAttribute('href')).toBe('https://findahelpline.com');
    a11y.push(...(await capture(phone.page, 'helplines-not-chosen')));

    await help.choose('United States');
    const us = help.lines('United States');
    await us.waitFor();
    expect(await help.call('911').getAttribute('href')).toBe('tel:911');
    expect(await us.getByRole('link', { name: 'Call 1-800-799-7233' }).getAttribute('href')).toBe('tel:18007997233');
    expect(await us.getByRole('link', { name: 'Text START to 88788' }).getAttribute('href')).toBe('sms:88788?&body=START');
    const web = us.getByRole('link', { name: 'thehotline.org' });
    expect(await web.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await web.getAttribute('target')).toBe('_blank');
    a11y.push(...(await capture(phone.page, 'helplines-united-states', { desktop: true })));

    // A reload keeps the choice: it lives in this browser's storage, not in an account.
    await help.choose('United Kingdom');
    await help.lines('United Kingdom').waitFor();
    await phone.page.reload();
    await help.heading.waitFor();
    expect(await help.where.inputValue()).toBe('GB');
    await help.lines('United Kingdom').getByRole('link', { name: 'Call 0808 2000 247' }).waitFor();
    expect(await help.call('999').getAttribute('href')).toBe('tel:999');
    expect(await phone.page.evaluate(() => localStorage.getItem('offbeat.region'))).toBe('GB');
    a11y.push(...(await capture(phone.page, 'helplines-united-kingdom', { desktop: true })));

    await phone.page.emulateMedia({ colorScheme: 'dark' });
    a11y.push(...(await capture(phone.page, 'helplines-united-kingdom-dark')));
    await phone.page.emulateMedia({ colorScheme: 'light' });

    // Somewhere else: the international directory, still exactly one link to it.
    await help.choose('Somewhere else');
    await phone.page.getByText('This directory finds free, confidential lines near you').waitFor();
    expect(await help.directory.count()).toBe(1);
    expect(await phone.page.getByRole('list', { name: /^Helplines in/ }).count()).toBe(0);
    a11y.push(...(await capture(phone.page, 'helplines-elsewhere')));

    // Nothing on the page reached beyond the app's own server (links are only tapped by the person).
    expect([...origins]).toEqual([new URL(base).origin]);
    phone.assertClean();
    expect(a11y).toEqual([]);
  });
});
