#!/usr/bin/env node
// `npm run --silent check-words`: "Check my words" (src/features/words/check.ts) outside the app,
// so it can be evaluated on anyone's own phrases. Reads lines on standard input and prints one
// JSON object per line, in order (an empty line too, so answers stay beside their lines):
// {"markers":[{"marker":"blame","start":0,"end":9}],"suggestion":"…"} — offsets into the line as
// written, suggestion null when nothing is marked. Offline; keeps nothing.
import { createInterface } from 'node:readline';
import { importSource } from './import-source.mjs';

const { checkWords } = await importSource('src/features/words/check.ts');

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  process.stdout.write(`${JSON.stringify(checkWords(line))}\n`);
}
