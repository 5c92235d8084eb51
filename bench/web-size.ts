// First-screen JavaScript: the scripts and modulepreloads dist/web/index.html loads, gzipped.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface WebSizeResult {
  files: Array<{ file: string; raw: number; gzip: number }>;
  raw: number;
  gzip: number;
  /** react + react-dom/client, minified production build, gzipped: the floor any React first screen pays. */
  reactBaseline: number;
}

const gzip = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

/** `src` of <script> and `href` of <link rel="modulepreload">, in document order. */
export function initialScripts(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag) && attr('src')) urls.push(attr('src')!);
    if (/^<link/i.test(tag) && attr('rel')?.split(/\s+/).includes('modulepreload') && attr('href')) urls.push(attr('href')!);
  }
  return [...new Set(urls)];
}

async function reactBaseline(root: string): Promise<number> {
  const out = await build({
    stdin: {
      contents: `import { createElement } from 'react'; import { createRoot } from 'react-dom/client';
        createRoot(document.getElementById('root')).render(createElement('p', null, 'hi'));`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  return gzip(out.outputFiles[0]!.contents);
}

export async function runWebSize(root: string): Promise<WebSizeResult> {
  const webRoot = path.join(root, 'dist/web');
  const index = path.join(webRoot, 'index.html');
  if (!existsSync(index)) throw new Error('dist/web/index.html is missing (the web build failed or has not run)');
  const files = initialScripts(readFileSync(index, 'utf8'))
    .filter((url) => !/^(https?:)?\/\//.test(url))
    .map((url) => {
      const file = url.split(/[?#]/)[0]!.replace(/^\//, '');
      const bytes = readFileSync(path.join(webRoot, file));
      return { file, raw: bytes.length, gzip: gzip(bytes) };
    });
  return {
    files,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
    reactBaseline: await reactBaseline(root),
  };
}
