import { describe, expect, it } from 'vitest';
import { DEFAULT_TUOC } from '../../../../../src/shared/framework/default-tuoc.ts';
import { frameworkDocumentSchema, frameworkItems } from '../../../../../src/shared/framework/schema.ts';
import { addItem, duplicateFramework, idFromName, moveItem, nextVersion, removeItem, renameFramework, setScaleLabel, updateItem } from '../../../../../src/app/features/frameworks/framework-edit.ts';

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
    f = addItem(f, 'relate', 'Digital organising');
    f = addItem(f, 'relate', 'Digital organising');
    expect(ids(f, 'relate')).toEqual(['communication-networking', 'digital-organising', 'digital-organising-2']);
    f = moveItem(f, 'relate', 'digital-organising', -1);
    expect(ids(f, 'relate')).toEqual(['digital-organising', 'communication-networking', 'digital-organising-2']);
    f = moveItem(f, 'relate', 'digital-organising', -1);
    expect(ids(f, 'relate')[0]).toBe('digital-organising');
    f = removeItem(f, 'relate', 'digital-organising-2');
    f = updateItem(f, 'relate', 'digital-organising', { label: 'Organising online', explanation: 'We reach workers through their phones.' });
    f = renameFramework(f, 'Adapted TUOC');
    f = setScaleLabel(f, 0, 'Not yet');
    const parsed = frameworkDocumentSchema.safeParse(f);
    expect(parsed.success).toBe(true);
    expect(frameworkItems(f).find((i) => i.id === 'digital-organising')).toMatchObject({ label: { en: 'Organising online' }, explanation: { en: 'We reach workers through their phones.' } });
    expect(f.scale.labels[0]).toEqual({ en: 'Not yet' });
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

describe('rewriting a translated text', () => {
  it('drops the translations that no longer say the same, in whatever language it is rewritten', () => {
    const f = setScaleLabel(DEFAULT_TUOC, 0, 'Not yet');
    expect(f.scale.labels[0]).toEqual({ en: 'Not yet' });
    expect(f.scale.labels[1]!.fr).toBeTruthy(); // the others keep their translations
    const item = DEFAULT_TUOC.groups[0]!.items[0]!;
    const g = updateItem(DEFAULT_TUOC, DEFAULT_TUOC.groups[0]!.id, item.id, { label: 'Négociation des conventions' }, 'fr');
    expect(g.groups[0]!.items[0]!.label).toEqual({ en: 'Négociation des conventions', fr: 'Négociation des conventions' });
    expect(g.groups[0]!.items[0]!.explanation).toEqual(item.explanation);
  });
});
