// The app's own TypeScript, for a script run outside the app: one source file bundled in memory
// with esbuild (what it imports comes along) and loaded as a module, so the script runs exactly
// the code the app ships.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `file` is relative to the repository root, e.g. `src/features/words/check.ts`. */
export async function importSource(file) {
  const bundled = await build({ entryPoints: [path.join(root, file)], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning', absWorkingDir: root });
  return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
}
