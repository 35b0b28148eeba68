import { expect, type APIRequestContext, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { createWorkshop, openReadyApp } from './app.ts';
import { jpegFrameOf } from './fake-camera.ts';
import { issueKey } from './keys.ts';
import { useKey } from './sync.ts';
import { addOrganisation, openSection } from './workspace.ts';
import { syncRequest } from '../../support/test-devices.ts';

export const ORGANISATION = { name: 'Syndicat des Travailleurs du Port', acronym: 'STP', country: 'Senegal', kind: 'Sectoral federation', role: 'Receiving partner' };

/** A facilitator's tablet, online, with a key, a workshop with one organisation, and its join link (the server knows the invitation). */
export async function tabletWithWorkshop(context: BrowserContext, title: string, key = issueKey('facilitator', `Facilitator of ${title}`)): Promise<{ page: Page; link: string }> {
  const page = await context.newPage();
  await openReadyApp(page);
  await useKey(page, key);
  await page.getByRole('link', { name: 'Workshop companion' }).click();
  await createWorkshop(page, { title, theme: 'Informal economy', start: '2026-06-01' });
  await openSection(page, 'People');
  await addOrganisation(page, ORGANISATION);
  await openSection(page, 'Scoring');
  await expect(page.getByRole('img', { name: 'QR code of the link to join this workshop' })).toBeVisible();
  const link = (await page.getByTestId('join-link').textContent())!.trim();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');
  return { page, link };
}

/** On a phone that joined: score the 15 questions (a comment on the first, "don't know" on every fifth) and submit. */
export async function scoreAndSubmit(p: Page, comment: string): Promise<void> {
  await p.getByRole('combobox', { name: 'Organisation being scored' }).selectOption({ label: `${ORGANISATION.acronym} – ${ORGANISATION.name}` });
  await p.getByRole('button', { name: 'Start scoring' }).click();
  for (let i = 0; i < 15; i++) {
    await p.getByRole('radio', { name: i % 5 === 2 ? 'Don’t know' : new RegExp(`^${1 + (i % 5)} `) }).check();
    if (i === 0) await p.getByRole('textbox', { name: /comment/i }).fill(comment);
    await p.getByRole('button', { name: i === 14 ? 'Review answers' : 'Next' }).click();
  }
  await p.getByRole('button', { name: 'Submit my answers' }).click();
  await expect(p.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
}

/** How long an animated code shows each frame (`FRAME_MS` in the app's AnimatedCode.tsx). */
const FRAME_MS = 250;

/**
 * An animated code, shown by clicking `show` and filmed frame by frame from the screen: the frames
 * `keep` accepts (by number; past the first pass come fountain mixes), until `enough` of them are
 * taken. The page's clock is installed before the code appears and paused while it is filmed, so
 * each frame stays on screen until its picture is taken, however slow the machine: the code moves
 * on by one frame's time after each picture, as it would on its own.
 */
export async function filmHandInCode(p: Page, opts: { show: Locator; keep?: (n: number, count: number) => boolean; enough: (count: number) => number }): Promise<{ count: number; frames: Buffer[] }> {
  await p.clock.install();
  await opts.show.click();
  const code = p.locator('.animated-code');
  await expect(code).toBeVisible();
  await code.scrollIntoViewIfNeeded();
  // A moment ahead of the page's clock, which runs on meanwhile: the code may move on a frame or two.
  await p.clock.pauseAt((await p.evaluate(() => Date.now())) + 1000);
  const count = Number(await code.getAttribute('data-frames'));
  // One box for every frame: the fake camera's frames must all have one size.
  const box = (await code.boundingBox())!;
  const taken = new Map<number, Buffer>();
  for (let step = 0; taken.size < opts.enough(count) && step < 20 * count + 100; step++) {
    const n = Number(await code.getAttribute('data-frame'));
    if (!taken.has(n) && (opts.keep?.(n, count) ?? true)) taken.set(n, await jpegFrameOf(code, { box }));
    await p.clock.runFor(FRAME_MS);
  }
  await p.clock.resume();
  expect(taken.size).toBe(opts.enough(count));
  return { count, frames: [...taken.entries()].sort((a, b) => a[0] - b[0]).map(([, f]) => f) };
}

/** Every change the server holds, as a coordinator reads them (every page of the feed). */
export async function serverChanges(request: APIRequestContext): Promise<{ kind: string; record: { id: string; title?: string; workshopId: string } }[]> {
  const coordinator = issueKey('coordinator', 'Auditor');
  type FeedPage = { changes: { kind: string; record: { id: string; title?: string; workshopId: string } }[]; cursor: string; hasMore: boolean };
  const changes: FeedPage['changes'] = [];
  for (let cursor: string | null = null, more = true; more;) {
    // A raw call signs its body as a device does: with the key of the device it names.
    const signed = syncRequest(coordinator, 'auditor', { cursor });
    const res = await request.post('/api/sync', { headers: signed.headers, data: signed.body });
    expect(res.status()).toBe(200);
    const page = (await res.json()) as FeedPage;
    changes.push(...page.changes);
    ({ cursor, hasMore: more } = page);
  }
  return changes;
}

/** A facilitator's tablet with a key of its own, online, and a participant's phone beside it (a new context each). */
export async function tabletAndPhone(browser: Browser, baseURL: string | undefined, facilitator: string): Promise<{ tablet: BrowserContext; phone: BrowserContext; f: Page }> {
  const key = issueKey('facilitator', facilitator);
  const tablet = await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } });
  const phone = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  const f = await tablet.newPage();
  await openReadyApp(f);
  await useKey(f, key);
  return { tablet, phone, f };
}
