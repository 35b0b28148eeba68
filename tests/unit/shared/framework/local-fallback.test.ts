import { describe, expect, it } from 'vitest';
import { localised, localisedWithFallback } from '../../../../src/shared/framework/schema.ts';

describe('localisedWithFallback', () => {
  const text = { en: 'Collective bargaining', fr: 'Négociation collective', ar: '   ' };

  it('gives the reader’s language when it has the text', () => {
    expect(localisedWithFallback(text, 'fr')).toEqual({ text: 'Négociation collective', lang: 'fr' });
  });

  it('falls back to the workshop’s other languages before English, and says which was used', () => {
    expect(localisedWithFallback(text, 'pt', ['es', 'fr'])).toEqual({ text: 'Négociation collective', lang: 'fr' });
    expect(localisedWithFallback(text, 'pt')).toEqual({ text: 'Collective bargaining', lang: 'en' });
  });

  it('treats a blank translation as missing', () => {
    expect(localisedWithFallback(text, 'ar')).toEqual({ text: 'Collective bargaining', lang: 'en' });
  });

  it('uses any language there is when even English is missing, and nothing for no text', () => {
    expect(localisedWithFallback({ sw: 'Majadiliano' }, 'ar')).toEqual({ text: 'Majadiliano', lang: 'sw' });
    expect(localisedWithFallback(undefined, 'ar')).toEqual({ text: '', lang: 'ar' });
  });

  it('is what localised shows', () => {
    expect(localised(text, 'ar')).toBe('Collective bargaining');
    expect(localised(text, 'fr')).toBe('Négociation collective');
  });
});
