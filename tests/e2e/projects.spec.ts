import { expectAccessible, expectTouchFriendly } from './support/checks.ts';
import { expect, test } from '@playwright/test';
import { analyseProfile } from '../../src/shared/framework/analysis.ts';
import { DEFAULT_TUOC } from '../../src/shared/framework/default-tuoc.ts';
import { frameworkItems } from '../../src/shared/framework/schema.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { openReadyApp } from './support/app.ts';
import { E2E } from './support/env.ts';
import { issueKey } from './support/keys.ts';
import { useKey } from './support/sync.ts';
import { pushRecords, scenario, scenarioWorkshop } from '../support/scenario-records.ts';

const PRACTICE = 'Mutual health fund run by market women';
const ACTION = 'Recruit 200 port casuals';
const ITEMS = frameworkItems(DEFAULT_TUOC).map((i) => i.id);
const allItems = (value: number) => Object.fromEntries(ITEMS.map((id) => [id, value]));

/** The admin command must write keys where the server under test keeps its data (a config may point it elsewhere). */
const dataDir = () => test.info().config.webServer?.env?.DATA_DIR ?? E2E.dataDir;

/** CNTL's (ORG-A) overall mean in the scenario's baseline round, as the framework analysis computes it. */
function baselineOfCntl(): number {
  const rows = scenario.assessments.filter((a) => a.organisation === 'ORG-A');
  const scored = rows.map((a) => ({ id: a.key, organisationId: 'ORG-A', round: a.round, answers: new Map(Object.entries(a.scores)) }));
  return analyseProfile(DEFAULT_TUOC, scored).overall!;
}

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

test('projects: import a CSV list (all or nothing), then a project page gathers its workshops, practices, results over rounds and actions', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const key = issueKey('facilitator', 'Awa Diop', dataDir());
  // The field workshop names RAF/22/11/NOR (partners CNTL and NUSF); CNTL also scored a follow-up round.
  const seeded = scenarioWorkshop({
    owner: uuidv7(),
    workshop: { title: `Social protection in Thiès ${Date.now().toString(36)}` },
    practices: [{ title: PRACTICE, status: 'reviewed', organisations: ['ORG-A'], projects: ['RAF/22/11/NOR'] }],
    actions: [{ item: 'organising-mobilising', action: ACTION, who: 'Organising officer', due: '2026-09-30', status: 'in-progress', organisation: 'ORG-A' }],
    assessments: [
      { organisation: 'ORG-A', round: 'follow-up', scores: allItems(4) },
      { organisation: 'ORG-A', round: 'follow-up', scores: allItems(5) },
      { organisation: 'ORG-A', round: 'follow-up', scores: allItems(1), submitted: false },
    ],
  });
  await pushRecords(E2E.baseUrl, key, `seedP${Date.now()}`, seeded.records);

  await openReadyApp(page);
  await useKey(page, key);
  await page.getByRole('navigation', { name: 'Workshop companion' }).getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  const count = page.getByTestId('projects-count');
  await expect(count).toHaveText('2 projects of 2');
  const imports = page.getByRole('region', { name: 'Import projects from a spreadsheet (CSV)' });

  // A file with one broken row imports nothing, and says which row and field
  await imports
    .getByLabel('CSV file')
    .setInputFiles(csvFile('broken.csv', 'Reference,Title,Start date,Status\r\nRAF/25/09/DAN,Youth organising,2025-01-15,active\r\nRAF/25/10/DAN,Migrant workers,2025-13-01,active\r\n'));
  await expect(imports.getByTestId('import-file')).toHaveText('broken.csv: 2 rows, separated by commas.');
  await expect(imports.getByTestId('import-summary')).toHaveText('1 row has problems, so nothing will be imported. Fix it in the file and choose the file again.');
  const brokenPreview = imports.getByRole('table', { name: 'Preview' });
  await expect(brokenPreview.getByRole('row').filter({ hasText: 'RAF/25/10/DAN' })).toContainText('Start date: Please give a date (year, month, day).');
  await expect(brokenPreview.getByRole('row').filter({ hasText: 'RAF/25/10/DAN' }).getByRole('rowheader')).toHaveText('3');
  await expect(brokenPreview.getByRole('row').filter({ hasText: 'RAF/25/09/DAN' })).toContainText('New project');
  await expect(imports.getByRole('button', { name: /^Import \d+ projects?$/ })).toBeDisabled();
  await expectAccessible(page, 'projects list with a refused import');
  await imports.getByRole('button', { name: 'Cancel' }).click();
  await expect(count).toHaveText('2 projects of 2');
  await expect(page.getByRole('link', { name: /RAF\/25\/09\/DAN/ })).toHaveCount(0);

  // A semicolon file, as Excel writes it in French: the seeded project is updated, a second one is new
  const good = [
    'Reference;Title;Donor;Implementing organisation;Partners;Countries;Start date;End date;Status;Budget;Currency;Contact',
    `RAF/22/11/NOR;${scenario.workshop.projects[0]!.title};Norway;LO Norway;CNTL, NUSF;SN, GH;2022-01-01;31/12/2025;Active;4 500 000;NOK;"Awa Diop; awa@example.org"`,
    'RAF/24/03/SWE;"Social protection for informal workers;\nphase 2";Sweden;;STEI;Senegal;2024-03-01;2027-02-28;planned;1 200 000,50;SEK;',
  ].join('\r\n');
  await imports.getByLabel('CSV file').setInputFiles(csvFile('projets.csv', `\uFEFF${good}\r\n`));
  await expect(imports.getByTestId('import-file')).toHaveText('projets.csv: 2 rows, separated by semicolons.');
  await expect(imports.getByRole('combobox', { name: 'Budget amount' })).toHaveValue('9');
  await expect(imports.getByTestId('import-summary')).toHaveText('Ready to import: 1 new project and 1 update.');
  const preview = imports.getByRole('table', { name: 'Preview' });
  await expect(preview.getByRole('row').filter({ hasText: 'RAF/22/11/NOR' })).toContainText(
    'Updates the project on this device: Countries, Start date, End date, Implementing organisation, Budget, and Contact',
  );
  await expect(preview.getByRole('row').filter({ hasText: 'RAF/24/03/SWE' })).toContainText('New project');
  await imports.getByRole('button', { name: 'Import 2 projects' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Projects imported' })).toHaveText('Projects imported: 1 new project and 1 update.');
  await expect(count).toHaveText('3 projects of 3');
  await expect(imports.getByRole('table', { name: 'Preview' })).toHaveCount(0);

  // Search ignores case and accents; filters by donor
  await page.getByRole('searchbox', { name: 'Search the projects' }).fill('SENEGAL lo norway');
  await expect(count).toHaveText('1 project of 3');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('combobox', { name: 'Donor' }).selectOption({ label: 'Sweden' });
  await expect(page.getByRole('table', { name: 'Projects' }).getByRole('link')).toHaveText([/^RAF\/24\/03\/SWE/]);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // The project page
  await page.getByRole('link', { name: /^RAF\/22\/11\/NOR/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /RAF\/22\/11\/NOR/ })).toBeVisible();
  const about = page.getByRole('region', { name: 'About the project' });
  await expect(about).toContainText('LO Norway');
  await expect(about).toContainText('NOK 4,500,000.00');
  await expect(about).toContainText('Senegal and Ghana');
  await expect(about).toContainText('Jan 1, 2022 to Dec 31, 2025');
  await expect(page.getByRole('table', { name: 'Workshops that named it' }).getByRole('link', { name: seeded.records.find((r) => r.kind === 'workshop')!.fields.title as string })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Good practices linked to it' }).getByRole('row').filter({ hasText: PRACTICE })).toContainText('Reviewed');
  const results = page.getByRole('table', { name: 'Overall capacity score by round' });
  await expect(results.getByRole('columnheader')).toHaveText(['Organisation', 'Baseline', 'Follow-up', 'Change']);
  const baseline = baselineOfCntl();
  const cntl = results.getByRole('row').filter({ hasText: 'CNTL' });
  await expect(cntl.getByRole('cell')).toHaveText([`${baseline.toFixed(2)}3 respondents`, '4.502 respondents', `+${(4.5 - baseline).toFixed(2)}`]);
  await expect(results.getByRole('row').filter({ hasText: 'NUSF' }).getByRole('cell')).toHaveText([/^\d\.\d\d3 respondents$/, 'Not scored', '–']);
  const action = page.getByRole('table', { name: 'Action plans of partner organisations' }).getByRole('row').filter({ hasText: ACTION });
  await expect(action).toContainText('CNTL');
  await expect(action).toContainText('In progress');
  await expect(action).toContainText('Sep 30, 2026');
  await expectAccessible(page, 'project page');

  // On a phone: tables turn into cards, nothing scrolls sideways, every control is a touch target
  await page.setViewportSize({ width: 360, height: 640 });
  await expectTouchFriendly(page);
  await page.getByRole('link', { name: 'All projects' }).click();
  await expect(count).toHaveText('3 projects of 3');
  await expectTouchFriendly(page);
  await page.setViewportSize({ width: 800, height: 1280 });

  // The import syncs: another device with the same key sees the new fields
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');
  const laptop = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const other = await laptop.newPage();
  await openReadyApp(other);
  await useKey(other, key);
  await other.getByRole('link', { name: 'Projects' }).click();
  await other.getByRole('link', { name: /^RAF\/24\/03\/SWE/ }).click();
  const aboutThere = other.getByRole('region', { name: 'About the project' });
  await expect(aboutThere).toContainText('SEK 1,200,000.50');
  await expect(aboutThere).toContainText('Planned');
  // In Arabic, right to left: the page reads in words and passes the same checks
  await other.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'العربية' });
  await expect(other.getByRole('region', { name: 'عن المشروع' })).toContainText('مُخطَّط له');
  await expectAccessible(other, 'project page in Arabic');
  await laptop.close();
});
