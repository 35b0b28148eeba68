import type { ManifestOptions } from 'vite-plugin-pwa';

/**
 * The web app manifest: what a phone or tablet shows when the app is installed (its name, icons,
 * home-screen shortcuts) and what the browser's install sheet shows (the screenshots). Kept apart
 * from vite.config.ts so a unit test reads the same object the build writes. The PNG files are
 * drawn by scripts/make-icons.mjs and scripts/make-screenshots.mjs.
 *
 * Shortcut names cannot follow the device's language (one manifest serves every device), so they
 * are in English, the app's reference language.
 */
export const WEB_MANIFEST = {
  id: '/',
  name: 'Workshop companion',
  short_name: 'Workshops',
  description: 'Offline-first companion for trade-union capacity-building workshops.',
  lang: 'en',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: '#0b5d4b',
  background_color: '#ffffff',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  shortcuts: [
    { name: 'New workshop', url: '/workshops/new', icons: [{ src: '/icons/shortcut-new-96.png', sizes: '96x96', type: 'image/png' }] },
    { name: 'Compendium', url: '/compendium', icons: [{ src: '/icons/shortcut-compendium-96.png', sizes: '96x96', type: 'image/png' }] },
    { name: 'Settings', url: '/settings', icons: [{ src: '/icons/shortcut-settings-96.png', sizes: '96x96', type: 'image/png' }] },
  ],
  screenshots: [
    { src: '/screenshots/phone.png', sizes: '720x1280', type: 'image/png', form_factor: 'narrow', label: 'A workshop on a phone' },
    { src: '/screenshots/wide.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'A workshop on a tablet held sideways' },
  ],
} satisfies Partial<ManifestOptions>;

/** Kept out of the service worker's precache: only the browser's install sheet shows them. */
export const NOT_PRECACHED = ['screenshots/**'];
