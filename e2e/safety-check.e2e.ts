import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { capture, type Phone } from './support/browser';
import { twoPartnersOnOneProcess } from './support/two-partners';
import { signUpWithSpace } from './support/flows';
import { person, SignupPage } from './pages/accounts';
import { HomePage } from './pages/couple';
import { apiFromPage } from './support/api';

/**
 * The private safety check as two people on two phones. A is offered the check once, takes it,
 * answers with concern and sees help for A's country, a way to leave quietly and a way to erase
 * the answers. All the while B's phone sits on home: B's screen, every API answer and every
 * socket frame that reaches it are recorded, and nothing arrives that would not have arrived
 * anyway. Then A keeps their own words before leaving: the downloaded page opens, holds A's words
 * and none of B's private ones.
 */
describe('the private safety check, and leaving with my own words', () => {
  const partners = twoPartnersOnOneProcess();
  const a11y: string[] = [];
  const alex = person('Alex');
  const sam = person('Sam');

  const shoot = async (p: Phone, name: string) => a11y.push(...(await capture(p.page, `safety-check-${name}`, { desktop: true })));

  /**
   * Everything that reaches B's phone while `recording`: API requests and socket frames. Listening
   * starts before B's page opens, so the socket B already holds is heard too.
   */
  const seenByB: string[] = [];
  let recording = false;
  function listenToB(page: Page) {
    page.on('request', (r) => recording && seenByB.push(`request ${r.method()} ${new URL(r.url()).pathname}`));
    page.on('websocket', (ws) => ws.on('framereceived', (frame) => recording && seenByB.push(`frame ${String(frame.payload)}`)));
  }

  const JOURNAL_FIELD = 'Write something';
  const screenText = (page: Page) => page.locator('main').innerText();

  it('A takes it with concern and finds help; B’s screen, network and socket show nothing', async () => {
    const { a, b, base } = partners;
    await signUpWithSpace(a, base, alex, 'Us two');
    const invite = await apiFromPage(a.page, 'POST', '/api/couple/invites', {});
    listenToB(b.page);
    await b.page.goto((invite.body as { url: string }).url);
    await new SignupPage(b.page).signUp(sam, 'Create account and join');
    const homeB = new HomePage(b.page);
    await homeB.heading('Us two').waitFor({ timeout: 15_000 });
    await homeB.presence.getByText('Here now').waitFor();

    // A is back on home, where the check is offered once, beside (never above) the way to a pause.
    await a.page.goto(`${base}/`);
    const offer = a.page.getByRole('region', { name: 'A private moment, just for you' });
    await offer.waitFor();
    await shoot(a, 'offer');

    // From here on, B only watches.
    const bBefore = await screenText(b.page);
    recording = true;

    await offer.getByRole('link', { name: 'Take a look' }).click();
    await a.page.getByRole('heading', { level: 1, name: 'A private check, just for you' }).waitFor();
    // Nothing in the address or the tab's title (both go into the browser's history) says what this is.
    expect(new URL(a.page.url()).pathname).toBe('/for-you');
    expect(await a.page.title()).toBe('Offbeat');
    const answer = (question: RegExp, choice: string) => a.page.getByRole('group', { name: question }).getByRole('radio', { name: choice, exact: true }).check();
    await answer(/afraid of your partner/, 'Sometimes');
    await answer(/hurt you, threatened you/, 'I’d rather not say');
    await answer(/keep you from friends/, 'No');
    await answer(/check up on you/, 'Yes');
    await shoot(a, 'questions');
    await a.page.getByRole('button', { name: 'See what might help' }).click();

    await a.page.getByRole('heading', { name: 'Thank you for telling us' }).waitFor();
    await a.page.getByText(/not made for fear, harm or control/).waitFor();
    await a.page.getByText('Nothing about this has been, or will be, said to your partner.').waitFor();
    // Help for A's country, once A says where they are (asked, never guessed).
    await a.page.getByLabel('Where are you?').selectOption({ label: 'United Kingdom' });
    const lines = a.page.getByRole('list', { name: 'Helplines in United Kingdom' });
    await lines.waitFor();
    expect(await lines.getByRole('listitem').count()).toBeGreaterThan(1);
    await a.page.getByRole('link', { name: 'Call 999' }).waitFor();
    await a.page.getByRole('heading', { name: 'Someone of your own' }).waitFor();
    await shoot(a, 'concern');

    // A way to leave quietly: it opens Settings at the shared space.
    await a.page.getByRole('link', { name: 'Leave the space quietly' }).click();
    const space = a.page.getByRole('region', { name: 'Your shared space' });
    await space.waitFor();
    await expect.poll(() => space.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);

    // The check is in Settings any time; A erases the answers there.
    await a.page.getByRole('region', { name: 'A private check, just for you' }).getByRole('link', { name: 'Open the check' }).click();
    await a.page.getByRole('heading', { name: 'Thank you for telling us' }).waitFor();
    await a.page.getByRole('button', { name: 'Erase my answers' }).click();
    await a.page.getByText('Your answers are erased.').waitFor();
    expect(await a.page.getByRole('radio', { checked: true }).count()).toBe(0);
    await shoot(a, 'erased');
    expect((await apiFromPage(a.page, 'GET', '/api/safety/check')).body).toEqual({ answers: null, concern: false, offer: false });
    // And on home the offer is gone.
    await a.page.goto(`${base}/`);
    await new HomePage(a.page).heading('Us two').waitFor();
    expect(await a.page.getByRole('region', { name: 'A private moment, just for you' }).count()).toBe(0);

    // The gentle word check beside A's private journal: it arrives with the first words, quietly.
    await a.page.goto(`${base}/journal`);
    await a.page.getByRole('textbox', { name: JOURNAL_FIELD }).fill('I am afraid of what he will do if I leave');
    await a.page.getByRole('link', { name: 'Help, whenever you want it' }).waitFor();
    await a.page.getByRole('textbox', { name: JOURNAL_FIELD }).fill('you always leave the dishes');
    await expect.poll(() => a.page.getByRole('link', { name: 'Help, whenever you want it' }).count()).toBe(0);

    // Time for anything that would travel to arrive. Then: B's phone received nothing at all,
    // and B's screen reads as it did. Two kinds of frame come whatever A does: presence (A's page
    // loads come and go) and the answer to B's own keep-alive ping.
    await b.page.waitForTimeout(1500);
    const notPresence = seenByB.filter((s) => !/"type":"(presence|pong)"/.test(s));
    expect(notPresence).toEqual([]);
    expect(await screenText(b.page)).toBe(bBefore);
    // The recording hears what does travel: A's next ordinary step reaches B's socket at once.
    expect((await apiFromPage(a.page, 'PUT', '/api/toolkit/playlist', { url: 'https://music.example/calm' })).status).toBe(204);
    await expect.poll(() => seenByB.some((s) => s.includes('toolkit.playlist_changed'))).toBe(true);
    recording = false;
    a.assertClean();
    b.assertClean();
  });

  it('leaving safely downloads a page that opens and holds my words, none of my partner’s private ones', async () => {
    const { a, b, base } = partners;
    const written = async (p: Phone, url: string, body: unknown) => expect((await apiFromPage(p.page, 'POST', url, body)).status).toBe(201);
    await written(a, '/api/journal', { text: 'alex-own journal: lantern by the window' });
    await written(b, '/api/journal', { text: 'sam-private journal: ember in the hall' });
    await a.page.goto(`${base}/settings#own-words`);
    const section = a.page.getByRole('region', { name: 'Keep your own words' });
    await section.waitFor();
    const [download] = await Promise.all([a.page.waitForEvent('download'), section.getByRole('link', { name: 'Download my words (a page to read)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^offbeat-my-words-\d{4}-\d{2}-\d{2}\.html$/);
    // Saved under its own name, as a browser would: the .html is what makes it open as a page.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'offbeat-archive-')), download.suggestedFilename());
    await download.saveAs(file);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('alex-own journal: lantern by the window');
    expect(html).not.toContain('sam-private');

    // It opens as a page of its own, with nothing of the app's (no request goes anywhere).
    const reader = await a.newPage();
    const requested: string[] = [];
    reader.on('request', (r) => r.url().startsWith('file:') || requested.push(r.url()));
    await reader.goto(pathToFileURL(file).href);
    await reader.getByRole('heading', { level: 1, name: 'Alex’s own words from Offbeat' }).waitFor();
    await reader.getByText('alex-own journal: lantern by the window').waitFor();
    expect(requested).toEqual([]);
    await reader.close();

    const [json] = await Promise.all([a.page.waitForEvent('download'), section.getByRole('link', { name: 'Download as data (JSON)' }).click()]);
    const data = JSON.parse(readFileSync(await json.path(), 'utf8')) as { kind: string };
    expect(data.kind).toBe('offbeat-own-words');
    expect(JSON.stringify(data)).toContain('lantern by the window');
    expect(JSON.stringify(data)).not.toContain('sam-private');
    a.assertClean();
    expect(a11y).toEqual([]);
  });
});
