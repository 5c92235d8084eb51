import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { twoInOneSpace } from './support/flows';
import { twoPartnersOnOneProcess } from './support/two-partners';
import { person } from './pages/accounts';

/**
 * Nothing moves while a screen fills in. A partner reaching for "we're doing the thing" or the
 * quick exit must not have it slide away under their thumb as the session, the screen's code and
 * its answers arrive. Each signed-in screen is opened fresh on a phone with its processor slowed
 * four times (as Lighthouse's phone is), and every layout shift the browser reports until the
 * screen has settled is added up (Cumulative Layout Shift); the header's home link, links and
 * quick exit stay on one row in English at 390 px.
 */

/** Before any script of the page: records each layout shift with the elements that moved. */
function recordShifts() {
  const w = window as unknown as { shifts: Array<{ value: number; moved: string[] }> };
  w.shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Array<{ node?: Node }> }>) {
      if (entry.hadRecentInput) continue;
      w.shifts.push({
        value: entry.value,
        moved: entry.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${[...s.node.classList].join('.')} “${(s.node.textContent ?? '').trim().slice(0, 40)}”` : '(text)')),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function shiftsWhileOpening(page: Page, url: string, settled: (page: Page) => Promise<void>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(recordShifts);
  await page.goto(url);
  await settled(page);
  await page.waitForLoadState('networkidle');
  // Two frames: the last answer's render has been laid out and reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const shifts = await page.evaluate(() => (window as unknown as { shifts: Array<{ value: number; moved: string[] }> }).shifts);
  return { total: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
}

/** What Lighthouse calls good is under 0.1; a screen that fills in without moving scores 0. */
const STEADY = 0.02;

describe('steady screens', () => {
  const people = twoPartnersOnOneProcess();

  it('home, the pattern map, the pause and repair fill in without moving; the header keeps one row; an idle home keeps no fast timer', { timeout: 120_000 }, async () => {
    const { a, b, base } = people;
    await twoInOneSpace(a, b, base, person('Alex'), person('Sam'), 'Late evenings');
    const screens: Array<[string, (page: Page) => Promise<void>]> = [
      ['/', (p) => p.getByRole('button', { name: 'We’re doing the thing' }).waitFor()],
      ['/map', (p) => p.locator('main h1').first().waitFor()],
      ['/pause', (p) => p.locator('main h1').first().waitFor()],
      ['/repair', (p) => p.locator('main h1').first().waitFor()],
    ];
    for (const [route, settled] of screens) {
      const page = await a.context.newPage();
      a.watch(page);
      const { total, shifts } = await shiftsWhileOpening(page, `${base}${route}`, settled);
      expect(total, `${route} moved while filling in: ${JSON.stringify(shifts)}`).toBeLessThan(STEADY);
      if (route === '/') {
        // Home's cards, once there, are all drawn.
        await page.locator('.repair-card').waitFor();
        const row = await page.evaluate(() =>
          ['.brand', '.header-nav', '.quick-exit-button'].map((selector) => {
            const box = document.querySelector(selector)!.getBoundingClientRect();
            return { selector, top: Math.round(box.top), bottom: Math.round(box.bottom) };
          }),
        );
        const [brand] = row;
        for (const item of row) expect(item.top, `the header's ${item.selector} left the home link's row: ${JSON.stringify(row)}`).toBeLessThan(brand!.bottom);
      }
      await page.close();
    }

    // Home left open keeps no timer faster than its relative times need (every 15 s and slower):
    // nothing on it moves by the second without a strap connected.
    const idle = await a.context.newPage();
    a.watch(idle);
    await idle.addInitScript(() => {
      const w = window as unknown as { intervals: Map<number, number>; setInterval: typeof setInterval; clearInterval: typeof clearInterval };
      w.intervals = new Map();
      const set = w.setInterval.bind(window);
      const clear = w.clearInterval.bind(window);
      w.setInterval = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
        const id = set(handler, ms, ...rest);
        w.intervals.set(id, ms ?? 0);
        return id;
      }) as typeof setInterval;
      w.clearInterval = ((id?: number) => {
        if (id !== undefined) w.intervals.delete(id);
        clear(id);
      }) as typeof clearInterval;
    });
    await idle.goto(`${base}/`);
    await idle.locator('.repair-card').waitFor();
    await idle.waitForLoadState('networkidle');
    const running = await idle.evaluate(() => [...(window as unknown as { intervals: Map<number, number> }).intervals.values()]);
    expect(running.length, 'the count of timers is read (relative times tick on home)').toBeGreaterThan(0);
    expect(running.filter((ms) => ms < 15_000), `timers running on an idle home: ${running.join(', ')} ms`).toEqual([]);
    await idle.close();

    // The measure bites: a banner pushed in above the content of a settled screen is counted.
    const page = await a.context.newPage();
    const { total } = await shiftsWhileOpening(page, `${base}/repair`, async (p) => {
      await p.locator('main h1').first().waitFor();
      await p.evaluate(() => {
        const banner = document.createElement('div');
        banner.style.blockSize = '200px';
        document.querySelector('main')!.prepend(banner);
      });
    });
    expect(total).toBeGreaterThan(0.1);
    await page.close();
    a.assertClean();
  });

  it('a screen’s code is asked for while the session is still answering, not after', { timeout: 90_000 }, async () => {
    const { a, base } = people;
    for (const [route, chunk] of [['/map', /\/assets\/map-routes-[\w-]+\.js$/], ['/repair', /\/assets\/repair-page-[\w-]+\.js$/]] as const) {
      const page = await a.context.newPage();
      a.watch(page);
      let sessionAnswered = false;
      let chunkAsked: boolean | null = null;
      let seeChunk = () => {};
      const chunkSeen = new Promise<void>((resolve) => (seeChunk = resolve));
      page.on('request', (request) => {
        if (!chunk.test(new URL(request.url()).pathname) || chunkAsked !== null) return;
        chunkAsked = !sessionAnswered;
        seeChunk();
      });
      // The session answers late, as on a slow connection: only once the screen's code has been asked
      // for, or after 20 s, when a screen that waits for the session would still be waiting.
      await page.route('**/api/session', async (intercepted) => {
        await Promise.race([chunkSeen, new Promise((resolve) => setTimeout(resolve, 20_000))]);
        sessionAnswered = true;
        await intercepted.continue();
      });
      await page.goto(`${base}${route}`);
      await page.locator('main h1').first().waitFor();
      expect(chunkAsked, `${route}: its code was asked for ${chunkAsked === false ? 'only after the session answered' : 'never'}`).toBe(true);
      await page.close();
    }
  });
});
