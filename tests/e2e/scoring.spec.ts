import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createWorkshop, openReadyApp } from './support/app.ts';
import { addOrganisation, addParticipant, openSection } from './support/workspace.ts';

interface Fixture {
  assessments: { key: string; respondent: string; organisation: string; scores: Record<string, number | null> }[];
  expected: { byOrganisation: Record<string, Record<string, { n: number; dontKnow: number; mean: number; median: number; sd: number; min: number; max: number }>> };
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/field-scenario.json', import.meta.url), 'utf8')) as Fixture;
const scoresOf = (key: string) => Object.values(fixture.assessments.find((a) => a.key === key)!.scores);
const ITEMS = 15;

test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

async function answer(page: Page, value: number | null) {
  await page.getByRole('radio', { name: value === null ? 'Don’t know' : new RegExp(`^${value} `) }).check();
}

async function answerFrom(page: Page, values: (number | null)[], from: number) {
  for (let i = from; i < values.length; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${ITEMS}`)).toBeVisible();
    await answer(page, values[i]!);
    await page.getByRole('button', { name: i === ITEMS - 1 ? 'Review answers' : 'Next' }).click();
  }
}

async function startAssessment(page: Page, who: string) {
  const form = page.getByRole('form', { name: 'New assessment' });
  await form.getByRole('combobox', { name: 'Organisation being scored' }).selectOption({ label: 'CNTL – Confédération nationale des travailleurs du Littoral' });
  await form.getByRole('combobox', { name: 'Round' }).selectOption({ label: 'Baseline' });
  await form.getByRole('combobox', { name: 'Who is scoring' }).selectOption({ label: who });
  await form.getByRole('button', { name: 'Start scoring' }).click();
  await expect(page.getByText(`Question 1 of ${ITEMS}`)).toBeVisible();
}

test('participants score on a phone offline, resume after a reload, and the analysis shows the right numbers', async ({ page, context }) => {
  test.setTimeout(180_000);
  await openReadyApp(page);
  await context.setOffline(true);
  await page.reload();
  await createWorkshop(page, { title: 'Social protection', theme: 'Social protection', start: '2026-03-10' });
  await openSection(page, 'People');
  await addOrganisation(page, { name: 'Confédération nationale des travailleurs du Littoral', acronym: 'CNTL', country: 'Senegal', kind: 'National centre', role: 'Receiving partner' });
  for (const name of ['Aminata', 'Lars', 'João']) await addParticipant(page, { name, org: 'CNTL' });

  // Lars: two "don't know", a comment, leaves after seven questions and comes back
  await openSection(page, 'Scoring');
  await startAssessment(page, 'Lars');
  const lars = scoresOf('A-P05');
  await answerFrom(page, lars.slice(0, 7), 0);
  await expect(page.getByText(`Question 8 of ${ITEMS}`)).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('textbox', { name: 'Comment or example (optional)' }).fill('We have a plan but members did not shape it.');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.reload();
  await expect(page.getByText(`Question 8 of ${ITEMS}`)).toBeVisible();
  await expect(page.getByText('Welcome back')).toBeVisible();
  await answerFrom(page, lars, 7);

  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  const summary = page.getByRole('list', { name: 'Check your answers' });
  await expect(summary.getByRole('listitem')).toHaveCount(ITEMS);
  await expect(summary.getByRole('listitem').first()).toContainText('Don’t know');
  await expect(summary.getByRole('listitem').nth(6)).toContainText('We have a plan but members did not shape it.');
  await page.getByRole('button', { name: 'Submit my answers' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();

  // Pass the phone: the next person starts fresh and sees none of Lars's answers
  for (const [who, key] of [
    ['Aminata', 'A-P01'],
    ['João', 'A-P09'],
  ] as const) {
    await page.getByRole('button', { name: 'Next person' }).click();
    await startAssessment(page, who);
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await answerFrom(page, scoresOf(key), 0);
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  }

  await page.getByRole('link', { name: 'Back to the workshop' }).click();
  await openSection(page, 'Analysis');
  await page.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'CNTL' });
  await expect(page.getByTestId('respondents')).toHaveText('3 respondents');
  await expect(page.getByRole('img', { name: /Capacity profile: CNTL/ })).toHaveAttribute('data-axes', String(ITEMS));
  expect(await page.locator('.radar__axis').count()).toBe(ITEMS);
  const table = page.getByRole('table', { name: /Scores per item: CNTL/ });
  const expected = fixture.expected.byOrganisation['ORG-A']!;
  const check = async (label: string, itemId: string) => {
    const e = expected[itemId]!;
    const cells = table.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell');
    await expect(cells).toHaveText([String(e.n), e.mean.toFixed(2).replace(/\.?0+$/, ''), String(e.median), e.sd.toFixed(2).replace(/\.?0+$/, '') || '0', `${e.min}–${e.max}`, String(e.dontKnow)]);
  };
  await check('Collective bargaining', 'collective-bargaining');
  await check('Resource mobilisation', 'resource-mobilisation');
  await check('Education and training', 'education-training');
  await check('Inclusiveness and equality', 'inclusiveness-equality');
  await expect(page.locator('.highlight').first()).toContainText('Organising and mobilising');

  // Projector view: only the results, large; and back
  await page.getByRole('button', { name: 'Projector view' }).click();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('img', { name: /Capacity profile: CNTL/ })).toBeVisible();
  await page.getByRole('button', { name: 'Leave projector view' }).click();
  await expect(page.getByRole('banner')).toBeVisible();

  // The SWOT offers the highest and lowest items as strengths and weaknesses
  await openSection(page, 'SWOT and actions');
  await page.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'CNTL' });
  await page.getByRole('button', { name: 'Add “Organising and mobilising” as a weakness' }).click();
  await page.getByRole('button', { name: 'Add “Democratic ownership” as a strength' }).click();
  await expect(page.getByRole('region', { name: 'Weaknesses' })).toContainText('Organising and mobilising');
  await expect(page.getByRole('region', { name: 'Strengths' })).toContainText('Democratic ownership');
  await expect(page.getByRole('button', { name: 'Add “Organising and mobilising” as a weakness' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add “Inclusiveness and equality” as a weakness' })).toBeVisible();
  await page.getByRole('button', { name: 'Card actions: “Democratic ownership”' }).click();
  await page.getByRole('button', { name: 'Reword “Democratic ownership”' }).click();
  const reword = page.getByRole('form', { name: 'Reword “Democratic ownership”' });
  await reword.getByRole('textbox', { name: 'Words on the board' }).fill('Democratic ownership: congress sets priorities');
  await reword.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('region', { name: 'Strengths' })).toContainText('Democratic ownership: congress sets priorities');
});

test('a SWOT with external factors, and an action plan that sorts and keeps its statuses', async ({ page }) => {
  await openReadyApp(page);
  await createWorkshop(page, { title: 'Plans', theme: 'Youth', start: '2026-03-10' });
  await openSection(page, 'SWOT and actions');
  const swot = page.getByRole('form', { name: 'Add to SWOT' });
  await swot.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Threats' });
  await swot.getByRole('combobox', { name: 'External factor' }).selectOption({ label: 'Donor and partner funding' });
  await swot.getByRole('textbox', { name: 'Text' }).fill('The main donor ends its support in 2027.');
  await swot.getByRole('button', { name: 'Add to SWOT' }).click();
  await expect(page.getByRole('region', { name: 'Threats' })).toContainText('The main donor ends its support in 2027.');
  await expect(page.getByRole('region', { name: 'Threats' })).toContainText('Donor and partner funding');

  const plan = page.getByRole('form', { name: 'Add action' });
  await plan.getByRole('button', { name: 'Add action' }).click();
  await expect(page.locator('#action-new-item-error')).toHaveText('Please choose one from the list.');
  for (const [capacity, action, due] of [
    ['Resource mobilisation', 'Move dues collection to mobile money', '2026-09-30'],
    ['Education and training', 'Train 40 shop stewards', '2026-06-30'],
  ] as const) {
    await plan.getByRole('combobox', { name: 'Priority capacity' }).selectOption({ label: capacity });
    await plan.getByRole('textbox', { name: 'Action' }).fill(action);
    await plan.getByLabel('By when').fill(due);
    await plan.getByRole('button', { name: 'Add action' }).click();
    await expect(plan.getByRole('textbox', { name: 'Action' })).toHaveValue('');
  }
  const rows = page.getByRole('table', { name: 'Action plan' }).locator('tbody tr');
  await expect(rows).toHaveText([/Train 40 shop stewards/, /Move dues collection/]);
  await page.getByRole('combobox', { name: 'Status of “Move dues collection to mobile money”' }).selectOption({ label: 'In progress' });
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Status' });
  await expect(rows).toHaveText([/Move dues collection/, /Train 40 shop stewards/]);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Status of “Move dues collection to mobile money”' })).toHaveValue('in-progress');
});
