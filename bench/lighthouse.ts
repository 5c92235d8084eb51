// Lighthouse (the npm package, pinned) on phone emulation — its default: a mid-range phone's
// screen, 4× CPU slowdown and simulated slow 4G — driving Debian's Chromium, against the built
// app on embedded PGlite: the welcome screen signed out, then home, the pattern map, the pause
// and repair signed in as a partner of a couple whose other partner has joined. Each screen is
// opened cold (a new Chromium profile: no cache, no service worker) several times; the median
// run by performance score is reported, as Lighthouse's own guidance suggests for variance.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startBuiltServer } from './first-paint';

export const LIGHTHOUSE_SCREENS = [
  { name: 'welcome', route: '/', signedIn: false },
  { name: 'home', route: '/', signedIn: true },
  { name: 'pattern map', route: '/map', signedIn: true },
  { name: 'pause', route: '/pause', signedIn: true },
  { name: 'repair', route: '/repair', signedIn: true },
] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface ScreenScores {
  name: string;
  route: string;
  runs: number;
  /** 0–100, from the median run. */
  scores: Record<Category, number>;
  /** The median run's lab metrics, in ms (layout shift unitless). */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  /** Audits that cost the median run points, worst first: what to fix. */
  missed: string[];
}
export interface LighthouseResult {
  lighthouse: string;
  browser: string;
  screens: ScreenScores[];
}

/** A person signed up over the API, holding the session cookie the browser would. */
class Visitor {
  private cookies = new Map<string, string>();
  private csrf = '';
  constructor(private readonly base: string) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async call(method: string, route: string, body?: unknown): Promise<unknown> {
    if (!this.csrf) this.csrf = ((await this.request('GET', '/api/session')) as { csrfToken: string }).csrfToken;
    return this.request(method, route, body);
  }

  private async request(method: string, route: string, body?: unknown): Promise<unknown> {
    const headers: Record<string, string> = { cookie: this.cookieHeader, 'x-csrf-token': this.csrf };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.base}${route}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    if (!res.ok) throw new Error(`${method} ${route} answered ${res.status}: ${await res.text()}`);
    const text = await res.text();
    const parsed: unknown = text ? JSON.parse(text) : null;
    const fresh = (parsed as { csrfToken?: string } | null)?.csrfToken;
    if (fresh) this.csrf = fresh;
    return parsed;
  }
}

async function coupleWithBothPartners(base: string): Promise<Visitor> {
  const a = new Visitor(base);
  const b = new Visitor(base);
  await a.call('POST', '/api/auth/signup', { email: 'alex@lighthouse.test', password: 'a long bench passphrase', displayName: 'Alex' });
  await a.call('POST', '/api/couple', { name: 'Late evenings' });
  const invite = (await a.call('POST', '/api/couple/invites', {})) as { url: string };
  const token = new URL(invite.url).hash.slice(1);
  await b.call('POST', '/api/auth/signup', { email: 'sam@lighthouse.test', password: 'another bench passphrase', displayName: 'Sam' });
  await b.call('POST', '/api/invites/accept', { token });
  return a;
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

async function auditOnce(url: string, cookie: string | null): Promise<Report> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'offbeat-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    userDataDir,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      // A signed-in screen: the session cookie rides on every request, as the browser's own would.
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await chrome.kill();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

export async function runLighthouse(root: string, runs: number, log: (line: string) => void, only?: readonly string[]): Promise<LighthouseResult> {
  const server = await startBuiltServer(root);
  try {
    const alex = await coupleWithBothPartners(server.url);
    const screens: ScreenScores[] = [];
    let version = '';
    let browser = '';
    for (const screen of LIGHTHOUSE_SCREENS.filter((s) => !only || only.includes(s.name.replace(/ /g, '-')))) {
      const all: Report[] = [];
      for (let i = 0; i < runs; i++) all.push(await auditOnce(`${server.url}${screen.route}`, screen.signedIn ? alex.cookieHeader : null));
      const score = (lhr: Report, c: Category) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const median = [...all].sort((x, y) => score(x, 'performance') - score(y, 'performance'))[Math.floor(all.length / 2)]!;
      // The whole report, for reading what the main thread did (bootup-time, long-tasks, the trace's treemap).
      await writeFile(path.join(root, 'test-results', `lighthouse-${screen.name.replace(/ /g, '-')}.json`), JSON.stringify(median));
      version = median.lighthouseVersion;
      browser = median.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? median.environment.hostUserAgent;
      const metric = (id: string) => median.audits[id]?.numericValue ?? NaN;
      const missed = CATEGORIES.flatMap((c) =>
        (median.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (median.audits[ref.id]?.score ?? 1) < 0.9)
          .map((ref) => ({ ref, audit: median.audits[ref.id]! })),
      )
        .sort((x, y) => y.ref.weight * (1 - (y.audit.score ?? 1)) - x.ref.weight * (1 - (x.audit.score ?? 1)))
        .map(({ audit }) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, score(median, c)])) as Record<Category, number>;
      const result: ScreenScores = {
        name: screen.name,
        route: screen.route,
        runs,
        scores,
        metrics: { fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift'), si: metric('speed-index') },
        missed,
      };
      screens.push(result);
      log(
        `   ${screen.name.padEnd(12)} performance ${String(scores.performance).padStart(3)}  accessibility ${String(scores.accessibility).padStart(3)}  best practices ${String(scores['best-practices']).padStart(3)}` +
          `   (performance over ${runs} runs: ${all.map((l) => score(l, 'performance')).join(', ')}; median run: FCP ${Math.round(result.metrics.fcp)} ms, LCP ${Math.round(result.metrics.lcp)} ms, TBT ${Math.round(result.metrics.tbt)} ms, CLS ${result.metrics.cls.toFixed(3)})`,
      );
      if (missed.length) log(`   ${''.padEnd(12)} cost points: ${missed.join(', ')}`);
    }
    return { lighthouse: version, browser, screens };
  } finally {
    await server.stop();
  }
}
