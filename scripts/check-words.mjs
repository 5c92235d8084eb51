#!/usr/bin/env node
// `npm run --silent check-words`: "Check my words" (src/features/words/check.ts) outside the app,
// so it can be evaluated on anyone's own phrases. Reads lines on standard input and prints one
// JSON object per line, in order (an empty line too, so answers stay beside their lines):
// {"markers":[{"marker":"blame","start":0,"end":9}],"suggestion":"…"} — offsets into the line as
// written, suggestion null when nothing is marked. Offline; keeps nothing.
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The same TypeScript the app ships, bundled in memory (it imports only its own lexicon and words).
const bundled = await build({
  entryPoints: [path.join(root, 'src/features/words/check.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
  absWorkingDir: root,
});
const { checkWords } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  process.stdout.write(`${JSON.stringify(checkWords(line))}\n`);
}
