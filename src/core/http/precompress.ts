import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Build step: writes `name.br` and `name.gz` beside every text file of the
 * built web app, so the server sends them by content negotiation (see
 * buildApp) instead of compressing on every request. Brotli at its highest
 * quality is too slow per request but fine once per build.
 */

/** Text the browser downloads. Source maps are left out: only developer tools fetch them. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml)$/;
/** Below this a compressed copy saves less than the headers it costs. */
export const MIN_COMPRESS_BYTES = 512;
/** A copy that does not save at least a tenth is not worth a second representation. */
const WORTH_IT = 0.9;

export interface PrecompressResult {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export function isCompressible(name: string, size: number): boolean {
  return COMPRESSIBLE.test(name) && size >= MIN_COMPRESS_BYTES;
}

export async function precompressDirectory(root: string): Promise<PrecompressResult> {
  const result: PrecompressResult = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const files = (await readdir(root, { recursive: true })).map((name) => path.join(root, name));
  await Promise.all(
    files.map(async (file) => {
      const info = await stat(file);
      if (!info.isFile() || !isCompressible(file, info.size)) return;
      const original = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(original, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
          },
        }),
        gzipAsync(original, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      // The bytes a browser gets: the copy when it is kept, otherwise the original.
      const keep = async (copy: Buffer, ext: string) => {
        if (copy.length > original.length * WORTH_IT) return original.length;
        await writeFile(file + ext, copy);
        return copy.length;
      };
      const [brotliBytes, gzipBytes] = await Promise.all([keep(br, '.br'), keep(gz, '.gz')]);
      result.files += 1;
      result.bytes += original.length;
      result.brotliBytes += brotliBytes;
      result.gzipBytes += gzipBytes;
    }),
  );
  return result;
}
