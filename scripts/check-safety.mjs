#!/usr/bin/env node
// `npm run --silent check-safety`: the app's word check (src/features/safety/word-check.ts)
// outside the app, so it can be evaluated on anyone's own phrases. Reads lines on standard
// input and prints one JSON object per line, {"concern": true|false}, in order (an empty line
// too, so answers stay beside their lines). Offline; keeps nothing.
import { createInterface } from 'node:readline';
import { importSource } from './import-source.mjs';

// The same TypeScript the app ships (it imports nothing).
const { concernIn } = await importSource('src/features/safety/word-check.ts');

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  process.stdout.write(`${JSON.stringify({ concern: concernIn(line) })}\n`);
}
