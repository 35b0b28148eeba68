import { expect, type Page } from '@playwright/test';

/** Enter an access key in Settings and sync, as a person given a key would. */
export async function useKey(page: Page, key: string): Promise<void> {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('textbox', { name: 'Access key' }).fill(key);
  await page.getByRole('button', { name: 'Save key and sync' }).click();
  await expect(page.getByTestId('sync-last')).toContainText('Last synced');
}
