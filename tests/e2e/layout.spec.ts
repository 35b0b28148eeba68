import { expect, test } from '@playwright/test';
import { openReadyApp } from './support/app.ts';

for (const path of ['/', '/workshops/new']) {
  test(`every control on ${path} is a 48px touch target and nothing overflows sideways`, async ({ page }) => {
    await openReadyApp(page, path);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main a, main button, main input, main select, footer button, header a')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el: el.outerHTML.slice(0, 60), h: el.getBoundingClientRect().height, w: el.getBoundingClientRect().width }))
        .filter((r) => r.h < 48 || r.w < 48),
    );
    expect(small).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
}
