import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../../src/core/project-root';
import { SERVER_ENTRY_POINTS, serverBuildOptions } from '../../scripts/server-build.mjs';

/**
 * Bundles src/server/main.ts as `npm run build` does (scripts/server-build.mjs), into a folder of its
 * own under node_modules/.cache, so an integration test can run the real server as a child
 * process without a build of the whole app beforehand. Returns the entry file.
 */
export async function bundleServer(): Promise<string> {
  const outdir = path.join(projectRoot(), 'node_modules', '.cache', 'offbeat-test', `server-${randomBytes(4).toString('hex')}`);
  await build(serverBuildOptions({ outdir, entryPoints: { main: SERVER_ENTRY_POINTS.main! }, absWorkingDir: projectRoot() }));
  return path.join(outdir, 'main.js');
}
