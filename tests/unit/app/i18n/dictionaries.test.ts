import { describe, expect, it } from 'vitest';
import { en } from '../../../../src/app/i18n/en/index.ts';
import { fr } from '../../../../src/app/i18n/fr/index.ts';
import { es } from '../../../../src/app/i18n/es/index.ts';
import { ar } from '../../../../src/app/i18n/ar/index.ts';
import { pt } from '../../../../src/app/i18n/pt/index.ts';
import { LOCALES } from '../../../../src/app/i18n/locales.ts';
import { TUOC_TEXTS } from '../../../../src/shared/framework/tuoc-text/index.ts';
import { DEFAULT_TUOC } from '../../../../src/shared/framework/default-tuoc.ts';
import { DEFAULT_DE_PROFILE } from '../../../../src/shared/framework/default-de-profile.ts';
import { frameworkItems } from '../../../../src/shared/framework/schema.ts';

type Tree = { [k: string]: string | Tree };
const PLURAL = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPlural = (t: Tree | string | undefined): t is Tree => typeof t === 'object' && 'other' in t && Object.keys(t).every((k) => PLURAL.has(k));
const at = (tree: Tree, path: string) => path.split('.').reduce<Tree | string | undefined>((t, k) => (typeof t === 'object' ? t[k] : undefined), tree);

/** Every message as path → text; a plural message is one entry per form. */
function messages(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [p, text] of messages(v, `${prefix}${k}.`)) out.set(p, text);
  }
  return out;
}
/** Message paths, a plural message counted once (languages have different plural forms). */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' || isPlural(v) ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const TRANSLATIONS = { fr, es, ar, pt } as Record<string, Tree>;

describe('dictionaries', () => {
  it('cover every language the switch offers', () => {
    expect(Object.keys(TRANSLATIONS).sort()).toEqual(LOCALES.filter((l) => l !== 'en').sort());
  });

  for (const [lang, dict] of Object.entries(TRANSLATIONS)) {
    it(`${lang} has exactly the English keys`, () => {
      const want = keys(en);
      const have = new Set(keys(dict));
      expect(
        want.filter((k) => !have.has(k)),
        'missing',
      ).toEqual([]);
      expect(
        [...have].filter((k) => !want.includes(k)),
        'unknown',
      ).toEqual([]);
    });

    it(`${lang} keeps every placeholder, says something, and has the plural forms its language needs`, () => {
      const english = messages(en);
      const bad: string[] = [];
      for (const [path, text] of messages(dict)) {
        if (!text.trim()) bad.push(`${path}: empty`);
        const base = path.replace(/\.(zero|one|two|few|many|other)$/, '');
        const ref = english.get(path) ?? english.get(`${base}.other`);
        if (ref === undefined) continue;
        // a plural form may leave the number out ("one note", "no notes")
        const want = placeholders(ref).filter((p) => !(p === 'count' && /\.(zero|one|two)$/.test(path)));
        const have = placeholders(text);
        if (want.some((p) => !have.includes(p)) || have.some((p) => !placeholders(ref).includes(p))) bad.push(`${path}: ${have.join(',')} vs ${placeholders(ref).join(',')}`);
      }
      expect(bad).toEqual([]);
      const rules = new Intl.PluralRules(lang);
      const needed = new Set([0, 1, 2, 3, 5, 11, 100, 1000000].map((n) => rules.select(n)));
      const plurals = keys(en).filter((k) => isPlural(at(en as unknown as Tree, k)));
      for (const p of plurals) {
        const forms = at(dict, p) as Tree;
        for (const category of needed) if (category !== 'many') expect(forms[category] ?? forms.other, `${lang} ${p}.${category}`).toBeTruthy();
      }
    });
  }

  it.each([DEFAULT_TUOC, DEFAULT_DE_PROFILE])('the built-in framework $id is written in every language, question for question', (framework) => {
    expect(Object.keys(TUOC_TEXTS).sort()).toEqual([...LOCALES].sort());
    for (const text of [framework.name, framework.description!, ...framework.groups.map((g) => g.label), ...(framework.dimensions ?? []).map((d) => d.label)]) {
      expect(Object.keys(text).sort(), text.en).toEqual([...LOCALES].sort());
    }
    for (const item of frameworkItems(framework)) {
      for (const lang of LOCALES) {
        expect(item.label[lang], `${item.id} ${lang}`).toBeTruthy();
        expect(item.explanation?.[lang], `${item.id} ${lang}`).toBeTruthy();
        for (const q of item.questions ?? []) expect(q[lang], `${item.id} ${lang}`).toBeTruthy();
      }
    }
    for (const label of framework.scale.labels) expect(Object.keys(label).sort()).toEqual([...LOCALES].sort());
    for (const factor of framework.factors) expect(Object.keys(factor.label).sort()).toEqual([...LOCALES].sort());
  });
});
