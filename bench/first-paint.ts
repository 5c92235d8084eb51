// First contact over a phone's mobile data: the built app (dist/server/main.js serving dist/web)
// opened cold in Chromium under DevTools' "Slow 4G" network profile, once per accepted encoding:
// none (the baseline: every file as it is, as before the build compressed them), gzip only, and
// brotli + gzip (what a phone's browser sends). Same server, same build, same run, interleaved.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { freePort, httpStatus, sleep, stats, type Stats } from './lib';

/** Chromium DevTools' "Slow 4G" preset (formerly "Fast 3G"): 562.5 ms round trip, ~1.44 Mbit/s down, 675 kbit/s up. */
export const SLOW_4G = { latency: 562.5, downloadThroughput: (1.6 * 1_000_000 * 0.9) / 8, uploadThroughput: (750 * 1000 * 0.9) / 8 };
const VIEWPORT = { width: 390, height: 844 };

export type Encoding = 'gzip' | 'br';
export interface Variant {
  name: string;
  encodings: Encoding[];
}
export const VARIANTS: Variant[] = [
  { name: 'uncompressed (baseline)', encodings: [] },
  { name: 'gzip only', encodings: ['gzip'] },
  { name: 'brotli + gzip (a phone)', encodings: ['br', 'gzip'] },
];

export interface PaintRun {
  /** first-contentful-paint: the header and the loading state, or the screen itself. */
  fcp: number;
  /** When the welcome screen's heading was first in the page (then painted within a frame). */
  welcome: number;
  /** Bytes received for every request until the welcome screen showed (headers included). */
  wireBytes: number;
  /** The same responses' bodies after decoding. */
  bodyBytes: number;
  requests: number;
  /** What the first screen waited on, in the order the requests started. */
  urls: string[];
}

export interface FirstPaintResult {
  browser: string;
  profile: typeof SLOW_4G;
  runs: number;
  variants: Array<Variant & { fcp: Stats; welcome: Stats; wireBytes: number; bodyBytes: number; requests: number; urls: string[] }>;
}

/** The built app on embedded PGlite in a new data directory, as `npm start` serves it. */
export async function startBuiltServer(root: string): Promise<{ url: string; stop(): Promise<void> }> {
  const main = path.join(root, 'dist/server/main.js');
  if (!existsSync(main)) throw new Error('dist/server/main.js is missing (the build failed)');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'offbeat-paint-'));
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
    await rm(dataDir, { recursive: true, force: true });
  };
  for (let waited = 0; (await httpStatus(`${url}/api/health`)) !== 200; waited += 50) {
    if (child.exitCode !== null || waited > 60_000) {
      await stop();
      throw new Error('the server did not start');
    }
    await sleep(50);
  }
  return { url, stop };
}

async function openOnce(browser: Browser, url: string, variant: Variant): Promise<PaintRun> {
  // A new context each time: an empty cache, no cookies, no service worker — a first visit.
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': variant.encodings.join(', ') || 'identity' } });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    const started = new Map<string, string>();
    let wireBytes = 0;
    let bodyBytes = 0;
    cdp.on('Network.requestWillBeSent', (e) => started.set(e.requestId, new URL(e.request.url).pathname));
    cdp.on('Network.dataReceived', (e) => (bodyBytes += e.dataLength));
    cdp.on('Network.loadingFinished', (e) => (wireBytes += e.encodedDataLength));
    await page.addInitScript(() => {
      const seen = () => {
        if (document.querySelector('main h1')) {
          (window as unknown as { welcomeAt: number }).welcomeAt = performance.now();
          observer.disconnect();
        }
      };
      const observer = new MutationObserver(seen);
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: 'Offbeat' }).waitFor({ timeout: 60_000 });
    const timing = await page.evaluate(
      () =>
        new Promise<{ fcp: number; welcome: number }>((resolve) => {
          // One frame later the heading has been painted (or the FCP entry has landed).
          requestAnimationFrame(() =>
            setTimeout(() =>
              resolve({
                fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
                welcome: (window as unknown as { welcomeAt: number }).welcomeAt,
              }),
            ),
          );
        }),
    );
    return { ...timing, wireBytes, bodyBytes, requests: started.size, urls: [...started.values()] };
  } finally {
    await context.close();
  }
}

export async function runFirstPaint(root: string, runs: number): Promise<FirstPaintResult> {
  const server = await startBuiltServer(root);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const samples = VARIANTS.map(() => [] as PaintRun[]);
    await openOnce(browser, server.url, VARIANTS[0]!); // warm the server's file cache and the browser
    for (let i = 0; i < runs; i++) {
      for (const [v, variant] of VARIANTS.entries()) samples[v]!.push(await openOnce(browser, server.url, variant));
    }
    return {
      browser: `Chromium ${browser.version()}`,
      profile: SLOW_4G,
      runs,
      variants: VARIANTS.map((variant, v) => {
        const all = samples[v]!;
        const last = all[all.length - 1]!;
        return {
          ...variant,
          fcp: stats(all.map((r) => r.fcp)),
          welcome: stats(all.map((r) => r.welcome)),
          wireBytes: last.wireBytes,
          bodyBytes: last.bodyBytes,
          requests: last.requests,
          urls: last.urls,
        };
      }),
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
