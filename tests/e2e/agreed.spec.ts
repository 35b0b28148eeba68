import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, openReadyApp } from './support/app.ts';
import { issueKey } from './support/keys.ts';
import { useKey } from './support/sync.ts';
import { addOrganisation, addParticipant, openSection } from './support/workspace.ts';

const ITEMS = 15;
const CNTL = 'CNTL – Confédération nationale des travailleurs du Littoral';

/** One person scores every item the same, on the facilitator's tablet, and submits. */
async function scoreAll(page: Page, who: string, value: number) {
  const form = page.getByRole('form', { name: 'New assessment' });
  await form.getByRole('combobox', { name: 'Organisation being scored' }).selectOption({ label: CNTL });
  await form.getByRole('combobox', { name: 'Round' }).selectOption({ label: 'Baseline' });
  await form.getByRole('combobox', { name: 'Who is scoring' }).selectOption({ label: who });
  await form.getByRole('button', { name: 'Start scoring' }).click();
  for (let i = 0; i < ITEMS; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${ITEMS}`)).toBeVisible();
    await page.getByRole('radio', { name: new RegExp(`^${value} `) }).check();
    await page.getByRole('button', { name: i === ITEMS - 1 ? 'Review answers' : 'Next' }).click();
  }
  await page.getByRole('button', { name: 'Submit my answers' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
}

const itemForm = (page: Page, item: string) => page.getByRole('region', { name: 'Agreed scores' }).getByRole('form', { name: item, exact: true });

async function agree(page: Page, item: string, score: string, why: string) {
  const form = itemForm(page, item);
  await form.getByRole('combobox', { name: 'Agreed score' }).selectOption({ label: score });
  await form.getByRole('textbox', { name: 'Justification (evidence, examples)' }).fill(why);
  await form.getByRole('button', { name: 'Save agreed score' }).click();
  await expect(page.getByRole('status')).toContainText(`Agreed score for “${item}” saved.`);
}

test('a group’s agreed scores are recorded beside the individual ones, flagged when more than a point apart, kept over a reload and printed in the report', async ({ page }) => {
  test.setTimeout(180_000);
  await openReadyApp(page);
  await createWorkshop(page, { title: 'Agreed scores', theme: 'Social protection', start: '2026-03-10' });
  await openSection(page, 'People');
  await addOrganisation(page, { name: 'Confédération nationale des travailleurs du Littoral', acronym: 'CNTL', country: 'Senegal', kind: 'National centre', role: 'Receiving partner' });
  for (const name of ['Aminata', 'Lars']) await addParticipant(page, { name, org: 'CNTL' });

  // Two people score on the tablet: every item's mean is 3.5
  await openSection(page, 'Scoring');
  await scoreAll(page, 'Aminata', 3);
  await page.getByRole('button', { name: 'Next person' }).click();
  await scoreAll(page, 'Lars', 4);
  await page.getByRole('link', { name: 'Back to the workshop' }).click();

  await openSection(page, 'Analysis');
  const panel = page.getByRole('region', { name: 'Agreed scores' });
  await expect(panel).toContainText('Choose one organisation above to record its agreed scores');
  await page.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'CNTL' });
  await expect(panel.getByTestId('agreed-progress')).toHaveText('0 of 15 items agreed');
  await expect(itemForm(page, 'Collective bargaining')).toContainText('Individual scores: mean 3.5, spread 0.71');
  // The table has no agreed column until the group records something
  const table = page.getByRole('table', { name: /Scores per item: CNTL/ });
  await expect(table.getByRole('columnheader', { name: 'Agreed' })).toHaveCount(0);

  // A justification without a score is not saved, and stays in the form
  const services = itemForm(page, 'Service delivery and legal support');
  await services.getByRole('textbox', { name: 'Justification (evidence, examples)' }).fill('Legal aid clinic opened in two ports');
  await services.getByRole('button', { name: 'Save agreed score' }).click();
  await expect(services.getByText('Choose the agreed score, or “Could not agree”.')).toBeVisible();
  await expect(services.getByRole('textbox', { name: 'Justification (evidence, examples)' })).toHaveValue('Legal aid clinic opened in two ports');

  await agree(page, 'Collective bargaining', '5 – Fully', 'Three sector agreements signed this year');
  await agree(page, 'Influencing government, business and society', '4 – Largely', 'Consulted on the pension reform');
  await expect(panel.getByTestId('agreed-progress')).toHaveText('2 of 15 items agreed');

  const checkAnalysis = async () => {
    await expect(table.getByRole('columnheader', { name: 'Agreed' })).toBeVisible();
    const bargaining = table.getByRole('row', { name: /^Collective bargaining/ });
    await expect(bargaining.getByRole('cell')).toHaveText(['2', '3.5', '3.5', '0.71', /^5.*Differs by more than a point$/, '3–4', '0']);
    const influencing = table.getByRole('row', { name: /^Influencing government/ });
    await expect(influencing.getByRole('cell').nth(4)).toHaveText('4');
    await expect(
      table
        .getByRole('row', { name: /^Autonomy/ })
        .getByRole('cell')
        .nth(4),
    ).toHaveText('—none recorded');
    await expect(page.getByTestId('agreed-differing')).toHaveText('1 item where the agreed score differs from the mean by more than a point');
    const why = page.getByRole('region', { name: 'Why the group agreed these scores: CNTL · Baseline' });
    await expect(why).toContainText('Three sector agreements signed this year');
    await expect(why).toContainText('Consulted on the pension reform');
  };
  await checkAnalysis();

  // Kept over a reload: the records, and the unsaved justification in its form
  await page.reload();
  await page.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'CNTL' });
  await checkAnalysis();
  await expect(panel.getByTestId('agreed-progress')).toHaveText('2 of 15 items agreed');
  await expect(itemForm(page, 'Collective bargaining').getByRole('combobox', { name: 'Agreed score' })).toHaveValue('5');
  await expect(itemForm(page, 'Collective bargaining').getByRole('textbox', { name: 'Justification (evidence, examples)' })).toHaveValue('Three sector agreements signed this year');
  await expect(services.getByRole('textbox', { name: 'Justification (evidence, examples)' })).toHaveValue('Legal aid clinic opened in two ports');

  // "Could not agree" is recorded, never flagged
  const autonomy = itemForm(page, 'Autonomy');
  await autonomy.getByRole('combobox', { name: 'Agreed score' }).selectOption({ label: 'Could not agree' });
  await autonomy.getByRole('button', { name: 'Save agreed score' }).click();
  await expect(panel.getByTestId('agreed-progress')).toHaveText('2 of 15 items agreed · No agreement on 1 item');
  await expect(
    table
      .getByRole('row', { name: /^Autonomy/ })
      .getByRole('cell')
      .nth(4),
  ).toHaveText('Could not agree');

  // The printed report: the same column, the flag, and the reasons as text
  await openSection(page, 'Report and exports');
  const report = page.getByRole('region', { name: 'Workshop report' });
  const printed = report.getByRole('table', { name: /Scores per item: CNTL, Baseline/ });
  await expect(printed.getByRole('columnheader', { name: 'Agreed' })).toBeVisible();
  await expect(
    printed
      .getByRole('row', { name: /^Collective bargaining/ })
      .getByRole('cell')
      .nth(4),
  ).toHaveText(/^5.*Differs by more than a point$/);
  await expect(
    printed
      .getByRole('row', { name: /^Influencing government/ })
      .getByRole('cell')
      .nth(4),
  ).toHaveText('4');
  await expect(report.getByTestId('agreed-differing')).toHaveText('1 item where the agreed score differs from the mean by more than a point');
  const reasons = report.getByRole('region', { name: /Why the group agreed these scores: CNTL, Baseline/ });
  await expect(reasons).toContainText('Collective bargaining: 5');
  await expect(reasons).toContainText('Three sector agreements signed this year');
  await expect(reasons).toContainText('Consulted on the pension reform');
  await page.emulateMedia({ media: 'print' });
  await expect(reasons).toBeVisible();
  await expect(printed.getByText('Differs by more than a point')).toBeVisible();
});

test('two tablets of a facilitator edit one agreed score offline, one its score and the other its justification, and both keep both', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const key = issueKey('facilitator', 'Awa Diop');
  const contexts = [await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } }), await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } })] as const;
  const [a, b] = [await contexts[0].newPage(), await contexts[1].newPage()];
  const sync = async (p: Page) => {
    await p.getByRole('button', { name: 'Sync now' }).click();
    await expect(p.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');
  };
  for (const p of [a, b]) {
    await openReadyApp(p);
    await useKey(p, key);
  }
  await a.getByRole('link', { name: 'Workshop companion' }).click();
  await createWorkshop(a, { title: 'Agreed on two tablets', theme: 'Social protection', start: '2026-03-10' });
  await openSection(a, 'People');
  await addOrganisation(a, { name: 'Confédération nationale des travailleurs du Littoral', acronym: 'CNTL', country: 'Senegal', kind: 'National centre', role: 'Receiving partner' });
  await openSection(a, 'Analysis');
  await a.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'CNTL' });
  await agree(a, 'Collective bargaining', '4 – Largely', 'Two agreements signed');
  await sync(a);

  await sync(b);
  await b.getByRole('link', { name: 'Workshop companion' }).click();
  await b.getByRole('link', { name: 'Agreed on two tablets' }).click();
  await openSection(b, 'Analysis');
  await b.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'CNTL' });
  const score = (p: Page) => itemForm(p, 'Collective bargaining').getByRole('combobox', { name: 'Agreed score' });
  const words = (p: Page) => itemForm(p, 'Collective bargaining').getByRole('textbox', { name: 'Justification (evidence, examples)' });
  await expect(score(b)).toHaveValue('4');
  await expect(words(b)).toHaveValue('Two agreements signed');

  // No network: one tablet lowers the score, the other adds to the evidence
  for (const c of contexts) await c.setOffline(true);
  await score(a).selectOption({ label: '2 – A little' });
  await itemForm(a, 'Collective bargaining').getByRole('button', { name: 'Save agreed score' }).click();
  await expect(a.getByRole('status')).toContainText('Agreed score for “Collective bargaining” saved.');
  await words(b).fill('Two agreements signed, neither applied in the ports');
  await itemForm(b, 'Collective bargaining').getByRole('button', { name: 'Save agreed score' }).click();
  await expect(b.getByRole('status')).toContainText('Agreed score for “Collective bargaining” saved.');
  for (const c of contexts) await c.setOffline(false);
  await sync(a);
  await sync(b);
  await sync(a);

  for (const p of [a, b]) {
    await expect(score(p)).toHaveValue('2');
    await expect(words(p)).toHaveValue('Two agreements signed, neither applied in the ports');
    await expect(itemForm(p, 'Collective bargaining').getByRole('alert')).toHaveCount(0);
  }
  for (const c of contexts) await c.close();
});
