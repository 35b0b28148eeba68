import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, openReadyApp } from './support/app.ts';
import { issueKey } from './support/keys.ts';
import { editVenueOffline, syncInTurn, useKey } from './support/sync.ts';
import { openSection } from './support/workspace.ts';

/** Give this device a name in Settings, as a facilitator does once per device. */
async function nameDevice(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByTestId('device-name-state')).toContainText('This device has no name yet');
  await page.getByRole('textbox', { name: 'This device’s name' }).fill(name);
  await page.getByRole('button', { name: 'Save the name' }).click();
  await expect(page.getByRole('status')).toHaveText(`This device is now called “${name}”.`);
  await expect(page.getByTestId('device-name-state')).toContainText('You can change it');
}

test('a venue replaced by a facilitator’s other device is named with the device’s name, and put back', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const key = issueKey('facilitator', 'Amina Ben Salah');
  const tabletContext = await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } });
  const laptopContext = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const tablet = await tabletContext.newPage();
  const laptop = await laptopContext.newPage();
  for (const [page, name] of [
    [tablet, 'Amina’s tablet'],
    [laptop, 'Amina’s laptop'],
  ] as const) {
    await openReadyApp(page);
    await useKey(page, key);
    await nameDevice(page, name);
  }

  // The tablet makes the workshop; the laptop receives it
  await tablet.getByRole('link', { name: 'Workshop companion' }).click();
  await createWorkshop(tablet, { title: 'Social dialogue in Tunis', theme: 'Social dialogue', start: '2026-09-14', venue: 'UGTT headquarters' });
  await syncInTurn([tablet, laptop]);
  await laptop.getByRole('link', { name: 'Workshop companion' }).click();
  await laptop.getByRole('link', { name: 'Social dialogue in Tunis' }).click();

  // Both change the venue with no network; the laptop's edit is the later one
  await editVenueOffline([
    [tablet, 'Salle Carthage'],
    [laptop, 'Hôtel Africa'],
  ]);
  await syncInTurn([tablet, laptop, tablet]);

  // Each device says, in words, which value was replaced and where it came from
  const replaced = 'Venue: “Salle Carthage” from Amina’s tablet, replaced';
  for (const page of [tablet, laptop]) {
    await openSection(page, 'Overview');
    const list = page.getByRole('list', { name: 'Edits replaced by a later one' });
    await expect(list).toContainText(replaced);
    await expect(list).not.toContainText('workshop · venue');
  }

  // On the laptop, the facilitator puts the tablet's venue back
  await laptop.getByRole('button', { name: 'Put it back' }).click();
  await expect(laptop.getByRole('status')).toHaveText('Venue: “Salle Carthage” is back.');
  await expect(laptop.getByRole('list', { name: 'Edits replaced by a later one' })).toContainText('In place now.');
  await expect(laptop.getByRole('button', { name: 'Put it back' })).toHaveCount(0);
  await openSection(laptop, 'Details');
  await expect(laptop.getByRole('textbox', { name: 'Venue' })).toHaveValue('Salle Carthage');

  // After sync, the tablet has it too
  await syncInTurn([laptop, tablet]);
  await openSection(tablet, 'Details');
  await expect(tablet.getByRole('textbox', { name: 'Venue' })).toHaveValue('Salle Carthage');
  await openSection(tablet, 'Overview');
  await expect(tablet.getByRole('list', { name: 'Edits replaced by a later one' })).toContainText('In place now.');

  await tabletContext.close();
  await laptopContext.close();
});
