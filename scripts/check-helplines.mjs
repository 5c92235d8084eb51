#!/usr/bin/env node
// `npm run check-helplines`: the offline format check of the bundled helpline list
// (src/features/safety/helplines.ts). Prints a summary per country; exits 1 on a
// format error. A stale date only warns: the list still helps while it is reviewed.
import { build } from 'esbuild';

const entry = `
export { HELPLINES, HELPLINES_CHECKED_ON, HELPLINE_DIRECTORY } from './src/features/safety/helplines.ts';
export { checkHelplines } from './src/features/safety/helplines-check.ts';
`;
const bundled = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
const { HELPLINES, HELPLINES_CHECKED_ON, HELPLINE_DIRECTORY, checkHelplines } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

const { errors, warnings } = checkHelplines(HELPLINES, HELPLINES_CHECKED_ON, HELPLINE_DIRECTORY, new Date());
for (const country of HELPLINES) {
  const ways = (key) => country.lines.filter((line) => line[key]).length;
  console.log(`${country.code}  ${country.name.padEnd(15)} emergency ${country.emergency.padEnd(6)} ${country.lines.length} lines (${ways('phone')} phone, ${ways('text')} text, ${ways('web')} web)`);
}
const lines = HELPLINES.reduce((sum, country) => sum + country.lines.length, 0);
console.log(`\n${HELPLINES.length} countries, ${lines} lines, reviewed ${HELPLINES_CHECKED_ON}; everywhere else: ${HELPLINE_DIRECTORY}`);
for (const warning of warnings) console.log(`warning: ${warning}`);
for (const error of errors) console.error(`error: ${error}`);
console.log(errors.length ? `${errors.length} format error(s)` : 'format: ok');
process.exit(errors.length ? 1 : 0);
