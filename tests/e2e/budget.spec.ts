import { expect, test } from '@playwright/test';
import { E2E } from './support/env.ts';
import { FIRST_SCREEN_BUDGET, measureBundle } from '../support/bundle-size.ts';

test('the first screen stays within 80 KB gzip and the precache holds every file it loads', async ({ page }) => {
  const m = measureBundle(E2E.distDir);
  expect(m.firstScreen.length).toBeGreaterThan(1);
  expect(m.firstScreenGzip).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET);
  // What the browser really fetches for the first screen is all in the precache, so it works offline.
  const loaded = new Set<string>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (/\.(js|css)$/.test(url.pathname)) loaded.add(url.pathname.slice(1));
  });
  // The service-worker helper is fetched once the first screen shows and the page is idle, always
  // before the later screens (those wait longer, in idle time too; a list that shows workshops
  // warms the workshop screen sooner, and this list is empty).
  const helper = page.waitForRequest((r) => /\/workbox-window\.[^/]*\.js$/.test(new URL(r.url()).pathname));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await helper;
  page.removeAllListeners('request');
  const precached = new Set(m.precache.map((f) => f.file));
  expect([...loaded].filter((f) => !precached.has(f))).toEqual([]);
  // What the browser really fetched for the home screen is what the size script counts.
  expect([...loaded].sort()).toEqual(
    m.firstScreen
      .map((f) => f.file)
      .filter((f) => f !== 'index.html')
      .sort(),
  );
});
