import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './support/checks.ts';
import { E2E } from './support/env.ts';
import { tabletWithWorkshop } from './support/room.ts';

/**
 * Installing the app: the manifest the browser reads (icons, shortcuts, screenshots), the offer to
 * install where Chromium allows it (a synthetic `beforeinstallprompt`, which Chromium fires only
 * after its own engagement checks), the warning at a plain-http address on the network, and the
 * iPhone and iPad home-screen note, told only to a device that holds nothing yet (an app on the home
 * screen starts empty: a participant's phone would leave its join and its answers behind in Safari).
 * The shell's line comes a moment after the page and moves nothing on it.
 */
interface Manifest {
  icons: { src: string; sizes: string; purpose: string }[];
  shortcuts: { name: string; url: string; icons: { src: string; sizes: string }[] }[];
  screenshots: { src: string; sizes: string; form_factor: string }[];
}

/**
 * Fire a made-up install event, whose prompt() counts its calls in `window.prompted`; a stale one
 * refuses as Chromium does for an event already used (`InvalidStateError`).
 */
async function offerInstall(page: Page, stale = false): Promise<void> {
  await page.evaluate((stale) => {
    const w = window as unknown as { prompted: number };
    w.prompted ??= 0;
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: () => (w.prompted++, stale ? Promise.reject(new DOMException('The prompt() method can only be used once.', 'InvalidStateError')) : Promise.resolve()),
      userChoice: Promise.resolve({ outcome: 'dismissed' }),
    });
    window.dispatchEvent(event);
  }, stale);
}
const prompted = (page: Page) => page.evaluate(() => (window as unknown as { prompted: number }).prompted);

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const iPhone = (browser: Browser, baseURL: string | undefined) => browser.newContext({ baseURL, viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, userAgent: IPHONE });
/** The hints' code has loaded (it comes once the first screen has settled) and had time to speak. */
const hintsSettled = (page: Page) => page.waitForResponse((r) => /\/ShellHint-[^/]*\.js$/.test(new URL(r.url()).pathname));

/** The line shows at the bottom of the screen, over the page, and the page did not move (its heading stayed put). */
async function expectNoShift(page: Page, line: ReturnType<Page['locator']>, headingTop: number): Promise<void> {
  const box = (await line.boundingBox())!;
  const height = page.viewportSize()!.height;
  expect(Math.abs(box.y + box.height - height)).toBeLessThanOrEqual(1);
  expect((await page.getByRole('heading', { level: 1 }).boundingBox())!.y).toBe(headingTop);
  // Scrolled to the end, it sits after the footer: the status bar is not under it.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const footer = (await page.locator('footer').boundingBox())!;
  expect((await line.boundingBox())!.y).toBeGreaterThanOrEqual(footer.y + footer.height - 1);
  await page.evaluate(() => window.scrollTo(0, 0));
}

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
  const headingTop = (await page.getByRole('heading', { level: 1 }).boundingBox())!.y;
  // The shell's line (Settings' panel below bears the same name).
  const shell = page.getByRole('region', { name: 'The app on this device' }).and(page.locator('.banner'));
  await offerInstall(page);
  await expect(shell.getByText('Install the app on this device')).toBeVisible();
  await expectNoShift(page, shell, headingTop);
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

test('an install event that can no longer prompt is forgotten quietly, and its button goes', async ({ page }) => {
  // Once the hints' code has loaded, so has the net that says in words what a page lets escape.
  const settled = hintsSettled(page);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await settled;
  const escaped: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && m.text().startsWith('unhandled') && escaped.push(m.text())));
  await offerInstall(page, true);
  const panel = page.locator('section', { has: page.getByRole('heading', { name: 'The app on this device' }) }).and(page.locator('.panel'));
  await panel.getByRole('button', { name: 'Install the app' }).click();
  expect(await prompted(page)).toBe(1);
  await expect(panel.getByRole('button', { name: 'Install the app' })).toBeHidden();
  await expect(panel).toContainText('open the browser’s menu');
  // Nothing escaped to be said as a failure: there is nothing the person could do about it.
  await page.waitForTimeout(300);
  expect(escaped).toEqual([]);
  await expect(page.getByText('Something went wrong')).toHaveCount(0);
});

test('a new iPhone is told once, before work starts there, that the home screen keeps data but starts empty; Settings keeps the steps', async ({ browser, baseURL }) => {
  const context = await iPhone(browser, baseURL);
  try {
    const page = await context.newPage();
    const settled = hintsSettled(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
    const headingTop = (await page.getByRole('heading', { level: 1 }).boundingBox())!.y;
    await settled;
    const note = page.getByRole('region', { name: 'The app on this device' }).and(page.locator('.banner'));
    await expect(note).toContainText('Safari may clear this site’s data');
    await expect(note).toContainText('is spared but starts empty: add it before you start');
    await expectNoShift(page, note, headingTop);
    await expectLargeButtons(page);
    await expectAccessible(page, 'home-screen note');
    // Short enough for a 360 px phone: less than half the screen.
    expect((await note.boundingBox())!.height).toBeLessThan(260);
    await note.getByRole('button', { name: 'Got it' }).click();
    await expect(note).toBeHidden();
    const again = hintsSettled(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
    await again;
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    const panel = page.locator('section', { has: page.getByRole('heading', { name: 'The app on this device' }) });
    await expect(panel).toContainText('tap Share, then “Add to Home Screen”');
    await expect(panel).toContainText('Sync first: changes not yet synced stay behind in Safari.');
    await expect(page.locator('.banner')).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('an iPhone that joined a workshop as a participant is not told to move to the home screen', async ({ browser, baseURL }) => {
  const tablet = await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } });
  const phone = await iPhone(browser, baseURL);
  try {
    const { link } = await tabletWithWorkshop(tablet, 'Organising port workers');
    const p = await phone.newPage();
    const settled = hintsSettled(p);
    await p.goto(link);
    await expect(p.getByRole('combobox', { name: 'Organisation being scored' })).toBeVisible();
    await settled;
    await p.waitForTimeout(500);
    await expect(p.locator('.banner')).toHaveCount(0);
    // Nor at the next start, at the home address.
    const again = hintsSettled(p);
    await p.goto('/');
    await expect(p.getByRole('heading', { level: 1 })).toBeVisible();
    await again;
    await p.waitForTimeout(500);
    await expect(p.locator('.banner')).toHaveCount(0);
    // Settings still has the steps, with what a move leaves behind.
    await p.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(p.locator('section', { has: p.getByRole('heading', { name: 'The app on this device' }) })).toContainText('it has storage of its own and starts empty');
  } finally {
    await phone.close();
    await tablet.close();
  }
});
