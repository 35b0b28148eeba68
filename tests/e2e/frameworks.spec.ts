import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createWorkshop, openReadyApp } from './support/app.ts';
import { addOrganisation, openSection } from './support/workspace.ts';

test('a facilitator adapts the TUOC framework, exports and re-imports it, and scores with it; a bad file is refused with reasons', async ({ page }) => {
  await openReadyApp(page);
  await page.getByRole('link', { name: 'Frameworks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Frameworks' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Frameworks' });
  // Two built in: TUOC and the development-effectiveness profile
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').filter({ hasText: 'TUOC – Trade Union Organisational Capacity' })).toContainText('Built in · version 1 · 15 items');
  await expect(list.getByRole('listitem').filter({ hasText: 'Development-effectiveness profile of the partnership' })).toContainText('Built in · version 1 · 17 items');
  // The built-in TUOC says which of its words are the published framework's and which are ours
  const tuoc = list.getByRole('listitem').filter({ hasText: 'TUOC – Trade Union Organisational Capacity' });
  await expect(tuoc.getByText('Source: Trade Union Organisational Capacity tool (TUOC-tool), TUDCN / HIVA – KU Leuven, 2019.')).toBeVisible();
  await expect(tuoc.getByText('Kept as published: names of the groups and names of the items scored.')).toBeVisible();
  await expect(tuoc.getByText('Our own wording: explanations, questions to think about, answer scale, and external factors.')).toBeVisible();

  await page.getByRole('button', { name: 'Adapt a copy of TUOC – Trade Union Organisational Capacity' }).click();
  const editor = page.getByRole('form', { name: 'Adapt the framework' });
  await editor.getByRole('textbox', { name: 'Framework name (English)' }).fill('TUOC for port workers');
  await editor.getByRole('textbox', { name: 'Label of point 1 (English)' }).fill('Not yet');
  await editor.getByRole('textbox', { name: 'New question in “Capacities to relate” (English)' }).fill('Digital organising');
  await editor.getByRole('button', { name: 'Add the new question to “Capacities to relate”' }).click();
  await editor.getByRole('button', { name: 'Move “Digital organising” up' }).click();
  await editor.getByRole('button', { name: 'Remove “Coherence”' }).click();
  await page.reload(); // the editor keeps its draft
  await editor.getByRole('button', { name: 'Save as version 1' }).click();
  await expect(page.getByRole('status')).toHaveText('Framework “TUOC for port workers” saved as version 1.');
  await expect(list.getByRole('listitem')).toHaveCount(3);
  const adapted = list.getByRole('listitem').filter({ hasText: 'TUOC for port workers' });
  await expect(adapted).toContainText('version 1 · 15 items');
  // A copy may be reworded: it names its source and claims none of its names
  await expect(adapted.getByText('Adapted from Trade Union Organisational Capacity tool (TUOC-tool), TUDCN / HIVA – KU Leuven, 2019.')).toBeVisible();
  await expect(adapted.getByText(/Kept as published/)).toHaveCount(0);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export TUOC for port workers as a file' }).click()]);
  const exported = readFileSync(await download.path(), 'utf8');
  const doc = JSON.parse(exported) as { groups: { id: string; items: { id: string }[] }[]; scale: { labels: unknown[] } };
  expect(doc).toMatchObject({ format: 'workshop-companion/framework', id: 'tuoc-for-port-workers', version: 1 });
  expect(doc.groups.find((g) => g.id === 'relate')?.items.map((i) => i.id)).toEqual(['digital-organising', 'communication-networking']);
  // The English label changed; its translations stay as they were, beside it in the editor
  expect(doc.scale.labels[0]).toMatchObject({ en: 'Not yet', fr: expect.any(String) });
  expect(doc).toMatchObject({ origin: { title: { en: 'Trade Union Organisational Capacity tool (TUOC-tool)' }, year: 2019, published: [] } });

  const bad = { ...doc, version: 0, scale: { ...doc.scale, labels: doc.scale.labels.slice(1) }, owner: 'me' };
  await page.getByLabel('Import a framework file (JSON)').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const problems = page.getByTestId('import-problems');
  await expect(problems.getByRole('listitem')).toHaveCount(3);
  await expect(problems).toContainText('version');
  await expect(problems).toContainText('unknown field(s): owner');
  await expect(problems).toContainText('give one label per point of the scale');
  await expect(list.getByRole('listitem')).toHaveCount(3);

  await page.getByLabel('Import a framework file (JSON)').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByRole('status')).toContainText('imported as version 2');
  await expect(list.getByRole('listitem')).toHaveCount(4);

  // A workshop scores with the adapted framework; the assessment records its version
  await page.getByRole('link', { name: 'Workshop companion' }).click();
  await createWorkshop(page, { title: 'Ports', theme: 'Youth', start: '2026-03-10' });
  await openSection(page, 'Details');
  await page.getByRole('combobox', { name: 'Workshop framework' }).selectOption({ label: 'TUOC for port workers' });
  await page.getByRole('button', { name: 'Save details' }).click();
  await openSection(page, 'People');
  await addOrganisation(page, { name: 'General Union of Port Workers', acronym: 'GUPW', country: 'Morocco', kind: 'Sectoral federation', role: 'Receiving partner' });
  await openSection(page, 'Scoring');
  await expect(page.getByText('Framework: TUOC for port workers (version 2)')).toBeVisible();
  await page.getByRole('combobox', { name: 'Organisation being scored' }).selectOption({ label: 'GUPW – General Union of Port Workers' });
  await page.getByRole('button', { name: 'Start scoring' }).click();
  await expect(page.getByText('Question 1 of 15')).toBeVisible();
  await expect(page.getByRole('radio', { name: '1 Not yet' })).toBeVisible();
});
