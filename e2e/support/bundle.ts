import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/**
 * Opens `url` in `page` and sums the gzipped size of every script the first
 * screen loaded (entry, preloads and the lazily loaded screen chunk), using
 * the built files in dist/web.
 */
export async function firstScreenScriptBytes(page: Page, url: string, ready: () => Promise<void>): Promise<{ files: string[]; gzipBytes: number }> {
  const files = new Set<string>();
  const onResponse = (response: { url(): string }) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith('/assets/') && pathname.endsWith('.js')) files.add(pathname);
  };
  page.on('response', onResponse);
  await page.goto(url);
  await ready();
  page.off('response', onResponse);
  let gzipBytes = 0;
  for (const file of files) gzipBytes += gzipSync(readFileSync(path.resolve('dist/web' + file)), { level: 9 }).length;
  return { files: [...files].sort(), gzipBytes };
}
