import { expect, test, type Browser, type Page } from '@playwright/test';
import { createWorkshop, openReadyApp, waitForServiceWorker } from './support/app.ts';
import { issueKey } from './support/keys.ts';
import { useKey } from './support/sync.ts';
import { addOrganisation, openSection } from './support/workspace.ts';

const STATEMENTS = 17;

/** A partner fills in the whole profile on their own phone, offline once the app is installed. */
async function fillProfile(browser: Browser, baseURL: string, link: string, organisation: string, answer: (statement: string) => number) {
  const phone = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  const p = await phone.newPage();
  await p.goto(link);
  await expect(p.getByRole('heading', { level: 1, name: 'Partnership review, Dakar' })).toBeVisible({ timeout: 15_000 });
  await waitForServiceWorker(p);
  await phone.setOffline(true);
  await p.getByRole('combobox', { name: 'Organisation being scored' }).selectOption({ label: organisation });
  await p.getByRole('button', { name: 'Start scoring' }).click();
  let previous = '';
  for (let i = 0; i < STATEMENTS; i++) {
    const title = p.locator('#score-item-title');
    await expect(title).not.toHaveText(previous);
    const statement = (await title.textContent())!.trim();
    previous = statement;
    await p.getByRole('radio', { name: new RegExp(`^${answer(statement)} `) }).check();
    if (statement === 'Our own money will carry it') await p.getByRole('textbox', { name: 'Comment or example (optional)' }).fill('Dues barely cover the office rent.');
    await p.getByRole('button', { name: i === STATEMENTS - 1 ? 'Review answers' : 'Next' }).click();
  }
  await p.getByRole('button', { name: 'Submit my answers' }).click();
  await expect(p.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await phone.setOffline(false);
  await expect(p.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync', { timeout: 15_000 });
  await phone.close();
}

test('the supporting and the receiving partner fill in the development-effectiveness profile on two phones; the comparison shows both and where they differ most', async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const tablet = await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } });
  const f: Page = await tablet.newPage();
  await openReadyApp(f);
  await useKey(f, issueKey('facilitator', 'Awa Diop'));
  await f.getByRole('link', { name: 'Workshop companion' }).click();
  await createWorkshop(f, { title: 'Partnership review, Dakar', theme: 'Social dialogue', start: '2026-09-14' });
  await openSection(f, 'Details');
  await f.getByRole('combobox', { name: 'Workshop framework' }).selectOption({ label: 'Development-effectiveness profile of the partnership' });
  await f.getByRole('button', { name: 'Save details' }).click();
  await openSection(f, 'People');
  await addOrganisation(f, { name: 'Nordic Union Solidarity Fund', acronym: 'NUSF', country: 'Norway', kind: 'Solidarity support organisation', role: 'Supporting partner' });
  await addOrganisation(f, { name: 'Confédération nationale des travailleurs du Littoral', acronym: 'CNTL', country: 'Senegal', kind: 'National centre', role: 'Receiving partner' });
  await openSection(f, 'Scoring');
  await expect(f.getByText('Development-effectiveness profile of the partnership', { exact: false }).first()).toBeVisible();
  const link = (await f.getByTestId('join-link').textContent())!.trim();
  await f.getByRole('button', { name: 'Sync now' }).click();
  await expect(f.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');

  // The partners see money and decision-making very differently
  await fillProfile(browser, baseURL!, link, 'NUSF – Nordic Union Solidarity Fund', (s) => (s === 'Our own money will carry it' || s === 'An equal say' ? 5 : 4));
  await fillProfile(browser, baseURL!, link, 'CNTL – Confédération nationale des travailleurs du Littoral', (s) => (s === 'Our own money will carry it' ? 1 : s === 'An equal say' ? 2 : 4));

  await f.getByRole('button', { name: 'Sync now' }).click();
  await openSection(f, 'Analysis');
  await expect(f.getByTestId('respondents')).toHaveText('2 respondents');
  const partners = f.getByRole('region', { name: 'Supporting and receiving partner' });
  const chart = partners.getByRole('img', { name: 'Principles as each partner sees them' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('.radar__axis')).toHaveCount(8);
  await expect(partners.getByText('Supporting partner', { exact: true }).first()).toBeVisible();
  const differences = partners.getByRole('table', { name: 'Where the partners differ most' });
  await expect(differences.getByRole('row').nth(1)).toHaveText(/Our own money will carry it\s*5\s*1\s*4/);
  await expect(differences.getByRole('row').nth(2)).toHaveText(/An equal say\s*5\s*2\s*3/);
  await expect(differences.getByRole('row')).toHaveCount(3);
  // Autonomy pools four statements: the receiving partner's 4, 4, 4 and 1
  const receiving = partners.getByRole('table', { name: 'Scores per principle: Receiving partner' });
  await expect(receiving.locator('tr[data-dimension="autonomy"]')).toHaveText(/Autonomy\s*4\s*3[.,]25\s*1[.,]5\s*1–4/);
  await expect(receiving.locator('tr[data-dimension="sustainability-financial"]')).toHaveText(/Sustainability: financial\s*1\s*1/);
  await tablet.close();
});
