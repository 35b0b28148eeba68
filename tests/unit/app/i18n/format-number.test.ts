// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest';
import { formatNumber, setLocale } from '../../../../src/app/i18n/index.ts';
import { LOCALES } from '../../../../src/app/i18n/locales.ts';

describe('numbers in the reader’s language', () => {
  afterAll(() => setLocale('en', { remember: false }));

  // Small whole numbers skip Intl in some languages (its first use is slow): they must read exactly as Intl writes them.
  it.each(LOCALES)('%s writes every number as Intl.NumberFormat does', async (l) => {
    await setLocale(l, { remember: false });
    const values = [0, 1, 2, 7, 11, 42, 100, 999, 1000, 12345, 1234567, 2.5, 3.14, -3, -1000];
    expect(values.map(formatNumber)).toEqual(values.map((v) => new Intl.NumberFormat(l).format(v)));
  });
});
