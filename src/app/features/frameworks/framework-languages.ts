import { LOCALES } from '../../i18n/locales.ts';

/** Scripts written right to left, for any language a framework may hold (not only those the app speaks). */
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'yi', 'dv', 'ckb']);

export const textDirection = (lang: string): 'rtl' | 'ltr' => (RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr');

/** The languages a framework can be edited in: the app's own and any the document already holds, English first. */
export function editableLanguages(present: readonly string[]): string[] {
  return [...LOCALES, ...present.filter((l) => !(LOCALES as readonly string[]).includes(l))];
}
