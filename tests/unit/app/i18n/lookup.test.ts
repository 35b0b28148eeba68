// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { flatten } from '@solid-primitives/i18n';
import { en } from '../../../../src/app/i18n/en/index.ts';
import { fr } from '../../../../src/app/i18n/fr/index.ts';
import { es } from '../../../../src/app/i18n/es/index.ts';
import { ar } from '../../../../src/app/i18n/ar/index.ts';
import { pt } from '../../../../src/app/i18n/pt/index.ts';
import { lookup, setLocale, t, tp } from '../../../../src/app/i18n/index.ts';

describe('looking up a message by its dotted key', () => {
  it('gives, for every key of every language, what a flattened dictionary gives', () => {
    for (const dict of [en, fr, es, ar, pt]) {
      const flat = flatten(dict) as Record<string, unknown>;
      const wrong = Object.keys(flat).filter((key) => lookup(dict, key) !== flat[key]);
      expect(wrong).toEqual([]);
    }
  });

  it('gives nothing for a missing key or one that reaches into a word or the prototype', () => {
    expect(lookup(en, 'no.such.key')).toBeUndefined();
    expect(lookup(en, 'common.__proto__')).toBeUndefined();
    expect(lookup(en, 'constructor')).toBeUndefined();
    const word = Object.keys(flatten(en)).find((k) => typeof lookup(en, k) === 'string')!;
    expect(lookup(en, `${word}.length`)).toBeUndefined();
  });

  it('follows the language in t and tp', async () => {
    await setLocale('en', { remember: false });
    const english = t('error.open_failed');
    const plural = tp('sync.errors.rejected', 3);
    await setLocale('fr', { remember: false });
    expect(t('error.open_failed')).toBe(fr.error.open_failed);
    expect(t('error.open_failed')).not.toBe(english);
    expect(tp('sync.errors.rejected', 3)).not.toBe(plural);
    await setLocale('en', { remember: false });
    expect(t('error.open_failed')).toBe(english);
  });
});
