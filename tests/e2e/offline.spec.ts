import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkshop, goHome, openReadyApp } from './support/app.ts';

test('the app installs a service worker, is installable and becomes controlled', async ({ page }) => {
  await openReadyApp(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
  const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as { icons: { sizes: string; purpose: string }[] };
  expect(manifest).toMatchObject({ name: 'Workshop companion', display: 'standalone', theme_color: '#0b5d4b' });
  expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
});

test('Chrome finds nothing that prevents installing the app', async ({ baseURL }, testInfo) => {
  // Test contexts are incognito, where Chrome never offers installation: use a real profile.
  const profile = mkdtempSync(join(tmpdir(), 'wc-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await openReadyApp(page);
    const cdp = await context.newCDPSession(page);
    const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: unknown[] };
    expect(errors).toEqual([]);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('with the network off, a reload still shows the app', async ({ page, context }) => {
  await openReadyApp(page);
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Workshops', level: 1 })).toBeVisible();
  await expect(page.getByText('Offline – everything is saved on this device')).toBeVisible();
  // a deep link works offline too (navigation fallback to the app shell)
  await page.goto('/workshops/new');
  await expect(page.getByRole('heading', { name: 'New workshop' })).toBeVisible();
});

test('a workshop created offline is still listed after two offline reloads', async ({ page, context }) => {
  await openReadyApp(page);
  await context.setOffline(true);
  await page.reload();
  await createWorkshop(page, {
    title: 'Étendre la protection sociale <b>aux</b> travailleurs 🧵',
    theme: 'Social protection',
    start: '2026-03-10',
    end: '2026-03-11',
    venue: 'Thiès',
    country: 'Senegal',
  });
  await goHome(page);
  const list = page.getByRole('list', { name: 'Workshops' });
  await expect(list.getByRole('heading', { name: 'Étendre la protection sociale <b>aux</b> travailleurs 🧵' })).toBeVisible();
  await expect(page.getByTestId('status-unsynced')).toHaveText('1 change not yet synced');
  for (let i = 0; i < 2; i++) {
    await page.reload();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list).toContainText('Étendre la protection sociale <b>aux</b> travailleurs 🧵');
    await expect(list).toContainText('Social protection');
    await expect(list).toContainText('Thiès, Senegal');
    await expect(list).toContainText('Mar 10, 2026 – Mar 11, 2026');
  }
  await expect(page.getByText('Offline – everything is saved on this device')).toBeVisible();
  // the HTML-like title is text, never markup
  expect(await page.locator('.card b').count()).toBe(0);
});
