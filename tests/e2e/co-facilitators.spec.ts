import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, openReadyApp } from './support/app.ts';
import { issueKey } from './support/keys.ts';
import { syncInTurn, useKey } from './support/sync.ts';
import { addNote, openSection } from './support/workspace.ts';

const TITLE = 'Organising informal transport workers';

/** The notes a device shows of the workshop, as the Notes section counts them. */
async function expectNotes(page: Page, count: number, ...texts: string[]): Promise<void> {
  await openSection(page, 'Notes');
  await expect(page.getByTestId('notes-shown')).toHaveText(`${count} notes shown of ${count}`);
  for (const text of texts) await expect(page.getByRole('list', { name: 'Notes' })).toContainText(text);
}

test('two facilitators share a workshop from their own tablets and keys: added by a code, both work offline and converge; removed, the colleague keeps its change and reads why', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const ownerKey = issueKey('facilitator', 'Aminata Sow');
  const colleagueKey = issueKey('facilitator', 'Kofi Mensah');
  const ownerTablet = await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } });
  const colleagueTablet = await browser.newContext({ baseURL, viewport: { width: 800, height: 1280 } });
  const a = await ownerTablet.newPage();
  const b = await colleagueTablet.newPage();
  await openReadyApp(a);
  await openReadyApp(b);
  await useKey(a, ownerKey);
  await useKey(b, colleagueKey);

  // With no network, the owner makes the workshop and a co-facilitator code.
  await ownerTablet.setOffline(true);
  await a.getByRole('link', { name: 'Workshop companion' }).click();
  await createWorkshop(a, { title: TITLE, theme: 'Informal economy', start: '2026-06-01' });
  await openSection(a, 'Details');
  const team = a.getByRole('region', { name: 'Co-facilitators' });
  await expect(team).toContainText('Only you facilitate this workshop.');
  await team.getByRole('button', { name: 'Make a co-facilitator code' }).click();
  await expect(team.getByRole('img', { name: 'QR code that opens the app with the co-facilitator code' })).toBeVisible();
  const code = (await team.getByTestId('cofacilitator-code').textContent())!.trim();

  // The colleague enters it before the owner's tablet has synced it: a mistyped code is caught at once, the right one waits.
  await b.getByRole('link', { name: 'Workshop companion' }).click();
  const join = b.getByRole('region', { name: 'Co-facilitate a colleague’s workshop' });
  const typo = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
  await join.getByRole('textbox', { name: 'Co-facilitator code' }).fill(typo);
  await join.getByRole('button', { name: 'Add the code' }).click();
  await expect(join.getByText('This is not a co-facilitator code: check each letter.')).toBeVisible();
  await expect(join.getByRole('textbox', { name: 'Co-facilitator code' })).toHaveValue(typo);
  // The right code arrives as the QR code's address opens the app (a tablet's own camera app does
  // that): the address forgets it, and the device keeps it only once the colleague accepts it.
  const address = `/#cofacilitate=${code.toLowerCase().replaceAll('-', '')}`;
  await b.goto(address);
  const offer = join.getByTestId('cofacilitator-offer');
  await expect(offer).toContainText(`A colleague invites you to co-facilitate a workshop (code ${code}). Only accept a code from someone you know`);
  expect(new URL(b.url()).hash).toBe('');
  // Ignored, or left unanswered, a link keeps nothing.
  await offer.getByRole('button', { name: 'Ignore' }).click();
  await expect(offer).toHaveCount(0);
  await expect(join.getByRole('list', { name: 'Co-facilitator codes on this device' })).toHaveCount(0);
  await b.goto(address);
  await expect(offer).toBeVisible();
  await b.reload();
  await expect(join).toBeVisible();
  await expect(offer).toHaveCount(0);
  await expect(join.getByRole('list', { name: 'Co-facilitator codes on this device' })).toHaveCount(0);
  await b.goto(address);
  await offer.getByRole('button', { name: 'Accept' }).click();
  await expect(join.getByRole('status')).toContainText(`Code ${code}: waiting for the owner’s device to sync it.`);
  await b.getByRole('button', { name: 'Sync now' }).click();
  await expect(b.getByTestId('sync-last')).toContainText('Last synced');
  await expect(join.getByRole('status')).toContainText('waiting for the owner’s device');

  // The owner's tablet comes back and syncs; the colleague's next sync takes the code and brings the whole workshop.
  await ownerTablet.setOffline(false);
  await syncInTurn([a, b]);
  await expect(join.getByRole('status')).toHaveText(`You now co-facilitate “${TITLE}”.`);
  await join.getByRole('link', { name: 'Open the workshop' }).click();
  await expect(b.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // Both tablets say who facilitates the workshop, by the names of their keys.
  await syncInTurn([a]);
  for (const [page, you, other] of [
    [a, 'Aminata Sow (you)', 'Kofi Mensah'],
    [b, 'Kofi Mensah (you)', 'Aminata Sow'],
  ] as const) {
    await openSection(page, 'Details');
    const list = page.getByTestId('team');
    await expect(list).toContainText(you);
    await expect(list).toContainText(other);
  }
  await expect(b.getByRole('region', { name: 'Co-facilitators' })).toContainText('Only its owner adds and removes co-facilitators.');
  await expect(b.getByRole('button', { name: /Remove/ })).toHaveCount(0);

  // The owner's invitation stays the phones' one when the colleague's tablet opens Scoring: that
  // tablet says it was made elsewhere and makes none of its own, so the owner's link still lets a phone in.
  await openSection(a, 'Scoring');
  const ownerLink = (await a.getByTestId('join-link').textContent())!.trim();
  await syncInTurn([a, b]);
  await openSection(b, 'Scoring');
  await expect(b.getByTestId('invite-elsewhere')).toContainText('The invitation for this workshop was made on another device');
  await expect(b.getByRole('button', { name: 'Make a new invitation' })).toBeVisible();
  await expect(b.getByTestId('join-link')).toHaveCount(0);
  await expect(b.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');
  await syncInTurn([b, a]);
  await expect(a.getByTestId('join-link')).toHaveText(ownerLink);
  const phone = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  const p = await phone.newPage();
  await p.goto(ownerLink);
  await expect(p.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 15_000 });
  await phone.close();
  // Asked for, the colleague's new invitation replaces the owner's, and the owner's tablet says so instead of writing its own back.
  await b.getByRole('button', { name: 'Make a new invitation' }).click();
  await expect(b.getByTestId('join-link')).not.toHaveText(ownerLink);
  await syncInTurn([b, a]);
  await expect(a.getByTestId('invite-elsewhere')).toBeVisible();
  await expect(a.getByTestId('join-link')).toHaveCount(0);
  await expect(a.getByTestId('status-unsynced')).toHaveText('No changes waiting to sync');

  // Both work with no network, each on its own notes, then both come back and converge.
  await ownerTablet.setOffline(true);
  await colleagueTablet.setOffline(true);
  await openSection(a, 'Notes');
  await addNote(a, { session: 'No session', kind: 'Approach', text: 'Drivers’ associations collect dues at the stations.' });
  await openSection(b, 'Notes');
  await addNote(b, { session: 'No session', kind: 'Challenge', text: 'Police harassment keeps members away from meetings.' });
  await ownerTablet.setOffline(false);
  await colleagueTablet.setOffline(false);
  await syncInTurn([a, b, a]);
  for (const page of [a, b]) await expectNotes(page, 2, 'Drivers’ associations collect dues at the stations.', 'Police harassment keeps members away from meetings.');

  // The owner removes the colleague; the colleague, offline, adds a note, then syncs.
  await openSection(a, 'Details');
  await a.getByRole('button', { name: 'Remove Kofi Mensah' }).click();
  await expect(a.getByRole('status').filter({ hasText: 'Kofi Mensah no longer facilitates this workshop.' })).toBeVisible();
  await expect(a.getByTestId('team')).not.toContainText('Kofi Mensah');
  await colleagueTablet.setOffline(true);
  await openSection(b, 'Notes');
  await addNote(b, { session: 'No session', kind: 'Lesson', text: 'Meet at the depot before the morning shift.' });
  await colleagueTablet.setOffline(false);
  await b.getByRole('button', { name: 'Sync now' }).click();
  await expect(b.getByTestId('sync-error')).toHaveText(
    'This device no longer facilitates a workshop: its owner removed you. 1 change was not sent; it is kept here. Save it to a file in Settings for the owner, or ask the owner to add you again.',
  );
  // Kept, on the tablet, and not sent again and again.
  await expectNotes(b, 3, 'Meet at the depot before the morning shift.');
  await b.getByRole('button', { name: 'Sync now' }).click();
  await expect(b.getByTestId('sync-error')).toContainText('1 change was not sent');
  await b.getByRole('link', { name: 'See the refused changes and why' }).click();
  const refused = b.getByRole('region', { name: 'Changes the server refused' });
  await expect(refused).toContainText('You no longer facilitate this workshop: its owner removed you');
  await expect(refused).toContainText('1 change: note');
  // The owner never receives it.
  await syncInTurn([a]);
  await a.getByRole('link', { name: 'All workshops' }).click();
  await a.getByRole('link', { name: TITLE }).click();
  await expectNotes(a, 2);
  await ownerTablet.close();
  await colleagueTablet.close();
});
