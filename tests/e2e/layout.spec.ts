import { expect, test } from '@playwright/test';
import { createWorkshop, openReadyApp } from './support/app.ts';
import { openSection } from './support/workspace.ts';
import { expectTouchFriendly } from './support/checks.ts';

for (const path of ['/', '/workshops/new']) {
  test(`every control on ${path} is a 48px touch target and nothing overflows sideways`, async ({ page }) => {
    await openReadyApp(page, path);
    await expectTouchFriendly(page);
  });
}

test('every workshop section is touch-friendly and fits the screen', async ({ page }) => {
  await openReadyApp(page);
  await createWorkshop(page, { title: 'Une très longue intitulé d’atelier sur la protection sociale des travailleurs de l’économie informelle', theme: 'Social protection', start: '2026-03-10' });
  for (const section of ['Overview', 'Details', 'Agenda', 'People', 'Notes', 'Scoring', 'Analysis', 'SWOT and actions', 'Votes', 'Good practices', 'Report and exports']) {
    await openSection(page, section);
    if (section === 'SWOT and actions') {
      // with a row in the action table, which is wider than a phone
      const plan = page.getByRole('form', { name: 'Add action' });
      await plan.getByRole('combobox', { name: 'Priority capacity' }).selectOption({ label: 'Autonomy' });
      await plan.getByRole('textbox', { name: 'Action' }).fill('Agree a dues policy at congress');
      await plan.getByRole('button', { name: 'Add action' }).click();
      await expect(page.getByRole('table', { name: 'Action plan' }).locator('tbody tr')).toHaveCount(1);
    }
    if (section === 'Good practices') {
      // a card in the compendium, with a long unbroken word, to check the compendium screens below
      await page.getByRole('button', { name: 'New practice card' }).click();
      await page.getByRole('textbox', { name: 'Title' }).fill('Caisse mutuelle de santé des vendeuses du marché Tilène');
      await page.getByRole('textbox', { name: 'Context' }).fill('https://example.org/a/very/long/address/that/never/breaks/by/itself/on/a/small/phone/screen');
      await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In compendium' });
      await page.getByRole('button', { name: 'Save practice card' }).click();
      await expect(page.getByRole('button', { name: 'New practice card' })).toBeVisible();
    }
    await expectTouchFriendly(page);
  }
  await page.getByRole('link', { name: 'Compendium' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Caisse mutuelle de santé des vendeuses du marché Tilène' })).toBeVisible();
  await expectTouchFriendly(page);
  await page.getByRole('link', { name: 'Open the printable compendium' }).click();
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
  await expectTouchFriendly(page);
  await page.getByRole('link', { name: 'Projects', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectTouchFriendly(page);
});
