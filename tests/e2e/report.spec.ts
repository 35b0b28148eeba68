import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { uuidv7 } from '../../src/shared/ids.ts';
import { openReadyApp } from './support/app.ts';
import { E2E } from './support/env.ts';
import { download, parseCsv, pdfPageCount } from './support/files.ts';
import { issueKey } from './support/keys.ts';
import { useKey } from './support/sync.ts';
import { openSection } from './support/workspace.ts';
import { pushRecords, scenario, scenarioWorkshop } from '../support/scenario-records.ts';

const FORMULA = '=HYPERLINK("http://example.invalid","claim your grant")';

/** The field scenario, with what its last afternoon produced: practices, a SWOT and an action plan. */
function seededWorkshop() {
  return scenarioWorkshop({
    owner: uuidv7(),
    practices: [
      {
        title: 'Mutual health fund run by market women',
        status: 'compendium',
        organisations: ['ORG-B'],
        capacities: ['resource-mobilisation', 'services-legal-support'],
        projects: ['RAF/22/11/NOR'],
        context: 'Market women had no health cover.',
        approach: 'Contributions by mobile money, 2,300 members.',
        results: 'Claims paid within a week.',
        sustainability: 'Run by the members; no donor money after 2027.',
      },
      { title: FORMULA, status: 'draft', organisations: ['ORG-C'] },
    ],
    swot: [
      { quadrant: 'strength', text: 'Democratic ownership is strong', organisation: 'ORG-A' },
      { quadrant: 'threat', text: '+30% informal jobs since 2020', organisation: 'ORG-A' },
    ],
    actions: [{ item: 'organising-mobilising', action: 'Recruit 200 port casuals', who: 'Organising officer', due: '2026-09-30', status: 'planned', organisation: 'ORG-A' }],
  });
}

test('a facilitator opens the report of a synced workshop, prints it to A4 and exports CSV, XLSX and JSON', async ({ page }) => {
  test.setTimeout(120_000);
  const key = issueKey('facilitator', 'Awa Diop');
  const seeded = seededWorkshop();
  await pushRecords(E2E.baseUrl, key, `seed${Date.now()}`, seeded.records);

  await openReadyApp(page);
  await useKey(page, key);
  await page.getByRole('link', { name: 'Workshop companion' }).click();
  await page.getByRole('link', { name: scenario.workshop.title }).click();
  await openSection(page, 'Report and exports');
  const report = page.getByRole('region', { name: 'Workshop report' });

  // Every section of the report, with the workshop's own numbers
  for (const name of ['Workshop details', 'Agenda', 'Participating organisations', 'Key notes by kind', 'Capacity results per organisation', 'SWOT', 'Action plans', 'Good practices']) {
    await expect(report.getByRole('heading', { name, exact: true })).toBeVisible();
  }
  await expect(report.getByTestId('report-participants')).toHaveText('12 participants from 4 organisations');
  const gender = report.getByRole('table', { name: 'Participants by gender' });
  await expect(gender.getByRole('row', { name: 'Female 4' })).toBeVisible();
  await expect(gender.getByRole('row', { name: 'Male 6' })).toBeVisible();
  await expect(gender.getByRole('row', { name: 'Prefers not to say 2' })).toBeVisible();
  await expect(report.getByRole('row', { name: /Opening and objectives/ })).toContainText('45');
  await expect(report.getByText("<script>alert('x')</script> should appear as text, never run")).toBeVisible();
  // The results name the framework scored, its source, and whose words its questions are
  await expect(report.getByText('Framework: TUOC – Trade Union Organisational Capacity (version 1)')).toBeVisible();
  await expect(report.getByText('Source: Trade Union Organisational Capacity tool (TUOC-tool), TUDCN / HIVA – KU Leuven, 2019.')).toBeVisible();
  await expect(report.getByText('Our own wording: explanations, questions to think about, answer scale, and external factors.')).toBeVisible();
  // One chart and table per organisation; CNTL's numbers are the fixture's
  await expect(report.getByRole('img', { name: /Capacity profile/ })).toHaveCount(4);
  const cntl = report.getByRole('table', { name: /CNTL, Baseline/ });
  const expected = scenario.expected.byOrganisation['ORG-A']!;
  const sd = (v: number | null) => (v === null ? '–' : String(Number(v.toFixed(2))));
  await expect(cntl.getByRole('row', { name: /Resources and finances|Resource mobilisation/ })).toContainText(`${expected['resource-mobilisation']!.mean}`);
  await expect(cntl.getByRole('row', { name: /Service delivery and legal support/ })).toContainText(sd(expected['services-legal-support']!.sd));
  await expect(report.getByText('Democratic ownership is strong')).toBeVisible();
  await expect(report.getByRole('row', { name: /Recruit 200 port casuals/ })).toContainText('Organising officer');
  const practice = report.getByRole('article', { name: 'Mutual health fund run by market women' });
  await expect(practice.getByText('Contributions by mobile money, 2,300 members.')).toBeVisible();
  await expect(practice.getByText(/^RAF\/22\/11\/NOR – Promoting workers/)).toBeVisible();

  // XLSX: a sheet per record kind, scores wide per assessment, formulas neutralised
  const exports = page.getByRole('region', { name: 'Export the data' });
  await exports.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'Excel workbook (XLSX)' });
  const xlsx = await download(page, () => exports.getByRole('button', { name: 'Export' }).click());
  expect(xlsx.name).toMatch(/\.xlsx$/);
  await expect(exports.getByTestId('export-status')).toHaveText(`${xlsx.name} is ready.`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
  const sheet = (name: string) => {
    const s = book.getWorksheet(name);
    if (!s) throw new Error(`no sheet ${name}: ${book.worksheets.map((w) => w.name).join(', ')}`);
    return s;
  };
  expect(sheet('Notes').actualRowCount).toBe(1 + scenario.notes.length);
  expect(sheet('Participants').actualRowCount).toBe(1 + scenario.participants.length);
  expect(sheet('Scores').actualRowCount).toBe(1 + scenario.assessments.length * 15);
  const wide = sheet('Scores by assessment');
  expect(wide.actualRowCount).toBe(1 + scenario.assessments.length);
  const header = (wide.getRow(1).values as unknown[]).filter((v) => v !== undefined && v !== null);
  expect(header.length).toBeGreaterThanOrEqual(15 + 4);
  const numbers = wide.getRow(2).values as unknown[];
  expect(numbers.filter((v) => typeof v === 'number').length).toBeGreaterThanOrEqual(13);
  const titles = sheet('Good practices').getColumn(2).values as unknown[];
  // A text cell never runs in XLSX: the formula is kept as typed, with no apostrophe shown.
  expect(titles).toContain(FORMULA);
  expect(titles).not.toContain(`'${FORMULA}`);
  book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => expect(cell.formula ?? '').toBe(''))));

  // CSV, every table in a zip; then one table on its own
  await exports.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'CSV, every table (zip)' });
  const zip = await download(page, () => exports.getByRole('button', { name: 'Export' }).click());
  const files = unzipSync(new Uint8Array(zip.bytes));
  const names = Object.keys(files);
  // Sixteen tables (the photos table among them, empty here), and no photos/ folder without photos.
  expect(names).toHaveLength(16);
  expect(names.filter((n) => n.startsWith('photos/'))).toEqual([]);
  const notesCsv = parseCsv(strFromU8(files[names.find((n) => n.endsWith('-notes.csv'))!]!));
  expect(notesCsv).toHaveLength(1 + scenario.notes.length);
  expect(notesCsv.flat()).toContain(scenario.notes[0]!.text);
  expect(notesCsv.flat()).toContain(scenario.notes[4]!.text); // quotes survive
  const swotCsv = parseCsv(strFromU8(files[names.find((n) => n.endsWith('-swot.csv'))!]!));
  expect(swotCsv.flat()).toContain("'+30% informal jobs since 2020");

  await exports.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'CSV, one table' });
  await exports.getByRole('combobox', { name: 'Table' }).selectOption({ label: 'Participants' });
  const one = await download(page, () => exports.getByRole('button', { name: 'Export' }).click());
  expect(one.name).toMatch(/-participants\.csv$/);
  expect(one.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(parseCsv(one.bytes.toString('utf8'))).toHaveLength(1 + scenario.participants.length);

  // JSON of the whole workshop
  await exports.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'JSON, the whole workshop' });
  const json = await download(page, () => exports.getByRole('button', { name: 'Export' }).click());
  const whole = JSON.parse(json.bytes.toString('utf8')) as Record<string, unknown[]> & { workshop: { title: string } };
  expect(whole.workshop.title).toBe(scenario.workshop.title);
  expect(whole.notes).toHaveLength(scenario.notes.length);
  expect(whole.assessments).toHaveLength(scenario.assessments.length);
  expect(whole.scores).toHaveLength(scenario.assessments.length * 15);
  expect(whole.practices).toHaveLength(2);

  // Printed: nothing runs off an A4 page's printable width (210 mm less 2 x 15 mm margins)
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 680, height: 1000 });
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('main *')].filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > width + 1);
    return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5).map((el) => `${el.tagName}.${el.className}`) };
  });
  expect(overflow).toEqual({ scroll: 0, wide: [] });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = pdfPageCount(pdf);
  console.log(`workshop report: ${pages} A4 pages, ${pdf.length} bytes`);
  // Details, agenda, people, notes, four organisations' charts and tables, SWOT, actions, practices
  expect(pages).toBeGreaterThanOrEqual(10);
  expect(pages).toBeLessThanOrEqual(16);
});

test('a busy workshop (3,000 notes) exports to XLSX in a worker, showing progress, and the file opens', async ({ page }) => {
  test.setTimeout(120_000);
  const key = issueKey('facilitator', 'Awa Diop');
  const busy = scenarioWorkshop({ owner: uuidv7(), workshop: { title: 'Busy workshop on social protection' }, extraNotes: 3000 });
  await pushRecords(E2E.baseUrl, key, `seedBusy${Date.now()}`, busy.records);
  await openReadyApp(page);
  await useKey(page, key);
  await page.getByRole('link', { name: 'Workshop companion' }).click();
  await page.getByRole('link', { name: 'Busy workshop on social protection' }).click();
  await openSection(page, 'Report and exports');
  await expect(page.getByText('and 2,990 more in the data export')).toHaveCount(0); // bounded per kind, not in total
  const exports = page.getByRole('region', { name: 'Export the data' });
  const statuses: string[] = [];
  await page.exposeFunction('recordStatus', (s: string) => statuses.push(s));
  await page.evaluate(() => {
    const status = document.querySelector('[data-testid="export-progress"]')!;
    new MutationObserver(() => (window as unknown as { recordStatus: (s: string) => void }).recordStatus(status.textContent ?? '')).observe(status, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  const xlsx = await download(page, () => exports.getByRole('button', { name: 'Export' }).click());
  await expect(exports.getByTestId('export-status')).toHaveText(`${xlsx.name} is ready.`);
  expect(statuses.some((s) => /^Preparing the file… \d+%$/.test(s))).toBe(true);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
  expect(book.getWorksheet('Notes')!.actualRowCount).toBe(1 + scenario.notes.length + 3000);
  console.log(`busy workshop XLSX: ${xlsx.bytes.length} bytes`);
});
