import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { PRELOADED, preloadMap } from './scripts/preload-map.ts';
import { NOT_PRECACHED, WEB_MANIFEST } from './scripts/web-manifest.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
/** The build stamp shown in the app; APP_BUILD lets a test produce a distinct "next" version. */
const build = process.env.APP_BUILD ?? new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(`${pkg.version}+${build}`),
  },
  build: {
    outDir: process.env.OUT_DIR ?? 'dist',
    target: 'es2022',
    sourcemap: false,
    // Lets the size script tell what the first screen loads from what loads later.
    manifest: true,
  },
  server: {
    proxy: { '/api': `http://localhost:${process.env.API_PORT ?? '8787'}` },
  },
  plugins: [
    solid(),
    // The lazily loaded screens and the dictionaries, for the server's preload hints on deep links.
    preloadMap(PRELOADED),
    VitePWA({
      registerType: 'prompt',
      // Registration happens in src/app/pwa so the update flow can respect unsaved work.
      injectRegister: false,
      manifest: WEB_MANIFEST,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        globIgnores: NOT_PRECACHED,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
    }),
  ],
});
