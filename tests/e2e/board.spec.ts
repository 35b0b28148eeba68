import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, openReadyApp } from './support/app.ts';
import { expectAccessible, expectTouchFriendly } from './support/checks.ts';
import { addOrganisation, openSection } from './support/workspace.ts';

/** Add a card through the board's own form, as the facilitator types what a delegation calls out. */
async function addCard(page: Page, kind: string, text: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add to SWOT' });
  await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: kind });
  await form.getByRole('textbox', { name: 'Text' }).fill(text);
  await form.getByRole('button', { name: 'Add to SWOT' }).click();
  await expect(page.getByRole('region', { name: kind })).toContainText(text);
}

/** Open a card's actions by its words on the board; the actions come as one named group. */
async function cardActions(page: Page, words: string) {
  await page.getByRole('button', { name: `Card actions: “${words}”` }).click();
  return page.getByRole('group', { name: `Card actions: “${words}”` });
}

const column = (page: Page, kind: string) => page.getByRole('region', { name: kind });

test('the facilitator rewords, moves, groups and merges cards on the board, and it all survives a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await openReadyApp(page);
  await createWorkshop(page, { title: 'Plans of the informal economy', theme: 'Social protection', start: '2026-03-10' });
  await openSection(page, 'People');
  await addOrganisation(page, { name: 'Confédération nationale des travailleurs du Littoral', acronym: 'CNTL', country: 'Senegal', kind: 'National centre', role: 'Receiving partner' });
  await addOrganisation(page, { name: 'General Union of Port Workers', acronym: 'GUPW', country: 'Morocco', kind: 'Sectoral federation', role: 'Receiving partner' });

  await openSection(page, 'SWOT and actions');
  // The board opens on the whole room; the five columns are there, ideas included.
  await expect(page.getByRole('combobox', { name: 'Organisation' })).toHaveValue('*');
  for (const kind of ['Strengths', 'Weaknesses', 'Opportunities', 'Threats', 'Ideas for priorities']) await expect(column(page, kind)).toBeVisible();

  await page.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'CNTL' });
  for (const text of ['we have many memebrs', 'Dues paid by mobile money', 'M-Pesa for dues collection']) await addCard(page, 'Strengths', text);
  for (const text of ['Youth committee meets every month', 'Few women in leadership']) await addCard(page, 'Weaknesses', text);

  // Reword: the board shows the facilitator's words, and the author's words stay visible under them.
  let actions = await cardActions(page, 'we have many memebrs');
  await actions.getByRole('button', { name: 'Reword “we have many memebrs”' }).click();
  const reword = page.getByRole('form', { name: 'Reword “we have many memebrs”' });
  await expect(reword.getByRole('textbox', { name: 'Words on the board' })).toHaveValue('we have many memebrs');
  await reword.getByRole('textbox', { name: 'Words on the board' }).fill('Large, growing membership');
  await reword.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Reworded: “Large, growing membership”.');
  await expect(column(page, 'Strengths')).toContainText('Large, growing membership');
  await expect(column(page, 'Strengths')).toContainText('Author’s words: we have many memebrs');

  // Move: a card called out as a weakness belongs with the strengths.
  actions = await cardActions(page, 'Youth committee meets every month');
  await actions.getByRole('combobox', { name: 'Move to' }).selectOption({ label: 'Strengths' });
  await actions.getByRole('button', { name: 'Move' }).click();
  await expect(page.getByRole('status')).toContainText('“Youth committee meets every month” moved to Strengths.');
  await expect(column(page, 'Strengths')).toContainText('Youth committee meets every month');
  await expect(column(page, 'Weaknesses')).not.toContainText('Youth committee');
  await expect(column(page, 'Weaknesses')).toContainText('1 card');

  // Group two cards, by keyboard: the second one picks the label the first one made (the field suggests the column's labels).
  actions = await cardActions(page, 'Large, growing membership');
  await actions.getByRole('combobox', { name: 'Group' }).fill('Members');
  await actions.getByRole('combobox', { name: 'Group' }).press('Enter');
  await expect(page.getByRole('status')).toContainText('“Large, growing membership” is in the group “Members”.');
  actions = await cardActions(page, 'Youth committee meets every month');
  await actions.getByRole('combobox', { name: 'Group' }).fill('Members');
  await actions.getByRole('button', { name: 'Save group' }).click();
  const members = page.getByRole('list', { name: 'Strengths: Group: Members' });
  await expect(members.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Card actions/ }) })).toHaveCount(2);
  await expect(members).toContainText('Large, growing membership');
  await expect(members).toContainText('Youth committee meets every month');

  // Merge: the second card on mobile money shows under the first, no longer as a card of its own.
  actions = await cardActions(page, 'M-Pesa for dues collection');
  await expectTouchFriendly(page);
  await expectAccessible(page, 'board with a card’s actions open');
  await actions.getByRole('combobox', { name: 'Merge into' }).selectOption({ label: 'Dues paid by mobile money' });
  await actions.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('status')).toContainText('“M-Pesa for dues collection” merged into “Dues paid by mobile money”.');
  const merged = page.getByRole('list', { name: 'Merged into “Dues paid by mobile money”' });
  await expect(merged).toHaveText(/Merged: M-Pesa for dues collection/);
  await expect(page.getByRole('button', { name: 'Card actions: “M-Pesa for dues collection”' })).toHaveCount(0);
  await expect(column(page, 'Strengths')).toContainText('3 cards');

  // The whole room: each card says whose it is.
  await page.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'All organisations' });
  await expect(column(page, 'Weaknesses')).toContainText('Few women in leadership');
  await expect(column(page, 'Weaknesses')).toContainText('CNTL');

  await page.reload();
  await expect(page.getByRole('list', { name: 'Strengths: Group: Members' })).toContainText('Large, growing membership');
  await expect(page.getByRole('list', { name: 'Strengths: Group: Members' })).toContainText('Youth committee meets every month');
  await expect(column(page, 'Strengths')).toContainText('Author’s words: we have many memebrs');
  await expect(page.getByRole('list', { name: 'Merged into “Dues paid by mobile money”' })).toHaveText(/Merged: M-Pesa for dues collection/);
  await expect(column(page, 'Weaknesses')).not.toContainText('Youth committee');

  // Unmerge and clear the rewording: each card is as its author wrote it again.
  await page.getByRole('button', { name: 'Unmerge “M-Pesa for dues collection”' }).click();
  await expect(page.getByRole('button', { name: 'Card actions: “M-Pesa for dues collection”' })).toBeVisible();
  actions = await cardActions(page, 'Large, growing membership');
  await actions.getByRole('button', { name: 'Reword “Large, growing membership”' }).click();
  await page.getByRole('form', { name: 'Reword “Large, growing membership”' }).getByRole('textbox', { name: 'Words on the board' }).fill('');
  await page.getByRole('form', { name: 'Reword “Large, growing membership”' }).getByRole('button', { name: 'Save' }).click();
  await expect(column(page, 'Strengths')).toContainText('we have many memebrs');
  await expect(column(page, 'Strengths')).not.toContainText('Author’s words');
  // Changed her mind: Undo puts the facilitator's words back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(column(page, 'Strengths')).toContainText('Large, growing membership');
  await expect(column(page, 'Strengths')).toContainText('Author’s words: we have many memebrs');
});
