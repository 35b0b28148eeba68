// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countries as en } from '../../../../src/app/i18n/en/countries.ts';
import { countries as fr } from '../../../../src/app/i18n/fr/countries.ts';
import { countries as es } from '../../../../src/app/i18n/es/countries.ts';
import { countries as ar } from '../../../../src/app/i18n/ar/countries.ts';
import { countries as pt } from '../../../../src/app/i18n/pt/countries.ts';
import { COUNTRY_CODES } from '../../../../src/shared/countries.ts';
import { LOCALES } from '../../../../src/app/i18n/locales.ts';

const TABLES: Record<string, Record<string, string>> = { en: en.countries, fr: fr.countries, es: es.countries, ar: ar.countries, pt: pt.countries };

describe('country names in the dictionaries', () => {
  it('exist for every language the app speaks', () => {
    expect(Object.keys(TABLES).sort()).toEqual([...LOCALES].sort());
  });

  for (const [lang, table] of Object.entries(TABLES)) {
    it(`${lang} names every country once, with a name and not its code`, () => {
      expect(Object.keys(table).sort()).toEqual([...COUNTRY_CODES].sort());
      for (const [code, name] of Object.entries(table)) expect(name.trim(), `${lang} ${code}`).not.toMatch(new RegExp(`^(${code})?$`));
      expect(new Set(Object.values(table)).size, `${lang} names are distinct`).toBe(COUNTRY_CODES.length);
    });

    it(`${lang} lists them as the language sorts them (the form shows them in this order)`, () => {
      const names = Object.values(table);
      const collator = new Intl.Collator(lang);
      const unsorted = names.filter((name, i) => i > 0 && collator.compare(names[i - 1]!, name) > 0);
      expect(unsorted, 'regenerate with npm run i18n:countries').toEqual([]);
    });
  }

  it('are in each language, not English everywhere', () => {
    expect(fr.countries.DE).toBe('Allemagne');
    expect(es.countries.DE).toBe('Alemania');
    expect(pt.countries.DE).toBe('Alemanha');
    expect(ar.countries.DE).toBe('ألمانيا');
    expect(en.countries.CI).toMatch(/^C[oô]te d.Ivoire$/);
  });
});

describe('countryName and countryOptions', () => {
  it('name and order countries from the dictionary in use, following the language', async () => {
    const { countryName, countryOptions, setLocale } = await import('../../../../src/app/i18n/index.ts');
    await setLocale('fr', { remember: false });
    expect(countryName('DE')).toBe('Allemagne');
    const options = countryOptions();
    expect(options.map((o) => o.value)).toEqual(Object.keys(fr.countries));
    expect(options[0]).toEqual({ value: 'AF', label: 'Afghanistan' });
    expect(countryOptions()).toBe(options); // made once per language
    await setLocale('en', { remember: false });
    expect(countryName('DE')).toBe('Germany');
    expect(countryOptions()[0]?.label).toBe(Object.values(en.countries)[0]);
    expect(countryName('')).toBe('');
  });
});
