import { describe, expect, it, onTestFailed } from 'vitest';
import { capture } from './support/browser';
import { apiFromPage } from './support/api';
import { twoInOneSpace } from './support/flows';
import { twoPartnersOnOneProcess } from './support/two-partners';
import { arrowToRadio, focusProblems, focusSeen, hasFocus, tabTo } from './support/keyboard';
import { LoginPage, person, SettingsPage, WelcomePage } from './pages/accounts';
import { HomePage } from './pages/couple';
import { IncomingSignalCard, PausePage, SignalPanel } from './pages/moment';
import { LIVE } from './support/live';

/**
 * Offbeat with the keyboard alone. Partner A never clicks: Tab, Shift+Tab, Enter, Space, arrows,
 * Escape and typing into what Tab reached. A logs in, says "we're doing the thing", asks for a
 * pause with its details, B (by taps) accepts, the pause runs, A adds time and comes back, and
 * both are back together. Every stop on the way is on screen, uncovered by the sticky header,
 * visibly focused (its outline, shadow or colours differ from the same control unfocused) and
 * after the last one in document order; each control is reached within a few presses; a dialog
 * holds Tab while open, closes on Escape and hands focus back. Every screen A sees is checked with
 * axe (every control has a name).
 */
describe('keyboard only', () => {
  const people = twoPartnersOnOneProcess();
  const a11y: string[] = [];
  const shoot = async (name: string) => a11y.push(...(await capture(people.a.page, name)));

  it('A signs in, signals, and runs a whole pause without a pointer', { timeout: 180_000 }, async () => {
    const { a, b, base } = people;
    onTestFailed(async () => {
      for (const p of [a, b]) await p.page.screenshot({ path: `test-results/keyboard-failure-${p.name}.png`, fullPage: true }).catch(() => {});
    });
    const alex = person('Alex');
    const sam = person('Sam');
    await twoInOneSpace(a, b, base, alex, sam, 'Late evenings');
    // A starts signed out, the pointer away from every control.
    expect((await apiFromPage(a.page, 'POST', '/api/auth/logout')).status).toBe(204);
    await a.page.mouse.move(0, 0);
    const page = a.page;
    const key = (k: string) => page.keyboard.press(k);

    // ── Welcome → log in.
    const welcome = new WelcomePage(page);
    await welcome.open(base);
    await shoot('keyboard-welcome');
    // The checks bite: with the focus outline taken away, the first stop is refused as looking unfocused.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(':focus-visible { outline: none !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    await expect(tabTo(page, page.getByRole('link', { name: 'I already have an account' }), 8)).rejects.toThrow(/looks the same focused and unfocused/);
    await page.reload();
    await welcome.heading.waitFor();
    await tabTo(page, page.getByRole('link', { name: 'I already have an account' }), 8);
    await key('Enter');
    const login = new LoginPage(page);
    await login.heading.waitFor();
    await shoot('keyboard-login');
    const email = page.getByLabel('Email');
    const password = page.getByLabel('Password', { exact: true });
    await tabTo(page, email, 4);
    await page.keyboard.type(alex.email);
    await tabTo(page, password, 3);
    // Back and forth: Shift+Tab returns to the email, in reverse order.
    await tabTo(page, email, 3, { backward: true });
    expect(await email.inputValue()).toBe(alex.email);
    await tabTo(page, password, 3);
    await page.keyboard.type(alex.password);
    await tabTo(page, page.getByRole('button', { name: 'Log in', exact: true }), 4);
    await key('Enter');

    // ── Home: "we're doing the thing", with Space.
    const home = new HomePage(page);
    await home.heading('Late evenings').waitFor();
    const signal = new SignalPanel(page);
    await signal.button.waitFor();
    await shoot('keyboard-home');
    await tabTo(page, signal.button, 12);
    await key('Space');
    await signal.sent.getByText(/^(Sent to Sam\.|It reached Sam’s phone\.|Sam has seen it — breathe\.)/).waitFor(LIVE);
    await new IncomingSignalCard(b.page).card.getByRole('heading', { name: 'Alex noticed the loop' }).waitFor(LIVE);
    // The button gave way to the calm state: focus is not lost on the body but there, where the news is.
    expect(await hasFocus(signal.sent)).toBe(true);
    await shoot('keyboard-home-signal-sent');

    // ── The pause, with every detail chosen by arrows and typing.
    await tabTo(page, page.getByRole('link', { name: 'Choose the details' }), 6);
    await key('Enter');
    const pause = new PausePage(page);
    await pause.heading('A pause together').waitFor();
    const form = page.getByRole('region', { name: 'Choose the details' });
    await form.waitFor();
    await shoot('keyboard-pause-request');
    const lengths = form.getByRole('group', { name: 'How long?' });
    await tabTo(page, lengths, 8);
    await arrowToRadio(page, lengths, '10 min');
    const where = form.getByRole('group', { name: 'Where will you be?' });
    await tabTo(page, where, 3);
    await arrowToRadio(page, where, 'In the same room');
    const message = form.getByLabel('Your message');
    await tabTo(page, message, 6);
    await key('ControlOrMeta+a');
    await page.keyboard.type('Ten minutes, then I’m back.');
    const plans = form.getByRole('group', { name: 'When the time is up, we will…' });
    await tabTo(page, plans, 4);
    await arrowToRadio(page, plans, 'Start with a hug');
    await tabTo(page, form.getByRole('button', { name: 'Ask for this pause' }), 4);
    await key('Enter');
    await pause.heading('Your pause is asked for').waitFor();
    // The form is gone: focus moved to the new screen's heading, not to the body.
    expect(await hasFocus(page.getByRole('heading', { level: 1 }))).toBe(true);
    await shoot('keyboard-pause-waiting');

    // B accepts by taps.
    await b.page.getByRole('complementary', { name: 'A pause together' }).getByRole('link', { name: 'See the request' }).click({ timeout: LIVE.timeout });
    const pauseB = new PausePage(b.page);
    await pauseB.heading('Alex is asking for a pause').waitFor();
    await b.page.getByText('Ten minutes, then I’m back.').waitFor();
    await pauseB.accept('Take your time.');

    // ── The pause runs: A adds five minutes, then says they are ready early.
    await pause.heading('Pausing together').waitFor(LIVE);
    await page.getByText('Take your time.').waitFor();
    expect(await hasFocus(page.getByRole('heading', { level: 1 }))).toBe(true);
    await shoot('keyboard-pause-active');
    const before = await pause.secondsLeft();
    await tabTo(page, page.getByRole('button', { name: 'Add 5 minutes' }), 10);
    await key('Enter');
    await page.getByText(/^Extended\. You will be back together at/).waitFor();
    expect(await pause.secondsLeft()).toBeGreaterThan(before + 200);
    await tabTo(page, page.getByRole('button', { name: 'I’m ready to come back now' }), 6);
    await key('Enter');
    await pause.heading('Ready to reconnect?').waitFor();
    await shoot('keyboard-pause-come-back');
    const feeling = page.getByLabel('How activated I feel now');
    await tabTo(page, feeling, 6);
    await key('ArrowLeft');
    await key('ArrowLeft');
    expect(await feeling.inputValue()).toBe('1');
    expect(focusProblems(await focusSeen(page))).toEqual([]);
    const next = page.getByRole('group', { name: 'What would help next?' });
    await tabTo(page, next, 3);
    await arrowToRadio(page, next, 'Talk it through');
    await tabTo(page, page.getByRole('button', { name: 'I’m ready' }), 3);
    await key('Enter');
    await page.getByText('You’re ready.').waitFor();

    // B comes back too (by taps): the pause ends for both.
    await pauseB.heading('Pausing together').waitFor();
    await b.page.getByRole('button', { name: 'I’m ready to come back now' }).click();
    await pauseB.checkIn(4, 'Talk it through');
    await pause.heading('You came back together').waitFor(LIVE);
    await shoot('keyboard-pause-reconnected');
    const ended = (await (await page.request.get(`${base}/api/pause`)).json()) as { pause: { status: string } };
    expect(ended.pause.status).toBe('reconnected');

    // ── Back up the page to Settings with Shift+Tab: each stop scrolls into view below the sticky header.
    const settings = new SettingsPage(page);
    await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }), 40, { backward: true });
    await key('Enter');
    await settings.heading.waitFor();
    await shoot('keyboard-settings');

    // ── A dialog holds Tab while it is open, Escape closes it, and focus goes back to its opener.
    const opener = settings.sessions.getByRole('button', { name: 'Log out everywhere, including here' });
    await tabTo(page, opener, 40);
    await key('Enter');
    const dialog = settings.dialog('Log out everywhere?');
    await dialog.waitFor();
    expect(await hasFocus(dialog.getByRole('button', { name: 'Cancel' }))).toBe(true);
    await shoot('keyboard-dialog');
    const inside = new Set<string>();
    for (let n = 0; n < 10; n += 1) {
      await key('Tab');
      const seen = await focusSeen(page);
      // Past the dialog's last control the browser's own UI may take focus (nothing in the page has it); never the page behind.
      if (!seen) continue;
      expect(seen.inOpenDialog, seen.what).toBe(true);
      expect(focusProblems({ ...seen, forward: null }), seen.what).toEqual([]);
      inside.add(seen.what);
    }
    // Its controls (the quick exit, cancel, confirm) all took focus in turn.
    expect(inside.size).toBeGreaterThanOrEqual(3);
    await key('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await hasFocus(opener)).toBe(true);
    // …and Tab leaves it for the rest of the page.
    await key('Tab');
    const after = await focusSeen(page);
    expect(after?.inOpenDialog).toBeNull();
    expect(await hasFocus(opener)).toBe(false);
    // Still signed in: Escape cancelled, it did not confirm.
    expect((await apiFromPage(page, 'GET', '/api/session')).body).toMatchObject({ user: { displayName: 'Alex' } });

    a.assertClean();
    b.assertClean();
    expect(a11y).toEqual([]);
  });
});
