import { expect, test, type Page } from '@playwright/test';
import { createWorkshop } from './support/app.ts';

/** The screens whose code this page has fetched (their chunks are named after the screen files). */
const fetchedScreens = (page: Page) => page.evaluate(() => [...new Set(performance.getEntriesByType('resource').flatMap((e) => /\/assets\/(\w+Screen)-/.exec(e.name)?.[1] ?? []))]);

// A participant's phone may lose its connection before the service worker has cached the app (a
// slow link, a first visit). The screens it has not opened yet are fetched in idle time after the
// first one shows, so the app keeps working in that window too.
test('before the app is installed, a page left open a moment opens every screen offline', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  // Thirteen screens past the list, fetched one by one.
  await expect.poll(async () => (await fetchedScreens(page)).length, { timeout: 20_000 }).toBe(13);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();

  await context.setOffline(true);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('link', { name: 'Frameworks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Frameworks' })).toBeVisible();
  await page.getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  await page.getByRole('link', { name: 'Workshop companion' }).click();
  await page.getByRole('link', { name: 'New workshop' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'New workshop' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Country' })).toContainText('Togo');
  await context.close();
});

// A tap on a workshop in the list is the step that most often follows the list: the list fetches
// that screen's code as soon as it shows, well before the other screens' idle-time fetch.
test('a list of workshops fetches the screen its links open as soon as it shows', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/');
  await createWorkshop(page, { title: 'Dock workers', theme: 'Youth', start: '2026-03-10' });
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Dock workers' })).toBeVisible();
  await expect.poll(() => fetchedScreens(page), { timeout: 1000 }).toContain('WorkshopScreen');
  // Not the idle-time fetch of every screen, which comes later.
  expect(await fetchedScreens(page)).toEqual(['WorkshopScreen']);
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Dock workers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dock workers' })).toBeVisible();
  await context.close();
});
