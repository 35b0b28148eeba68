import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createWorkshop, openReadyApp } from './support/app.ts';
import { download } from './support/files.ts';
import { openSection } from './support/workspace.ts';

/**
 * A small storage quota for the page's IndexedDB. Chromium 156's DevTools quota override
 * (Storage.overrideQuotaForOrigin) has no effect here, in incognito or persistent profiles, so the
 * quota is enforced where the browser enforces it for the app: every record written counts its
 * size, and a write past the limit fails with the browser's own QuotaExceededError.
 */
async function withSmallQuota(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const state = { limit: Infinity, used: 0 };
    Object.assign(window, { __quota: state });
    for (const method of ['put', 'add'] as const) {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the store as `this`
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        const size = JSON.stringify(value ?? null).length * 2;
        if (state.used + size > state.limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        state.used += size;
        return original.call(this, value, key);
      };
    }
  });
}
const limitStorage = (page: Page, extraBytes: number) =>
  page.evaluate((extra) => {
    const q = (window as unknown as { __quota: { limit: number; used: number } }).__quota;
    q.limit = q.used + extra;
  }, extraBytes);

test('when the device’s storage fills up, the app says so, keeps what was typed, exports the unsynced changes and keeps reading', async ({ page, context }) => {
  test.setTimeout(90_000);
  await withSmallQuota(context);
  await openReadyApp(page);
  await createWorkshop(page, { title: 'Workshop on a full phone', theme: 'Youth', start: '2026-10-01' });
  await openSection(page, 'Notes');
  const note = page.getByRole('textbox', { name: 'Note', exact: true });
  await note.fill('The first note fits.');
  await note.press('Enter');
  await expect(page.getByTestId('notes-shown')).toContainText('1');

  // From now on, about 60 KB more fits on this "phone"
  await limitStorage(page, 60_000);

  const long = 'Les cotisations par mobile money ont doublé en un an, mais la caisse reste fragile. '.repeat(55);
  let failed = false;
  let failedAt = -1;
  let lastStored = -1;
  for (let i = 0; i < 40 && !failed; i++) {
    failedAt = i;
    await note.fill(`${i}. ${long}`);
    await note.press('Enter');
    failed = await page
      .getByRole('alert')
      .filter({ hasText: 'Storage on this device is full' })
      .isVisible()
      .catch(() => false);
    if (failed) break;
    // Stored: the form is empty again. A save that failed before its alert showed is not.
    const stored = await expect(note)
      .toHaveValue('')
      .then(
        () => true,
        () => false,
      );
    if (stored) lastStored = i;
  }
  expect(failed).toBe(true);
  const banner = page.getByRole('alert').filter({ hasText: 'Storage on this device is full' });
  await expect(banner).toBeVisible();
  // Nothing typed is lost: the note that could not be saved is still in its form, with the reason
  await expect(note).toHaveValue(/Les cotisations par mobile money/);
  // The card of the note that could not be stored (shown as Enter was pressed) is taken off again;
  // the last one stored stays
  await expect(page.getByText(new RegExp(`^${failedAt}\\. Les cotisations`))).toHaveCount(0);
  if (lastStored >= 0) await expect(page.getByText(new RegExp(`^${lastStored}\\. Les cotisations`))).toBeVisible();
  await expect(page.getByText('This device is out of storage space. Export your data, then free some space.')).toBeVisible();

  const file = await download(page, () => banner.getByRole('button', { name: 'Save unsynced changes to a file' }).click());
  const exported = JSON.parse(file.bytes.toString('utf8')) as { mutations: { kind: string }[] };
  expect(exported.mutations.filter((m) => m.kind === 'note').length).toBeGreaterThanOrEqual(2);

  // Reading still works: other sections, and the saved notes
  await openSection(page, 'Overview');
  await expect(page.getByTestId('count-notes')).toBeVisible();
  await openSection(page, 'Notes');
  await expect(page.getByText('The first note fits.')).toBeVisible();
  await banner.getByRole('button', { name: 'Hide this message' }).click();
  await expect(banner).toBeHidden();
});
