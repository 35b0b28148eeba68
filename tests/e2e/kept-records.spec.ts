import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, openReadyApp } from './support/app.ts';
import { issueKey } from './support/keys.ts';
import { useKey } from './support/sync.ts';
import { addNote, openSection } from './support/workspace.ts';

/** Marks the DOM element of the note card with this text, to see later whether the list rebuilt it. */
const markCard = (page: Page, text: string) => page.locator('li.note', { hasText: text }).evaluate((el) => el.setAttribute('data-marked', 'kept'));
const cardKept = (page: Page, text: string) => page.locator('li.note', { hasText: text }).getAttribute('data-marked');

test('the notes screen and the overview’s counts show a note from another tab and from another device as they come, and the list leaves the other cards alone', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const key = issueKey('facilitator', 'Kept records');
  const tablet = await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } });
  const a = await tablet.newPage();
  await openReadyApp(a);
  await useKey(a, key);
  await a.getByRole('link', { name: 'Workshop companion' }).click();
  await createWorkshop(a, { title: 'Notes that stay put', theme: 'Youth', start: '2026-06-01' });
  const workshopUrl = a.url();
  await openSection(a, 'Notes');
  await addNote(a, { session: 'No session', kind: 'Approach', text: 'Organisers visit the night markets.' });
  await markCard(a, 'Organisers visit the night markets.');

  // A second tab of the same tablet adds a note: the first tab shows it without a reload.
  const b = await tablet.newPage();
  await b.goto(`${workshopUrl}/notes`);
  await addNote(b, { session: 'No session', kind: 'Lesson', text: 'Written in the second tab.' });
  await expect(a.getByTestId('notes-shown')).toHaveText('2 notes shown of 2');
  await expect(a.locator('li.note').first()).toContainText('Written in the second tab.');
  expect(await cardKept(a, 'Organisers visit the night markets.')).toBe('kept');
  await b.close();

  // Another device of the facilitator adds a note and syncs: a sync brings it onto the open screen.
  await a.getByRole('button', { name: 'Sync now' }).click();
  await expect(a.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');
  const laptop = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const c = await laptop.newPage();
  await openReadyApp(c);
  await useKey(c, key);
  await c.goto(`${workshopUrl}/notes`);
  await addNote(c, { session: 'No session', kind: 'Challenge', text: 'Arrived from the laptop.' });
  await c.getByRole('button', { name: 'Sync now' }).click();
  await expect(c.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');
  await a.getByRole('button', { name: 'Sync now' }).click();
  await expect(a.getByTestId('notes-shown')).toHaveText('3 notes shown of 3');
  await expect(a.getByRole('list', { name: 'Notes' })).toContainText('Arrived from the laptop.');
  expect(await cardKept(a, 'Organisers visit the night markets.')).toBe('kept');

  // An edit shows in place; a delete takes the card away.
  await c.locator('li.note', { hasText: 'Arrived from the laptop.' }).getByRole('button', { name: 'Delete note' }).click();
  await c.getByRole('button', { name: 'Sync now' }).click();
  await expect(c.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');
  await a.getByRole('button', { name: 'Sync now' }).click();
  await expect(a.getByTestId('notes-shown')).toHaveText('2 notes shown of 2');
  expect(await cardKept(a, 'Organisers visit the night markets.')).toBe('kept');

  // The overview counts notes by kind without reading them: a sync's note, another tab's delete.
  await openSection(a, 'Overview');
  const notesCount = a.getByTestId('count-notes').locator('dd');
  const byKind = (kind: string) => a.getByRole('table', { name: 'Notes by kind' }).getByRole('row', { name: kind });
  await expect(notesCount).toHaveText('2');
  await addNote(c, { session: 'No session', kind: 'Quote', text: '“Together we bargain.”' });
  await c.getByRole('button', { name: 'Sync now' }).click();
  await expect(c.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');
  await a.getByRole('button', { name: 'Sync now' }).click();
  await expect(notesCount).toHaveText('3');
  await expect(byKind('Quote')).toContainText('1');
  const d = await tablet.newPage();
  await d.goto(`${workshopUrl}/notes`);
  await d.locator('li.note', { hasText: 'Written in the second tab.' }).getByRole('button', { name: 'Delete note' }).click();
  await expect(notesCount).toHaveText('2');
  await expect(byKind('Lesson')).toContainText('0');
  await a.reload();
  await expect(notesCount).toHaveText('2');
  await tablet.close();
  await laptop.close();
});

test('a reload into a long list of notes shows the newest first and never says there are none; more on asking, and filters over every note', async ({ page }) => {
  test.setTimeout(90_000);
  // Whether the page ever said there were no notes, from its first script on.
  await page.addInitScript(() => {
    const seen = ((globalThis as { saidNone?: boolean }).saidNone = false);
    void seen;
    new MutationObserver(() => {
      if (document.body?.textContent?.includes('No notes yet.')) (globalThis as { saidNone?: boolean }).saidNone = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await openReadyApp(page);
  await createWorkshop(page, { title: 'A long day of notes', theme: 'Youth', start: '2026-06-01' });
  await openSection(page, 'Notes');
  await addNote(page, { session: 'No session', kind: 'Lesson', text: 'Lesson 1' });
  // The session, kind and speaker stay chosen: only the text changes from one note to the next.
  const text = page.getByRole('form', { name: 'New note' }).getByRole('textbox', { name: 'Note', exact: true });
  for (let i = 2; i <= 55; i++) {
    await text.fill(`Lesson ${i}`);
    await text.press('Enter');
    await expect(text).toHaveValue('');
  }
  await addNote(page, { session: 'No session', kind: 'Quote', text: '“The newest, a quote.”' });
  await expect(page.getByTestId('notes-shown')).toHaveText('56 notes shown of 56');

  await page.reload();
  await expect(page.getByTestId('notes-shown')).toHaveText('56 notes shown of 56');
  await expect(page.locator('li.note').first()).toContainText('“The newest, a quote.”');
  await expect(page.locator('li.note')).toHaveCount(50);
  expect(await page.evaluate(() => (globalThis as { saidNone?: boolean }).saidNone)).toBe(false);
  await page.getByRole('button', { name: 'Show more notes' }).click();
  await expect(page.locator('li.note')).toHaveCount(56);
  await expect(page.locator('li.note').last()).toContainText('Lesson 1');
  const filters = page.getByRole('search', { name: 'Filter notes' });
  await filters.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Lesson' });
  await expect(page.getByTestId('notes-shown')).toHaveText('55 notes shown of 56');
  await expect(page.locator('li.note').first()).toContainText('Lesson 55');

  // Into the overview, then the notes tab at once: the notes are not read yet, and the list waits.
  await page.goto(page.url().replace(/\/notes$/, ''));
  await openSection(page, 'Notes');
  await expect(page.getByTestId('notes-shown')).toHaveText('56 notes shown of 56');
  expect(await page.evaluate(() => (globalThis as { saidNone?: boolean }).saidNone)).toBe(false);
});
