import { describe, expect, it } from 'vitest';
import { DEFAULT_TUOC } from '../../../../src/shared/framework/default-tuoc.ts';
import { frameworkDocumentSchema, frameworkItems, type FrameworkDocument } from '../../../../src/shared/framework/schema.ts';
import { TUOC_TEXTS } from '../../../../src/shared/framework/tuoc-text/index.ts';
import { TUOC_GROUPS } from '../../../../src/shared/tuoc.ts';

const LANGUAGES = ['en', 'fr', 'es', 'ar', 'pt'];
const group = (id: string) => DEFAULT_TUOC.groups.find((g) => g.id === id)!;
const english = (ids: readonly string[]) => ids.map((id) => frameworkItems(DEFAULT_TUOC).find((i) => i.id === id)!.label.en);

/**
 * The built-in framework follows the published TUOC structure (TUDCN with HIVA KU Leuven, 2019):
 * three types of capacity holding nine capacities, six key operating principles, and external
 * factors for step 2, under the published names. Ids never change: stored scores, notes, practice
 * cards and SWOT entries point at them.
 */
describe('the built-in TUOC framework', () => {
  it('has three types of capacity with nine capacities, then the six key operating principles, in the published order', () => {
    expect(DEFAULT_TUOC.groups.map((g) => g.id)).toEqual(['influence', 'internal', 'relate', 'principles']);
    expect(DEFAULT_TUOC.groups.map((g) => g.label.en)).toEqual(['Capacities to influence and deliver', 'Internal organisational capacities', 'Capacities to relate', 'Key operating principles']);
    const capacities = DEFAULT_TUOC.groups.filter((g) => g.id !== 'principles').flatMap((g) => g.items);
    expect(capacities).toHaveLength(9);
    expect(group('principles').items).toHaveLength(6);
    for (const g of DEFAULT_TUOC.groups) expect(g.items.map((i) => i.id)).toEqual([...TUOC_GROUPS[g.id as keyof typeof TUOC_GROUPS]]);
  });

  it('names each capacity and principle as the framework does', () => {
    expect(english(TUOC_GROUPS.influence)).toEqual(['Collective bargaining', 'Influencing government, business and society', 'Service delivery and legal support', 'Organising and mobilising']);
    expect(english(TUOC_GROUPS.internal)).toEqual(['Structures and procedures', 'Resource mobilisation', 'Strategic planning and learning', 'Education and training']);
    expect(english(TUOC_GROUPS.relate)).toEqual(['Communication and networking']);
    expect(english(TUOC_GROUPS.principles)).toEqual(['Democratic ownership', 'Transparency and accountability', 'Inclusiveness and equality', 'Autonomy', 'Coherence', 'Sustainability']);
  });

  it('offers external factors for step 2 under the ids SWOT entries already use', () => {
    expect(DEFAULT_TUOC.factors.map((f) => f.id)).toEqual([
      'legal-framework',
      'political-climate',
      'economy',
      'employers',
      'social-dialogue',
      'informal-economy',
      'allies',
      'funding',
      'technology',
      'climate',
    ]);
  });

  it('has every text in all five languages, each translation with as many questions as the English', () => {
    const texts: [string, Record<string, string> | undefined][] = [
      ['name', DEFAULT_TUOC.name],
      ['description', DEFAULT_TUOC.description],
      ...DEFAULT_TUOC.scale.labels.map((l, i): [string, Record<string, string>] => [`scale ${i + 1}`, l]),
      ...DEFAULT_TUOC.groups.map((g): [string, Record<string, string>] => [g.id, g.label]),
      ...frameworkItems(DEFAULT_TUOC).flatMap((i): [string, Record<string, string> | undefined][] => [
        [i.id, i.label],
        [`${i.id} explanation`, i.explanation],
        ...(i.questions ?? []).map((q, n): [string, Record<string, string>] => [`${i.id} question ${n + 1}`, q]),
      ]),
      ...DEFAULT_TUOC.factors.map((f): [string, Record<string, string>] => [f.id, f.label]),
    ];
    expect(Object.keys(TUOC_TEXTS).sort()).toEqual([...LANGUAGES].sort());
    for (const [what, text] of texts) {
      for (const lang of LANGUAGES) expect(text?.[lang]?.trim(), `${what} in ${lang}`).toBeTruthy();
    }
    for (const lang of LANGUAGES) {
      const t = TUOC_TEXTS[lang]!;
      for (const id of Object.keys(TUOC_TEXTS.en!.items) as (keyof typeof t.items)[]) expect(t.items[id].questions, `${id} in ${lang}`).toHaveLength(TUOC_TEXTS.en!.items[id].questions.length);
      expect(Object.keys(t.factors), `factors in ${lang}`).toEqual(Object.keys(TUOC_TEXTS.en!.factors));
    }
  });

  it('says its source and that only its group and item names are the published ones', () => {
    expect(frameworkDocumentSchema.safeParse(DEFAULT_TUOC).success).toBe(true);
    expect(DEFAULT_TUOC.origin).toEqual({
      title: { en: 'Trade Union Organisational Capacity tool (TUOC-tool)' },
      publisher: { en: 'TUDCN / HIVA – KU Leuven' },
      year: 2019,
      published: ['groups', 'items'],
    });
  });
});

describe('a framework’s origin', () => {
  const withOrigin = (origin: unknown) => frameworkDocumentSchema.safeParse({ ...DEFAULT_TUOC, origin });
  const good: NonNullable<FrameworkDocument['origin']> = { title: { en: 'A guide' }, publisher: { en: 'A network' }, year: 2019, url: 'https://example.org/guide.pdf', published: ['items'] };

  it('is optional, so a document written before it still opens', () => {
    const { origin: _dropped, ...older } = DEFAULT_TUOC;
    expect(frameworkDocumentSchema.safeParse(older).success).toBe(true);
    expect(withOrigin(good).success).toBe(true);
  });

  it('refuses an address that is not https, an unknown or repeated kind of text, a missing title and an unknown field', () => {
    expect(withOrigin({ ...good, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(withOrigin({ ...good, url: 'http://example.org' }).success).toBe(false);
    expect(withOrigin({ ...good, published: ['names'] }).success).toBe(false);
    expect(withOrigin({ ...good, published: ['items', 'items'] }).success).toBe(false);
    expect(withOrigin({ ...good, title: { fr: 'Un guide' } }).success).toBe(false);
    expect(withOrigin({ ...good, publisher: { en: '  ' } }).success).toBe(false);
    expect(withOrigin({ ...good, year: 19 }).success).toBe(false);
    expect(withOrigin({ ...good, licence: 'CC-BY' }).success).toBe(false);
  });
});
