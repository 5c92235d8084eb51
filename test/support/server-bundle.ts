import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../../src/core/project-root';

/**
 * Bundles src/server/main.ts as `npm run build` does (scripts/build.mjs), into a folder of its
 * own under node_modules/.cache, so an integration test can run the real server as a child
 * process without a build of the whole app beforehand. Returns the entry file.
 */
export async function bundleServer(): Promise<string> {
  const outdir = path.join(projectRoot(), 'node_modules', '.cache', 'offbeat-test', `server-${randomBytes(4).toString('hex')}`);
  await build({
    entryPoints: { main: path.join(projectRoot(), 'src/server/main.ts') },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir,
    logLevel: 'warning',
  });
  return path.join(outdir, 'main.js');
}
