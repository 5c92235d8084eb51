import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { precompressDirectory } from './precompress';

/** The built web app as the server sends it: pre-compressed copies chosen by Accept-Encoding. */

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}
/** node:http, not fetch: fetch would decompress the body and hide what travelled. */
function get(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}
function decoded(res: Raw): Buffer {
  if (res.headers['content-encoding'] === 'br') return brotliDecompressSync(res.body);
  if (res.headers['content-encoding'] === 'gzip') return gunzipSync(res.body);
  return res.body;
}

const webRoot = mkdtempSync(path.join(tmpdir(), 'offbeat-web-'));
const script = 'export const steps = ["I reach", "you step back", "we pause", "we come back"];\n'.repeat(400);
const indexHtml = `<!doctype html><html lang="en"><head><title>Offbeat</title>${'<link rel="modulepreload" href="/assets/x.js">'.repeat(30)}</head><body></body></html>`;
let app: TestApp;

beforeAll(async () => {
  mkdirSync(path.join(webRoot, 'assets'));
  writeFileSync(path.join(webRoot, 'index.html'), indexHtml);
  writeFileSync(path.join(webRoot, 'assets/index-Ab12Cd34.js'), script);
  writeFileSync(path.join(webRoot, 'sw.js'), script);
  writeFileSync(path.join(webRoot, 'assets/photo-Ab12Cd34.png'), Buffer.alloc(3000, 7));
  await precompressDirectory(webRoot);
  app = await startTestApp({ webRoot });
});
afterAll(async () => {
  await app?.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('static files', () => {
  it('sends the brotli copy to a browser that accepts it, and it decompresses to the file', async () => {
    const res = await get(`${app.url}/assets/index-Ab12Cd34.js`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.body.length).toBe(readFileSync(path.join(webRoot, 'assets/index-Ab12Cd34.js.br')).length);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(decoded(res).toString()).toBe(script);
  });

  it('sends gzip when only gzip is accepted, and the file itself when nothing is', async () => {
    const gz = await get(`${app.url}/assets/index-Ab12Cd34.js`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(decoded(gz).toString()).toBe(script);

    for (const headers of [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'deflate' }] as Record<string, string>[]) {
      const plain = await get(`${app.url}/assets/index-Ab12Cd34.js`, headers);
      expect(plain.headers['content-encoding'], JSON.stringify(headers)).toBeUndefined();
      expect(plain.headers.vary).toMatch(/accept-encoding/i);
      expect(plain.body.toString()).toBe(script);
    }
  });

  it('gives each encoding its own ETag, so a cache never mixes them up', async () => {
    const url = `${app.url}/assets/index-Ab12Cd34.js`;
    const tags = await Promise.all(['br', 'gzip', 'identity'].map(async (e) => (await get(url, { 'accept-encoding': e })).headers.etag));
    expect(new Set(tags).size).toBe(3);
    const again = await get(url, { 'accept-encoding': 'br', 'if-none-match': tags[0]! });
    expect(again.status).toBe(304);
  });

  it('caches hashed assets for a year as immutable, but makes index.html and the service worker re-check', async () => {
    const asset = await get(`${app.url}/assets/index-Ab12Cd34.js`, { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const worker = await get(`${app.url}/sw.js`, { 'accept-encoding': 'br' });
    expect(worker.headers['content-encoding']).toBe('br');
    expect(worker.headers['cache-control']).toBe('no-cache');
    for (const page of ['/', '/index.html', '/pattern-map/history']) {
      const res = await get(`${app.url}${page}`, { 'accept-encoding': 'br, gzip' });
      expect(res.headers['cache-control'], page).toBe('no-cache');
      expect(res.headers['content-encoding'], page).toBe('br');
      expect(res.headers['content-type'], page).toMatch(/^text\/html/);
      expect(decoded(res).toString(), page).toBe(indexHtml);
    }
  });

  it('sends a file without a compressed copy as it is', async () => {
    const res = await get(`${app.url}/assets/photo-Ab12Cd34.png`, { 'accept-encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.body.equals(Buffer.alloc(3000, 7))).toBe(true);
  });

  it('still answers an unknown API path with our 404, compressed copies or not', async () => {
    const res = await get(`${app.url}/api/nothing-here`, { 'accept-encoding': 'br' });
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body.toString())).toMatchObject({ error: { code: 'not_found' } });
  });
});
