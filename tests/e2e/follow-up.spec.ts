import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, openReadyApp } from './support/app.ts';
import { issueKey } from './support/keys.ts';
import { useKey } from './support/sync.ts';
import { addOrganisation, addProject, addSession, openSection } from './support/workspace.ts';
import { ORGANISATION } from './support/room.ts';
import { expectAccessible, expectTouchFriendly } from './support/checks.ts';

const ITEMS = 15;
const STP = `${ORGANISATION.acronym} – ${ORGANISATION.name}`;

/** One person scores on the tablet in the round the form proposes: `valueOf(i)` for question i, then submits. */
async function scoreAll(page: Page, round: string, valueOf: (i: number) => number) {
  await openSection(page, 'Scoring');
  const form = page.getByRole('form', { name: 'New assessment' });
  await form.getByRole('combobox', { name: 'Organisation being scored' }).selectOption({ label: STP });
  // The workshop's current round is already chosen.
  await expect(form.getByRole('combobox', { name: 'Round' })).toHaveValue(round);
  await form.getByRole('button', { name: 'Start scoring' }).click();
  for (let i = 0; i < ITEMS; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${ITEMS}`)).toBeVisible();
    await page.getByRole('radio', { name: new RegExp(`^${valueOf(i)} `) }).check();
    await page.getByRole('button', { name: i === ITEMS - 1 ? 'Review answers' : 'Next' }).click();
  }
  await page.getByRole('button', { name: 'Submit my answers' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the workshop' }).click();
}

async function syncNow(page: Page) {
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync', { timeout: 15_000 });
}

test('a follow-up workshop a year later carries the baseline over, offline, and the organisation’s history shows each capacity’s change', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: new Date('2025-11-20T08:00:00Z') });
  await openReadyApp(page);
  await useKey(page, issueKey('facilitator', 'Awa Diop'));
  await page.getByRole('link', { name: 'Workshop companion' }).click();

  // The baseline: one organisation, one session, one person's scores (1, 2, 3, 1, 2, 3…)
  await createWorkshop(page, { title: 'Port workers 2025', theme: 'Informal economy', start: '2025-11-20', country: 'Senegal' });
  await openSection(page, 'People');
  await addOrganisation(page, ORGANISATION);
  await openSection(page, 'Agenda');
  await addSession(page, { title: 'Self-assessment in delegations', kind: 'Scoring', start: '09:30', minutes: 90 });
  await openSection(page, 'Details');
  await addProject(page, { reference: 'RAF/22/11/NOR', title: 'Organising port workers', donor: 'Norway', partners: 'STP' });
  await scoreAll(page, 'baseline', (i) => 1 + (i % 3));
  await syncNow(page);

  // A year later, in a room with no network (the server refuses stamps a day ahead of its own clock: both dates are past)
  await context.setOffline(true);
  await page.clock.setSystemTime(new Date('2026-11-19T08:00:00Z'));
  await openSection(page, 'Overview');
  await expect(page.getByTestId('current-round')).toHaveText('New assessments count for the round: Baseline');
  await page.getByRole('button', { name: 'Start a follow-up' }).click();
  const form = page.getByRole('form', { name: 'Rounds and follow-up' });
  await expect(form.getByRole('radio', { name: /A new workshop, with its own dates/ })).toBeChecked();
  await expect(form.getByRole('textbox', { name: 'Title of the follow-up workshop' })).toHaveValue('Port workers 2025 — follow-up');
  await expectAccessible(page, 'follow-up form');
  await expectTouchFriendly(page);
  // Without dates nothing is made, and what was typed stays
  await form.getByRole('textbox', { name: 'Title of the follow-up workshop' }).fill('Port workers 2026 follow-up');
  await form.getByRole('button', { name: 'Create the follow-up workshop' }).click();
  await expect(form.getByText('Not saved yet. Please fix the fields marked below.')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Title of the follow-up workshop' })).toHaveValue('Port workers 2026 follow-up');
  await form.getByLabel('Start date').fill('2026-11-19');
  await form.getByRole('button', { name: 'Create the follow-up workshop' }).click();
  await expect(page.getByRole('status')).toContainText('Follow-up workshop “Port workers 2026 follow-up” created.');
  await expect(page.getByRole('heading', { level: 1, name: 'Port workers 2026 follow-up' })).toBeVisible();
  await expect(page.getByTestId('current-round')).toHaveText('New assessments count for the round: Follow-up');
  await expect(page.getByRole('link', { name: 'Port workers 2025' })).toBeVisible();

  // Carried over: the organisation and the session (without its time of day)
  await openSection(page, 'Agenda');
  const session = page.getByRole('list', { name: 'Agenda' }).getByRole('listitem');
  await expect(session).toHaveCount(1);
  await expect(session).toContainText('Self-assessment in delegations');
  await expect(session).toContainText('90');
  await expect(session).not.toContainText('09:30');
  await scoreAll(page, 'follow-up', (i) => (i % 3 === 2 ? 3 : 4));

  // The organisation's history, from the organisation in the workshop
  await openSection(page, 'People');
  await page.getByRole('link', { name: 'History of STP across workshops' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `History of ${STP}` })).toBeVisible();
  const rounds = page.getByRole('region', { name: 'Rounds' });
  await expect(rounds.getByRole('row', { name: /^Baseline 2025/ }).getByRole('cell')).toHaveText([/Port workers 2025/, /TUOC/, '1', '2']);
  await expect(rounds.getByRole('row', { name: /^Follow-up 2026/ }).getByRole('cell')).toHaveText([/Port workers 2026 follow-up/, /TUOC/, '1', '3.67']);
  const table = page.getByRole('table', { name: 'Each capacity’s mean and agreed score by round: STP' });
  await expect(table.getByRole('columnheader')).toHaveText(['Capacity', /^Baseline 2025/, /^Follow-up 2026/, 'Change']);
  await expect(table.getByRole('row', { name: /^Collective bargaining/ }).getByRole('cell')).toHaveText(['1', '4', '+3']);
  await expect(table.getByRole('row', { name: /^Influencing government/ }).getByRole('cell')).toHaveText(['2', '4', '+2']);
  await expect(table.getByRole('row', { name: /^Service delivery and legal support/ }).getByRole('cell')).toHaveText(['3', '3', '0']);
  await expect(page.getByRole('img', { name: /^Baseline 2025 against Follow-up 2026: STP/ })).toBeVisible();
  await expect(page.locator('#history-radar-desc')).toHaveText(/The table above gives the same numbers/);
  await expectAccessible(page, 'history');
  await expectTouchFriendly(page);

  // The project both workshops name: each capacity by round for its partner
  await page.getByRole('link', { name: 'Projects', exact: true }).click();
  await page.getByRole('link', { name: /RAF\/22\/11\/NOR/ }).click();
  const results = page.getByRole('region', { name: 'Capacity results of partner organisations' });
  await expect(results.getByRole('row', { name: /^STP/ }).getByRole('cell')).toHaveText([/^2/, /^3\.67/, '+1.67']);
  const partner = results.getByRole('table', { name: 'Each capacity’s mean and agreed score by round: STP' });
  await expect(partner.getByRole('row', { name: /^Collective bargaining/ }).getByRole('cell')).toHaveText(['1', '4', '+3']);
  await expectAccessible(page, 'project');
  await results.getByRole('link', { name: 'History of STP across workshops' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `History of ${STP}` })).toBeVisible();

  // Back online, everything made offline reaches the server once
  await context.setOffline(false);
  await syncNow(page);
  await expect(page.getByTestId('sync-error')).toHaveCount(0);
});

test('a new round in the same workshop: new assessments count for it, and a round after the follow-up is named by the facilitator', async ({ page }) => {
  await openReadyApp(page);
  await createWorkshop(page, { title: 'Youth organising', theme: 'Youth', start: '2026-03-10' });
  await openSection(page, 'People');
  await addOrganisation(page, ORGANISATION);
  const form = page.getByRole('form', { name: 'Rounds and follow-up' });
  const newRound = async () => {
    await openSection(page, 'Overview');
    await page.getByRole('button', { name: 'Start a follow-up' }).click();
    await form.getByRole('radio', { name: /A new round in this workshop/ }).check();
  };

  await newRound();
  await expect(form.getByRole('combobox', { name: 'New round' })).toHaveValue('follow-up');
  await form.getByRole('button', { name: 'Start the new round' }).click();
  await expect(page.getByRole('status')).toContainText('New assessments now count for the round “Follow-up”.');
  await expect(page.getByTestId('current-round')).toHaveText('New assessments count for the round: Follow-up');
  await openSection(page, 'Scoring');
  await expect(page.getByRole('form', { name: 'New assessment' }).getByRole('combobox', { name: 'Round' })).toHaveValue('follow-up');
  // The analysis and its agreed scores open on the round being scored
  await openSection(page, 'Analysis');
  await expect(page.getByRole('combobox', { name: 'Round' })).toHaveValue('follow-up');

  // After the follow-up, the facilitator names the next round; an empty name is refused, in words
  await newRound();
  await form.getByRole('button', { name: 'Start the new round' }).click();
  await expect(form.getByText('Not saved yet. Please fix the fields marked below.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Round name' }).fill('Mid-term 2027');
  await form.getByRole('button', { name: 'Start the new round' }).click();
  await expect(page.getByTestId('current-round')).toHaveText('New assessments count for the round: Mid-term 2027');
  await page.reload();
  await openSection(page, 'Scoring');
  const started = page.getByRole('form', { name: 'New assessment' });
  await expect(started.getByRole('combobox', { name: 'Round' })).toHaveValue('other');
  await expect(started.getByRole('textbox', { name: 'Round name' })).toHaveValue('Mid-term 2027');
});
