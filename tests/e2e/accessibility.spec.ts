import { expect, test, type Page } from '@playwright/test';
import { uuidv7 } from '../../src/shared/ids.ts';
import { openReadyApp } from './support/app.ts';
import { expectAccessible } from './support/checks.ts';
import { E2E } from './support/env.ts';
import { issueKey } from './support/keys.ts';
import { useKey } from './support/sync.ts';
import { pushRecords, scenarioWorkshop } from '../support/scenario-records.ts';

const SECTIONS = ['', '/details', '/agenda', '/people', '/notes', '/scoring', '/analysis', '/priorities', '/practices', '/report'];

/** A screen, once shown, passes axe-core's WCAG 2.2 A and AA rules. */
async function audit(page: Page, where: string, minor: string[]): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, where, minor);
}

/** Text at 200%: nothing is cut off sideways. */
async function expectReflowAt200(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
    const width = document.documentElement.clientWidth;
    const over = document.documentElement.scrollWidth - width;
    document.documentElement.style.fontSize = '';
    return over;
  });
  expect(overflow, `${where} at 200% text`).toBeLessThanOrEqual(0);
}

for (const language of ['English', 'العربية'] as const) {
  test(`every screen passes axe-core's WCAG 2.2 AA checks in ${language}, and reflows with text at 200%`, async ({ page }) => {
    test.setTimeout(120_000);
    const key = issueKey('facilitator', 'Awa Diop');
    const seeded = scenarioWorkshop({
      owner: uuidv7(),
      practices: [
        {
          title: 'Mutual health fund run by market women',
          status: 'compendium',
          organisations: ['ORG-B'],
          capacities: ['resource-mobilisation'],
          projects: ['RAF/22/11/NOR'],
          approach: 'Contributions by mobile money.',
        },
      ],
      swot: [{ quadrant: 'strength', text: 'Democratic ownership is strong', organisation: 'ORG-A' }],
      actions: [{ item: 'organising-mobilising', action: 'Recruit 200 port casuals', who: 'Organising officer', due: '2026-09-30', status: 'planned', organisation: 'ORG-A' }],
    });
    await pushRecords(E2E.baseUrl, key, `seedAxe${Date.now()}`, seeded.records);
    await openReadyApp(page);
    await useKey(page, key);
    if (language !== 'English') {
      await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: language });
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    }
    const minor: string[] = [];
    const base = `/workshops/${seeded.workshopId}`;
    const screens = [
      '/',
      '/workshops/new',
      ...SECTIONS.map((s) => base + s),
      '/frameworks',
      '/settings',
      '/compendium',
      '/compendium/social-protection/report',
      '/projects',
      `/projects/${seeded.records.find((r) => r.kind === 'project')!.id}`,
      '/no-such-page',
    ];
    for (const path of screens) {
      await page.goto(path);
      await audit(page, path, minor);
      if (['/', `${base}/notes`, `${base}/scoring`, `${base}/report`, '/compendium'].includes(path)) await expectReflowAt200(page, path);
    }
    // A participant's scoring screen, started from the Scoring tab
    await page.goto(`${base}/scoring`);
    const start = page.locator('form').filter({ has: page.locator('#assess-org') });
    await start.locator('#assess-org').selectOption({ index: 1 });
    await start.getByRole('button').last().click();
    await expect(page).toHaveURL(/\/score\//);
    await audit(page, 'score screen', minor);
    await expectReflowAt200(page, 'score screen');
    console.log(`axe-core (${language}), minor or moderate findings: ${minor.length ? minor.join('; ') : 'none'}`);
  });
}

/** Press Tab until the focused element matches, as a keyboard user would; fail after 40 presses. */
async function tabTo(page: Page, matches: (el: { tag: string; type: string; name: string; id: string }) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { tag: a?.tagName.toLowerCase() ?? '', type: a?.getAttribute('type') ?? '', id: a?.id ?? '', name: (a?.getAttribute('aria-label') ?? a?.textContent ?? '').trim() };
    });
    if (matches(el)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** The focused control shows where it is: an outline on it (or on the option that wraps it). */
async function expectVisibleFocus(page: Page): Promise<void> {
  const outline = await page.evaluate(() => {
    const a = document.activeElement as HTMLElement;
    const styled = [a, a.closest('label')].filter((x): x is HTMLElement => x !== null).map((x) => getComputedStyle(x));
    return styled.some((s) => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2);
  });
  expect(outline).toBe(true);
}

test('a participant scores with the keyboard alone, focus always visible, and the outcome of a sync is announced', async ({ page }) => {
  test.setTimeout(90_000);
  const key = issueKey('facilitator', 'Awa Diop');
  const seeded = scenarioWorkshop({ owner: uuidv7(), workshop: { title: 'Keyboard workshop' } });
  await pushRecords(E2E.baseUrl, key, `seedKeys${Date.now()}`, seeded.records);
  await openReadyApp(page);
  await useKey(page, key);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('sync-announcement')).toHaveText('All changes synced.');

  await page.goto(`/workshops/${seeded.workshopId}/scoring`);
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard workshop' })).toBeVisible();
  await tabTo(page, (el) => el.id === 'assess-org', 'the organisation');
  await page.keyboard.press('ArrowDown');
  await expectVisibleFocus(page);
  await tabTo(page, (el) => el.tag === 'button' && el.name === 'Start scoring', 'Start scoring');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/score\//);
  for (let i = 0; i < 15; i++) {
    await tabTo(page, (el) => el.tag === 'input' && el.type === 'radio', 'an answer');
    await page.keyboard.press('ArrowRight');
    await expectVisibleFocus(page);
    await tabTo(page, (el) => el.tag === 'button' && (el.name === 'Next' || el.name === 'Review answers'), 'Next');
    await page.keyboard.press('Enter');
  }
  await tabTo(page, (el) => el.tag === 'button' && el.name === 'Submit my answers', 'Submit');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
});
