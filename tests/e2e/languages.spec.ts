import { expect, test } from '@playwright/test';
import { ar } from '../../src/app/i18n/ar/index.ts';
import { es } from '../../src/app/i18n/es/index.ts';
import { fr } from '../../src/app/i18n/fr/index.ts';
import { pt } from '../../src/app/i18n/pt/index.ts';
import { DEFAULT_TUOC } from '../../src/shared/framework/default-tuoc.ts';
import { createWorkshop, openReadyApp } from './support/app.ts';
import { openSection } from './support/workspace.ts';

const BROWSERS = [
  { locale: 'fr-SN', lang: 'fr', dir: 'ltr', dict: fr, autonym: 'Français' },
  { locale: 'es-GT', lang: 'es', dir: 'ltr', dict: es, autonym: 'Español' },
  { locale: 'ar-MA', lang: 'ar', dir: 'rtl', dict: ar, autonym: 'العربية' },
  { locale: 'pt-MZ', lang: 'pt', dir: 'ltr', dict: pt, autonym: 'Português' },
] as const;

for (const b of BROWSERS) {
  test(`a browser in ${b.locale} opens the app in ${b.autonym}`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: b.locale, viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await openReadyApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', b.lang);
    await expect(page.locator('html')).toHaveAttribute('dir', b.dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(b.dict.home.title);
    await expect(page.getByRole('link', { name: b.dict.settings.nav, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: b.dict.compendium.nav, exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: b.dict.app.language })).toHaveValue(b.lang);
    await expect(page.getByText(b.dict.home.emptyTitle)).toBeVisible();
    // Numbers and dates follow the language through Intl
    await expect(page.getByTestId('status-unsynced')).toHaveText(b.dict.status.unsynced.zero);
    await context.close();
  });
}

test('switching language keeps the data, the place in the workflow and a half-typed note; it is remembered on this device', async ({ page }) => {
  await openReadyApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await createWorkshop(page, { title: 'Atelier de Thiès', theme: 'Social protection', start: '2026-03-10' });
  await openSection(page, 'Notes');
  const url = page.url();
  await page.getByRole('textbox', { name: 'Note', exact: true }).fill('Les cotisations par mobile money');

  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(page.url()).toBe(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Atelier de Thiès');
  await expect(page.getByRole('navigation', { name: fr.sections.label }).getByRole('link', { name: fr.sections.notes, exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('textbox', { name: fr.notes.fieldText, exact: true })).toHaveValue('Les cotisations par mobile money');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('textbox', { name: fr.notes.fieldText, exact: true })).toHaveValue('Les cotisations par mobile money');

  // Arabic lays the page out right to left; the framework speaks Arabic too
  await page.getByRole('combobox', { name: fr.app.language }).selectOption({ label: 'العربية' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const scoringTab = page.getByRole('navigation', { name: ar.sections.label }).getByRole('link', { name: ar.sections.scoring, exact: true });
  await scoringTab.click();
  await expect(scoringTab).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText(DEFAULT_TUOC.name.ar!, { exact: false }).first()).toBeVisible();
  const tabs = await page
    .getByRole('navigation', { name: ar.sections.label })
    .getByRole('link')
    .evaluateAll((links) => links.map((l) => l.getBoundingClientRect().x));
  expect(tabs[0]).toBeGreaterThan(tabs[1]!); // the first tab is on the right

  await page.getByRole('combobox', { name: ar.app.language }).selectOption({ label: 'English' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Atelier de Thiès');
});
