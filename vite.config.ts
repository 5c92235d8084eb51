import { fileURLToPath } from 'node:url';
import { defineConfig, type Logger, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { precompressDirectory } from './src/core/http/precompress.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Brotli and gzip copies of the built files, made last (after the service worker is written). */
function precompress(): Plugin {
  let outDir = '';
  let logger: Logger | undefined;
  return {
    name: 'offbeat-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      logger = config.logger;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const done = await precompressDirectory(outDir);
        const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
        logger?.info(`precompressed ${done.files} files: ${kb(done.bytes)} → brotli ${kb(done.brotliBytes)}, gzip ${kb(done.gzipBytes)}`);
      },
    },
  };
}

/**
 * The web app: sources in src/web (the shell) plus src/core/web and
 * src/features/<feature>/ui, built to dist/web, which the server serves with
 * an SPA fallback. In development `npm run dev` proxies /api (and the live
 * WebSocket) to the server on :3000; the Host header is kept so the server's
 * same-origin checks and invite links see the dev origin.
 */
export default defineConfig({
  root: here('./src/web'),
  publicDir: here('./src/web/public'),
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // A profiling aid, not a problem: on a busy 2-core machine the service worker and the brotli
    // step always pass its threshold, and `npm start` shows warnings only when something is wrong.
    rolldownOptions: {
      checks: { bundlerTimings: false },
      output: {
        // What every screen needs, in two chunks the first screen loads anyway: left to the bundler,
        // each lazy screen that used a piece first split it off, and the first screen fetched eleven
        // small files, each paying gzip's overhead again (the first-screen budget, e2e/screens.e2e.ts).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|@tanstack)[\\/]/ },
            { name: 'core', test: /src[\\/]core[\\/]web[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:3000', ws: true },
    },
  },
  plugins: [
    react(),
    VitePWA({
      // Registered by src/web/register-sw.ts (a module: the CSP forbids inline script).
      injectRegister: false,
      registerType: 'autoUpdate',
      manifestFilename: 'manifest.webmanifest',
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Offbeat',
        short_name: 'Offbeat',
        description: 'A shared space for two partners to notice the loop they get caught in and step out of it together.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#f6f3ee',
        theme_color: '#2f5d62',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // A long press on the installed app's icon: straight to the signal, ready for one tap.
        shortcuts: [
          {
            name: 'We’re doing the thing',
            short_name: 'Doing the thing',
            description: 'Let your partner know you have noticed the loop.',
            url: '/?signal=1',
            icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
          },
          {
            name: 'Pause now',
            short_name: 'Pause',
            description: 'Your usual pause, one tap away.',
            url: '/pause',
            icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
          },
        ],
      },
      workbox: {
        // The app shell and every route chunk, so the app opens (and says what needs a connection) offline.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        globIgnores: ['**/*.map'],
        navigateFallback: '/index.html',
        // The API and the live socket are never served from the cache: they are the connection.
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // Web Push: show the server's notification and open the app on a tap (notifications feature).
        importScripts: ['/push-handler.js'],
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
    precompress(),
  ],
});
