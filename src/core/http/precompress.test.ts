import { mkdtempSync, readFileSync, existsSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { MIN_COMPRESS_BYTES, precompressDirectory } from './precompress';

const root = mkdtempSync(path.join(tmpdir(), 'offbeat-precompress-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const text = (n: number) => 'const loop = "pursue, withdraw, pause, come back";\n'.repeat(Math.ceil(n / 50)).slice(0, n);

describe('precompressDirectory', () => {
  it('writes brotli and gzip copies of text files that decompress to the same bytes, and counts them', async () => {
    mkdirSync(path.join(root, 'assets'));
    const files = {
      'assets/index-abc.js': text(40_000),
      'assets/index-abc.css': text(5_000),
      'index.html': text(2_000),
      'manifest.webmanifest': text(900),
      'favicon.svg': text(MIN_COMPRESS_BYTES),
    };
    for (const [name, body] of Object.entries(files)) writeFileSync(path.join(root, name), body);
    // Left alone: too small, a source map, an image, and a "text" file that does not shrink.
    writeFileSync(path.join(root, 'tiny.js'), text(MIN_COMPRESS_BYTES - 1));
    writeFileSync(path.join(root, 'assets/index-abc.js.map'), text(40_000));
    writeFileSync(path.join(root, 'icon.png'), randomBytes(4_000));
    writeFileSync(path.join(root, 'noise.svg'), randomBytes(4_000));

    const result = await precompressDirectory(root);

    for (const [name, body] of Object.entries(files)) {
      expect(brotliDecompressSync(readFileSync(path.join(root, `${name}.br`))).toString()).toBe(body);
      expect(gunzipSync(readFileSync(path.join(root, `${name}.gz`))).toString()).toBe(body);
    }
    for (const name of ['tiny.js', 'assets/index-abc.js.map', 'icon.png', 'noise.svg']) {
      expect(existsSync(path.join(root, `${name}.br`)), name).toBe(false);
      expect(existsSync(path.join(root, `${name}.gz`)), name).toBe(false);
    }

    // The noise is counted as sent as it is.
    const texts = Object.values(files).reduce((sum, body) => sum + body.length, 0);
    const copies = (ext: string) => Object.keys(files).reduce((sum, name) => sum + readFileSync(path.join(root, name + ext)).length, 0);
    expect(result).toEqual({ files: 6, bytes: texts + 4_000, brotliBytes: copies('.br') + 4_000, gzipBytes: copies('.gz') + 4_000 });
    expect(result.brotliBytes).toBeLessThan(result.gzipBytes);
  });
});
