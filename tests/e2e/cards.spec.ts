import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, waitForServiceWorker } from './support/app.ts';
import { expectAccessible, expectTouchFriendly } from './support/checks.ts';
import { ORGANISATION, serverChanges, tabletAndPhone } from './support/room.ts';
import { addOrganisation, openSection } from './support/workspace.ts';

const SECOND = { name: 'Young Workers Union', acronym: 'YWU', country: 'Kenya', kind: 'Sectoral federation', role: 'Supporting partner' };
const WEAKNESS = 'Few women among our shop stewards';
const OPPORTUNITY = 'The new port authority wants a social dialogue council';
const ACTION = 'Train ten women as shop stewards';

/** The tablet makes a workshop with the organisations given (anonymous when asked) and hands back its join link, known to the server. */
async function workshopWithLink(f: Page, title: string, organisations: (typeof ORGANISATION)[], anonymous = false): Promise<string> {
  await f.getByRole('link', { name: 'Workshop companion' }).click();
  await createWorkshop(f, { title, theme: 'Informal economy', start: '2026-06-01' });
  if (anonymous) {
    await openSection(f, 'Details');
    await f.getByRole('checkbox', { name: /Keep scores anonymous/ }).check();
    await f.getByRole('button', { name: 'Save details' }).click();
    await expect(f.getByRole('status')).toContainText('Workshop details saved.');
  }
  await openSection(f, 'People');
  for (const o of organisations) await addOrganisation(f, o);
  await openSection(f, 'Scoring');
  const link = (await f.getByTestId('join-link').textContent())!.trim();
  await syncNow(f);
  return link;
}

async function syncNow(p: Page): Promise<void> {
  await p.getByRole('button', { name: 'Sync now' }).click();
  await expect(p.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync', { timeout: 15_000 });
  await expect(p.getByTestId('sync-error')).toHaveCount(0);
}

/** A phone joins by the link and opens its SWOT and actions tab. */
async function joinAndOpenCards(p: Page, link: string, title: string): Promise<void> {
  await p.goto(link);
  await expect(p.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 15_000 });
  await waitForServiceWorker(p);
  await openSection(p, 'SWOT and actions');
}

async function chooseOrganisation(p: Page, label: string): Promise<void> {
  await p.getByRole('combobox', { name: 'Which organisation do you speak for?' }).selectOption({ label });
  await p.getByRole('button', { name: 'Confirm my organisation' }).click();
  await expect(p.getByText(`You speak for ${label}.`)).toBeVisible();
  await expect(p.getByText('Only the facilitator can change your organisation.')).toBeVisible();
  await expect(p.getByRole('combobox', { name: 'Which organisation do you speak for?' })).toHaveCount(0);
}

test('a participant’s phone speaks for its organisation: its SWOT cards and plan drafts survive a reload and reach the facilitator', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const { tablet, phone, f } = await tabletAndPhone(browser, baseURL, 'Cards from phones');
  const title = 'Organising the port';
  const link = await workshopWithLink(f, title, [ORGANISATION, SECOND]);

  const p = await phone.newPage();
  await joinAndOpenCards(p, link, title);
  // Nothing to write before the phone says whom it speaks for.
  await expect(p.getByText('Choose your organisation first')).toBeVisible();
  await expect(p.getByRole('form', { name: 'Add a card' })).toHaveCount(0);
  await expectAccessible(p, 'choosing an organisation');
  await expectTouchFriendly(p);
  await chooseOrganisation(p, `${SECOND.acronym} – ${SECOND.name}`);

  // A weakness with the author's name
  const form = p.getByRole('form', { name: 'Add a card' });
  await form.getByRole('combobox', { name: 'Kind of card' }).selectOption({ label: 'Weakness' });
  await expect(form.getByRole('combobox', { name: /External factor/ })).toHaveCount(0);
  await form.getByRole('textbox', { name: /Your card/ }).fill(WEAKNESS);
  await form.getByRole('textbox', { name: 'Your name' }).fill('Awa Ndiaye');
  await form.getByRole('button', { name: 'Add card' }).click();
  const mine = p.getByRole('list', { name: 'Your cards' });
  await expect(mine).toContainText(WEAKNESS);
  await expect(mine).toContainText('Weakness · By Awa Ndiaye');
  await expect(form.getByRole('textbox', { name: /Your card/ })).toHaveValue('');
  // The name stays for the next card.
  await expect(form.getByRole('textbox', { name: 'Your name' })).toHaveValue('Awa Ndiaye');

  // An opportunity needs its external factor: without one nothing is lost, and the field says why
  await form.getByRole('combobox', { name: 'Kind of card' }).selectOption({ label: 'Opportunity' });
  await form.getByRole('textbox', { name: /Your card/ }).fill(OPPORTUNITY);
  await form.getByRole('button', { name: 'Add card' }).click();
  await expect(form.getByText('Please choose one from the list.')).toBeVisible();
  await expect(form.getByRole('textbox', { name: /Your card/ })).toHaveValue(OPPORTUNITY);
  await form.getByRole('combobox', { name: /External factor/ }).selectOption({ label: 'Social dialogue institutions' });
  await form.getByRole('button', { name: 'Add card' }).click();
  await expect(mine).toContainText(OPPORTUNITY);
  await expect(mine).toContainText('Opportunity · Social dialogue institutions · By Awa Ndiaye');
  await expect(mine.getByRole('listitem')).toHaveCount(2);

  // A draft action for the organisation
  const plan = p.getByRole('form', { name: 'Draft an action for your organisation' });
  await plan.getByRole('combobox', { name: /Priority capacity/ }).selectOption({ label: 'Organising and mobilising' });
  await plan.getByRole('textbox', { name: /Action/ }).fill(ACTION);
  await plan.getByRole('textbox', { name: 'Who' }).fill('Women’s committee');
  await plan.getByLabel('By when').fill('2026-12-31');
  await plan.getByRole('textbox', { name: 'Indicator of success' }).fill('Ten stewards elected');
  await plan.getByRole('button', { name: 'Add draft' }).click();
  const actions = p.getByRole('list', { name: 'Actions of your organisation' });
  await expect(actions).toContainText(ACTION);
  await expect(actions).toContainText('Waiting for the facilitator');
  await expect(actions.getByRole('button', { name: `Edit draft “${ACTION}”` })).toBeVisible();
  await expectAccessible(p, 'cards and drafts');
  await expectTouchFriendly(p);

  // Everything is on the phone: a reload shows it all, and the organisation stays chosen
  await p.reload();
  await expect(p.getByText(`You speak for ${SECOND.acronym} – ${SECOND.name}.`)).toBeVisible();
  await expect(p.getByRole('list', { name: 'Your cards' })).toContainText(WEAKNESS);
  await expect(p.getByRole('list', { name: 'Your cards' })).toContainText(OPPORTUNITY);
  await expect(p.getByRole('list', { name: 'Actions of your organisation' })).toContainText(ACTION);

  // With no connection a card is still saved, and the phone says how to hand it in
  await phone.setOffline(true);
  await p.getByRole('button', { name: 'Sync now' }).click();
  await form.getByRole('combobox', { name: 'Kind of card' }).selectOption({ label: 'Idea for a priority' });
  await form.getByRole('textbox', { name: /Your card/ }).fill('A women’s desk in every port branch');
  await form.getByRole('button', { name: 'Add card' }).click();
  await expect(mine).toContainText('A women’s desk in every port branch');
  await expect(p.getByText(/No connection: your cards and drafts are saved on this phone/)).toBeVisible();
  await expect(p.getByRole('link', { name: 'Open Scoring' })).toBeVisible();
  await phone.setOffline(false);

  // The server takes them all, and the facilitator's tablet shows them
  await syncNow(p);
  await syncNow(f);
  await openSection(f, 'SWOT and actions');
  // The board shows one organisation at a time where it offers the choice.
  const organisationChoice = f.getByRole('combobox', { name: 'Organisation', exact: true });
  if ((await organisationChoice.count()) > 0) await organisationChoice.first().selectOption({ label: SECOND.acronym });
  for (const text of [WEAKNESS, OPPORTUNITY, 'A women’s desk in every port branch', ACTION]) await expect(f.getByText(text).first()).toBeVisible();
  await tablet.close();
  await phone.close();
});

test('in an anonymous workshop a phone’s cards carry no name, and the server takes them', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const { tablet, phone, f } = await tabletAndPhone(browser, baseURL, 'Anonymous cards');
  const title = 'Anonymous SWOT';
  const link = await workshopWithLink(f, title, [ORGANISATION], true);
  const p = await phone.newPage();
  await joinAndOpenCards(p, link, title);
  // The workshop's only organisation is offered first.
  await expect(p.getByRole('combobox', { name: 'Which organisation do you speak for?' })).toHaveValue(/.+/);
  await chooseOrganisation(p, `${ORGANISATION.acronym} – ${ORGANISATION.name}`);
  const form = p.getByRole('form', { name: 'Add a card' });
  await expect(form.getByRole('textbox', { name: 'Your name' })).toHaveCount(0);
  await expect(form.getByText('This workshop is anonymous: cards carry no name.')).toBeVisible();
  await form.getByRole('combobox', { name: 'Kind of card' }).selectOption({ label: 'Strength' });
  await form.getByRole('textbox', { name: /Your card/ }).fill('Dockers trust their union');
  await form.getByRole('button', { name: 'Add card' }).click();
  await expect(p.getByRole('list', { name: 'Your cards' })).toContainText('Dockers trust their union');
  await syncNow(p);
  await tablet.close();
  await phone.close();
});

test('once the facilitator accepts a draft, the delegation reports its progress, also after the workshop closed', async ({ browser, baseURL, request }) => {
  test.setTimeout(180_000);
  const { tablet, phone, f } = await tabletAndPhone(browser, baseURL, 'Plan progress');
  const title = 'Plan follow-up';
  const link = await workshopWithLink(f, title, [ORGANISATION]);
  const p = await phone.newPage();
  await joinAndOpenCards(p, link, title);
  await chooseOrganisation(p, `${ORGANISATION.acronym} – ${ORGANISATION.name}`);
  const plan = p.getByRole('form', { name: 'Draft an action for your organisation' });
  await plan.getByRole('combobox', { name: /Priority capacity/ }).selectOption({ label: 'Organising and mobilising' });
  await plan.getByRole('textbox', { name: /Action/ }).fill(ACTION);
  await plan.getByRole('button', { name: 'Add draft' }).click();
  await syncNow(p);

  // The facilitator accepts the draft into the plan, then closes the workshop
  await syncNow(f);
  await openSection(f, 'SWOT and actions');
  await f.getByRole('button', { name: new RegExp(`Accept .*${ACTION}.* into the plan`) }).click();
  await openSection(f, 'Details');
  await f.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Closed' });
  await f.getByRole('button', { name: 'Save details' }).click();
  await syncNow(f);

  // The phone writes nothing new, but says how the accepted item is going
  await syncNow(p);
  await expect(p.getByText('This workshop is closed: answers and notes can no longer be added.')).toBeVisible();
  await expect(p.getByRole('form')).toHaveCount(0);
  const actions = p.getByRole('list', { name: 'Actions of your organisation' });
  await expect(actions.getByText('Waiting for the facilitator')).toHaveCount(0);
  await expect(actions.getByRole('button')).toHaveCount(0);
  const status = actions.getByRole('combobox', { name: `Status of “${ACTION}”` });
  await expect(status).toHaveValue('planned');
  await status.selectOption({ label: 'In progress' });
  await syncNow(p);
  // The feed holds each change of the record: the newest is last.
  const stored = (await serverChanges(request)).filter((c) => c.kind === 'action').map((c) => c.record as unknown as { action: string; status: string });
  expect(stored.filter((a) => a.action === ACTION).at(-1)?.status).toBe('in-progress');
  await tablet.close();
  await phone.close();
});
