import { expect, type Page } from '@playwright/test';
import { openSection } from './workspace.ts';

/** Enter an access key in Settings and sync, as a person given a key would. */
export async function useKey(page: Page, key: string): Promise<void> {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('textbox', { name: 'Access key' }).fill(key);
  await page.getByRole('button', { name: 'Save key and sync' }).click();
  await expect(page.getByTestId('sync-last')).toContainText('Last synced');
}

/** With no network on any of them, each device in turn sets the workshop's venue (the last one's edit is the later). */
export async function editVenueOffline(edits: readonly (readonly [Page, string])[]): Promise<void> {
  for (const [page] of edits) await page.context().setOffline(true);
  for (const [page, venue] of edits) {
    await openSection(page, 'Details');
    await page.getByRole('textbox', { name: 'Venue' }).fill(venue);
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect(page.getByRole('status')).toHaveText('Workshop details saved.');
  }
  for (const [page] of edits) await page.context().setOffline(false);
}

/**
 * Each device in turn presses "Sync now", hears that the sync it asked for ended well (what a
 * screen reader says), and has nothing left waiting, with no sync error: a relay, then its source,
 * and so on. A device with nothing to send waits for its pull as well.
 */
export async function syncInTurn(pages: readonly Page[]): Promise<void> {
  for (const page of pages) {
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByTestId('sync-announcement')).toHaveText('All changes synced.', { timeout: 15_000 });
    await expect(page.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync', { timeout: 15_000 });
    await expect(page.getByTestId('sync-error')).toHaveCount(0);
  }
}
