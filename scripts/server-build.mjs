// How `npm run build` bundles the server (scripts/build.mjs): each entry point, TypeScript,
// becomes one ESM file in dist/server; node_modules stay external. Shared with the tests that
// run the server as a child process and with the check that deploy/ starts the file built here.
export const SERVER_OUTDIR = 'dist/server';
export const SERVER_ENTRY_POINTS = {
  main: 'src/server/main.ts',
  demo: 'src/server/demo.ts',
  'make-pglite-seed': 'src/server/make-pglite-seed.ts',
};

export function serverBuildOptions({ outdir = SERVER_OUTDIR, entryPoints = SERVER_ENTRY_POINTS, absWorkingDir } = {}) {
  return { entryPoints, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outdir, sourcemap: true, logLevel: 'warning', absWorkingDir };
}
