// First-screen files: index.html and the scripts, modulepreloads and stylesheets it loads — their
// JavaScript gzipped (the budget), and every file as the server sends it: as it is, or the build's
// .gz or .br copy.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface ServedSizes {
  raw: number;
  /** The .gz / .br copy the server sends (the file itself when the build kept none). */
  gzip: number;
  br: number;
}

export interface WebSizeResult {
  files: Array<{ file: string; raw: number; gzip: number }>;
  raw: number;
  gzip: number;
  /** Everything the first screen downloads before it can paint, as sent for each Accept-Encoding. */
  served: Array<ServedSizes & { file: string }>;
  servedTotal: ServedSizes;
  /** react + react-dom/client, minified production build, gzipped: the floor any React first screen pays. */
  reactBaseline: number;
}

const gzip = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

/** `src` of <script> and `href` of <link rel="modulepreload"> (or `stylesheet`), in document order. */
export function initialScripts(html: string, rels = ['modulepreload']): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag) && attr('src')) urls.push(attr('src')!);
    if (/^<link/i.test(tag) && attr('rel')?.split(/\s+/).some((rel) => rels.includes(rel)) && attr('href')) urls.push(attr('href')!);
  }
  return [...new Set(urls)];
}

function servedSizes(webRoot: string, file: string): ServedSizes {
  const size = (name: string) => (existsSync(path.join(webRoot, name)) ? readFileSync(path.join(webRoot, name)).length : null);
  const raw = size(file)!;
  return { raw, gzip: size(`${file}.gz`) ?? raw, br: size(`${file}.br`) ?? raw };
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
  const html = readFileSync(index, 'utf8');
  const local = (url: string) => url.split(/[?#]/)[0]!.replace(/^\//, '');
  const own = (url: string) => !/^(https?:)?\/\//.test(url);
  const files = initialScripts(html)
    .filter(own)
    .map((url) => {
      const file = local(url);
      const bytes = readFileSync(path.join(webRoot, file));
      return { file, raw: bytes.length, gzip: gzip(bytes) };
    });
  const served = ['index.html', ...initialScripts(html, ['modulepreload', 'stylesheet']).filter(own).map(local)].map((file) => ({ file, ...servedSizes(webRoot, file) }));
  const sum = (key: keyof ServedSizes) => served.reduce((s, f) => s + f[key], 0);
  return {
    files,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
    served,
    servedTotal: { raw: sum('raw'), gzip: sum('gzip'), br: sum('br') },
    reactBaseline: await reactBaseline(root),
  };
}
