import { expect, test } from '@playwright/test';
import { createWorkshop, openReadyApp, waitForServiceWorker } from './support/app.ts';
import { issueKey } from './support/keys.ts';
import { editVenueOffline, syncInTurn, useKey } from './support/sync.ts';
import { E2E } from './support/env.ts';
import { execFileSync } from 'node:child_process';
import { addNote, addOrganisation, openSection } from './support/workspace.ts';
import { syncRequest } from '../support/test-devices.ts';

test('two devices of a facilitator, offline then online, end with the same workshop; the server keeps one copy', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const key = issueKey('facilitator', 'Awa Diop');
  const tablet = await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } });
  const laptop = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const a = await tablet.newPage();
  const b = await laptop.newPage();
  await openReadyApp(a);
  await openReadyApp(b);
  await useKey(a, key);
  await useKey(b, key);

  // The tablet works offline
  await tablet.setOffline(true);
  await a.getByRole('link', { name: 'Workshop companion' }).click();
  await createWorkshop(a, { title: 'Just transition in the ports', theme: 'Just transition', start: '2026-05-04' });
  await openSection(a, 'Notes');
  await addNote(a, { session: 'No session', kind: 'Approach', text: 'Dockers negotiate retraining before automation.' });
  await addNote(a, { session: 'No session', kind: 'Challenge', text: 'التمويل يعتمد على المانحين' });
  await expect(a.getByTestId('status-unsynced')).toHaveText('3 changes not yet synced');
  await a.getByRole('button', { name: 'Sync now' }).click();
  await expect(a.getByTestId('sync-error')).toContainText('No connection to the server');
  await expect(a.getByTestId('status-unsynced')).toHaveText('3 changes not yet synced');

  // The connection returns: the tablet syncs by itself
  await tablet.setOffline(false);
  await expect(a.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync', { timeout: 15_000 });
  await expect(a.getByTestId('sync-error')).toHaveCount(0);

  // The laptop receives the workshop and adds a note of its own
  await b.getByRole('button', { name: 'Sync now' }).click();
  await b.getByRole('link', { name: 'Workshop companion' }).click();
  await b.getByRole('link', { name: 'Just transition in the ports' }).click();
  await openSection(b, 'Notes');
  await expect(b.getByTestId('notes-shown')).toHaveText('2 notes shown of 2');
  await expect(b.getByRole('list', { name: 'Notes' })).toContainText('التمويل يعتمد على المانحين');
  await addNote(b, { session: 'No session', kind: 'Lesson', text: 'Involve the port authority early.' });
  await b.getByRole('button', { name: 'Sync now' }).click();
  await expect(b.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');

  await a.getByRole('button', { name: 'Sync now' }).click();
  await expect(a.getByTestId('notes-shown')).toHaveText('3 notes shown of 3');
  await expect(a.getByRole('list', { name: 'Notes' })).toContainText('Involve the port authority early.');

  // Both edit the venue offline; the later edit wins and the other is kept for review on both
  await editVenueOffline([
    [a, 'Harbour hall'],
    [b, 'Dock 4'],
  ]);
  await syncInTurn([a, b, a]);
  for (const page of [a, b]) {
    await openSection(page, 'Details');
    await expect(page.getByRole('textbox', { name: 'Venue' })).toHaveValue('Dock 4');
    await openSection(page, 'Overview');
    await expect(page.getByRole('list', { name: 'Edits replaced by a later one' })).toContainText('Venue: “Harbour hall” from another device, replaced');
  }

  // The server holds exactly one copy of each record, as a coordinator sees it
  const coordinator = issueKey('coordinator', 'Henrik');
  // Every page of the feed: other tests' workshops are on this server too.
  type FeedPage = { changes: { kind: string; record: { id: string; title?: string; workshopId: string } }[]; cursor: string; hasMore: boolean };
  const changes: FeedPage['changes'] = [];
  for (let cursor: string | null = null, more = true; more;) {
    // A raw call signs its body as a device does: with the key of the device it names.
    const signed = syncRequest(coordinator, 'auditor', { cursor });
    const res = await a.request.post('/api/sync', { headers: signed.headers, data: signed.body });
    expect(res.status()).toBe(200);
    const page = (await res.json()) as FeedPage;
    changes.push(...page.changes);
    ({ cursor, hasMore: more } = page);
  }
  const workshop = changes.find((c) => c.kind === 'workshop' && c.record.title === 'Just transition in the ports')!;
  const mine = changes.filter((c) => c.record.workshopId === workshop.record.id);
  expect(mine.map((c) => c.kind).sort()).toEqual(['lostValue', 'note', 'note', 'note', 'workshop']);
  expect(new Set(mine.map((c) => c.record.id)).size).toBe(5);
  await tablet.close();
  await laptop.close();
});

test('a wrong key is explained in words, and nothing leaves the outbox', async ({ page }) => {
  await openReadyApp(page);
  await createWorkshop(page, { title: 'Keyless', theme: 'Youth', start: '2026-05-04' });
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('textbox', { name: 'Access key' }).fill('wcf_thiskeywasneverissuedbyanyone');
  await page.getByRole('button', { name: 'Save key and sync' }).click();
  await expect(page.getByTestId('sync-error')).toContainText('did not accept this device’s access key');
  await expect(page.getByTestId('status-unsynced')).toHaveText('1 change not yet synced');
});

test('unsynced changes go to a file and into another device, which syncs them', async ({ browser, baseURL }) => {
  const key = issueKey('facilitator', 'Carrier');
  const offline = await browser.newContext({ baseURL });
  const online = await browser.newContext({ baseURL });
  const a = await offline.newPage();
  const b = await online.newPage();
  await openReadyApp(a);
  await offline.setOffline(true);
  await createWorkshop(a, { title: 'Carried by hand', theme: 'Youth', start: '2026-06-01' });
  await a.getByRole('link', { name: 'Settings', exact: true }).click();
  const [download] = await Promise.all([a.waitForEvent('download'), a.getByRole('button', { name: 'Export unsynced changes to a file' }).click()]);
  await expect(a.getByRole('status')).toHaveText('1 change saved to a file.');
  const file = await download.path();

  await openReadyApp(b);
  await useKey(b, key);
  await b.getByLabel('Import changes from a file').setInputFiles(file);
  await expect(b.getByRole('status')).toHaveText('Imported 1 changes; 0 were already here.');
  await expect(b.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync', { timeout: 15_000 });
  await b.getByLabel('Import changes from a file').setInputFiles(file);
  await expect(b.getByRole('status')).toHaveText(/Imported 1 changes|Imported 0 changes; 1 were already here./);
  await b.getByRole('link', { name: 'Workshop companion' }).click();
  await expect(b.getByRole('list', { name: 'Workshops' }).getByRole('listitem')).toHaveCount(1);
  await expect(b.getByRole('list', { name: 'Workshops' })).toContainText('Carried by hand');
  await offline.close();
  await online.close();
});

test('a participant joins by the link on a phone, scores offline, and the facilitator sees the result', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const key = issueKey('facilitator', 'Inviter');
  const tablet = await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } });
  const phone = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  const f = await tablet.newPage();
  await openReadyApp(f);
  await useKey(f, key);
  await f.getByRole('link', { name: 'Workshop companion' }).click();
  await createWorkshop(f, { title: 'Phones welcome', theme: 'Youth', start: '2026-06-01' });
  await openSection(f, 'People');
  await addOrganisation(f, { name: 'Young Workers Union', acronym: 'YWU', country: 'Kenya', kind: 'Sectoral federation', role: 'Receiving partner' });
  await openSection(f, 'Scoring');
  await expect(f.getByRole('img', { name: 'QR code of the link to join this workshop' })).toBeVisible();
  const link = (await f.getByTestId('join-link').textContent())!.trim();
  // The workshop's id, the token, and what a phone needs to join with no network.
  expect(link).toMatch(/\/join#[0-9a-f-]{36}\.[a-z2-7]{32}\.[A-Za-z0-9_-]+$/);
  await f.getByRole('button', { name: 'Sync now' }).click();
  await expect(f.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');

  const p = await phone.newPage();
  await p.goto(link);
  await expect(p.getByRole('heading', { level: 1, name: 'Phones welcome' })).toBeVisible({ timeout: 15_000 });
  await expect(p.getByRole('region', { name: 'Invite participants' })).toHaveCount(0);
  // once the app has finished installing on the phone, the connection may go: the phone says so
  await waitForServiceWorker(p);
  await expect(p.getByText('This phone is ready: it can join and score with no network.')).toBeVisible();
  await phone.setOffline(true);
  await p.getByRole('combobox', { name: 'Organisation being scored' }).selectOption({ label: 'YWU – Young Workers Union' });
  await p.getByRole('button', { name: 'Start scoring' }).click();
  for (let i = 0; i < 15; i++) {
    await p.getByRole('radio', { name: i % 5 === 0 ? 'Don’t know' : new RegExp(`^${1 + (i % 5)} `) }).check();
    await p.getByRole('button', { name: i === 14 ? 'Review answers' : 'Next' }).click();
  }
  await p.getByRole('button', { name: 'Submit my answers' }).click();
  await expect(p.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await phone.setOffline(false);
  await expect(p.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync', { timeout: 15_000 });
  await expect(p.getByTestId('sync-error')).toHaveCount(0);

  await f.getByRole('button', { name: 'Sync now' }).click();
  await openSection(f, 'Analysis');
  await expect(f.getByTestId('respondents')).toHaveText('1 respondent');
  await tablet.close();
  await phone.close();
});

test('a facilitator key arrives by the link the admin command prints', async ({ page, baseURL }) => {
  const out = execFileSync(process.execPath, ['src/server/admin.ts', 'add-facilitator', 'Linked'], {
    env: { ...process.env, DATA_DIR: E2E.dataDir, DATABASE_URL: '', PUBLIC_URL: baseURL! },
    encoding: 'utf8',
  });
  const link = out.split('\n').find((l) => l.includes('/settings#key='))!;
  await openReadyApp(page);
  await page.goto(link);
  await expect(page.getByRole('textbox', { name: 'Access key' })).toHaveValue(out.trim().split('\n').at(-1)!);
  expect(new URL(page.url()).hash).toBe('');
  await page.getByRole('button', { name: 'Save key and sync' }).click();
  await expect(page.getByTestId('sync-last')).toContainText('Last synced');
  await expect(page.getByText('This device syncs with an access key.')).toBeVisible();
});

test('two tabs of one device never sync at the same time, and both see the result', async ({ context }) => {
  // Every sync request of either tab is logged with its start and end, in storage both tabs share.
  await context.addInitScript(() => {
    const original = window.fetch.bind(window);
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input instanceof Request ? input.url : input).includes('/api/sync')) return original(input, init);
      const start = performance.timeOrigin + performance.now();
      try {
        return await original(input, init);
      } finally {
        const log = JSON.parse(localStorage.getItem('syncLog') ?? '[]') as [number, number][];
        localStorage.setItem('syncLog', JSON.stringify([...log, [start, performance.timeOrigin + performance.now()]]));
      }
    };
  });
  const key = issueKey('facilitator', 'Tabs');
  const first = await context.newPage();
  await openReadyApp(first);
  await useKey(first, key);
  const second = await context.newPage();
  await openReadyApp(second);
  await first.getByRole('link', { name: 'Workshop companion' }).click();
  await createWorkshop(first, { title: 'Seen in both tabs', theme: 'Youth', start: '2026-06-01' });
  for (let i = 0; i < 3; i++) {
    await Promise.all([first.getByRole('button', { name: 'Sync now' }).click(), second.getByRole('button', { name: 'Sync now' }).click()]);
  }
  await expect(first.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');
  await expect(second.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');
  await second.getByRole('link', { name: 'Workshop companion' }).click();
  await expect(second.getByRole('list', { name: 'Workshops' })).toContainText('Seen in both tabs');
  const log = await first.evaluate(() => JSON.parse(localStorage.getItem('syncLog') ?? '[]') as [number, number][]);
  expect(log.length).toBeGreaterThan(1);
  const sorted = [...log].sort((a, b) => a[0] - b[0]);
  const overlaps = sorted.filter((r, i) => i > 0 && r[0] < sorted[i - 1]![1]);
  expect(overlaps).toEqual([]);
});
