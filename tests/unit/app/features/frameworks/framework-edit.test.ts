import { describe, expect, it } from 'vitest';
import { DEFAULT_TUOC } from '../../../../../src/shared/framework/default-tuoc.ts';
import { frameworkDocumentSchema, frameworkItems } from '../../../../../src/shared/framework/schema.ts';
import { addItem, duplicateFramework, idFromName, moveItem, nextVersion, removeItem } from '../../../../../src/app/features/frameworks/framework-edit.ts';
import { withText } from '../../../../../src/shared/framework/texts.ts';

const ids = (f: typeof DEFAULT_TUOC, group: string) => f.groups.find((g) => g.id === group)!.items.map((i) => i.id);

describe('framework editing', () => {
  it('duplicates under a new id and version 1, leaving the original untouched', () => {
    const copy = duplicateFramework(DEFAULT_TUOC, 'TUOC adapted for Senegal', new Set(['tuoc']));
    expect(copy).toMatchObject({ id: 'tuoc-adapted-for-senegal', version: 1, name: { en: 'TUOC adapted for Senegal' } });
    expect(duplicateFramework(DEFAULT_TUOC, 'TUOC', new Set(['tuoc'])).id).toBe('tuoc-2');
    copy.groups[0]!.items.pop();
    expect(frameworkItems(DEFAULT_TUOC)).toHaveLength(15);
  });

  it('adds, edits, moves and removes items and keeps the document valid', () => {
    let f = duplicateFramework(DEFAULT_TUOC, 'Adapted', new Set());
    f = addItem(f, 'relate', { en: 'Digital organising' });
    f = addItem(f, 'relate', { en: 'Digital organising' });
    expect(ids(f, 'relate')).toEqual(['communication-networking', 'digital-organising', 'digital-organising-2']);
    f = moveItem(f, 'relate', 'digital-organising', -1);
    expect(ids(f, 'relate')).toEqual(['digital-organising', 'communication-networking', 'digital-organising-2']);
    f = moveItem(f, 'relate', 'digital-organising', -1);
    expect(ids(f, 'relate')[0]).toBe('digital-organising');
    f = removeItem(f, 'relate', 'digital-organising-2');
    f = withText(f, 'item.digital-organising.label', 'en', 'Organising online');
    f = withText(f, 'item.digital-organising.explanation', 'en', 'We reach workers through their phones.');
    f = withText(f, 'name', 'en', 'Adapted TUOC');
    f = withText(f, 'scale.1', 'en', 'Not yet');
    const parsed = frameworkDocumentSchema.safeParse(f);
    expect(parsed.success).toBe(true);
    expect(frameworkItems(f).find((i) => i.id === 'digital-organising')).toMatchObject({ label: { en: 'Organising online' }, explanation: { en: 'We reach workers through their phones.' } });
    expect(f.scale.labels[0]).toMatchObject({ en: 'Not yet' });
  });

  it('saves each edit as the next version', () => {
    expect(nextVersion('tuoc', [DEFAULT_TUOC])).toBe(2);
    expect(nextVersion('new', [DEFAULT_TUOC])).toBe(1);
    expect(
      nextVersion('x', [
        { id: 'x', version: 3 },
        { id: 'x', version: 1 },
      ]),
    ).toBe(4);
  });

  it('makes ids from any script', () => {
    expect(idFromName('Éducation syndicale', new Set())).toBe('education-syndicale');
    expect(idFromName('التمويل', new Set())).toBe('item');
  });
});

describe('editing texts side by side', () => {
  it('changes one language of a text and leaves its other translations as they are', () => {
    const f = withText(DEFAULT_TUOC, 'scale.1', 'en', 'Not yet');
    expect(f.scale.labels[0]).toEqual({ ...DEFAULT_TUOC.scale.labels[0], en: 'Not yet' });
    const item = DEFAULT_TUOC.groups[0]!.items[0]!;
    const g = withText(DEFAULT_TUOC, `item.${item.id}.label`, 'fr', 'Négociation des conventions');
    expect(g.groups[0]!.items[0]!.label).toEqual({ ...item.label, fr: 'Négociation des conventions' });
    expect(g.groups[0]!.items[0]!.explanation).toEqual(item.explanation);
  });

  it('removes a translation emptied, and an optional text emptied in every language', () => {
    const item = DEFAULT_TUOC.groups[0]!.items[0]!;
    const f = withText(DEFAULT_TUOC, `item.${item.id}.label`, 'ar', '');
    expect(f.groups[0]!.items[0]!.label.ar).toBeUndefined();
    let g = addItem(DEFAULT_TUOC, 'relate', { en: 'Digital organising' });
    g = withText(g, 'item.digital-organising.explanation', 'fr', 'En ligne');
    g = withText(g, 'item.digital-organising.explanation', 'fr', ' ');
    expect(frameworkItems(g).find((i) => i.id === 'digital-organising')).not.toHaveProperty('explanation');
  });

  it('adds a question typed in several languages, its id from the English', () => {
    const f = addItem(DEFAULT_TUOC, 'relate', { en: ' Digital organising ', fr: 'Organisation numérique', ar: 'التنظيم الرقمي', es: '' });
    expect(f.groups.find((g) => g.id === 'relate')!.items.at(-1)).toEqual({ id: 'digital-organising', label: { en: 'Digital organising', fr: 'Organisation numérique', ar: 'التنظيم الرقمي' } });
  });
});
