// Loop view render time in Chromium: the pattern map's SVG loop diagram with 40 steps, mounted
// and re-rendered in a phone-sized page, beside plain React lists of the same words measured
// in the same page. The browser side is bench/loop-render-page.tsx (bundled by scripts/bench.mjs).
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { sibling, stats, type Stats } from './lib';
import type { PageOptions, PageResult, Samples, Variant } from './loop-render-page';

export interface LoopRenderOptions {
  steps: number;
  warmup: number;
  iterations: number;
  /** Chromium's CPU slowdown (DevTools throttling) for a second, phone-like pass; 1 = none. */
  slowdown: number;
}

type VariantStats = Record<Variant, Stats>;

export interface RenderPass {
  slowdown: number;
  mount: VariantStats;
  /** Of mount: flushSync alone (React render + DOM creation); the rest is style recalc and layout. */
  mountScript: VariantStats;
  update: VariantStats;
  frame: VariantStats;
}

export interface LoopRenderResult {
  browser: string;
  viewport: { width: number; height: number };
  steps: number;
  warmup: number;
  iterations: number;
  svgElements: number;
  svgTexts: number;
  svgBox: { width: number; height: number };
  passes: RenderPass[];
  /** Main-thread time per animation frame with the 40-step diagram on screen and idle. */
  idle: { animatedMsPerFrame: number; reducedMotionMsPerFrame: number; frames: number };
}

const VIEWPORT = { width: 390, height: 844 };
const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><link rel="stylesheet" href="/loop-render-page.css"><title>loop render bench</title></head>
<body><main class="screen"><div id="stage"></div></main><script type="module" src="/loop-render-page.js"></script></body></html>`;

interface PageApi {
  loopBench: {
    run(options: PageOptions): Promise<PageResult>;
    show(count: number): void;
    countFrames(durationMs: number): Promise<number>;
  };
}

/** Serves the page and its two bundled files on 127.0.0.1. */
async function servePage(): Promise<{ url: string; close: () => Promise<void> }> {
  const files: Record<string, [string, string]> = {
    '/': ['text/html', HTML],
    '/loop-render-page.js': ['text/javascript', readFileSync(sibling('loop-render-page.js'), 'utf8')],
    '/loop-render-page.css': ['text/css', readFileSync(sibling('loop-render-page.css'), 'utf8')],
  };
  const server = http.createServer((req, res) => {
    const file = files[req.url ?? ''];
    // Cross-origin isolated, so performance.now() has 5 µs resolution instead of 100 µs.
    res.writeHead(file ? 200 : 404, {
      'content-type': file?.[0] ?? 'text/plain',
      'cache-control': 'no-store',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(file?.[1] ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const statsOf = (samples: Samples): VariantStats => ({ diagram: stats(samples.diagram), plain: stats(samples.plain), list: stats(samples.list) });

/** Main-thread busy time (CDP Performance.TaskDuration) per animation frame while the page sits idle. */
async function idleCost(page: Page, cdp: CDPSession, reducedMotion: 'reduce' | 'no-preference'): Promise<{ msPerFrame: number; frames: number }> {
  await page.emulateMedia({ reducedMotion });
  await page.evaluate(() => (window as unknown as PageApi).loopBench.countFrames(500));
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
  const before = await busy();
  const frames = await page.evaluate(() => (window as unknown as PageApi).loopBench.countFrames(3000));
  const after = await busy();
  return { msPerFrame: ((after - before) * 1000) / Math.max(frames, 1), frames };
}

export async function runLoopRender(options: LoopRenderOptions): Promise<LoopRenderResult> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath} (set CHROMIUM_PATH)`);
  for (const file of ['loop-render-page.js', 'loop-render-page.css'])
    if (!existsSync(sibling(file))) throw new Error(`${file} was not bundled (scripts/bench.mjs builds it)`);

  const served = await servePage();
  const browser = await chromium.launch({
    executablePath,
    // --expose-gc: the page collects garbage between iterations, outside the timed part.
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc'],
  });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 3, isMobile: true, hasTouch: true, reducedMotion: 'no-preference', colorScheme: 'light' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(served.url);
    await page.waitForFunction(() => 'loopBench' in window);
    if (!(await page.evaluate(() => crossOriginIsolated))) errors.push('the page is not cross-origin isolated (coarse timer)');
    if (errors.length) throw new Error(`bench page: ${errors.join('; ')}`);
    const cdp = await context.newCDPSession(page);

    const pageOptions: PageOptions = { steps: options.steps, warmup: options.warmup, iterations: options.iterations };
    const passes: RenderPass[] = [];
    let first: PageResult | undefined;
    for (const slowdown of options.slowdown > 1 ? [1, options.slowdown] : [1]) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      const r = await page.evaluate((o) => (window as unknown as PageApi).loopBench.run(o), pageOptions);
      first ??= r;
      passes.push({ slowdown, mount: statsOf(r.mount), mountScript: statsOf(r.mountScript), update: statsOf(r.update), frame: statsOf(r.frame) });
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    await page.evaluate((n) => (window as unknown as PageApi).loopBench.show(n), options.steps);
    const animated = await idleCost(page, cdp, 'no-preference');
    const reduced = await idleCost(page, cdp, 'reduce');
    if (errors.length) throw new Error(`bench page: ${errors.join('; ')}`);

    return {
      browser: `Chromium ${browser.version()}`,
      viewport: VIEWPORT,
      steps: options.steps,
      warmup: options.warmup,
      iterations: options.iterations,
      svgElements: first!.svgElements,
      svgTexts: first!.svgTexts,
      svgBox: first!.svgBox,
      passes,
      idle: { animatedMsPerFrame: animated.msPerFrame, reducedMotionMsPerFrame: reduced.msPerFrame, frames: animated.frames },
    };
  } finally {
    await browser.close();
    await served.close();
  }
}
