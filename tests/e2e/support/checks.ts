import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Every visible control is a 48px target and the page never scrolls sideways. */
export async function expectTouchFriendly(page: Page): Promise<void> {
  const small = await page.evaluate(() =>
    // A file input hidden behind its label (styled as a button), a radio inside its checked label: the label is what a finger touches.
    [
      ...document.querySelectorAll<HTMLElement>(
        'main a, main button, main input, main select, main textarea, main summary, main label.check, main label:has(> input[type=file]), footer button, header a',
      ),
    ]
      .filter(
        (el) =>
          el.offsetParent !== null &&
          !(
            el instanceof HTMLInputElement &&
            (el.type === 'checkbox' || (el.type === 'radio' && el.parentElement?.matches('label.check')) || (el.type === 'file' && el.parentElement instanceof HTMLLabelElement))
          ),
      )
      .map((el) => ({ el: el.outerHTML.slice(0, 80), h: Math.round(el.getBoundingClientRect().height), w: Math.round(el.getBoundingClientRect().width) }))
      .filter((r) => r.h < 48 || r.w < 48),
  );
  expect(small).toEqual([]);
  // Compared with the configured viewport: on a phone, overflowing content widens the layout viewport itself.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
}

/**
 * axe-core's WCAG 2.2 A and AA rules: serious or critical findings fail; lesser ones are added to
 * `minor` (when given) for the report.
 */
export async function expectAccessible(page: Page, where: string, minor?: string[]): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of violations.filter((x) => !grave.includes(x))) minor?.push(`${where}: ${v.id} (${v.impact}) ${v.nodes.length}×`);
  expect(
    grave.map(
      (v) =>
        `${v.id}: ${v.help} → ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    ),
    where,
  ).toEqual([]);
}
