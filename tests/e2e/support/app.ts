import { expect, type Page } from '@playwright/test';

/** Wait until a service worker is activated and controls the page (safe to go offline after). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const sw = reg.active;
    if (sw && sw.state !== 'activated') {
      await new Promise<void>((resolve) => sw.addEventListener('statechange', () => sw.state === 'activated' && resolve()));
    }
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
}

/** Open the app and wait until it works offline. */
export async function openReadyApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForServiceWorker(page);
}

export interface NewWorkshop {
  title: string;
  theme: string;
  otherTheme?: string;
  start: string;
  end?: string;
  venue?: string;
  country?: string;
}

/** Fill and save the new-workshop form as a person would. */
export async function createWorkshop(page: Page, w: NewWorkshop): Promise<void> {
  await page.getByRole('link', { name: 'New workshop' }).first().click();
  await expect(page.getByRole('heading', { name: 'New workshop' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(w.title);
  await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption({ label: w.theme });
  if (w.otherTheme) await page.getByLabel('Your theme').fill(w.otherTheme);
  await page.getByLabel('Start date').fill(w.start);
  if (w.end) await page.getByLabel('End date').fill(w.end);
  if (w.venue) await page.getByLabel('Venue').fill(w.venue);
  if (w.country) await page.getByLabel('Country').selectOption({ label: w.country });
  await page.getByRole('button', { name: 'Save workshop' }).click();
  await expect(page.getByRole('status')).toContainText(`Workshop “${w.title}” saved`);
  await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
}

/** Back to the list of workshops. */
export async function goHome(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'All workshops' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
}

/** The workshop id in a workshop screen's address. */
export const workshopIdOf = (page: Page): string => /\/workshops\/([0-9a-f-]{36})/.exec(page.url())![1]!;
