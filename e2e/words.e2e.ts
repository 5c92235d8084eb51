import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { capture, type Phone } from './support/browser';
import { twoPartnersOnOneProcess } from './support/two-partners';
import { twoInOneSpace } from './support/flows';
import { person, WelcomePage } from './pages/accounts';
import { firstScreenScriptBytes } from './support/bundle';
import { PausePage, SignalPanel } from './pages/moment';
import { wordsCopy } from '../src/features/words/copy';

/**
 * "Check my words" as two people on two phones. A writes the tether "you never listen", asks to
 * check it, sees a gentle mark on "you never" and one softer way to say it, keeps their own words
 * and asks for the pause: B reads exactly "you never listen". Everything that reaches B's phone
 * (every API answer and socket frame), and everything A's phone sends, is recorded: the check's
 * answer — its marks, its suggestion, its words — is in none of it. The phrase lists load only
 * when A first asks. Then, beside a note, "Use this" puts the suggestion in place, and only then.
 */
describe('check my words before sending', () => {
  const partners = twoPartnersOnOneProcess();
  const a11y: string[] = [];
  const shoot = async (p: Phone, name: string) => a11y.push(...(await capture(p.page, `words-${name}`)));

  const TETHER = 'you never listen';
  /** What the check's answer is made of: none of it may travel. */
  const ANSWER_WORDS = [wordsCopy.notHeard, wordsCopy.markers.blame, wordsCopy.suggestionIntro, wordsCopy.private, '"marker"', '"markers"', '"suggestion"', 'blame'];

  const receivedByB: string[] = [];
  const sentByA: string[] = [];
  const enginesLoaded: string[] = [];
  function listenToB(page: Page) {
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) void r.text().then((body) => receivedByB.push(`${r.url()} ${body}`), () => {});
    });
    page.on('websocket', (ws) => ws.on('framereceived', (frame) => receivedByB.push(`frame ${String(frame.payload)}`)));
  }
  function listenToA(page: Page) {
    page.on('request', (r) => {
      const { pathname } = new URL(r.url());
      if (pathname.startsWith('/api/')) sentByA.push(`${r.method()} ${pathname} ${r.postData() ?? ''}`);
      if (/^\/assets\/check-[\w-]{8}\.js$/.test(pathname)) enginesLoaded.push(pathname);
    });
    page.on('websocket', (ws) => ws.on('framesent', (frame) => sentByA.push(`frame ${String(frame.payload)}`)));
  }

  it('a tether with "you never listen" gets a gentle mark and a suggestion, and goes unchanged when A keeps it; nothing of the check reaches B', async () => {
    const { a, b, base } = partners;
    const alex = person('Alex');
    const sam = person('Sam');
    // The first screen loads none of the check's code: neither the control nor its phrase lists.
    const first = await firstScreenScriptBytes(a.page, base + '/', () => new WelcomePage(a.page).heading.waitFor());
    expect(first.files.filter((file) => file.includes('/check-'))).toEqual([]);
    listenToA(a.page);
    listenToB(b.page);
    await twoInOneSpace(a, b, base, alex, sam, 'Us two');

    // Beside the signal's note on home: checked, then left unsent.
    await a.page.goto(`${base}/`);
    const signal = new SignalPanel(a.page);
    await signal.button.waitFor();
    await signal.openOptions();
    await signal.region.getByLabel('A few words (optional)').fill('We need to talk right now.');
    expect(enginesLoaded).toEqual([]);
    await signal.region.getByRole('button', { name: wordsCopy.check }).click();
    await signal.region.getByRole('region', { name: wordsCopy.check }).getByText(wordsCopy.suggestions.pursuit).waitFor();
    await shoot(a, 'signal-note-checked');
    await signal.region.getByLabel('A few words (optional)').fill('');

    const pauseA = new PausePage(a.page);
    await pauseA.open(base);
    await pauseA.openDetails();
    const tether = a.page.getByRole('group', { name: 'A few words to hold on to (optional)' });
    await tether.getByLabel('Your message').fill(TETHER);
    // The control is there beside the words; the phrase lists are not loaded until asked for.
    const check = tether.getByRole('button', { name: wordsCopy.check });
    await check.waitFor();
    // A new page: the phrase lists come again with the tap, not with the screen.
    const loadsBefore = enginesLoaded.length;
    await check.click();

    const answer = tether.getByRole('region', { name: wordsCopy.check });
    await answer.locator('mark', { hasText: 'you never' }).waitFor();
    expect(await answer.locator('mark').count()).toBe(1);
    await answer.getByText(wordsCopy.markers.blame, { exact: false }).waitFor();
    await answer.getByText(wordsCopy.notHeard).waitFor();
    await answer.getByText(wordsCopy.private).waitFor();
    expect(enginesLoaded).toHaveLength(loadsBefore + 1);
    await shoot(a, 'tether-checked');

    // A keeps their own words: the field is as A wrote it.
    await answer.getByRole('button', { name: wordsCopy.keep }).click();
    await tether.getByText(wordsCopy.kept).waitFor();
    expect(await tether.getByLabel('Your message').inputValue()).toBe(TETHER);
    await shoot(a, 'tether-kept');

    await a.page.getByRole('radio', { name: '10 min', exact: true }).check();
    await a.page.getByRole('radio', { name: 'In the same room' }).check();
    await a.page.getByRole('radio', { name: 'Start with a hug' }).check();
    await a.page.getByRole('button', { name: 'Ask for this pause' }).click();
    await pauseA.heading('Your pause is asked for').waitFor();

    // B reads the words exactly as A wrote them.
    await b.page.getByRole('complementary', { name: 'A pause together' }).getByText('Alex is asking for a pause').waitFor({ timeout: 5000 });
    await b.page.getByRole('link', { name: 'See the request' }).click();
    const pauseB = new PausePage(b.page);
    await pauseB.heading('Alex is asking for a pause').waitFor();
    await b.page.getByText(TETHER, { exact: true }).waitFor();
    await shoot(b, 'tether-received');

    // Time for anything that would travel to arrive, then: the words did, the check did not.
    await b.page.waitForTimeout(1000);
    const sentTether = sentByA.filter((s) => s.startsWith('POST /api/pause') && s.includes(TETHER));
    expect(sentTether).toHaveLength(1);
    expect(JSON.parse(sentTether[0]!.slice(sentTether[0]!.indexOf('{')))).toMatchObject({ command: { type: 'request', tether: TETHER } });
    expect(receivedByB.some((s) => s.includes(TETHER))).toBe(true);
    for (const word of ANSWER_WORDS) {
      expect(
        receivedByB.filter((s) => s.includes(word)),
        `B received "${word}"`,
      ).toEqual([]);
      expect(
        sentByA.filter((s) => s.includes(word)),
        `A sent "${word}"`,
      ).toEqual([]);
    }

    // B's own words back, beside the same control on B's phone.
    await b.page.getByLabel('Your words').fill('Fine.');
    await b.page.getByRole('button', { name: wordsCopy.check }).click();
    await b.page.getByRole('region', { name: wordsCopy.check }).getByText(wordsCopy.suggestions.stonewalling).waitFor();
    await shoot(b, 'accept-tether-checked');
    a.assertClean();
    b.assertClean();
  });

  it('beside a note and offline, "Use this" puts the softer words in place — only on the tap — and the check runs again on new words', async () => {
    const { a, base } = partners;
    await a.page.goto(`${base}/practice/notes`);
    const field = a.page.getByRole('textbox', { name: 'Your note to Sam' });
    await field.fill('Whatever. Do what you want.');
    // Offline from here: the check needs nothing from the network (its chunk comes from the service worker).
    a.expectOffline = true;
    await a.context.setOffline(true);
    await a.page.getByText('You are offline.').waitFor();
    await a.page.getByRole('button', { name: wordsCopy.check }).click();
    const answer = a.page.getByRole('region', { name: wordsCopy.check });
    await answer.getByText(wordsCopy.suggestions.stonewalling).waitFor();
    expect(await answer.locator('mark').allInnerTexts()).toEqual(['Whatever', 'Do what you want']);
    // Looking is not choosing: the note is unchanged until the tap.
    expect(await field.inputValue()).toBe('Whatever. Do what you want.');
    await shoot(a, 'note-checked');
    await answer.getByRole('button', { name: wordsCopy.use }).click();
    expect(await field.inputValue()).toBe(wordsCopy.suggestions.stonewalling);
    // New words, no stale marks: the control is back, and the softer words read as they are.
    expect(await answer.count()).toBe(0);
    await a.page.getByRole('button', { name: wordsCopy.checkAgain }).click();
    await a.page.getByText(wordsCopy.noneFound).waitFor();
    await shoot(a, 'note-clear');
    await a.context.setOffline(false);
    a.expectOffline = false;

    // The same control beside a rupture note, in the same one place.
    await a.page.goto(`${base}/repair/new`);
    const note = a.page.getByRole('textbox', { name: 'Your own words about it (optional)' });
    await note.fill('It’s not my fault. You always start it.');
    await a.page.getByRole('button', { name: wordsCopy.check }).click();
    await a.page.getByRole('region', { name: wordsCopy.check }).getByText(wordsCopy.suggestions.blame).waitFor();
    expect(await a.page.getByRole('region', { name: wordsCopy.check }).locator('mark').allInnerTexts()).toEqual(['It’s not my fault', 'You always']);
    await shoot(a, 'rupture-note-checked');
    a.assertClean();
    expect(a11y).toEqual([]);
  });
});
