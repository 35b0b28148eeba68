import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E } from './support/env.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { waitForServiceWorker } from './support/app.ts';

let server: RunningServer;
let site: string;

test.beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wc-update-'));
  site = join(dir, 'site');
  cpSync(E2E.distDir, site, { recursive: true });
  server = await startServer({ port: E2E.port + 1, staticDir: site, dataDir: join(dir, 'data') });
});
test.afterAll(async () => server?.stop());

function deployNextVersion(): void {
  rmSync(site, { recursive: true, force: true });
  cpSync(E2E.nextDistDir, site, { recursive: true });
}

test('a new version is offered, never applied over an unsaved form, and applied on request', async ({ page }) => {
  await page.goto(server.url);
  await waitForServiceWorker(page);
  await expect(page.getByTestId('app-version')).toContainText('+e2e.1');

  deployNextVersion();
  await page.reload();
  await expect(page.getByText('A new version of the app is ready.')).toBeVisible();
  // still the old version: nothing reloaded by itself
  await expect(page.getByTestId('app-version')).toContainText('+e2e.1');

  await page.getByRole('link', { name: 'New workshop' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Half-typed title');
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Save or cancel the open form first/);
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(42);
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Half-typed title');
  await expect(page.getByTestId('app-version')).toContainText('+e2e.1');

  await page.getByRole('button', { name: 'Cancel' }).click();
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update' }).click()]);
  await expect(page.getByTestId('app-version')).toContainText('+e2e.2');
  await expect(page.getByText('A new version of the app is ready.')).toHaveCount(0);
});
