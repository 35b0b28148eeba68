import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { uuidv7 } from '../../src/shared/ids.ts';
import { openReadyApp } from './support/app.ts';
import { E2E } from './support/env.ts';
import { issueKey } from './support/keys.ts';
import { useKey } from './support/sync.ts';
import { pdfPageCount } from './support/files.ts';
import { openSection } from './support/workspace.ts';
import { pushRecords, scenarioWorkshop } from '../support/scenario-records.ts';

const FUND = 'Mutual health fund run by market women';
const DUES = 'Dues collected by mobile money';
const PORT = 'Port casuals organised before bargaining';
const FUND_AGAIN = 'Market women’s health mutual';
const WOMEN = 'Women’s committees in every branch';
// The server keeps other tests' workshops (and a retry's), and a coordinator sees them all: this
// run's themes are its own.
const run = Date.now().toString(36);
const SOCIAL = `Social protection exchange ${run}`;
const GENDER = `Gender equality exchange ${run}`;

const cases = (page: Page) => page.getByRole('list', { name: 'Compendium of good practices' }).getByRole('article');
const titles = (page: Page) => cases(page).getByRole('heading', { level: 2 });
const card = (page: Page, title: string): Locator => page.getByRole('article', { name: title, exact: true });

/** A coordinator's laptop with a key of its own, on the compendium of a theme. */
async function coordinatorCompendium(browser: Browser, baseURL: string | undefined, theme: string) {
  const laptop = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const page = await laptop.newPage();
  await openReadyApp(page);
  await useKey(page, issueKey('coordinator', 'Henrik Olsen'));
  await page.getByRole('link', { name: 'Compendium' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compendium of good practices' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
  return { laptop, page };
}

test('the compendium gathers practices of two workshops by theme; a coordinator curates, and the curation syncs to the facilitator', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  // Two facilitators' workshops on social protection (2026 and 2025), and one on gender equality
  const awa = issueKey('facilitator', 'Awa Diop');
  const kofi = issueKey('facilitator', 'Kofi Mensah');
  const thies = scenarioWorkshop({
    owner: uuidv7(),
    workshop: { title: 'Social protection in Thiès', theme: SOCIAL },
    practices: [
      {
        title: FUND,
        status: 'compendium',
        organisations: ['ORG-B'],
        capacities: ['resource-mobilisation', 'services-legal-support'],
        projects: ['RAF/22/11/NOR'],
        context: 'No health cover for market women.',
        approach: 'Contributions by mobile money.',
        results: '2,300 members.',
      },
      { title: DUES, status: 'reviewed', organisations: ['ORG-A'], capacities: ['resource-mobilisation'] },
      { title: 'Only a draft', status: 'draft' },
    ],
  });
  const tema = scenarioWorkshop({
    owner: uuidv7(),
    workshop: { title: 'Social protection for port workers', theme: SOCIAL, startDate: '2025-06-02', endDate: '2025-06-03', country: 'GH' },
    practices: [
      { title: PORT, status: 'compendium', organisations: ['ORG-D'], capacities: ['organising-mobilising'], approach: 'We organised the port casuals before we asked for anything.' },
      { title: FUND_AGAIN, status: 'compendium', organisations: ['ORG-B'], capacities: ['resource-mobilisation'], sustainability: 'Members run it; no donor money after 2027.' },
    ],
  });
  const gender = scenarioWorkshop({
    owner: uuidv7(),
    workshop: { title: 'Gender equality in unions', theme: GENDER },
    practices: [{ title: WOMEN, status: 'compendium', organisations: ['ORG-A'], capacities: ['inclusiveness-equality'] }],
  });
  await pushRecords(E2E.baseUrl, awa, `seedA${Date.now()}`, [...thies.records, ...gender.records]);
  await pushRecords(E2E.baseUrl, kofi, `seedK${Date.now()}`, tema.records);

  // The coordinator's laptop holds every workshop after sync
  const { laptop, page } = await coordinatorCompendium(browser, baseURL, SOCIAL);
  await expect(titles(page)).toHaveCount(3);
  expect((await titles(page).allTextContents()).sort()).toEqual([FUND, FUND_AGAIN, PORT].sort());
  await expect(page.getByTestId('compendium-counts')).toHaveText('3 practices from 2 organisations in 2 countries');
  const bars = page.getByRole('table', { name: 'Capacities these practices strengthen most' });
  await expect(bars.getByRole('row').nth(1)).toContainText('2');
  // Each entry reads as a case
  const fund = card(page, FUND);
  await expect(fund.getByText('STEI · Senegal')).toBeVisible();
  await expect(fund.getByText('No health cover for market women.')).toBeVisible();
  await expect(fund.getByText('Social protection in Thiès, Mar 10, 2026')).toBeVisible();
  await expect(fund.getByText(/^RAF\/22\/11\/NOR – /)).toBeVisible();

  // Another theme shows only its own practices
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: GENDER });
  await expect(titles(page)).toHaveText([WOMEN]);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: SOCIAL });
  await expect(titles(page)).toHaveCount(3);

  // Filters: year, capacity, search, reviewed cards
  await page.getByRole('combobox', { name: 'Year' }).selectOption('2025');
  await expect(titles(page)).toHaveCount(2);
  await expect(titles(page)).not.toContainText([FUND]);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('combobox', { name: 'Capacity strengthened' }).selectOption({ label: 'Organising and mobilising' });
  await expect(titles(page)).toHaveText([PORT]);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('checkbox', { name: 'Also show reviewed cards not yet in the compendium' }).check();
  await page.getByRole('searchbox', { name: 'Search the practices' }).fill('MOBILE money');
  await expect(titles(page)).toHaveCount(2);
  expect((await titles(page).allTextContents()).sort()).toEqual([DUES, FUND].sort());
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('checkbox', { name: 'Also show reviewed cards not yet in the compendium' }).uncheck();
  await expect(titles(page)).toHaveCount(3);

  // Curation: merge the duplicate, set the order, reword a title
  await fund.getByRole('combobox', { name: `Duplicate to merge into “${FUND}”` }).selectOption({ label: `${FUND_AGAIN} (Social protection for port workers)` });
  await fund.getByRole('button', { name: 'Merge into this card' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'merged into' })).toHaveText(`“${FUND_AGAIN}” merged into “${FUND}”.`);
  await expect(titles(page)).toHaveCount(2);
  await expect(fund.getByText('Social protection for port workers, Jun 2, 2025')).toBeVisible();
  await expect(fund.getByText('Members run it; no donor money after 2027.')).toBeVisible();
  // STEI is a record in each workshop: the merged card names it once
  await expect(fund.getByText('STEI · Senegal', { exact: true })).toBeVisible();
  await expect(page.getByTestId('compendium-counts')).toHaveText('2 practices from 2 organisations in 2 countries');

  const order = await titles(page).allTextContents();
  const last = order.at(-1)!;
  await card(page, last)
    .getByRole('button', { name: `Move “${last}” up` })
    .click();
  await expect(titles(page)).toHaveText([last, order[0]!]);
  await page.reload();
  await expect(titles(page)).toHaveText([last, order[0]!]);

  const reworded = 'Health mutual run by market women, paid by mobile money';
  await card(page, FUND)
    .getByRole('button', { name: `Edit wording of “${FUND}”` })
    .click();
  await card(page, FUND).getByRole('textbox', { name: 'Title' }).fill(reworded);
  await card(page, FUND).getByRole('button', { name: 'Save practice card' }).click();
  await expect(card(page, reworded)).toBeVisible();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');

  // The printable compendium: a cover, contents, one practice per section
  await page.getByRole('link', { name: 'Open the printable compendium' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compendium of good practices' })).toBeVisible();
  await expect(page.getByText(`Theme: ${SOCIAL}`)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveText([last, order[0]!].map((x) => (x === FUND ? reworded : x)));
  await expect(page.getByRole('article')).toHaveCount(2);
  // Printed: the cover, the contents with the summary, then each practice on its own page
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = pdfPageCount(pdf);
  console.log(`compendium report: ${pages} A4 pages`);
  expect(pages).toBe(1 + 1 + 2);
  await page.emulateMedia({ media: 'screen' });

  // Awa's tablet receives the coordinator's curation of her workshop
  const tablet = await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } });
  const awaPage = await tablet.newPage();
  await openReadyApp(awaPage);
  await useKey(awaPage, awa);
  await awaPage.getByRole('link', { name: 'Workshop companion' }).click();
  await awaPage.getByRole('link', { name: 'Social protection in Thiès' }).click();
  await openSection(awaPage, 'Good practices');
  await expect(awaPage.getByText(reworded)).toBeVisible();
  await laptop.close();
  await tablet.close();
});

test('a curator’s typing keeps its field while other cards arrive by sync: the card being edited is not rebuilt', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const theme = `Informal economy exchange ${run}`;
  const awa = issueKey('facilitator', 'Awa Diop');
  const first = scenarioWorkshop({ owner: uuidv7(), workshop: { title: 'Informal traders in Dakar', theme }, practices: [{ title: FUND, status: 'compendium', organisations: ['ORG-B'] }] });
  await pushRecords(E2E.baseUrl, awa, `seedI${Date.now()}`, first.records);

  const { laptop, page } = await coordinatorCompendium(browser, baseURL, theme);
  await expect(titles(page)).toHaveText([FUND]);

  await card(page, FUND)
    .getByRole('button', { name: `Edit wording of “${FUND}”` })
    .click();
  const title = card(page, FUND).getByRole('textbox', { name: 'Title' });
  await title.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Health mutual');
  await page.locator('li', { has: title }).evaluate((el) => el.setAttribute('data-marked', 'kept'));

  // A facilitator's other workshop on the theme reaches the laptop by itself, while the curator types.
  const second = scenarioWorkshop({ owner: uuidv7(), workshop: { title: 'Street vendors in Accra', theme }, practices: [{ title: PORT, status: 'compendium', organisations: ['ORG-D'] }] });
  await pushRecords(E2E.baseUrl, awa, `seedJ${Date.now()}`, second.records);
  await expect(titles(page)).toHaveCount(2);

  await expect(title).toBeFocused();
  expect(await page.locator('li[data-marked="kept"]').count()).toBe(1);
  await page.keyboard.type(' run by market women');
  await expect(title).toHaveValue('Health mutual run by market women');
  await card(page, FUND).getByRole('button', { name: 'Save practice card' }).click();
  await expect(card(page, 'Health mutual run by market women')).toBeVisible();
  await laptop.close();
});
