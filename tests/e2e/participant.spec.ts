import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, waitForServiceWorker, workshopIdOf } from './support/app.ts';
import { tabletAndPhone } from './support/room.ts';
import { expectAccessible, expectTouchFriendly } from './support/checks.ts';
import { addNote, addOrganisation, addSession, openSection } from './support/workspace.ts';

/** What a participant's phone never shows: the facilitator's top bar links and tabs, and storage words. */
async function expectParticipantOnly(p: Page): Promise<void> {
  for (const name of ['Compendium', 'Projects', 'Frameworks']) await expect(p.getByRole('banner').getByRole('link', { name, exact: true })).toHaveCount(0);
  await expect(p.getByRole('link', { name: 'Settings', exact: true })).toBeVisible();
  await expect(p.getByRole('button', { name: 'Protect storage' })).toHaveCount(0);
  await expect(p.getByTestId('status-storage')).toHaveCount(0);
  await expect(p.getByText(/Storage: |Protected storage|Storage may be cleared/)).toHaveCount(0);
}

/** Each screen a participant sees passes axe-core and has full-size targets. */
async function expectUsable(p: Page, where: string): Promise<void> {
  await expect(p.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(p, where);
  await expectTouchFriendly(p);
}

test('a phone that joined shows a participant’s app: its workshops, the agenda, scoring and notes, nothing of the facilitator’s', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const { tablet, phone, f } = await tabletAndPhone(browser, baseURL, 'Participant view');
  const links: Record<string, string> = {};
  const ids: Record<string, string> = {};
  for (const title of ['Organising in the ports', 'Youth in the unions']) {
    await f.getByRole('link', { name: 'Workshop companion' }).click();
    await createWorkshop(f, { title, theme: 'Youth', start: '2026-06-01', venue: 'Dakar' });
    ids[title] = workshopIdOf(f);
    await openSection(f, 'Agenda');
    await addSession(f, { title: `Opening of ${title}`, kind: 'Plenary', start: '09:00', minutes: 30 });
    await openSection(f, 'People');
    await addOrganisation(f, { name: 'Young Workers Union', acronym: 'YWU', country: 'Kenya', kind: 'Sectoral federation', role: 'Receiving partner' });
    await openSection(f, 'Scoring');
    links[title] = (await f.getByTestId('join-link').textContent())!.trim();
  }
  await f.getByRole('button', { name: 'Sync now' }).click();
  await expect(f.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');
  const [first, second] = ['Organising in the ports', 'Youth in the unions'] as const;

  // The phone joins the first workshop and lands on scoring for its organisation
  const p = await phone.newPage();
  await p.goto(links[first]!);
  await expect(p.getByRole('heading', { level: 1, name: first })).toBeVisible({ timeout: 15_000 });
  await waitForServiceWorker(p);
  const tabs = p.getByRole('navigation', { name: 'Workshop sections' }).getByRole('link');
  await expect(tabs).toHaveText(['Overview', 'Notes', 'Scoring', 'SWOT and actions', 'Votes']);
  await expect(p.getByRole('form', { name: 'New assessment' }).getByRole('combobox', { name: 'Organisation being scored' })).toContainText('YWU');
  await expectParticipantOnly(p);
  await expectUsable(p, 'scoring');

  // The overview: the workshop and its agenda, read only
  await openSection(p, 'Overview');
  await expect(p.getByRole('heading', { level: 2, name: 'About this workshop' })).toBeVisible();
  await expect(p.getByText('Dakar')).toBeVisible();
  const agenda = p.getByRole('list', { name: 'Agenda' });
  await expect(agenda).toContainText(`Opening of ${first}`);
  await expect(agenda.getByRole('button')).toHaveCount(0);
  await expect(p.getByRole('form')).toHaveCount(0);
  await expectParticipantOnly(p);
  await expectUsable(p, 'overview');

  // A note: saved on the phone, taken by the server, read on the tablet
  await p.getByRole('link', { name: 'Add a note' }).click();
  await expect(p.getByText('Only you and the facilitators see your notes.')).toBeVisible();
  await expect(p.getByRole('search')).toHaveCount(0);
  await addNote(p, { session: `Opening of ${first}`, kind: 'Challenge', text: 'Dockers on day contracts cannot join the union.' });
  const mine = p.getByRole('list', { name: 'Notes' });
  await expect(mine).toContainText('Dockers on day contracts cannot join the union.');
  await expect(mine.getByRole('button', { name: 'Make a practice card' })).toHaveCount(0);
  await expectUsable(p, 'notes');
  await p.getByRole('button', { name: 'Sync now' }).click();
  await expect(p.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync', { timeout: 15_000 });
  await expect(p.getByTestId('sync-error')).toHaveCount(0);
  await f.getByRole('link', { name: 'All workshops' }).click();
  await f.getByRole('link', { name: first }).click();
  await f.getByRole('button', { name: 'Sync now' }).click();
  await openSection(f, 'Notes');
  await expect(f.getByRole('list', { name: 'Notes' })).toContainText('Dockers on day contracts cannot join the union.');

  // A facilitator's address shows a plain word and the way back, never a facilitator's form
  for (const path of ['/compendium', '/projects', '/frameworks', '/workshops/new']) {
    await p.goto(path);
    await expect(p.getByRole('heading', { level: 1, name: 'For facilitators' })).toBeVisible();
    await expect(p.getByRole('form')).toHaveCount(0);
    await expectParticipantOnly(p);
  }
  await expectUsable(p, 'a facilitator’s screen');
  for (const section of ['people', 'details', 'analysis', 'report']) {
    await p.goto(`/workshops/${ids[first]}/${section}`);
    await expect(p.getByRole('heading', { level: 1, name: 'For facilitators' })).toBeVisible();
    await expect(p.getByRole('form')).toHaveCount(0);
  }
  await p.getByRole('link', { name: 'Back to the workshop' }).click();
  await expect(p.getByRole('heading', { level: 1, name: first })).toBeVisible();

  // Settings: the language and the answers, nothing about keys or storage
  await p.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(p.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(p.getByRole('combobox', { name: 'Language of the app on this phone' })).toHaveValue('en');
  await expect(p.getByRole('region', { name: 'Your answers on this device' })).toBeVisible();
  await expect(p.getByRole('button', { name: 'Save my answers to a file' })).toBeVisible();
  await expect(p.getByRole('textbox', { name: 'Access key' })).toHaveCount(0);
  await expect(p.getByText(/access key|Server:/i)).toHaveCount(0);
  await expect(p.getByLabel('Import changes from a file')).toHaveCount(0);
  await expectUsable(p, 'settings');

  // A second workshop joins the list; the phone switches between the two
  await p.goto(links[second]!);
  await expect(p.getByRole('heading', { level: 1, name: second })).toBeVisible({ timeout: 15_000 });
  await p.getByRole('link', { name: 'Your workshops' }).click();
  await expect(p.getByRole('heading', { level: 1, name: 'Your workshops' })).toBeVisible();
  const list = p.getByRole('list', { name: 'Your workshops' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(p.getByRole('link', { name: 'New workshop' })).toHaveCount(0);
  await expectParticipantOnly(p);
  await expectUsable(p, 'your workshops');
  await list.getByRole('link', { name: first }).click();
  await expect(p.getByRole('heading', { level: 1, name: first })).toBeVisible();
  await openSection(p, 'Notes');
  await expect(p.getByRole('list', { name: 'Notes' })).toContainText('Dockers on day contracts cannot join the union.');
  await p.getByRole('link', { name: 'Your workshops' }).click();
  await p.getByRole('list', { name: 'Your workshops' }).getByRole('link', { name: second }).click();
  await expect(p.getByRole('heading', { level: 1, name: second })).toBeVisible();
  await expect(p.getByRole('list', { name: 'Agenda' })).toContainText(`Opening of ${second}`);
  await openSection(p, 'Notes');
  await expect(p.getByText('Dockers on day contracts cannot join the union.')).toHaveCount(0);
  await tablet.close();
  await phone.close();
});

test('once the facilitator closes the workshop, a participant’s phone starts no more answers and says why', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { tablet, phone, f } = await tabletAndPhone(browser, baseURL, 'Closing');
  await f.getByRole('link', { name: 'Workshop companion' }).click();
  await createWorkshop(f, { title: 'Closing soon', theme: 'Youth', start: '2026-06-01' });
  await openSection(f, 'People');
  await addOrganisation(f, { name: 'Young Workers Union', acronym: 'YWU', country: 'Kenya', kind: 'Sectoral federation', role: 'Receiving partner' });
  await openSection(f, 'Scoring');
  const link = (await f.getByTestId('join-link').textContent())!.trim();
  await f.getByRole('button', { name: 'Sync now' }).click();
  await expect(f.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');

  const p = await phone.newPage();
  await p.goto(link);
  await expect(p.getByRole('button', { name: 'Start scoring' })).toBeVisible({ timeout: 15_000 });

  await openSection(f, 'Details');
  await f.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Closed' });
  await f.getByRole('button', { name: 'Save details' }).click();
  await f.getByRole('button', { name: 'Sync now' }).click();
  await expect(f.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');

  await p.getByRole('button', { name: 'Sync now' }).click();
  await expect(p.getByText('This workshop is closed: answers and notes can no longer be added.')).toBeVisible();
  await expect(p.getByRole('button', { name: 'Start scoring' })).toHaveCount(0);
  await tablet.close();
  await phone.close();
});
