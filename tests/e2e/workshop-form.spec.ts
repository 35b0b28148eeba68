import { expect, test } from '@playwright/test';
import { createWorkshop, goHome, openReadyApp } from './support/app.ts';

test('missing and wrong fields are explained next to the field, and nothing typed is lost', async ({ page }) => {
  await openReadyApp(page);
  await page.getByRole('link', { name: 'New workshop' }).click();
  await page.getByLabel('Venue').fill('Maputo');
  await page.getByLabel('Start date').fill('2026-05-12');
  await page.getByLabel('End date').fill('2026-05-10');
  await page.getByRole('button', { name: 'Save workshop' }).click();

  await expect(page.getByRole('alert')).toHaveText(/Not saved yet/);
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toBeFocused();
  await expect(page.locator('#w-title-error')).toHaveText(/Please fill this in/);
  await expect(page.locator('#w-theme-error')).toHaveText(/Please fill this in/);
  await expect(page.locator('#w-end-error')).toHaveText(/cannot be before the start date/);
  await expect(page.getByLabel('Venue')).toHaveValue('Maputo');

  await title.fill('x'.repeat(201));
  await page.getByRole('button', { name: 'Save workshop' }).click();
  await expect(page.locator('#w-title-error')).toHaveText(/at most 200 characters/);
  await expect(title).toHaveValue('x'.repeat(201));
});

test('a half-typed workshop survives a reload', async ({ page }) => {
  await openReadyApp(page, '/workshops/new');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Just transition in the ports');
  await page.getByLabel('Venue').fill('Mombasa');
  await page.reload();
  await expect(page.getByText('We kept what you typed last time.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Just transition in the ports');
  await expect(page.getByLabel('Venue')).toHaveValue('Mombasa');
});

test("a theme of one's own is kept as typed; the keyboard alone completes the form", async ({ page }) => {
  await openReadyApp(page);
  await createWorkshop(page, { title: 'Domestic workers organising', theme: 'Other theme (type your own)', otherTheme: 'Domestic work', start: '2026-07-01' });
  await goHome(page);
  await expect(page.getByRole('list', { name: 'Workshops' })).toContainText('Domestic work');

  // Keyboard path: link → form heading → fields in order → Enter submits. Native select and date
  // widgets take their values through Playwright (their keyboard handling is the browser's own).
  await page.getByRole('link', { name: 'New workshop' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'New workshop' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toBeFocused();
  await page.keyboard.type('Youth and unions');
  await page.keyboard.press('Tab');
  await expect(page.locator('#w-theme')).toBeFocused();
  await page.locator('#w-theme').selectOption({ label: 'Youth' });
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Start date')).toBeFocused();
  await page.getByLabel('Start date').fill('2026-08-20');
  await page.getByLabel('Venue').focus();
  await page.keyboard.type('Nairobi');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Workshop “Youth and unions” saved');
  await goHome(page);
  await expect(page.getByRole('list', { name: 'Workshops' }).getByRole('listitem')).toHaveCount(2);
});
