import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createWorkshop, openReadyApp, waitForServiceWorker, workshopIdOf } from './support/app.ts';
import { tabletAndPhone } from './support/room.ts';
import { E2E } from './support/env.ts';
import { issueKey } from './support/keys.ts';
import { useKey } from './support/sync.ts';
import { addNote, addOrganisation, addParticipant, openSection } from './support/workspace.ts';

const ITEMS = 15;

/** Answer every question (the first with a comment), review, and submit. */
async function answerAll(page: Page, comment = '') {
  for (let i = 0; i < ITEMS; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${ITEMS}`)).toBeVisible();
    await page.getByRole('radio', { name: new RegExp(`^${1 + (i % 5)} `) }).check();
    if (i === 0 && comment) await page.getByRole('textbox', { name: 'Comment or example (optional)' }).fill(comment);
    await page.getByRole('button', { name: i === ITEMS - 1 ? 'Review answers' : 'Next' }).click();
  }
  await page.getByRole('button', { name: 'Submit my answers' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
}

async function startScoring(page: Page, org: string, who?: string) {
  const form = page.getByRole('form', { name: 'New assessment' });
  await form.getByRole('combobox', { name: 'Organisation being scored' }).selectOption({ label: org });
  if (who) await form.getByRole('combobox', { name: 'Who is scoring' }).selectOption({ label: who });
  await form.getByRole('button', { name: 'Start scoring' }).click();
  await expect(page.getByText(`Question 1 of ${ITEMS}`)).toBeVisible();
}

test('a tablet handed round shows each person only their own questions, and only the facilitator’s code opens it again', async ({ page }) => {
  test.setTimeout(120_000);
  await openReadyApp(page);
  await createWorkshop(page, { title: 'Handed round', theme: 'Youth', start: '2026-06-01' });
  const id = workshopIdOf(page);
  await openSection(page, 'People');
  await addOrganisation(page, { name: 'Young Workers Union', acronym: 'YWU', country: 'Kenya', kind: 'Sectoral federation', role: 'Receiving partner' });
  for (const name of ['Lars', 'Aminata']) await addParticipant(page, { name, org: 'YWU' });

  await openSection(page, 'Scoring');
  const handRound = page.getByRole('form', { name: 'Hand this device round' });
  await handRound.getByLabel('Code to leave hand-round mode').fill('12');
  await handRound.getByRole('button', { name: 'Start hand-round mode' }).click();
  await expect(handRound.getByRole('alert')).toHaveText('Choose a code of at least 4 digits.');
  await handRound.getByLabel('Code to leave hand-round mode').fill('2468');
  await handRound.getByRole('button', { name: 'Start hand-round mode' }).click();

  // Only the form: no top navigation, no workshop sections, no list of assessments
  await expect(page.getByRole('heading', { level: 1, name: 'Your turn' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Settings', exact: true })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Workshop sections' })).toHaveCount(0);

  const secret = 'Only Lars may read this';
  await startScoring(page, 'YWU – Young Workers Union', 'Lars');
  const larsAnswers = page.url();
  await answerAll(page, secret);
  await expect(page.getByRole('link', { name: 'Back to the workshop' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Next person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your turn' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Continue scoring for/ })).toHaveCount(0);

  // The next person finds none of it, by the back button or by any address
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Your turn' })).toBeVisible();
  for (const path of [larsAnswers, `/workshops/${id}/analysis`, `/workshops/${id}/report`, `/workshops/${id}/scoring`, '/settings', '/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Your turn' })).toBeVisible();
    await expect(page.getByText(secret)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Analysis' })).toHaveCount(0);
  }

  // The next person may stop half-way: the turn ends, and the one after starts afresh
  await startScoring(page, 'YWU – Young Workers Union', 'Aminata');
  await page.getByRole('radio', { name: /^3 / }).check();
  await page.goto(`/workshops/${id}`);
  await expect(page.getByText('Someone’s answers are in progress on this device.')).toBeVisible();
  await page.getByRole('button', { name: 'Stop here: next person' }).click();
  await expect(page.getByRole('form', { name: 'New assessment' })).toBeVisible();

  // Leaving takes the facilitator's code
  await page.getByRole('button', { name: 'Leave hand-round mode' }).click();
  const leave = page.getByRole('form', { name: 'Leave hand-round mode' });
  await leave.getByLabel('Code (or this device’s access key)').fill('1357');
  await leave.getByRole('button', { name: 'Leave hand-round mode' }).click();
  await expect(leave.getByRole('alert')).toHaveText('That code is not right.');
  await expect(page.getByRole('heading', { level: 1, name: 'Your turn' })).toBeVisible();
  await leave.getByLabel('Code (or this device’s access key)').fill('2468');
  await leave.getByRole('button', { name: 'Leave hand-round mode' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handed round' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Assessments' })).toContainText('Lars');
  await openSection(page, 'Analysis');
  await expect(page.getByTestId('respondents')).toHaveText('1 respondent');
});

test('a participant’s phone: answers handed in leave every view, a second workshop strands none of the first’s, and the answers can be taken off the phone', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const { tablet, phone, f } = await tabletAndPhone(browser, baseURL, 'Two workshops');
  const links: Record<string, string> = {};
  const ids: Record<string, string> = {};
  for (const title of ['Workshop A', 'Workshop B']) {
    await f.getByRole('link', { name: 'Workshop companion' }).click();
    await createWorkshop(f, { title, theme: 'Youth', start: '2026-06-01' });
    ids[title] = workshopIdOf(f);
    await openSection(f, 'People');
    await addOrganisation(f, { name: 'Young Workers Union', acronym: 'YWU', country: 'Kenya', kind: 'Sectoral federation', role: 'Receiving partner' });
    await openSection(f, 'Scoring');
    links[title] = (await f.getByTestId('join-link').textContent())!.trim();
  }
  await f.getByRole('button', { name: 'Sync now' }).click();
  await expect(f.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');

  const p = await phone.newPage();
  await p.goto(links['Workshop A']!);
  await expect(p.getByRole('heading', { level: 1, name: 'Workshop A' })).toBeVisible({ timeout: 15_000 });
  await waitForServiceWorker(p);
  await phone.setOffline(true);

  // The first person answers and hands in, with no connection
  const secret = 'The first person’s own words';
  await startScoring(p, 'YWU – Young Workers Union');
  const firstAnswers = p.url();
  await answerAll(p, secret);
  await p.getByRole('button', { name: 'Next person' }).click();
  await expect(p.getByText('No assessment yet.')).toBeVisible();
  // A participant's phone has no analysis or report: their addresses show a plain word
  await expect(p.getByRole('navigation', { name: 'Workshop sections' }).getByRole('link', { name: 'Analysis' })).toHaveCount(0);
  for (const section of ['analysis', 'report']) {
    await p.goto(`/workshops/${ids['Workshop A']}/${section}`);
    await expect(p.getByRole('heading', { level: 1, name: 'For facilitators' })).toBeVisible();
    await expect(p.getByText(secret)).toHaveCount(0);
  }
  await p.goto(firstAnswers);
  await expect(p.getByRole('heading', { level: 1, name: 'These answers were handed in. They are no longer shown on this device.' })).toBeVisible();
  await expect(p.getByText(secret)).toHaveCount(0);

  // The second person would remove their answers before they reached the server: told plainly, they keep them
  await p.goto(`/workshops/${ids['Workshop A']}/scoring`);
  await startScoring(p, 'YWU – Young Workers Union');
  await answerAll(p);
  await p.getByRole('button', { name: 'Remove my answers from this device' }).click();
  const warning = p.getByRole('alert').filter({ hasText: 'have not reached the server' });
  await expect(warning).toContainText('If you remove them, they are lost for good.');
  await p.getByRole('button', { name: 'Keep them on this device' }).click();
  await expect(p.getByRole('button', { name: 'Remove my answers from this device' })).toBeVisible();

  // Still offline, the phone joins the next workshop from its code alone; online again, the
  // answers to the first go with the first workshop's link: none refused
  await p.goto(links['Workshop B']!);
  await expect(p.getByRole('heading', { level: 1, name: 'Workshop B' })).toBeVisible();
  await phone.setOffline(false);
  await p.getByRole('button', { name: 'Sync now' }).click();
  await expect(p.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync', { timeout: 15_000 });
  await expect(p.getByTestId('sync-error')).toHaveCount(0);
  await f.getByRole('link', { name: 'All workshops' }).click();
  await f.getByRole('link', { name: 'Workshop A' }).click();
  await f.getByRole('button', { name: 'Sync now' }).click();
  await openSection(f, 'Analysis');
  await expect(f.getByTestId('respondents')).toHaveText('2 respondents');

  // Everything reached the server: the answers leave the phone at once
  await p.getByRole('link', { name: 'Settings', exact: true }).click();
  const mine = p.getByRole('region', { name: 'Your answers on this device' });
  await mine.getByRole('button', { name: 'Remove my answers from this device' }).click();
  await expect(p.getByRole('status').filter({ hasText: 'Your answers were removed from this device.' })).toBeVisible();
  await p.goto(`/workshops/${ids['Workshop A']}/scoring`);
  await expect(p.getByText('No assessment yet.')).toBeVisible();
  await tablet.close();
  await phone.close();
});

test('a new key with unsynced changes warns first, refusals are listed with their reason and action, and a revoked key is said in words', async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const awa = issueKey('facilitator', 'Awa K');
  const lars = issueKey('facilitator', 'Lars K');
  const context = await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } });
  const page = await context.newPage();
  await openReadyApp(page);
  await useKey(page, awa);
  await page.getByRole('link', { name: 'Workshop companion' }).click();
  await createWorkshop(page, { title: 'Awa’s workshop', theme: 'Youth', start: '2026-06-01' });
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');

  // A note made offline, then someone else's key entered: the device says so first
  await context.setOffline(true);
  await openSection(page, 'Notes');
  await addNote(page, { session: 'No session', kind: 'Lesson', text: 'Made under Awa’s key' });
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('textbox', { name: 'Access key' }).fill(lars);
  await page.getByRole('button', { name: 'Save key and sync' }).click();
  const warning = page.getByRole('alert').filter({ hasText: '1 change is not synced yet' });
  await expect(warning).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: 'Save them to a file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^unsynced-changes-.*\.json$/);
  await warning.getByRole('button', { name: 'Save the new key anyway' }).click();
  await expect(warning).toHaveCount(0);

  // Sent with the new key, the note is refused: the person reads why
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('sync-error')).toContainText('The server refused 1 change');
  await page.getByRole('link', { name: 'See the refused changes and why' }).click();
  const refused = page.getByRole('region', { name: 'Changes the server refused' });
  await expect(refused).toContainText('This device’s key or invitation may not change this.');
  await expect(refused).toContainText('1 change: note');

  // A key the administrator revokes
  execFileSync(process.execPath, ['src/server/admin.ts', 'revoke', lars], { env: { ...process.env, DATA_DIR: E2E.dataDir, DATABASE_URL: '' } });
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('sync-error')).toContainText('This access key was revoked');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Open Settings' })).toBeVisible();
  await context.close();
});

test('a workshop whose invitation code another workshop holds is refused in words, and one button makes a new invitation', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const first = await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } });
  const second = await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } });
  const a = await first.newPage();
  const b = await second.newPage();
  await openReadyApp(a);
  await useKey(a, issueKey('facilitator', 'Holder'));
  await a.getByRole('link', { name: 'Workshop companion' }).click();
  await createWorkshop(a, { title: 'Holds the code', theme: 'Youth', start: '2026-06-01' });
  await openSection(a, 'Scoring');
  const token = /#[0-9a-f-]{36}\.([a-z2-7]+)/.exec((await a.getByTestId('join-link').textContent())!.trim())![1]!;
  await a.getByRole('button', { name: 'Sync now' }).click();
  await expect(a.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');

  // The other device's invitation happens to carry the same code
  await openReadyApp(b);
  await useKey(b, issueKey('facilitator', 'Second'));
  await b.getByRole('link', { name: 'Workshop companion' }).click();
  await createWorkshop(b, { title: 'Second in line', theme: 'Youth', start: '2026-06-01' });
  const id = workshopIdOf(b);
  await b.evaluate(
    ([key, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('workshop-companion');
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key, value });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    [`setting:join:${id}`, token],
  );
  await openSection(b, 'Scoring');
  await expect(b.getByTestId('join-link')).toContainText(token);
  await b.getByRole('button', { name: 'Sync now' }).click();
  await expect(b.getByTestId('sync-error')).toContainText('The server refused 1 change');
  await b.getByRole('link', { name: 'See the refused changes and why' }).click();
  const refused = b.getByRole('region', { name: 'Changes the server refused' });
  await expect(refused).toContainText('Another workshop already uses this invitation’s code: make a new invitation.');
  await refused.getByRole('button', { name: 'Make a new invitation for “Second in line”' }).click();
  await expect(b.getByRole('status').filter({ hasText: 'New invitation made and sent.' })).toBeVisible();
  await expect(refused).toHaveCount(0);
  await expect(b.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync', { timeout: 15_000 });
  await expect(b.getByTestId('sync-error')).toHaveCount(0);
  await b.getByRole('link', { name: 'Workshop companion' }).click();
  await b.getByRole('link', { name: 'Second in line' }).click();
  await openSection(b, 'Scoring');
  await expect(b.getByTestId('join-link')).not.toContainText(token);
  await first.close();
  await second.close();
});
