import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { capture, launchBrowser, Phone } from './support/browser';
import { startOneProcess, type Deployment } from './support/servers';
import { signUpWithSpace } from './support/flows';
import { person, SignupPage } from './pages/accounts';
import { HomePage } from './pages/couple';
import { PracticePage } from './pages/practice';
import { apiFromPage } from './support/api';
import { LIVE } from './support/live';

/**
 * Daily practice as two people on two phones (one process, PGlite; Chromium
 * with a fake microphone): a ritual marked "together" by A and kept by B (an
 * invitation, not a check); a voice note recorded by A and played, then
 * answered, by B; a joy entry with a photo (chosen through the photo button)
 * appearing live on B's screen; A's capacity check-in seen live by B; then a
 * season proposed and accepted, and a shared stretch that appears live on B's
 * screen, planned and tried. Every screen is captured at 390×844 (the main
 * ones at 1280×800 too) and checked with axe.
 */
describe('daily practice, two partners', () => {
  let deployment: Deployment;
  let browser: Browser;
  let base = '';
  let a: Phone;
  let b: Phone;
  const a11y: string[] = [];
  const alex = person('Alex');
  const sam = person('Sam');

  beforeAll(async () => {
    [deployment, browser] = await Promise.all([startOneProcess(), launchBrowser({ extraArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', '--autoplay-policy=no-user-gesture-required'] })]);
    base = deployment.a.url;
    a = await Phone.open(browser, 'A');
    b = await Phone.open(browser, 'B');
    await a.context.grantPermissions(['microphone'], { origin: base });
  });

  afterAll(async () => {
    await Promise.all([a, b].map((p) => p?.close().catch(() => {})));
    await browser?.close();
    await deployment?.stop();
  });

  const shoot = async (p: Phone, name: string, desktop = false) => a11y.push(...(await capture(p.page, `practice-${name}`, { desktop })));

  // A long walk through every practice screen, with phone and desktop captures: more than the suite's default 90 s on a busy machine.
  it('confirms a ritual together, plays a voice note, and shows joy and capacity live', { timeout: 180_000 }, async () => {
    // The couple: A makes the space, B joins through the link.
    await signUpWithSpace(a, base, alex, 'Us two');
    const invite = await apiFromPage(a.page, 'POST', '/api/couple/invites', {});
    await b.page.goto((invite.body as { url: string }).url);
    await new SignupPage(b.page).signUp(sam, 'Create account and join');
    await new HomePage(b.page).heading('Us two').waitFor({ timeout: 15_000 });

    const pa = new PracticePage(a.page);
    const pb = new PracticePage(b.page);

    // A keeps a ritual from the library and marks it done together; B is on the practice screen.
    await pa.open(base, 'Rituals');
    await a.page.getByText('You haven’t chosen a ritual yet.').waitFor();
    await pa.keepRitual('A hug that lasts six seconds or more');
    await pb.open(base, 'Today');
    await pb.week.getByText('Small moments you share will gather here, whenever they happen.').waitFor();
    const hug = pa.ritual('A hug that lasts six seconds or more');
    await hug.getByRole('button', { name: 'We did this together' }).click();
    await hug.getByText('Noted. Sam is invited to keep it with you.').waitFor();

    // My own reminder, in my time zone.
    await hug.getByText('My reminder').click();
    await hug.getByLabel('Time').fill('07:30');
    await hug.getByRole('checkbox', { name: 'Saturday' }).uncheck();
    await hug.getByRole('checkbox', { name: 'Sunday' }).uncheck();
    await hug.getByText('In your time zone: Europe/London.', { exact: false }).waitFor();
    await shoot(a, 'rituals-reminder');
    await hug.getByRole('button', { name: 'Save' }).click();
    await hug.getByText('07:30, weekdays').waitFor();
    await shoot(a, 'rituals', true);

    // B sees the moment arrive live, as an invitation, and keeps it; both see it among the week's shared moments.
    const card = pb.confirmCard('Alex');
    await card.waitFor();
    await card.getByText('“A hug that lasts six seconds or more”').waitFor();
    await shoot(b, 'today-confirm', true);
    await card.getByText('Would you like to keep it as one of your shared moments?').waitFor();
    expect(await card.textContent()).not.toMatch(/was it\?|confirm|verify/i);
    await card.getByRole('button', { name: 'Keep it together' }).click();
    await card.waitFor({ state: 'detached' });
    await pb.week.getByText('You’ve shared a small moment this week.').waitFor();
    await pa.go('Today');
    await pa.week.getByText('You’ve shared a small moment this week.').waitFor();

    // A records a voice note with the fake microphone. First the limit: with the page's clock
    // moved on by almost two minutes, the recorder stops on its own at 2:00.
    await pb.go('Notes');
    await pa.go('Notes');
    await a.page.evaluate(() => {
      const realNow = Date.now.bind(Date);
      const w = window as unknown as { skipClock(ms: number): void; restoreClock(): void };
      let offset = 0;
      Date.now = () => realNow() + offset;
      w.skipClock = (ms) => (offset += ms);
      w.restoreClock = () => (Date.now = realNow);
    });
    await a.page.getByRole('button', { name: 'Start recording' }).click();
    await a.page.getByRole('timer').waitFor();
    await a.page.evaluate(() => (window as unknown as { skipClock(ms: number): void }).skipClock(119_500));
    const recorder = a.page.getByRole('region', { name: 'Record a voice note' });
    await recorder.getByText('That’s two minutes — the recording stopped on its own.').waitFor();
    expect(await recorder.getByText(/^Listen back \(2:00\)$/).count()).toBe(1);
    await a.page.evaluate(() => (window as unknown as { restoreClock(): void }).restoreClock());
    await a.page.getByRole('button', { name: 'Discard' }).click();

    // Then a real one: the clock runs, A listens back and sends.
    await a.page.getByRole('button', { name: 'Start recording' }).click();
    const timer = a.page.getByRole('timer');
    await expect.poll(() => timer.textContent(), { timeout: 10_000 }).toMatch(/^0:0[2-9] of 2:00$/);
    await shoot(a, 'notes-recording');
    await a.page.getByRole('button', { name: 'Stop' }).click();
    await a.page.getByText(/^Listen back \(0:0\d\)$/).waitFor();
    await a.page.getByRole('button', { name: 'Send voice note' }).click();
    await pa.notes().getByText(/^Voice note, 0:0\d$/).waitFor();
    await pa.notes().getByText('Sent').waitFor();

    // B's screen shows it live; the recording loads from /api/media and plays.
    const voice = pb.note('Alex');
    await voice.waitFor();
    const player = voice.locator('audio');
    await expect.poll(() => player.evaluate((el) => (el as HTMLAudioElement).readyState), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    const loaded = await player.evaluate((el) => {
      const audio = el as HTMLAudioElement;
      return { src: audio.currentSrc, error: audio.error?.code ?? null };
    });
    expect(loaded.src).toMatch(/\/api\/media\/[0-9a-f-]{36}$/);
    expect(loaded.error).toBeNull();
    await player.evaluate((el) => (el as HTMLAudioElement).play());
    await pa.notes().getByText('Sam listened').waitFor({ timeout: 15_000 });

    // B answers with a tether; A sees it.
    await voice.getByText('Answer with a tether').click();
    await shoot(b, 'notes-partner');
    await voice.getByRole('button', { name: 'Thank you. I’m here.' }).click();
    await pa.notes().getByText('Sam answered:').waitFor();
    await pa.notes().getByText('Thank you. I’m here.').waitFor();
    await shoot(a, 'notes', true);

    // Joy: A logs a good moment with a photo; it appears on B's screen without a reload.
    await pb.go('Joy');
    await pa.go('Joy');
    await a.page.getByRole('button', { name: 'Another idea' }).click();
    // The photo: a real button opens the picker; the chosen photo shows as a preview with its name, and can be removed.
    const kitchen = { name: 'kitchen.png', mimeType: 'image/png', buffer: await drawPhoto(a.page) };
    await pa.choosePhoto(kitchen);
    const picker = a.page.getByRole('group', { name: 'A photo (optional)' });
    await picker.getByText('kitchen.png').waitFor();
    expect(await a.page.locator('input[type=file]').isVisible()).toBe(false);
    await shoot(a, 'joy-photo-chosen', true);
    await picker.getByRole('button', { name: 'Remove photo' }).click();
    await picker.getByRole('img').waitFor({ state: 'detached' });
    expect(await a.page.evaluate(() => document.activeElement?.textContent)).toBe('Choose a photo');
    await pa.logJoy('We danced in the kitchen', kitchen);
    await pa.joyLog.getByText('We danced in the kitchen').waitFor();
    const photo = pb.joyLog.getByRole('img', { name: 'Photo: We danced in the kitchen' });
    await photo.waitFor({ timeout: 15_000 });
    await expect.poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    // The screen opens on joy itself; the balance comes last, folded away, and carries no numbers.
    const order = await b.page.locator('main h2, main summary').allTextContents();
    expect(order.indexOf('An idea, if you want one')).toBeLessThan(order.indexOf('A look at this month'));
    expect(order.indexOf('Our joy log')).toBeLessThan(order.indexOf('A look at this month'));
    const balance = await pb.openBalance();
    await balance.getByText('Plenty of lightness this month.', { exact: false }).waitFor();
    expect(await balance.textContent()).not.toMatch(/\d|score/i);
    await shoot(b, 'joy', true);

    // Capacity: A checks in; B (on Today) sees it change live.
    await pb.go('Today');
    await pb.partnerCapacity('Alex').getByText('Alex hasn’t checked in lately.', { exact: false }).waitFor();
    await pa.go('Today');
    await pa.checkIn('Not much', 'Long week, be gentle with me');
    await a.page.getByText('You shared that you’re running low today.').waitFor();
    const seen = pb.partnerCapacity('Alex');
    await seen.getByText('Alex is running low today.').waitFor();
    await seen.getByText('“Long week, be gentle with me”').waitFor();
    await shoot(b, 'today', true);
    await shoot(a, 'today-mine');

    // A season: A proposes that Sam carries more; the date picker stops at 8 weeks; B agrees.
    await pa.go('Seasons');
    const review = a.page.getByLabel('When to look at it again');
    const limits = await review.evaluate((el) => ({ min: (el as HTMLInputElement).min, max: (el as HTMLInputElement).max }));
    const today = new Date().toISOString().slice(0, 10);
    expect(Math.round((Date.parse(limits.max) - Date.parse(today)) / 86_400_000)).toBe(56);
    expect(Math.round((Date.parse(limits.min) - Date.parse(today)) / 86_400_000)).toBe(1);
    await a.page.getByRole('radio', { name: 'Sam' }).check();
    await a.page.getByLabel('What that means, concretely').fill('Sam cooks on weekdays and does the school run');
    await a.page.getByLabel('Why, for now').fill('My project deadline is this month');
    await shoot(a, 'seasons-propose', true);
    await a.page.getByRole('button', { name: 'Propose this season' }).click();
    await a.page.getByText('Proposed. Sam can agree whenever they’re ready.').waitFor();
    await pb.go('Seasons');
    const proposal = b.page.getByRole('region', { name: 'You carry more' });
    await proposal.getByText('Alex proposed this. Does it feel right?').waitFor();
    await proposal.getByRole('button', { name: 'I agree' }).click();
    await proposal.getByText('Agreed by both of you').waitFor();
    await a.page.getByRole('region', { name: 'Sam carries more' }).getByText('Agreed by both of you').waitFor();
    await shoot(b, 'seasons', true);

    // A stretch: planned from an idea and shared, so it appears on B's open screen within a couple of seconds,
    // without a reload; then tried and rated after, with the encouragement and a way to help.
    await pb.go('Stretches');
    await b.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await pa.go('Stretches');
    await a.page.getByRole('radio', { name: 'When I reach harder' }).check();
    await a.page.getByRole('radio', { name: 'Wait twenty minutes before sending a second message' }).check();
    await a.page.getByLabel('How uncomfortable do you expect it to be?').fill('7');
    await a.page.getByText('Feeling shaky here is often a sign of progress', { exact: false }).waitFor();
    await a.page.getByRole('checkbox', { name: 'Let Sam see this stretch' }).check();
    await shoot(a, 'stretches-plan', true);
    await a.page.getByRole('button', { name: 'Plan it' }).click();
    const stretch = a.page.getByRole('article', { name: 'Wait twenty minutes before sending a second message' });
    await stretch.getByText('Expected discomfort: 7 of 10.').waitFor();
    const theirs = b.page.getByRole('article', { name: 'Wait twenty minutes before sending a second message' });
    await theirs.getByText('Alex’s · When I reach harder', { exact: false }).waitFor(LIVE);
    expect(await b.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await stretch.getByText('I tried it').click();
    await stretch.getByLabel('How uncomfortable was it, really?').fill('4');
    await stretch.getByLabel('What happened? (optional)').fill('Shaky for ten minutes, then calmer than I thought.');
    await stretch.getByRole('button', { name: 'Save' }).click();
    await stretch.getByText('Expected 7 of 10, it was 4 of 10. Easier than you thought.').waitFor();
    await theirs.getByText('Expected 7 of 10, it was 4 of 10. Easier than Alex thought.').waitFor(LIVE);
    await shoot(a, 'stretches', true);
    await shoot(b, 'stretches-partner', true);
    expect(await a.page.getByRole('link', { name: 'Support and crisis help' }).getAttribute('href')).toBe('/help');

    // Home: the practice card, gentle, without badges.
    await b.page.goto(base + '/');
    await b.page.getByRole('region', { name: 'Small moments' }).getByText('You’ve shared a small moment this week.').waitFor();
    await shoot(b, 'home-card', true);

    a.assertClean();
    b.assertClean();
    expect(a11y).toEqual([]);
  });
});

/** A small real PNG, drawn in the page (a warm kitchen-ish scene), for the joy photo. */
async function drawPhoto(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 360;
    const g = canvas.getContext('2d')!;
    const sky = g.createLinearGradient(0, 0, 0, 360);
    sky.addColorStop(0, '#f6d8b8');
    sky.addColorStop(1, '#e9a77c');
    g.fillStyle = sky;
    g.fillRect(0, 0, 600, 360);
    g.fillStyle = '#2f5d62';
    g.fillRect(0, 280, 600, 80);
    for (const [x, color] of [[220, '#9a4f2e'], [360, '#234649']] as const) {
      g.fillStyle = color;
      g.beginPath();
      g.arc(x, 120, 32, 0, Math.PI * 2);
      g.fill();
      g.fillRect(x - 28, 150, 56, 130);
    }
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}
