/** The languages the app speaks; English is built in, the others load when chosen (all are precached). */
export const LOCALES = ['en', 'fr', 'es', 'ar', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, so anyone can find their own in the switch whatever is showing. */
export const AUTONYMS: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español', ar: 'العربية', pt: 'Português' };

const RTL: ReadonlySet<Locale> = new Set(['ar']);
export const directionOf = (l: Locale): 'rtl' | 'ltr' => (RTL.has(l) ? 'rtl' : 'ltr');

export const isLocale = (x: unknown): x is Locale => typeof x === 'string' && (LOCALES as readonly string[]).includes(x);

/** The first of the browser's languages the app speaks ("fr-SN" → fr), else English. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}
