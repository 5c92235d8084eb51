import { describe, expect, it, onTestFailed } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { capture, Phone } from './support/browser';
import { twoInOneSpace } from './support/flows';
import { twoPartnersOnOneProcess } from './support/two-partners';
import { person, WelcomePage } from './pages/accounts';
import { IncomingSignalCard, PausePage, SignalPanel } from './pages/moment';
import { LIVE } from './support/live';

/**
 * Offbeat with text at 200 %, on a 390 × 844 phone: the way "larger text" reaches a web page
 * (the browser's default font size doubled), as a style sheet set before any of the page's own
 * scripts run, `html { font-size: 200% }`. Every screen a partner can reach, signed out and in a
 * couple space (with a signal and a whole pause between the two partners): the text really is
 * twice the size (rem and em, not pixels), nothing scrolls sideways or sticks out past the
 * screen's edge, the screen's heading and its main action are reachable by scrolling down and not
 * hidden under the sticky header, the first view shows the heading (and on home the "we're doing
 * the thing" button), and axe finds nothing serious. The screenshots land in screenshots/zoom-*.
 */

const TEXT_ZOOM = '200%';

declare global {
  interface Window {
    __textZoom?: CSSStyleSheet;
  }
}

/** Doubles the root font size on every page of this phone, before the page's own scripts and styles. */
async function zoomText(phone: Phone): Promise<void> {
  await phone.context.addInitScript((size) => {
    // A constructed sheet: the page's CSP (style-src 'self') refuses an inline <style>, not this.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`html { font-size: ${size}; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    window.__textZoom = sheet;
  }, TEXT_ZOOM);
}

/** What sticks out sideways on the page as it is now. */
interface Sideways {
  /** How far the page scrolls sideways (0: not at all). */
  scroll: number;
  /** Visible elements whose box runs past the screen's right (or left) edge, outermost first. */
  offenders: string[];
  /** Visible elements that stick out of the card they are in (inside the screen, but drawn over its edge). */
  outOfCard: string[];
}

function sideways(page: Page): Promise<Sideways> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (el: Element, r: DOMRect) => {
      const id = el.id ? `#${el.id}` : '';
      const classes = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}${classes}> “${text}” spans ${Math.round(r.left)}–${Math.round(r.right)} px of ${width}`;
    };
    /** The part of an element's box that can be seen: cut by every ancestor that clips its overflow. */
    const seen = (el: Element): DOMRect | null => {
      const r = el.getBoundingClientRect();
      let left = r.left;
      let right = r.right;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflowX !== 'visible') {
          const c = p.getBoundingClientRect();
          left = Math.max(left, c.left);
          right = Math.min(right, c.right);
        }
        if (s.position === 'fixed') break;
      }
      return right - left > 0.5 ? new DOMRect(left, r.top, right - left, r.height) : null;
    };
    const out = new Set<Element>();
    const offenders: string[] = [];
    const outOfCard: string[] = [];
    const sticking = new Set<Element>();
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      // Visually hidden text (1 px, clipped) is for screen readers; it does not move the page.
      if (r.width <= 1 || r.height <= 1) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const v = seen(el);
      if (!v) continue;
      if (v.right > width + 0.5 || v.left < -0.5) {
        out.add(el);
        // Only the outermost: its children stick out with it.
        if (!(el.parentElement && out.has(el.parentElement))) offenders.push(describe(el, v));
        continue;
      }
      const card = el.parentElement?.closest('.card');
      if (card) {
        const c = card.getBoundingClientRect();
        if (v.right > c.right + 0.5 || v.left < c.left - 0.5) {
          sticking.add(el);
          if (!(el.parentElement && sticking.has(el.parentElement))) outOfCard.push(describe(el, v));
        }
      }
    }
    // Text that spills out of a box that itself fits (a long word in a narrow column).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || out.has(parent)) continue;
      if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      // Visually hidden words (a 1 px clipped box) are for screen readers.
      const box = parent.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      range.selectNodeContents(node);
      const spill = [...range.getClientRects()].find((r) => r.width > 1 && (r.right > width + 0.5 || r.left < -0.5));
      if (!spill) continue;
      // Cut by every box from the text's own up that clips its overflow.
      let right = spill.right;
      let left = spill.left;
      for (let p: Element | null = parent; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX === 'visible') continue;
        const c = p.getBoundingClientRect();
        right = Math.min(right, c.right);
        left = Math.max(left, c.left);
      }
      if (right <= width + 0.5 && left >= -0.5) continue;
      out.add(parent);
      offenders.push(`text of ${describe(parent, new DOMRect(left, spill.top, right - left, spill.height))}`);
    }
    const scroll = document.documentElement.scrollWidth - window.innerWidth;
    // The page scrolls sideways, yet no box or text sticks out (a pseudo-element, a control's
    // inner parts): find what widens it by taking elements out, one level deeper each time.
    if (scroll > 0 && !offenders.length) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('[data-zoom-probe] { display: none !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const widens = (el: Element) => {
        el.setAttribute('data-zoom-probe', '');
        const narrower = document.documentElement.scrollWidth - window.innerWidth < scroll;
        el.removeAttribute('data-zoom-probe');
        return narrower;
      };
      let culprit: Element = document.body;
      for (;;) {
        const next = [...culprit.children].find(widens);
        if (!next) break;
        culprit = next;
      }
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== sheet);
      offenders.push(`(not by its box) ${describe(culprit, culprit.getBoundingClientRect())}`);
    }
    return { scroll, offenders, outOfCard };
  });
}

/** The root, body and first main heading's font sizes with the zoom on, and with it off. */
function fontSizes(page: Page) {
  return page.evaluate(async () => {
    const read = () => {
      const px = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : NaN);
      return { html: px(document.documentElement), body: px(document.body), h1: px(document.querySelector('main h1')) };
    };
    const sheet = window.__textZoom;
    if (!sheet) throw new Error('the text zoom is not on this page');
    const zoomed = read();
    sheet.disabled = true;
    const plain = read();
    sheet.disabled = false;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { zoomed, plain };
  });
}

/** Whether the element is fully on screen, not covered (the sticky header), after scrolling only vertically. */
async function reachable(locator: Locator): Promise<string | null> {
  await locator.scrollIntoViewIfNeeded();
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const what = `“${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}”`;
    if (scrollX !== 0) return `${what}: the page scrolled sideways (${scrollX} px) to show it`;
    if (r.left < -0.5 || r.right > document.documentElement.clientWidth + 0.5) return `${what} spans ${Math.round(r.left)}–${Math.round(r.right)} px, past the screen`;
    if (r.top < -0.5 || r.bottom > innerHeight + 0.5) return `${what} is ${Math.round(r.height)} px tall and cannot be seen whole (${Math.round(r.top)}–${Math.round(r.bottom)} of ${innerHeight})`;
    // A link that wraps has a box per line: look at the first line's middle and at its top edge.
    const line = el.getClientRects()[0] ?? r;
    const cx = line.left + line.width / 2;
    for (const y of [line.top + 2, line.top + line.height / 2]) {
      const top = document.elementFromPoint(cx, y);
      // Its own parts, or what it sits in (between two lines of a wrapped link), are no cover.
      if (top && top !== el && !el.contains(top) && !top.contains(el)) return `${what} is covered at y=${Math.round(y)} by <${top.tagName.toLowerCase()} class="${top.className}">`;
    }
    return null;
  });
}

/** Whether the element shows in the first view, before any scrolling (the sticky header does not hide it). */
function inFirstView(locator: Locator): Promise<string | null> {
  return locator.evaluate((el) => {
    scrollTo(0, 0);
    const r = el.getBoundingClientRect();
    const header = document.querySelector('.site-header')?.getBoundingClientRect();
    const what = `“${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}”`;
    if (r.bottom > innerHeight) return `${what} starts at ${Math.round(r.top)} px and ends at ${Math.round(r.bottom)}, below the first view (${innerHeight}); the header takes ${Math.round(header?.height ?? 0)} px`;
    return null;
  });
}

interface Screen {
  /** Name for the screenshot and messages. */
  name: string;
  /** The main heading. */
  heading: (page: Page) => Locator;
  /** The screen's main action (the first visible primary button in the main column if not said; null: it has none in this state). */
  action?: ((page: Page) => Locator) | null;
  /** Also in the first view, before any scrolling (besides the heading). */
  firstView?: (page: Page) => Locator;
  /** The main action need not be there (screens checked in a language whose button names the test does not spell): checked when it is. */
  actionOptional?: true;
  /** The heading need not be in the first view: something more urgent comes first (the partner's signal). */
  headingBelow?: true;
}

const h1 = (name?: string | RegExp) => (page: Page) => (name ? page.getByRole('heading', { level: 1, name }) : page.locator('main h1').first());
const button = (name: string | RegExp) => (page: Page) => page.getByRole('main').getByRole('button', { name }).first();
const link = (name: string | RegExp) => (page: Page) => page.getByRole('main').getByRole('link', { name }).first();
const primary = (page: Page) => page.locator('main .btn-primary:visible').first();

/** The couple's screens besides home and the pause, by route; each one's main action is its first primary button, unless named. */
const COUPLE_SCREENS: Array<[string, string, Screen['action']?]> = [
  ['/map', 'map'],
  ['/map/start', 'map-start'],
  ['/map/contracts', 'map-contracts'],
  ['/map/said-and-meant', 'map-said-and-meant'],
  ['/map/history', 'map-history', link('Back to the map')],
  ['/map/maps', 'map-maps', button('Create map')],
  ['/repair', 'repair'],
  ['/repair/new', 'repair-new'],
  ['/repair/phrasebook', 'repair-phrasebook'],
  ['/repair/roles', 'repair-roles'],
  ['/practice', 'practice'],
  ['/practice/rituals', 'practice-rituals', button('Keep this one')],
  ['/practice/notes', 'practice-notes'],
  ['/practice/joy', 'practice-joy'],
  ['/practice/seasons', 'practice-seasons'],
  ['/practice/stretches', 'practice-stretches'],
  ['/check-in', 'checkin'],
  ['/journal', 'journal'],
  ['/toolkit', 'toolkit', button('Add these words')],
  ['/insights', 'insights', button('Print a summary')],
  // No strap can connect in this browser (no Web Bluetooth), and no therapist is connected: words only.
  ['/heart', 'heart', null],
  ['/for-you', 'safety-check'],
  ['/for-you/therapist', 'tell-therapist', null],
  ['/connect', 'connect', link('Back to the start')],
  ['/invite', 'invite'],
  ['/settings', 'settings'],
  ['/help', 'help', link(/findahelpline/)],
];

describe('text at 200 % on a phone', () => {
  const people = twoPartnersOnOneProcess();
  const a11y: string[] = [];
  const problems: string[] = [];
  const seenScreens: string[] = [];

  /** Checks the screen the phone shows now, and keeps its screenshot. */
  async function check(phone: Phone, screen: Screen): Promise<void> {
    const page = phone.page;
    const at = `${screen.name} (${phone.name}, ${new URL(page.url()).pathname})`;
    const heading = screen.heading(page);
    await heading.waitFor({ timeout: 15_000 });
    await page.evaluate(() => document.fonts.ready);
    seenScreens.push(screen.name);

    const sizes = await fontSizes(page);
    // The text doubles; a heading, large already, grows at least half again (1.5 rem, not 1.75, with large text).
    for (const [part, factor] of [['html', 2], ['body', 2], ['h1', 1.5]] as const) {
      if (!(sizes.zoomed[part] >= factor * sizes.plain[part] - 0.5)) problems.push(`${at}: ${part} text is ${sizes.zoomed[part]} px zoomed, ${sizes.plain[part]} px not: it does not grow ${factor}× with the text size`);
    }
    const side = await sideways(page);
    if (side.scroll > 0) problems.push(`${at}: the page scrolls ${side.scroll} px sideways`);
    if (side.offenders.length) problems.push(`${at}: past the screen's edge:\n    ${side.offenders.slice(0, 12).join('\n    ')}`);
    if (side.outOfCard.length) problems.push(`${at}: out of its card:\n    ${side.outOfCard.slice(0, 12).join('\n    ')}`);

    const first = screen.headingBelow ? null : await inFirstView(heading);
    if (first) problems.push(`${at}: the heading is not in the first view: ${first}`);
    if (screen.firstView) {
      const also = await inFirstView(screen.firstView(page));
      if (also) problems.push(`${at}: not in the first view: ${also}`);
    }
    // The header's controls (the quick exit above all) are not covered by anything at the top of the screen.
    const headerCovered = await page.evaluate(() => {
      scrollTo(0, 0);
      return [...document.querySelectorAll('.site-header a, .site-header button')].flatMap((el) => {
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return top && top !== el && !el.contains(top) ? [`“${el.textContent?.trim()}” under <${top.tagName.toLowerCase()} class="${top.className}"> “${top.textContent?.trim().slice(0, 30)}”`] : [];
      });
    });
    if (headerCovered.length) problems.push(`${at}: covered in the header: ${headerCovered.join('; ')}`);
    a11y.push(...(await capture(page, `zoom-${screen.name}`)));
    // What the person sees first, to look at (the capture above is the whole page).
    await page.screenshot({ path: `test-results/zoom-${screen.name}.first-view.png` });

    const wanted: Array<[string, Locator]> = [['heading', heading]];
    if (screen.action !== null) wanted.push(['main action', (screen.action ?? primary)(page)]);
    for (const [what, locator] of wanted) {
      if (!(await locator.count())) {
        if (what === 'main action' && screen.actionOptional) continue;
        const offered = await page.locator('main').evaluate((m) =>
          [...m.querySelectorAll('button, a[href]')].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean).slice(0, 8),
        );
        problems.push(`${at}: no ${what} found (the screen offers: ${offered.map((o) => `“${o}”`).join(', ')})`);
        continue;
      }
      const trouble = await reachable(locator);
      if (trouble) problems.push(`${at}: ${what} ${trouble}`);
    }
    await page.evaluate(() => scrollTo(0, 0));
  }

  /** Opens a route and checks it. */
  async function visit(phone: Phone, route: string, screen: Screen): Promise<void> {
    await phone.page.goto(`${people.base}${route}`);
    await check(phone, screen);
  }

  it('every screen a partner reaches, in English, without sideways scrolling', { timeout: 300_000 }, async () => {
    const { a, b, base } = people;
    onTestFailed(async () => {
      for (const p of [a, b]) await p.page.screenshot({ path: `test-results/zoom-failure-${p.name}.png`, fullPage: true }).catch(() => {});
    });
    await zoomText(a);
    await zoomText(b);
    const alex = person('Alex');
    const sam = person('Sam');

    // ── The checks bite: a 600 px wide box is reported by name, and the page scrolls sideways with it.
    await new WelcomePage(a.page).open(base);
    await a.page.evaluate(() => {
      const box = document.createElement('div');
      box.className = 'too-wide-on-purpose';
      box.textContent = 'six hundred pixels';
      document.querySelector('main')!.append(box);
      // The CSP refuses a style attribute; the box gets its width from a constructed sheet.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.too-wide-on-purpose { inline-size: 600px; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    const planted = await sideways(a.page);
    expect(planted.scroll).toBeGreaterThan(0);
    expect(planted.offenders.join('\n')).toMatch(/<div\.too-wide-on-purpose> “six hundred pixels” spans \d+–6\d\d px of 390/);
    // …and the size check bites: a heading set in pixels does not grow.
    const pinned = await a.page.evaluate(async () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('main h1 { font-size: 28px !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const h = document.querySelector('main h1')!;
      const zoomed = parseFloat(getComputedStyle(h).fontSize);
      window.__textZoom!.disabled = true;
      const plain = parseFloat(getComputedStyle(h).fontSize);
      window.__textZoom!.disabled = false;
      return { zoomed, plain };
    });
    expect(pinned.zoomed).toBe(pinned.plain);
    await a.page.reload();

    // ── Signed out.
    await visit(a, '/', { name: 'welcome', heading: h1('Offbeat'), action: link('Create an account') });
    await visit(a, '/login', { name: 'login', heading: h1('Welcome back'), action: button(/^Log in$/) });
    await visit(a, '/signup', { name: 'signup', heading: h1('Create your account'), action: button('Create account') });
    await visit(a, '/forgot-password', { name: 'forgot-password', heading: h1() });
    await visit(a, '/signup/therapist', { name: 'signup-therapist', heading: h1() });
    await visit(a, '/help', { name: 'help-signed-out', heading: h1('Need help now?'), action: link(/findahelpline/) });
    await visit(a, '/no-such-page', { name: 'not-found', heading: h1('This page does not exist'), action: link(/./) });
    await visit(a, '/join', { name: 'join-incomplete', heading: h1('This link looks incomplete'), action: link(/./) });

    // ── Two partners in one space.
    await twoInOneSpace(a, b, base, alex, sam, 'Late evenings');
    await check(a, { name: 'home', heading: h1('Late evenings'), action: (p) => new SignalPanel(p).button, firstView: (p) => new SignalPanel(p).button });

    for (const [route, name, action] of COUPLE_SCREENS) await visit(a, route, { name, heading: h1(), action });

    // ── In the moment: A signals, B sees it on home.
    await a.page.goto(`${base}/`);
    const signal = new SignalPanel(a.page);
    await signal.send();
    await signal.sent.waitFor();
    await check(a, { name: 'home-signal-sent', heading: h1('Late evenings'), action: link('Choose the details') });
    await b.page.goto(`${base}/`);
    await new IncomingSignalCard(b.page).card.getByRole('heading', { name: 'Alex noticed the loop' }).waitFor(LIVE);
    // Alex's signal comes first on Sam's screens, before the space's own heading.
    const incoming = (p: Page) => new IncomingSignalCard(p).card;
    await check(b, {
      name: 'home-incoming-signal',
      heading: h1('Late evenings'),
      headingBelow: true,
      firstView: (p) => incoming(p).getByRole('heading', { name: 'Alex noticed the loop' }),
      action: (p) => incoming(p).getByRole('button', { name: 'Pause now' }),
    });

    // ── The pause: set up, asked, accepted and running, coming back.
    const pause = new PausePage(a.page);
    await pause.open(base);
    await check(a, { name: 'pause-ready', heading: h1(), action: button('Pause now') });
    await pause.openDetails();
    await check(a, { name: 'pause-details', heading: h1(), action: button('Ask for this pause') });
    await pause.request({ minutes: '10 min', where: 'In the same room', tether: 'Ten minutes, then I’m back.', returnPlan: 'Start with a hug' });
    await pause.heading('Your pause is asked for').waitFor();
    await check(a, { name: 'pause-waiting', heading: h1('Your pause is asked for'), action: button('Take back the request') });
    const pauseB = new PausePage(b.page);
    await pauseB.open(base);
    await check(b, { name: 'pause-asked', heading: h1('Alex is asking for a pause'), action: button('Accept the pause') });
    await pauseB.accept('Take your time.');
    await pause.heading('Pausing together').waitFor(LIVE);
    await check(a, { name: 'pause-running', heading: h1('Pausing together'), action: button('I’m ready to come back now') });
    await check(b, { name: 'pause-running-partner', heading: h1('Pausing together'), action: button('I’m ready to come back now') });
    await a.page.getByRole('button', { name: 'I’m ready to come back now' }).click();
    await pause.heading('Ready to reconnect?').waitFor();
    await check(a, { name: 'pause-come-back', heading: h1('Ready to reconnect?'), action: button('I’m ready') });
    // Both come back: the pause ends (and its banner leaves every screen).
    await pause.checkIn(2, 'Talk it through');
    await a.page.getByText('You’re ready.').waitFor();
    await b.page.getByRole('button', { name: 'I’m ready to come back now' }).click();
    await pauseB.checkIn(4, 'Talk it through');
    await pause.heading('You came back together').waitFor(LIVE);
    await check(a, { name: 'pause-reconnected', heading: h1('You came back together'), actionOptional: true });

    console.log(`zoomed screens checked: ${seenScreens.length}: ${seenScreens.join(', ')}`);
    expect(problems, problems.join('\n')).toEqual([]);
    expect(a11y).toEqual([]);
    a.assertClean();
    b.assertClean();
  });

  it('and in German, whose longer words must wrap too', { timeout: 240_000 }, async () => {
    const { a, base } = people;
    problems.length = 0;
    a11y.length = 0;
    seenScreens.length = 0;
    // A visitor whose browser prefers German: the signed-out screens.
    const visitor = await Phone.open(a.context.browser()!, 'visitor', { locale: 'de-DE' });
    onTestFailed(async () => {
      for (const p of [a, visitor]) await p.page.screenshot({ path: `test-results/zoom-de-failure-${p.name}.png`, fullPage: true }).catch(() => {});
    });
    try {
      await zoomText(visitor);
      for (const route of ['/', '/login', '/signup', '/forgot-password', '/signup/therapist', '/help', '/join']) {
        await visitor.page.goto(`${base}${route}`);
        await visitor.page.waitForFunction(() => document.documentElement.lang === 'de');
        // Buttons are named in German here: each screen's first primary one, where it has one.
        await check(visitor, { name: `de${route === '/' ? '-welcome' : route.replaceAll('/', '-')}`, heading: h1(), actionOptional: true });
      }
      visitor.assertClean();
    } finally {
      await visitor.close();
    }

    // Alex chooses Deutsch in settings: every screen of the couple, home first.
    await a.page.goto(`${base}/settings`);
    await a.page.getByLabel('Language').selectOption('de');
    await a.page.waitForFunction(() => document.documentElement.lang === 'de');
    await visit(a, '/', { name: 'de-home', heading: h1('Late evenings'), action: (p) => p.locator('.signal-button, .signal-sent').first(), firstView: (p) => p.locator('.signal-button, .signal-sent').first() });
    for (const [route, name] of [...COUPLE_SCREENS, ['/pause', 'pause'] as const]) {
      await visit(a, route, { name: `de-${name}`, heading: h1(), actionOptional: true });
    }
    console.log(`zoomed German screens checked: ${seenScreens.length}: ${seenScreens.join(', ')}`);
    expect(problems, problems.join('\n')).toEqual([]);
    expect(a11y).toEqual([]);
    a.assertClean();
  });
});
