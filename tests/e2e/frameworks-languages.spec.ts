import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { ar } from '../../src/app/i18n/ar/index.ts';
import { parseCsv } from '../support/csv.ts';
import { createWorkshop, openReadyApp, waitForServiceWorker } from './support/app.ts';
import { expectAccessible, expectTouchFriendly } from './support/checks.ts';
import { ORGANISATION, tabletAndPhone } from './support/room.ts';
import { addOrganisation, openSection } from './support/workspace.ts';

const NEW_ITEM = { en: 'Digital organising', fr: 'Organisation numérique', ar: 'التنظيم الرقمي' };

/** On the Frameworks page: adapt a copy of TUOC under a new name, with one question typed in English, French and Arabic; saved as version 1. */
async function adaptWithNewQuestion(f: Page, name: string, change?: (editor: ReturnType<Page['getByRole']>) => Promise<void>) {
  await f.getByRole('link', { name: 'Frameworks' }).click();
  await f.getByRole('button', { name: 'Adapt a copy of TUOC – Trade Union Organisational Capacity' }).click();
  const editor = f.getByRole('form', { name: 'Adapt the framework' });
  await editor.getByRole('textbox', { name: 'Framework name (English)' }).fill(name);
  for (const [lang, language] of [
    ['en', 'English'],
    ['fr', 'French'],
    ['ar', 'Arabic'],
  ] as const) {
    await editor.getByRole('textbox', { name: `New question in “Capacities to relate” (${language})` }).fill(NEW_ITEM[lang]);
  }
  const arabic = editor.getByRole('textbox', { name: 'New question in “Capacities to relate” (Arabic)' });
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await editor.getByRole('button', { name: 'Add the new question to “Capacities to relate”' }).click();
  // The new question sits beside its translations; the languages nobody typed say they are missing
  await expect(editor.locator('#fw-digital-organising-label-fr')).toHaveValue(NEW_ITEM.fr);
  await expect(editor.locator('#fw-digital-organising-label-ar')).toHaveValue(NEW_ITEM.ar);
  await expect(editor.locator('#fw-digital-organising-label-es')).toHaveAccessibleDescription('Not translated yet');
  await expect(editor.locator('#fw-digital-organising-label-fr')).not.toHaveAccessibleDescription('Not translated yet');
  const missing = editor.getByRole('list', { name: 'Missing texts per language' });
  // The new name is in English only; the new question lacks Spanish and Portuguese
  await expect(missing).toContainText('Spanish: 2 texts missing');
  await expect(missing).toContainText('Arabic: 1 text missing');
  await expect(missing).toContainText('English: nothing missing');
  await change?.(editor);
  await editor.getByRole('button', { name: 'Save as version 1' }).click();
  await expect(f.getByRole('status')).toHaveText(`Framework “${name}” saved as version 1.`);
}

test('a question typed in English, French and Arabic reaches a phone in Arabic; a text with no Arabic yet shows in English, saying so', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { tablet, phone, f } = await tabletAndPhone(browser, baseURL, 'Leila Haddad');
  await adaptWithNewQuestion(f, 'TUOC for domestic workers', async (editor) => {
    // Only the languages chosen are shown; hiding French takes its fields away, showing it brings them back with what was typed
    await editor.getByRole('checkbox', { name: 'French' }).uncheck();
    await expect(editor.locator('#fw-digital-organising-label-fr')).toHaveCount(0);
    await editor.getByRole('checkbox', { name: 'French' }).check();
    await expect(editor.locator('#fw-digital-organising-label-fr')).toHaveValue(NEW_ITEM.fr);
    // The Arabic of an existing question is taken out: until someone translates it again, Arabic readers get the English
    await editor.locator('#fw-communication-networking-label-ar').fill('');
    await expect(editor.getByRole('list', { name: 'Missing texts per language' })).toContainText('Arabic: 2 texts missing');
  });

  await f.getByRole('link', { name: 'Workshop companion' }).click();
  await createWorkshop(f, { title: 'Domestic workers, Amman', theme: 'Informal economy', start: '2026-10-05' });
  await openSection(f, 'Details');
  await f.getByRole('combobox', { name: 'Workshop framework' }).selectOption({ label: 'TUOC for domestic workers' });
  await f.getByRole('button', { name: 'Save details' }).click();
  await openSection(f, 'People');
  await addOrganisation(f, ORGANISATION);
  await openSection(f, 'Scoring');
  const link = (await f.getByTestId('join-link').textContent())!.trim();
  await f.getByRole('button', { name: 'Sync now' }).click();
  await expect(f.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');

  const p = await phone.newPage();
  await p.goto(link);
  await expect(p.getByRole('heading', { level: 1, name: 'Domestic workers, Amman' })).toBeVisible({ timeout: 15_000 });
  await waitForServiceWorker(p);
  await p.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'العربية' });
  await expect(p.locator('html')).toHaveAttribute('dir', 'rtl');
  await p.getByRole('combobox', { name: ar.scoring.fieldOrganisation }).selectOption({ label: `${ORGANISATION.acronym} – ${ORGANISATION.name}` });
  await p.getByRole('button', { name: ar.scoring.start }).click();
  const title = p.locator('#score-item-title');
  // Questions 1 to 8 (the capacities to influence and the internal ones), then the capacities to relate
  for (let i = 0; i < 8; i++) {
    await expect(title).toBeVisible();
    await p.getByRole('radio', { name: /^3 / }).check();
    await p.getByRole('button', { name: ar.score.next }).click();
  }
  // Communication and networking has no Arabic any more: English, marked as English, with a note in Arabic
  await expect(title.locator('[lang="en"]')).toHaveText('Communication and networking');
  await expect(title).toContainText('(باللغة الإنجليزية: لا يوجد نص باللغة العربية بعد)');
  // Its explanation still has its Arabic, and shows in it
  await expect(p.locator('article.score > p:not(.muted) > [lang="ar"]')).toBeVisible();
  await p.getByRole('radio', { name: /^4 / }).check();
  await p.getByRole('button', { name: ar.score.next }).click();
  // The new question, in the Arabic the facilitator typed, with no note
  await expect(title.locator('[lang="ar"]')).toHaveText(NEW_ITEM.ar);
  await expect(title.locator('.fallback-note')).toHaveCount(0);
  await expectAccessible(p, 'a question in Arabic on a phone');
  await tablet.close();
  await phone.close();
});

test('the translators’ spreadsheet goes out as XLSX and CSV and comes back: the same texts change nothing, a Portuguese text makes a new version, a broken sheet is refused cell by cell', async ({
  page,
}) => {
  await openReadyApp(page);
  await adaptWithNewQuestion(page, 'TUOC for ports', async () => {
    await expectAccessible(page, 'the framework editor in five languages');
    await expectTouchFriendly(page);
  });
  const list = page.getByRole('list', { name: 'Frameworks' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  const sheet = page.getByRole('region', { name: 'Translators’ spreadsheet' });
  await sheet.getByRole('combobox', { name: 'Framework to translate' }).selectOption({ label: 'TUOC for ports (version 1)' });

  // XLSX: another program reads it, one row per text, one column per language
  const [xlsx] = await Promise.all([page.waitForEvent('download'), sheet.getByRole('button', { name: 'Download the spreadsheet (XLSX)' }).click()]);
  expect(xlsx.suggestedFilename()).toBe('tuoc-for-ports-v1-translations.xlsx');
  const xlsxBytes = readFileSync(await xlsx.path());
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsxBytes.buffer.slice(xlsxBytes.byteOffset, xlsxBytes.byteOffset + xlsxBytes.byteLength));
  const ws = book.worksheets[0]!;
  expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['key', 'context', 'en', 'fr', 'es', 'ar', 'pt']);
  let found: unknown[] = [];
  ws.eachRow((row) => {
    if (row.getCell(1).text === 'item.digital-organising.label') found = (row.values as unknown[]).slice(1);
  });
  expect(found).toEqual(['item.digital-organising.label', 'Question in the group “Capacities to relate”', NEW_ITEM.en, NEW_ITEM.fr, undefined, NEW_ITEM.ar]);
  // Back in as it went out: the same texts, so no new version
  await sheet.getByLabel('Import translations (XLSX or CSV)').setInputFiles({ name: 'back.xlsx', mimeType: 'application/octet-stream', buffer: xlsxBytes });
  await expect(page.getByRole('status')).toHaveText('The spreadsheet holds the same texts as “TUOC for ports” version 1: nothing to save.');
  await expect(list.getByRole('listitem')).toHaveCount(3);

  // CSV: UTF-8 with a byte-order mark, edited by a translator to add Portuguese
  const [csv] = await Promise.all([page.waitForEvent('download'), sheet.getByRole('button', { name: 'Download the spreadsheet (CSV)' }).click()]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(csvText);
  const pt = rows[0]!.indexOf('pt');
  const row = (key: string) => rows.findIndex((r) => r[0] === key);
  rows[row('item.digital-organising.label')]![pt] = 'Organização digital';
  const write = (table: string[][]) => Buffer.from(`\uFEFF${table.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\r\n')}\r\n`);
  await sheet.getByLabel('Import translations (XLSX or CSV)').setInputFiles({ name: 'pt.csv', mimeType: 'text/csv', buffer: write(rows) });
  await expect(page.getByRole('status')).toHaveText('Translations imported: “TUOC for ports” saved as version 2.');
  await expect(list.getByRole('listitem')).toHaveCount(4);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export TUOC for ports as a file' }).first().click()]);
  const doc = JSON.parse(readFileSync(await json.path(), 'utf8')) as { version: number; groups: { id: string; items: { id: string; label: Record<string, string> }[] }[] };
  expect(doc.version).toBe(2);
  expect(doc.groups.find((g) => g.id === 'relate')!.items.at(-1)).toMatchObject({ id: 'digital-organising', label: { ...NEW_ITEM, pt: 'Organização digital' } });

  // A broken sheet: every problem named by its cell, and nothing imported
  const broken = rows.map((r) => [...r]);
  broken[row('scale.3')]![2] = '';
  broken[row('item.autonomy.label')]![0] = 'item.foo.label';
  broken[row('factor.economy.label')]![rows[0]!.indexOf('fr')] = 'x'.repeat(201);
  await sheet.getByLabel('Import translations (XLSX or CSV)').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: write(broken) });
  const problems = page.getByTestId('sheet-problems');
  await expect(problems.getByRole('listitem')).toHaveText([
    `C${row('scale.3') + 1}: the English text is empty`,
    `A${row('item.autonomy.label') + 1}: unknown key item.foo.label`,
    `D${row('factor.economy.label') + 1}: longer than 200 characters`,
  ]);
  await expect(list.getByRole('listitem')).toHaveCount(4);
  // A file that is no spreadsheet at all
  await sheet
    .getByLabel('Import translations (XLSX or CSV)')
    .setInputFiles({ name: 'photo.xlsx', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
  await expect(problems.getByRole('listitem')).toHaveText(['the file is not a spreadsheet (XLSX or CSV)']);
  await expect(list.getByRole('listitem')).toHaveCount(4);
});
