import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { openReadyApp } from './support/app.ts';
import { cameraContext, launchWithFakeCamera, writeFakeVideo } from './support/fake-camera.ts';
import { filmHandInCode, ORGANISATION, serverChanges, tabletWithWorkshop } from './support/room.ts';
import { openSection } from './support/workspace.ts';
import { syncInTurn } from './support/sync.ts';

/**
 * The room decides: three phones put cards on the facilitator's board, two online and live, one with
 * no network whose cards reach the tablet by its camera; the facilitator merges two cards that say
 * the same, accepts a delegation's draft into the action plan, and reveals a dot vote on the cards
 * whose ranking matches the dots the phones placed. Online again, the server holds one copy of each card.
 */
const TABLET = { viewport: { width: 800, height: 1280 }, hasTouch: true, deviceScaleFactor: 2 };
const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let cameraBrowser: Browser | undefined;
test.afterEach(async () => {
  await cameraBrowser?.close();
  cameraBrowser = undefined;
});

/** A phone opens the workshop's SWOT tab, says which organisation it speaks for, and adds a card. */
async function addCard(p: Page, kind: string, text: string): Promise<void> {
  await openSection(p, 'SWOT and actions');
  const choose = p.getByRole('combobox', { name: 'Which organisation do you speak for?' });
  if (await choose.isVisible()) {
    await choose.selectOption({ label: `${ORGANISATION.acronym} – ${ORGANISATION.name}` });
    await p.getByRole('button', { name: 'Confirm my organisation' }).click();
  }
  await expect(p.getByText(/^You speak for .*Syndicat des Travailleurs du Port/)).toBeVisible();
  await p.getByRole('combobox', { name: 'Kind of card' }).selectOption({ label: kind });
  await p.getByRole('textbox', { name: 'Your card' }).fill(text);
  await p.getByRole('button', { name: 'Add card' }).click();
  await expect(p.getByRole('region', { name: 'Your cards' }).getByText(text)).toBeVisible();
}

async function phoneOnline(browser: Browser, baseURL: string, link: string): Promise<{ phone: BrowserContext; p: Page }> {
  const phone = await browser.newContext({ ...PHONE, baseURL });
  const p = await phone.newPage();
  await p.goto(`${new URL(link).pathname}${new URL(link).hash}`);
  await expect(p.getByRole('combobox', { name: 'Organisation being scored' })).toBeVisible({ timeout: 15_000 });
  return { phone, p };
}

test('three phones put cards on the board, one with no network through the tablet’s camera; the facilitator merges two, accepts a delegation’s draft and reveals a vote on the cards', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000);
  const video = testInfo.outputPath('phone.mjpeg');
  cameraBrowser = await launchWithFakeCamera(video);
  const tablet = await cameraContext(cameraBrowser, { ...TABLET, baseURL });
  const { page: f, link } = await tabletWithWorkshop(tablet, 'The room decides');

  // Two phones online: their cards reach the board live.
  const first = await phoneOnline(browser, baseURL!, link);
  const second = await phoneOnline(browser, baseURL!, link);
  await addCard(first.p, 'Weakness', 'Few women in the executive');
  await addCard(second.p, 'Weakness', 'Women are missing from our leadership');
  await addCard(second.p, 'Idea for a priority', 'Recruit in the markets « ensemble »');

  // The first phone drafts an action for its organisation.
  const draft = first.p.getByRole('form', { name: 'Draft an action for your organisation' });
  await draft.getByRole('combobox', { name: 'Priority capacity' }).selectOption({ index: 1 });
  await draft.getByRole('textbox', { name: 'Action' }).fill('Train women organisers');
  await draft.getByRole('button', { name: 'Add draft' }).click();
  await expect(first.p.getByText('Waiting for the facilitator')).toBeVisible();

  // A third phone with no network at all: it joins from the tablet's link and hands its card over by code.
  const third = await browser.newContext({ ...PHONE, baseURL });
  const p3 = await third.newPage();
  await openReadyApp(p3);
  await third.setOffline(true);
  await p3.goto(link);
  await expect(p3.getByRole('heading', { level: 1, name: 'The room decides' })).toBeVisible();
  await addCard(p3, 'Strength', 'Dues paid by mobile money — 100 %');
  await openSection(p3, 'Scoring');
  const { frames } = await filmHandInCode(p3, { show: p3.getByRole('button', { name: 'Show my answers to the facilitator' }), enough: (n) => n + 6 });
  writeFakeVideo(video, frames);
  await openSection(f, 'Scoring');
  await f.getByRole('button', { name: 'Scan answers' }).click();
  await expect(f.getByTestId('scan-status')).toContainText('Answers taken in', { timeout: 30_000 });
  await f.getByRole('button', { name: 'Stop scanning' }).click();

  // The board holds all four cards, the ones from phones online without anyone pressing "Sync now".
  await openSection(f, 'SWOT and actions');
  const board = f.getByRole('region', { name: 'SWOT' });
  for (const text of ['Few women in the executive', 'Women are missing from our leadership', 'Recruit in the markets « ensemble »', 'Dues paid by mobile money — 100 %']) {
    await expect(board.getByText(text, { exact: true })).toBeVisible({ timeout: 15_000 });
  }

  // The People tab names each phone by the code it shows, with the organisation it speaks for.
  const code = (await first.p.getByTestId('phone-code').textContent())!.replace('This phone’s code: ', '');
  await openSection(f, 'People');
  await expect(f.getByText(/^3 phones chose the organisation they speak for/)).toBeVisible();
  await expect(f.getByRole('combobox', { name: `Phone ${code}` }).locator('option:checked')).toHaveText(`${ORGANISATION.acronym} – ${ORGANISATION.name}`);
  await openSection(f, 'SWOT and actions');

  // Two cards say the same: one is merged into the other, whose author's words stay.
  await f.getByRole('button', { name: 'Card actions: “Women are missing from our leadership”' }).click();
  const actions = f.getByRole('group', { name: 'Card actions: “Women are missing from our leadership”' });
  await actions.getByRole('combobox', { name: 'Merge into' }).selectOption({ label: 'Few women in the executive' });
  await actions.getByRole('button', { name: 'Merge' }).click();
  await expect(board.getByText('Merged: Women are missing from our leadership')).toBeVisible();

  // The delegation's draft is accepted into the plan, and the phone sees it accepted.
  await f.getByRole('button', { name: 'Accept “Train women organisers” into the plan' }).click();
  await expect(f.getByRole('button', { name: 'Accept “Train women organisers” into the plan' })).toHaveCount(0);
  await expect(f.getByRole('table').getByText('Train women organisers')).toBeVisible();
  await expect(first.p.getByText('Waiting for the facilitator')).toHaveCount(0, { timeout: 15_000 });
  await expect(first.p.getByRole('combobox', { name: /Status/ })).toHaveValue('planned');

  // The room votes on the cards: two dots each, secret until the facilitator reveals them.
  await openSection(f, 'Votes');
  const form = f.getByRole('form', { name: 'New vote' });
  await form.getByRole('textbox', { name: 'Question' }).fill('What comes first?');
  await form.getByRole('combobox', { name: 'Vote on' }).selectOption({ label: 'Cards (ideas for priorities first)' });
  await form.getByRole('button', { name: 'Choose all' }).click();
  await form.getByRole('spinbutton', { name: 'Dots per person' }).fill('2');
  await form.getByRole('button', { name: 'Open the vote' }).click();
  await expect(f.getByTestId('vote-voters')).toHaveText('Nobody has voted yet');
  const votes: [Page, string[]][] = [
    [first.p, ['Recruit in the markets « ensemble »', 'Few women in the executive']],
    [second.p, ['Recruit in the markets « ensemble »', 'Dues paid by mobile money — 100 %']],
  ];
  for (const [p, on] of votes) {
    await openSection(p, 'Votes');
    const vote = p.getByRole('article', { name: 'What comes first?' });
    for (const option of on) await vote.getByRole('button', { name: `Add a dot to ${option}` }).click();
    await vote.getByRole('button', { name: 'Send my vote' }).click();
    await expect(vote.getByText('Your vote is in. You can change it until the vote closes.')).toBeVisible();
  }
  await expect(f.getByTestId('vote-voters')).toHaveText('2 have voted', { timeout: 15_000 });
  await expect(f.getByTestId('vote-ranking')).toHaveCount(0);
  await f.getByRole('button', { name: 'Reveal results' }).click();
  const ranking = f.getByTestId('vote-ranking');
  await expect(ranking).toHaveAttribute('data-voters', '2');
  await expect(ranking.getByRole('listitem').first()).toContainText('Recruit in the markets « ensemble »');
  await expect(ranking.getByRole('listitem').locator('.vote-ranking__dots')).toHaveText(['2 dots', '1 dot', '1 dot']);

  // Online again: the tablet relays the third phone's card, which then syncs itself; one copy each.
  await third.setOffline(false);
  await syncInTurn([f, p3, f]);
  const all = await serverChanges(f.request);
  const workshop = all.find((c) => c.kind === 'workshop' && c.record.title === 'The room decides')!;
  const cards = all.filter((c) => c.kind === 'swot' && c.record.workshopId === workshop.record.id);
  expect(cards).toHaveLength(4);
  expect(new Set(cards.map((c) => c.record.id)).size).toBe(4);
  for (const c of [first.phone, second.phone, third]) await c.close();
});
