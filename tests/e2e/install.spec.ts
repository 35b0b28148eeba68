import { chromium, expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/checks.ts';
import { E2E } from './support/env.ts';

/**
 * Installing the app: the manifest the browser reads (icons, shortcuts, screenshots), the offer to
 * install where Chromium allows it (a synthetic `beforeinstallprompt`, which Chromium fires only
 * after its own engagement checks), and the warning at a plain-http address on the network.
 */
interface Manifest {
  icons: { src: string; sizes: string; purpose: string }[];
  shortcuts: { name: string; url: string; icons: { src: string; sizes: string }[] }[];
  screenshots: { src: string; sizes: string; form_factor: string }[];
}

/** Fire a made-up install event, whose prompt() counts its calls in `window.prompted`. */
async function offerInstall(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { prompted: number };
    w.prompted ??= 0;
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: () => Promise.resolve(void w.prompted++),
      userChoice: Promise.resolve({ outcome: 'dismissed' }),
    });
    window.dispatchEvent(event);
  });
}
const prompted = (page: Page) => page.evaluate(() => (window as unknown as { prompted: number }).prompted);

/** Each of the page's hint regions is a 48px target at least. */
async function expectLargeButtons(page: Page): Promise<void> {
  for (const b of await page.locator('.banner button').all()) {
    const box = (await b.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(48);
  }
}

test('the manifest names icons, shortcuts and screenshots that load, and the screenshots stay out of the precache', async ({ page, request }) => {
  const res = await request.get('/manifest.webmanifest');
  expect(res.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await res.json()) as Manifest;
  expect(manifest.icons.map((i) => i.purpose)).toEqual(['any', 'any', 'maskable']);
  expect(manifest.shortcuts.map((s) => s.url)).toEqual(['/workshops/new', '/compendium', '/settings']);
  expect(manifest.screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
  const files = [...manifest.icons.map((i) => i.src), ...manifest.shortcuts.flatMap((s) => s.icons.map((i) => i.src)), ...manifest.screenshots.map((s) => s.src), '/apple-touch-icon.png'];
  for (const src of files) {
    const file = await request.get(src);
    expect(file.status(), src).toBe(200);
    expect(file.headers()['content-type'], src).toBe('image/png');
  }
  const worker = await (await request.get('/sw.js')).text();
  expect(worker).toContain('apple-touch-icon.png');
  expect(worker).not.toContain('screenshots/');
  // Each shortcut opens its screen.
  await page.goto('/workshops/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New workshop' })).toBeVisible();
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/apple-touch-icon.png');
  // The page's icons load in the page too (no content-security rule stands in the way).
  const loaded = await page.evaluate(
    async (srcs) => Promise.all(srcs.map((src) => new Promise<boolean>((resolve) => Object.assign(new Image(), { onload: () => resolve(true), onerror: () => resolve(false), src })))),
    files,
  );
  expect(loaded.every(Boolean)).toBe(true);
});

test('where the browser offers installing, the app offers it once, then in Settings', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  // The shell's line (Settings' panel below bears the same name).
  const shell = page.getByRole('region', { name: 'The app on this device' }).and(page.locator('.banner'));
  await offerInstall(page);
  await expect(shell.getByText('Install the app on this device')).toBeVisible();
  await expectLargeButtons(page);
  await expectAccessible(page, 'install offer');
  await shell.getByRole('button', { name: 'Install the app' }).click();
  expect(await prompted(page)).toBe(1);
  await expect(shell).toBeHidden();

  // Not offered again on this device (dismissed), but Settings has it while the browser offers it.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  await offerInstall(page);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const panel = page.locator('section', { has: page.getByRole('heading', { name: 'The app on this device' }) });
  await panel.getByRole('button', { name: 'Install the app' }).click();
  expect(await prompted(page)).toBe(1);
  await expect(panel.getByRole('button', { name: 'Install the app' })).toBeHidden();
  await expect(panel).toContainText('open the browser’s menu');
  await expect(page.locator('.banner')).toHaveCount(0);

  // Once installed, nothing is offered.
  await offerInstall(page);
  await expect(panel.getByRole('button', { name: 'Install the app' })).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
  await expect(panel.getByRole('button', { name: 'Install the app' })).toBeHidden();
});

test('at a plain-http address on the network the app says it cannot work offline; at localhost it does not', async () => {
  const launch = test.info().project.use.launchOptions ?? {};
  const browser = await chromium.launch({ ...launch, args: [...(launch.args ?? []), '--host-resolver-rules=MAP lan.test 127.0.0.1'] });
  try {
    const context = await browser.newContext({ viewport: { width: 800, height: 1280 }, hasTouch: true });
    const page = await context.newPage();
    // The browser withholds what start-up needs (crypto.subtle): the app says why, in the reader's language.
    await page.goto(`http://lan.test:${E2E.port}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'This address is not secure (plain http)' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('The app cannot start at this address.');
    await expect(page.getByRole('main')).toContainText('cannot work offline or be installed, and phones cannot join');
    await expect(page.getByText('could not open its storage')).toBeHidden();
    await expectAccessible(page, 'plain-http warning');
    await page.evaluate(() => localStorage.setItem('locale', 'fr'));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Cette adresse n’est pas sécurisée (http simple)' })).toBeVisible();

    // localhost is a secure context: the hints' code loads and has nothing to say.
    const hintCode = page.waitForResponse((r) => /\/ShellHint-[^/]*\.js$/.test(new URL(r.url()).pathname));
    await page.goto(`http://localhost:${E2E.port}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
    await hintCode;
    await page.waitForTimeout(500);
    await expect(page.locator('.banner')).toHaveCount(0);
    await expect(page.getByText('not secure')).toBeHidden();
  } finally {
    await browser.close();
  }
});

test('on an iPhone in Safari, the home-screen note comes once and stays in Settings', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  });
  try {
    const page = await context.newPage();
    await page.goto('/');
    const note = page.locator('.banner', { hasText: 'Add to Home Screen' });
    await expect(note).toContainText('Safari may clear a website’s storage');
    await expectLargeButtons(page);
    await note.getByRole('button', { name: 'Got it' }).click();
    await expect(note).toBeHidden();
    const hintCode = page.waitForResponse((r) => /\/ShellHint-[^/]*\.js$/.test(new URL(r.url()).pathname));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
    await hintCode;
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(page.locator('section', { has: page.getByRole('heading', { name: 'The app on this device' }) })).toContainText('Tap Share, then “Add to Home Screen”');
    await expect(note).toHaveCount(0);
  } finally {
    await context.close();
  }
});
