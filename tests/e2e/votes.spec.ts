import { expect, test, type Browser, type Page } from '@playwright/test';
import { createWorkshop, openReadyApp } from './support/app.ts';
import { expectAccessible, expectTouchFriendly } from './support/checks.ts';
import { ORGANISATION, tabletWithWorkshop } from './support/room.ts';
import { openSection } from './support/workspace.ts';

/**
 * Dot voting: the facilitator opens a vote, the room places dots (on their phones, or handing the
 * tablet round with no network), and the ranking shows only when the facilitator reveals it.
 */
const CAPACITIES = ['Collective bargaining', 'Service delivery and legal support', 'Organising and mobilising'] as const;
const [BARGAINING, SERVICES, ORGANISING] = CAPACITIES;

/** Open a vote on three capacities with two dots each, one per capacity. */
async function openVote(f: Page, title: string): Promise<void> {
  await openSection(f, 'Votes');
  const form = f.getByRole('form', { name: 'New vote' });
  await form.getByRole('textbox', { name: 'Question' }).fill(title);
  await form.getByRole('combobox', { name: 'Vote on' }).selectOption({ label: 'Capacities' });
  // Opening with one option says what is missing, and keeps what was typed.
  await form.getByRole('checkbox', { name: BARGAINING }).check();
  await form.getByRole('button', { name: 'Open the vote' }).click();
  await expect(form.getByText('Choose at least two options.')).toBeVisible();
  for (const c of CAPACITIES.slice(1)) await form.getByRole('checkbox', { name: c }).check();
  await form.getByRole('spinbutton', { name: 'Dots per person' }).fill('2');
  await form.getByRole('button', { name: 'Open the vote' }).click();
  await expect(f.getByRole('heading', { level: 3, name: title })).toBeVisible();
  await expect(f.getByTestId('vote-voters')).toHaveText('Nobody has voted yet');
  await expect(form.getByRole('textbox', { name: 'Question' })).toHaveValue('');
}

/** The revealed ranking: each option with its dots and shared ranks, and how many voted. */
async function expectRanking(f: Page, voters: number): Promise<void> {
  const ranking = f.getByTestId('vote-ranking');
  await expect(ranking).toBeVisible();
  await expect(ranking).toHaveAttribute('data-voters', String(voters));
  const items = ranking.getByRole('listitem');
  await expect(items.locator('.vote-ranking__label')).toHaveText([ORGANISING, BARGAINING, SERVICES]);
  await expect(items.locator('.vote-ranking__dots')).toHaveText(['2 dots', '1 dot', '1 dot']);
  // Options with as many dots share a rank.
  expect(await items.evaluateAll((lis) => lis.map((li) => (li as HTMLLIElement).value))).toEqual([1, 2, 2]);
}

/** On a phone: say which organisation it speaks for, as a phone does once before it votes. */
async function speakFor(p: Page): Promise<void> {
  await p.getByRole('combobox', { name: 'Which organisation do you speak for?' }).selectOption({ index: 1 });
  await p.getByRole('button', { name: 'Confirm my organisation' }).click();
  await expect(p.getByText('Only the facilitator can change your organisation.')).toBeVisible();
  await openSection(p, 'Votes');
}

/** A participant's phone joins by the link and opens its Votes tab. */
async function phoneJoins(browser: Browser, baseURL: string, link: string): Promise<Page> {
  const phone = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  const p = await phone.newPage();
  const url = new URL(link);
  await p.goto(`${url.pathname}${url.hash}`);
  await expect(p.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
  await expect(p.getByText('The workshop is not here yet')).toHaveCount(0);
  await openSection(p, 'Votes');
  return p;
}

/** On a phone: a dot on each of two capacities, sent. */
async function vote(p: Page, title: string, on: readonly string[]): Promise<void> {
  const card = p.getByRole('article', { name: title });
  await expect(card).toBeVisible({ timeout: 15_000 });
  await expect(card.getByText('Dots left: 2')).toBeVisible();
  for (const option of on) await card.getByRole('button', { name: `Add a dot to ${option}` }).click();
  await expect(card.getByText('Dots left: 0')).toBeVisible();
  // No dot is left: no more can be placed.
  expect(await card.getByRole('button', { name: /^Add a dot to / }).evaluateAll((bs) => bs.map((b) => (b as HTMLButtonElement).disabled))).not.toContain(false);
  await card.getByRole('button', { name: 'Send my vote' }).click();
  await expect(card.getByText('Your vote is in. You can change it until the vote closes.')).toBeVisible();
}

test('phones place their dots, the tablet counts voters live, and reveals the ranking', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const tablet = await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } });
  const { page: f, link } = await tabletWithWorkshop(tablet, 'Votes in the room');
  const title = 'Which capacity do we build first?';
  await openVote(f, title);

  const [p1, p2] = [await phoneJoins(browser, baseURL!, link), await phoneJoins(browser, baseURL!, link)];
  // A phone votes once it said which organisation it speaks for: until then each vote says so.
  const first = p1.getByRole('article', { name: title });
  await expect(first.getByText('Choose your organisation in SWOT and actions first')).toBeVisible({ timeout: 15_000 });
  await first.getByRole('link', { name: 'Go to SWOT and actions' }).click();
  await speakFor(p1);
  await vote(p1, title, [ORGANISING, SERVICES]);
  await expect(f.getByTestId('vote-voters')).toHaveText('1 has voted', { timeout: 15_000 });
  await expectTouchFriendly(p1);
  await expectAccessible(p1, 'phone votes');
  await openSection(p2, 'SWOT and actions');
  await speakFor(p2);
  await vote(p2, title, [ORGANISING, BARGAINING]);
  await expect(f.getByTestId('vote-voters')).toHaveText('2 have voted', { timeout: 15_000 });
  // Voting again changes the phone's one ballot: still two voters.
  const card = p1.getByRole('article', { name: title });
  await card.getByRole('button', { name: `Take a dot off ${SERVICES}` }).click();
  await card.getByRole('button', { name: `Add a dot to ${BARGAINING}` }).click();
  await expect(card.getByText('Not sent yet: send your vote again to change it.')).toBeVisible();
  await card.getByRole('button', { name: 'Send my vote' }).click();
  await expect(card.getByText('Your vote is in. You can change it until the vote closes.')).toBeVisible();
  await card.getByRole('button', { name: `Take a dot off ${BARGAINING}` }).click();
  await card.getByRole('button', { name: `Add a dot to ${SERVICES}` }).click();
  await card.getByRole('button', { name: 'Send my vote' }).click();
  await expect(card.getByText('Your vote is in. You can change it until the vote closes.')).toBeVisible();
  await f.getByRole('button', { name: 'Sync now' }).click();
  await expect(f.getByTestId('vote-voters')).toHaveText('2 have voted');
  // Secret until revealed: nothing on the tablet gives an option's dots.
  await expect(f.getByTestId('vote-ranking')).toHaveCount(0);
  await expect(f.locator('[data-dots]')).toHaveCount(0);

  await f.getByRole('button', { name: 'Reveal results' }).click();
  await expectRanking(f, 2);
  await expect(f.getByRole('button', { name: 'Show full screen' })).toBeVisible();

  // The phones hear that voting is over, and show what they sent.
  for (const p of [p1, p2]) {
    const card = p.getByRole('article', { name: title });
    await expect(card.getByText('The results are on the screen.')).toBeVisible({ timeout: 15_000 });
    await expect(card.getByRole('button', { name: 'Send my vote' })).toHaveCount(0);
  }
  await expect(p1.getByRole('article', { name: title }).getByRole('listitem')).toHaveText([`${ORGANISING}: 1`, `${SERVICES}: 1`]);
  await expectTouchFriendly(f);
  await expectAccessible(f, 'tablet votes, revealed');

  // A vote for one organisation: its delegation's phones vote in it.
  const form = f.getByRole('form', { name: 'New vote' });
  await form.getByRole('textbox', { name: 'Question' }).fill('Which first for STP?');
  await form.getByRole('button', { name: 'Choose all' }).click();
  await form.getByRole('combobox', { name: 'Only this organisation votes' }).selectOption({ label: ORGANISATION.acronym });
  await form.getByRole('button', { name: 'Open the vote' }).click();
  await expect(f.getByRole('article', { name: 'Which first for STP?' })).toContainText(`only ${ORGANISATION.acronym} votes`);
  await vote(p2, 'Which first for STP?', [SERVICES, BARGAINING]);
  await expect(f.getByRole('article', { name: 'Which first for STP?' }).getByTestId('vote-voters')).toHaveText('1 has voted', { timeout: 15_000 });
  await Promise.all([p1.context().close(), p2.context().close(), tablet.close()]);
});

test('with no network, the room votes by passing the tablet round; the ranking survives a reload', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const tablet = await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } });
  const f = await tablet.newPage();
  await openReadyApp(f);
  await tablet.setOffline(true);
  await createWorkshop(f, { title: 'Votes with no network', theme: 'Youth', start: '2026-06-01' });
  const title = 'Which capacity first, offline?';
  await openVote(f, title);

  await f.getByRole('button', { name: 'Vote on this tablet' }).click();
  await expect(f.getByRole('heading', { level: 2, name: title })).toBeFocused();
  // The next person sees the vote and nothing else of the workshop.
  await expect(f.getByRole('navigation', { name: 'Workshop sections' })).toBeHidden();
  // Casting nothing is refused in words.
  await f.getByRole('button', { name: 'Cast my vote and pass the tablet on' }).click();
  await expect(f.getByRole('alert')).toHaveText('Place at least one dot first.');
  await expectTouchFriendly(f);
  await expectAccessible(f, 'pass the tablet');
  for (const person of [
    [ORGANISING, SERVICES],
    [BARGAINING, ORGANISING],
  ]) {
    await expect(f.getByTestId('dots-left')).toHaveText('2 dots left');
    for (const option of person) await f.getByRole('button', { name: `Add a dot to ${option}` }).click();
    await expect(f.getByTestId('dots-left')).toHaveText('No dots left');
    await f.getByRole('button', { name: 'Cast my vote and pass the tablet on' }).click();
    await expect(f.getByRole('status')).toHaveText('Vote cast. Pass the tablet to the next person.');
    // The screen is clear for the next person: nothing shows how the last one voted.
    await expect(f.getByTestId('dots-left')).toHaveText('2 dots left');
    await expect(f.locator('.dot-picker__count > [aria-hidden="true"]')).toHaveText(['0', '0', '0']);
  }
  await f.getByRole('button', { name: 'Done' }).click();
  await expect(f.getByRole('navigation', { name: 'Workshop sections' })).toBeVisible();
  await expect(f.getByTestId('vote-voters')).toHaveText('2 have voted');
  await expect(f.getByTestId('vote-ranking')).toHaveCount(0);
  // Closed: no more votes, still secret.
  await f.getByRole('button', { name: 'Close voting' }).click();
  await expect(f.getByRole('article', { name: title })).toContainText('Closed');
  await expect(f.getByRole('button', { name: 'Vote on this tablet' })).toHaveCount(0);
  await expect(f.getByTestId('vote-ranking')).toHaveCount(0);

  await f.getByRole('button', { name: 'Reveal results' }).click();
  await expectRanking(f, 2);
  // Full screen shows the ranking alone, for the projector.
  await f.getByRole('button', { name: 'Show full screen' }).click();
  await expect(f.getByRole('button', { name: 'Leave full screen' })).toBeVisible();
  expect(await f.evaluate(() => document.fullscreenElement?.querySelector('[data-testid="vote-ranking"]') instanceof HTMLOListElement)).toBe(true);
  await f.getByRole('button', { name: 'Leave full screen' }).click();
  await expect(f.getByRole('button', { name: 'Show full screen' })).toBeVisible();
  await f.reload();
  await expectRanking(f, 2);
  await expect(f.getByRole('button', { name: 'Vote on this tablet' })).toHaveCount(0);
  await tablet.close();
});
