import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
const SCREENSHOTS = path.resolve('screenshots');

/** `extraArgs` adds Chromium switches for one suite (e.g. a fake microphone); the defaults stay as they are. */
export function launchBrowser(options: { extraArgs?: string[] } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(options.extraArgs ?? [])],
  });
}

/**
 * One partner's phone: its own browser context (own cookies, own storage).
 * Console errors, page errors and CSP violations are collected; tests end with
 * `assertClean()` so a blocked inline script or style can never slip by.
 */
export class Phone {
  readonly problems: string[] = [];
  private constructor(
    readonly name: string,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  /** A person's device: a phone unless `laptop` (a therapist at their desk). */
  static async open(browser: Browser, name: string, options: { serviceWorkers?: 'allow' | 'block'; laptop?: boolean; locale?: string } = {}): Promise<Phone> {
    const context = await browser.newContext({
      viewport: options.laptop ? DESKTOP : PHONE,
      deviceScaleFactor: 1,
      isMobile: false,
      hasTouch: true,
      locale: options.locale ?? 'en-GB',
      timezoneId: options.locale?.startsWith('de') ? 'Europe/Berlin' : 'Europe/London',
      serviceWorkers: options.serviceWorkers ?? 'block',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    // Report CSP violations from inside the page too: some never reach the console.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
      });
    });
    const page = await context.newPage();
    const phone = new Phone(name, context, page);
    phone.watch(page);
    return phone;
  }

  watch(page: Page): void {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      // A failed request logs "Failed to load resource" with the status; expected 4xx answers (refusals) are part of the flows.
      if (/Failed to load resource: the server responded with a status of 4\d\d/.test(text)) return;
      // Going offline on purpose makes the live socket fail to connect; that is the point of the offline test.
      if (this.expectOffline && /WebSocket|ERR_INTERNET_DISCONNECTED|net::ERR/.test(text)) return;
      this.problems.push(`[${this.name}] console error: ${text}`);
    });
    page.on('pageerror', (error) => this.problems.push(`[${this.name}] page error: ${error.message}`));
  }

  expectOffline = false;

  async newPage(): Promise<Page> {
    const page = await this.context.newPage();
    this.watch(page);
    return page;
  }

  cspViolations(): string[] {
    return this.problems.filter((p) => /Content Security Policy|CSP violation/i.test(p));
  }

  assertClean(): void {
    if (this.problems.length) throw new Error(`browser problems:\n${this.problems.join('\n')}`);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** Serious or critical accessibility violations on the page as it is now, as readable lines. */
export async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Screenshots the screen at phone size (and, for main screens, desktop size)
 * into screenshots/, and checks it with axe. Returns the axe problems found.
 */
export async function capture(page: Page, name: string, options: { desktop?: boolean } = {}): Promise<string[]> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await settle(page);
  const problems = (await axeProblems(page)).map((p) => `${name}: ${p}`);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.phone.png`), fullPage: true });
  if (options.desktop) {
    const before = page.viewportSize() ?? PHONE;
    await page.setViewportSize(DESKTOP);
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.desktop.png`), fullPage: true });
    problems.push(...(await axeProblems(page)).map((p) => `${name} (desktop): ${p}`));
    await page.setViewportSize(before);
  }
  return problems;
}

async function settle(page: Page): Promise<void> {
  // From the top: a full-page capture of a scrolled page draws the sticky header where the view was.
  await page.evaluate(() => (scrollTo(0, 0), document.fonts.ready).then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
}
