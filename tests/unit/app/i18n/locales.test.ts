import { describe, expect, it } from 'vitest';
import { directionOf, preferredLocale } from '../../../../src/app/i18n/locales.ts';

describe('starting language', () => {
  it('takes the first browser language the app speaks, by its base language', () => {
    expect(preferredLocale(['fr-SN', 'en'])).toBe('fr');
    expect(preferredLocale(['sw-KE', 'pt-MZ', 'en'])).toBe('pt');
    expect(preferredLocale(['AR-ma'])).toBe('ar');
    expect(preferredLocale(['de-DE', 'nl'])).toBe('en');
    expect(preferredLocale([])).toBe('en');
  });

  it('lays Arabic out right to left, the others left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(['en', 'fr', 'es', 'pt'].map((l) => directionOf(l as 'en'))).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
  });
});
