import { expect, test, type Page } from '@playwright/test';
import { uuidv7 } from '../../src/shared/ids.ts';
import { openReadyApp } from './support/app.ts';
import { E2E } from './support/env.ts';
import { issueKey } from './support/keys.ts';
import { useKey } from './support/sync.ts';
import { pushRecords, scenarioWorkshop, type SeedRecord } from '../support/scenario-records.ts';

/** Markup that runs script if anything ever puts text into the page as HTML (short enough for every field). */
const hostile = (where: string) => `<img src=x onerror=alert(1)><script>alert(2)</script> ${where}`;

/** Every free-text field of every record kind people write. */
const TEXT_FIELDS: Record<string, { text: string[]; lists?: string[] }> = {
  workshop: { text: ['title', 'venue', 'objectives'], lists: ['facilitators'] },
  project: { text: ['title', 'donor'], lists: ['partners'] },
  agendaItem: { text: ['title'] },
  organisation: { text: ['name', 'acronym'] },
  participant: { text: ['name', 'role'] },
  note: { text: ['text'] },
  practice: { text: ['title', 'context', 'approach', 'results', 'sustainability', 'contact'] },
  assessment: { text: ['round'] },
  score: { text: ['comment'] },
  swot: { text: ['text'] },
  action: { text: ['action', 'who', 'indicator'] },
};

/** The same records with every text field made hostile, each naming where it sits. */
function poison(records: SeedRecord[]): SeedRecord[] {
  return records.map((r, i) => {
    const fields = { ...r.fields };
    for (const f of TEXT_FIELDS[r.kind]?.text ?? []) fields[f] = hostile(`${r.kind}.${f}`);
    for (const f of TEXT_FIELDS[r.kind]?.lists ?? []) fields[f] = [hostile(`${r.kind}.${f}`)];
    // Long texts also carry an SVG handler
    for (const f of ['text', 'objectives', 'context', 'approach', 'results', 'sustainability', 'comment', 'action', 'indicator']) {
      if (typeof fields[f] === 'string' && TEXT_FIELDS[r.kind]?.text.includes(f)) fields[f] = `<svg onload=alert(3)>${String(fields[f])} #${i}`;
    }
    return { ...r, fields };
  });
}

async function expectInert(page: Page, dialogs: string[]): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Live markup would have made elements; the text shows as text instead
  expect(await page.locator('main img[src="x"], main svg[onload], main script').count()).toBe(0);
  expect(dialogs).toEqual([]);
}

test('hostile markup in every text field of every record kind syncs and shows as plain text; the CSP stops inline script', async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const key = issueKey('facilitator', 'Awa Diop');
  const seeded = scenarioWorkshop({
    owner: uuidv7(),
    practices: [{ title: 'p', status: 'compendium', organisations: ['ORG-A'], capacities: ['autonomy'], projects: ['RAF/22/11/NOR'] }],
    swot: [{ quadrant: 'strength', text: 's', organisation: 'ORG-A' }],
    actions: [{ item: 'autonomy', action: 'a', who: 'w', due: '2026-12-01', status: 'planned', organisation: 'ORG-A' }],
  });
  const records = poison(seeded.records);
  // Comments need an answer to show; the round name is shared by every assessment
  const round = hostile('assessment.round');
  for (const r of records) if (r.kind === 'assessment') r.fields.round = round;
  await pushRecords(E2E.baseUrl, key, `seedXss${Date.now()}`, records);

  await openReadyApp(page);
  await useKey(page, key);
  const base = `/workshops/${seeded.workshopId}`;
  for (const path of [
    '/',
    base,
    `${base}/details`,
    `${base}/agenda`,
    `${base}/people`,
    `${base}/notes`,
    `${base}/scoring`,
    `${base}/analysis`,
    `${base}/priorities`,
    `${base}/practices`,
    `${base}/report`,
    '/compendium',
  ]) {
    await page.goto(path);
    await expectInert(page, dialogs);
  }
  // A few of the strings, read back as literal text after the round trip through the server
  await page.goto(`${base}/notes`);
  await expect(page.getByText(/^<svg onload=alert\(3\)><img src=x onerror=alert\(1\)><script>alert\(2\)<\/script> note\.text #\d+$/).first()).toBeVisible();
  await page.goto(`${base}/report`);
  for (const where of ['workshop.objectives', 'practice.approach', 'swot.text', 'action.indicator', 'agendaItem.title', 'organisation.name']) {
    await expect(page.getByText(new RegExp(`<script>alert\\(2\\)</script> ${where.replace('.', '\\.')}`)).first()).toBeVisible();
  }
  await expectInert(page, dialogs);

  // The Content-Security-Policy refuses inline script even when something manages to add it
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__handlerRan = true');
    img.src = 'data:,not-an-image';
    document.body.append(img);
    await new Promise((r) => setTimeout(r, 300));
    const w = window as unknown as { __inlineRan?: boolean; __handlerRan?: boolean };
    return { inline: w.__inlineRan ?? false, handler: w.__handlerRan ?? false, violations };
  });
  expect(outcome.inline).toBe(false);
  expect(outcome.handler).toBe(false);
  expect(outcome.violations.some((v) => v.startsWith('script-src'))).toBe(true);
});
