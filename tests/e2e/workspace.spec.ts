import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, openReadyApp } from './support/app.ts';
import { addNote, addOrganisation, addParticipant, addProject, addSession, openSection } from './support/workspace.ts';

const NOTES = [
  { session: 'Opening and objectives', kind: 'Question', text: 'How do we reach workers without a payslip?', who: 'Aminata', capacities: ['Organising and mobilising'] },
  {
    session: 'Sharing approaches',
    kind: 'Approach',
    text: "Mutual health fund run by market women's associations, contributions by mobile money.",
    who: 'STEI',
    capacities: ['Resource mobilisation', 'Service delivery and legal support'],
  },
  { session: 'Sharing approaches', kind: 'Challenge', text: 'Les cotisations irrégulières fragilisent la caisse pendant la saison des pluies.', who: 'Moussa', capacities: ['Resource mobilisation'] },
  { session: 'Sharing approaches', kind: 'Result', text: 'Social security law amended in 2024 after a joint campaign.', who: 'CNTL', capacities: ['Influencing government, business and society'] },
  {
    session: 'Sharing approaches',
    kind: 'Lesson',
    text: 'Start with the services members ask for, then organise around them.',
    who: 'Fatou',
    capacities: ['Organising and mobilising', 'Service delivery and legal support'],
  },
  { session: 'Sharing approaches', kind: 'Quote', text: '"Sem organização não há proteção." <b>not bold</b>', who: 'Ingrid', capacities: [] },
  { session: 'Priorities and action plans', kind: 'Approach', text: 'Train shop stewards to register informal members 📱', who: 'CNTL', capacities: ['Education and training'] },
  { session: 'Priorities and action plans', kind: 'Challenge', text: 'التمويل يعتمد على المانحين', who: 'Not recorded', capacities: ['Resource mobilisation', 'Autonomy'] },
  { session: 'Priorities and action plans', kind: 'Lesson', text: 'Budget the fund from dues before asking donors.', who: 'STEI', capacities: ['Resource mobilisation', 'Sustainability'] },
  { session: 'Opening and objectives', kind: 'Result', text: 'Two federations agreed to share one membership register.', who: 'Aminata', capacities: ['Structures and procedures'] },
];

async function expectEverything(page: Page) {
  await openSection(page, 'Overview');
  const count = (id: string) => page.getByTestId(`count-${id}`).locator('dd');
  await expect(count('organisations')).toHaveText('2');
  await expect(count('participants')).toHaveText('4');
  await expect(count('sessions')).toHaveText('3');
  await expect(count('notes')).toHaveText('10');
  await expect(count('practices')).toHaveText('1');
  const byKind = page.getByRole('table', { name: 'Notes by kind' });
  for (const [kind, n] of [
    ['Approach', 2],
    ['Challenge', 2],
    ['Result', 2],
    ['Lesson', 2],
    ['Question', 1],
    ['Quote', 1],
  ] as const) {
    await expect(byKind.getByRole('row', { name: kind })).toContainText(String(n));
  }
  await expect(page.getByRole('table', { name: 'Practices by status' }).getByRole('row', { name: 'Reviewed' })).toContainText('1');
  await expect(page.getByRole('table', { name: 'Participants by gender' }).getByRole('row', { name: 'Female' })).toContainText('2');
  await expect(page.getByTestId('workshop-unsynced')).toContainText('changes to this workshop are not yet synced');

  await openSection(page, 'Details');
  const projects = page.getByRole('list', { name: 'Linked projects' });
  await expect(projects.getByRole('listitem')).toHaveCount(2);
  await expect(projects).toContainText('RAF/22/11/NOR');
  await expect(projects).toContainText('int/23/05/fin');

  await openSection(page, 'Agenda');
  await expect(page.getByRole('list', { name: 'Agenda' }).getByRole('listitem')).toHaveText([/Opening and objectives/, /Sharing approaches/, /Priorities and action plans/]);

  await openSection(page, 'People');
  await expect(page.getByRole('list', { name: 'Participants' }).getByRole('listitem')).toHaveCount(4);
  await expect(page.getByRole('list', { name: 'Organisations' }).getByRole('listitem')).toHaveCount(2);

  await openSection(page, 'Notes');
  await expect(page.getByTestId('notes-shown')).toHaveText('10 notes shown of 10');
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText('"Sem organização não há proteção." <b>not bold</b>');
  expect(await page.locator('.note__text b').count()).toBe(0);

  await openSection(page, 'Good practices');
  await expect(page.getByRole('list', { name: 'Good practices' })).toContainText('Mutual health fund by mobile money');
}

test('a facilitator captures a whole workshop offline and finds it all after two reloads', async ({ page, context }) => {
  test.setTimeout(180_000);
  await openReadyApp(page);
  await context.setOffline(true);
  await page.reload();
  await createWorkshop(page, {
    title: 'Extending social protection to informal-economy workers',
    theme: 'Social protection',
    start: '2026-03-10',
    end: '2026-03-11',
    venue: 'Thiès',
    country: 'Senegal',
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Extending social protection to informal-economy workers');

  // Details and two linked projects; a malformed reference is explained and kept as typed
  await openSection(page, 'Details');
  await page.getByRole('checkbox', { name: 'French' }).check();
  await page.getByRole('checkbox', { name: 'Arabic' }).check();
  await page.getByRole('textbox', { name: 'Facilitators' }).fill('Awa Diop\nHenrik Olsen');
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Running' });
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByRole('status')).toHaveText('Workshop details saved.');
  const ref = page.getByRole('textbox', { name: 'Reference code' });
  await ref.fill('RAF-22-11');
  await page.getByRole('textbox', { name: 'Project title' }).fill('Workers’ rights in Africa');
  await page.getByRole('button', { name: 'Add and link project' }).click();
  await expect(page.locator('#p-reference-error')).toHaveText(/shape of a project code/);
  await expect(ref).toHaveValue('RAF-22-11');
  await addProject(page, { reference: 'RAF/22/11/NOR', title: 'Promoting workers’ rights and gender equality at work in Africa', donor: 'Norway', partners: 'CNTL, NUSF' });
  await addProject(page, { reference: 'int/23/05/fin', title: 'Decent work for informal-economy workers', donor: 'Finland', partners: 'STEI' });

  // Agenda: three sessions, the last added moved up one place
  await openSection(page, 'Agenda');
  await addSession(page, { title: 'Opening and objectives', kind: 'Plenary', start: '09:00', minutes: 45 });
  await addSession(page, { title: 'Priorities and action plans', kind: 'Group work', start: '15:30', minutes: 75 });
  await addSession(page, { title: 'Sharing approaches', kind: 'Group work', start: '10:00', minutes: 90 });
  await page.getByRole('button', { name: 'Move “Sharing approaches” up' }).click();
  await expect(page.getByRole('list', { name: 'Agenda' }).getByRole('listitem')).toHaveText([/Opening and objectives/, /Sharing approaches/, /Priorities and action plans/]);

  // People: two organisations, four participants by fast entry
  await openSection(page, 'People');
  await addOrganisation(page, { name: 'Confédération nationale des travailleurs du Littoral', acronym: 'CNTL', country: 'Senegal', kind: 'National centre', role: 'Receiving partner' });
  await addOrganisation(page, { name: "Syndicat des travailleurs de l'économie informelle", acronym: 'STEI', country: 'Senegal', kind: 'Sectoral federation', role: 'Receiving partner' });
  await addParticipant(page, { name: 'Aminata', org: 'CNTL', role: 'education officer', gender: 'Female', consent: true });
  await addParticipant(page, { name: 'Moussa', org: 'STEI', gender: 'Male', consent: true });
  await addParticipant(page, { name: 'Fatou', org: 'STEI', gender: 'Female' });
  await addParticipant(page, { name: 'Ingrid', org: 'CNTL', consent: true });

  // Ten notes across sessions, with capacity tags
  await openSection(page, 'Notes');
  for (const n of NOTES) await addNote(page, n);
  await expect(page.getByTestId('notes-shown')).toHaveText('10 notes shown of 10');

  // Filter and search
  const filters = page.getByRole('search', { name: 'Filter notes' });
  await filters.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Challenge' });
  await expect(page.getByTestId('notes-shown')).toHaveText('2 notes shown of 10');
  await filters.getByRole('combobox', { name: 'Session' }).selectOption({ label: 'Sharing approaches' });
  await expect(page.getByTestId('notes-shown')).toHaveText('1 note shown of 10');
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'STEI' });
  // STEI's own notes plus what Moussa and Fatou (STEI members) said
  await expect(page.getByTestId('notes-shown')).toHaveText('4 notes shown of 10');
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByRole('combobox', { name: 'Capacities it touches' }).selectOption({ label: 'Resource mobilisation' });
  await expect(page.getByTestId('notes-shown')).toHaveText('4 notes shown of 10');
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByRole('searchbox', { name: 'Search the text' }).fill('irregulieres CAISSE');
  await expect(page.getByTestId('notes-shown')).toHaveText('1 note shown of 10');
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText('Les cotisations irrégulières');
  await filters.getByRole('button', { name: 'Clear filters' }).click();

  // One note becomes a practice card
  await page.getByRole('listitem').filter({ hasText: 'Mutual health fund' }).getByRole('button', { name: 'Make a practice card' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Good practices' })).toBeVisible();
  const card = page.getByRole('form', { name: 'Practice card' });
  await expect(card.getByRole('textbox', { name: 'The approach' })).toHaveValue(/Mutual health fund run by market women/);
  await expect(card.getByRole('checkbox', { name: 'Resource mobilisation' })).toBeChecked();
  await expect(card.getByRole('checkbox', { name: 'STEI' })).toBeChecked();
  await card.getByRole('textbox', { name: 'Title' }).fill('Mutual health fund by mobile money');
  await card.getByRole('textbox', { name: 'Results and evidence' }).fill('2,300 members in two years.');
  await card.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Reviewed' });
  await card.getByRole('button', { name: 'Save practice card' }).click();
  await expect(page.getByRole('status')).toHaveText('Practice card “Mutual health fund by mobile money” saved.');

  await expectEverything(page);
  for (let i = 0; i < 2; i++) {
    await page.reload();
    await expect(page.getByText('Offline – everything is saved on this device')).toBeVisible();
    await expectEverything(page);
  }
});

test('a half-typed note survives a reload, and a deleted note comes back with Undo', async ({ page }) => {
  await openReadyApp(page);
  await createWorkshop(page, { title: 'Youth organising', theme: 'Youth', start: '2026-09-01' });
  await openSection(page, 'Notes');
  const text = page.getByRole('textbox', { name: 'Note', exact: true });
  await text.fill('Young workers join through music festivals and');
  await page.reload();
  await expect(page.getByText('We kept what you typed last time.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Note', exact: true })).toHaveValue('Young workers join through music festivals and');

  await page.getByRole('textbox', { name: 'Note', exact: true }).press('End');
  await page.keyboard.type(' football clubs.');
  await page.keyboard.press('Enter');
  const notes = page.getByRole('list', { name: 'Notes' });
  await expect(notes).toContainText('Young workers join through music festivals and football clubs.');
  await notes.getByRole('button', { name: 'Delete note' }).click();
  await expect(page.getByText('No notes yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(notes).toContainText('football clubs.');

  // Shift+Enter makes a new line instead of saving
  await text.fill('Line one');
  await text.press('Shift+Enter');
  await page.keyboard.type('line two');
  await expect(text).toHaveValue('Line one\nline two');
});

test('the agenda timer starts, pauses, survives a reload and resets', async ({ page }) => {
  await openReadyApp(page);
  await createWorkshop(page, { title: 'Timer check', theme: 'Youth', start: '2026-09-01' });
  await openSection(page, 'Agenda');
  await addSession(page, { title: 'Opening', kind: 'Plenary', start: '09:00', minutes: 1 });
  await addSession(page, { title: 'Group work on organising', kind: 'Group work', start: '10:00', minutes: 30 });
  const timer = page.getByRole('region', { name: 'Session timer' });
  await timer.getByRole('combobox', { name: 'Session to time' }).selectOption({ label: 'Group work on organising' });
  await timer.getByRole('button', { name: 'Start timer' }).click();
  await expect(timer).toContainText(/00:0[2-9] of 30:00/, { timeout: 15_000 });
  await timer.getByRole('button', { name: 'Pause timer' }).click();
  const paused = await timer.locator('.timer__clock').textContent();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Session timer' }).locator('.timer__clock')).toHaveText(paused!);
  await expect(page.getByRole('region', { name: 'Session timer' }).getByRole('combobox', { name: 'Session to time' })).toHaveValue(/.+/);
  await page.getByRole('region', { name: 'Session timer' }).getByRole('button', { name: 'Reset timer' }).click();
  await expect(page.getByRole('region', { name: 'Session timer' }).locator('.timer__clock')).toHaveText('00:00 of 30:00');
});

test('agenda sessions reorder by dragging and by keyboard', async ({ page }) => {
  await openReadyApp(page);
  await createWorkshop(page, { title: 'Reorder check', theme: 'Youth', start: '2026-09-01' });
  await openSection(page, 'Agenda');
  for (const title of ['First', 'Second', 'Third']) await addSession(page, { title, kind: 'Plenary', start: '09:00', minutes: 30 });
  const rows = page.getByRole('list', { name: 'Agenda' }).getByRole('listitem');
  await rows.filter({ hasText: 'Third' }).dragTo(rows.filter({ hasText: 'First' }));
  await expect(rows).toHaveText([/Third/, /First/, /Second/]);
  const down = page.getByRole('button', { name: 'Move “Third” down' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveText([/First/, /Third/, /Second/]);
  await page.reload();
  await expect(rows).toHaveText([/First/, /Third/, /Second/]);
});
