import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyseProfile, largestDifferences, type ScoredAssessment } from '../../../../src/shared/framework/analysis.ts';
import { DEFAULT_DE_PROFILE } from '../../../../src/shared/framework/default-de-profile.ts';
import { DEFAULT_TUOC } from '../../../../src/shared/framework/default-tuoc.ts';
import { parseFrameworkJson } from '../../../../src/shared/framework/import.ts';
import { frameworkDocumentSchema, frameworkItems, type FrameworkDocument } from '../../../../src/shared/framework/schema.ts';
import { round } from '../../../../src/shared/stats.ts';

const answers = (values: Record<string, number | null>, organisationId = 'org', round = 'baseline', id = 'a'): ScoredAssessment => ({
  id,
  organisationId,
  round,
  answers: new Map(Object.entries(values)),
});

/** A small framework: three statements, two principles and one facet. */
const small: FrameworkDocument = {
  format: 'workshop-companion/framework',
  id: 'small',
  version: 1,
  name: { en: 'Small' },
  scale: { min: 1, max: 5, labels: [{ en: '1' }, { en: '2' }, { en: '3' }, { en: '4' }, { en: '5' }], dontKnow: true },
  groups: [
    {
      id: 'g',
      label: { en: 'G' },
      items: [
        { id: 's1', label: { en: 'S1' }, dimensions: ['ownership', 'money'] },
        { id: 's2', label: { en: 'S2' }, dimensions: ['ownership'] },
        { id: 's3', label: { en: 'S3' }, dimensions: ['money'] },
      ],
    },
  ],
  factors: [],
  dimensions: [
    { id: 'ownership', label: { en: 'Ownership' } },
    { id: 'lasting', label: { en: 'Lasting' } },
    { id: 'money', label: { en: 'Money' }, parent: 'lasting' },
  ],
};

describe('items mapped to several dimensions', () => {
  it('pools every answer of the items that count toward a dimension, facets counting for their parent', () => {
    const p = analyseProfile(small, [answers({ s1: 2, s2: 4, s3: 5 }, 'o', 'baseline', 'a1'), answers({ s1: 4, s2: null, s3: 3 }, 'o', 'baseline', 'a2')]);
    const byId = Object.fromEntries(p.dimensions.map((d) => [d.dimensionId, { ...d.stats, mean: round(d.stats.mean), sd: round(d.stats.sd) }]));
    // ownership: s1 (2, 4) and s2 (4, don't know) → 2, 4, 4
    expect(byId.ownership).toEqual({ n: 3, dontKnow: 1, mean: 3.3333, median: 4, sd: 1.1547, min: 2, max: 4 });
    // money: s1 (2, 4) and s3 (5, 3) → 2, 3, 4, 5; lasting has no item of its own but gets its facet's
    expect(byId.money).toEqual({ n: 4, dontKnow: 0, mean: 3.5, median: 3.5, sd: 1.291, min: 2, max: 5 });
    expect(byId.lasting).toEqual(byId.money);
    expect(p.dimensions.map((d) => d.dimensionId)).toEqual(['ownership', 'lasting', 'money']);
  });

  it('with no answers, a dimension has no numbers', () => {
    expect(analyseProfile(small, []).dimensions.every((d) => d.stats.n === 0 && d.stats.mean === null)).toBe(true);
  });

  it('lists the statements where two profiles differ most', () => {
    const a = analyseProfile(small, [answers({ s1: 5, s2: 2, s3: 3 })]);
    const b = analyseProfile(small, [answers({ s1: 1, s2: 3, s3: 3 })]);
    expect(largestDifferences(a, b)).toEqual([
      { itemId: 's1', first: 5, second: 1, gap: 4 },
      { itemId: 's2', first: 2, second: 3, gap: 1 },
    ]);
  });

  it('refuses unknown dimensions, facets of facets and duplicate ids', () => {
    const unknown = structuredClone(small);
    unknown.groups[0]!.items[2]!.dimensions = ['nowhere'];
    const deep = structuredClone(small);
    deep.dimensions!.push({ id: 'cash', label: { en: 'Cash' }, parent: 'money' });
    const twice = structuredClone(small);
    twice.dimensions!.push({ id: 'money', label: { en: 'Money again' } });
    for (const bad of [unknown, deep, twice]) expect(frameworkDocumentSchema.safeParse(bad).success).toBe(false);
    expect(frameworkDocumentSchema.safeParse(small).success).toBe(true);
  });
});

describe('the development-effectiveness profile', () => {
  it('is a valid framework: eight principles, sustainability with five facets, every principle spoken to', () => {
    expect(frameworkDocumentSchema.safeParse(DEFAULT_DE_PROFILE).success).toBe(true);
    const top = DEFAULT_DE_PROFILE.dimensions!.filter((d) => !d.parent).map((d) => d.id);
    expect(top).toEqual(['democratic-ownership', 'autonomy', 'partnership', 'transparency', 'accountability', 'coherence', 'inclusiveness-equality', 'sustainability']);
    expect(DEFAULT_DE_PROFILE.dimensions!.filter((d) => d.parent === 'sustainability')).toHaveLength(5);
    // Every principle and facet has a statement that counts toward it: one answer each gives each a mean.
    const everyItem = answers(Object.fromEntries(frameworkItems(DEFAULT_DE_PROFILE).map((i) => [i.id, 3])));
    const dimensions = analyseProfile(DEFAULT_DE_PROFILE, [everyItem]).dimensions;
    expect(dimensions).toHaveLength(DEFAULT_DE_PROFILE.dimensions!.length);
    for (const d of dimensions) expect(d.stats.n, d.dimensionId).toBeGreaterThan(0);
    expect(frameworkItems(DEFAULT_DE_PROFILE).some((i) => (i.dimensions?.length ?? 0) > 1)).toBe(true);
    expect(DEFAULT_DE_PROFILE.scale).toMatchObject({ min: 1, max: 5, dontKnow: false });
    expect(DEFAULT_DE_PROFILE.scale.labels.at(-1)!.en).toBe('Totally');
  });
});

describe('TUOC frameworks keep working unchanged', () => {
  // A framework file as the previous version exported it (before dimensions existed): English only.
  const english = (x: Record<string, string> | undefined) => (x ? { en: x.en! } : undefined);
  const previous = {
    ...DEFAULT_TUOC,
    id: 'tuoc-for-port-workers',
    name: { en: 'TUOC for port workers' },
    description: english(DEFAULT_TUOC.description),
    scale: { ...DEFAULT_TUOC.scale, labels: DEFAULT_TUOC.scale.labels.map((l) => ({ en: l.en! })) },
    groups: DEFAULT_TUOC.groups.map((g) => ({
      ...g,
      label: { en: g.label.en! },
      items: g.items.map((i) => ({ id: i.id, label: { en: i.label.en! }, ...(i.explanation ? { explanation: english(i.explanation) } : {}) })),
    })),
    factors: DEFAULT_TUOC.factors.map((f) => ({ ...f, label: { en: f.label.en! } })),
  };

  it('an old file imports as it is, and its analysis is the same as before, with no principles', () => {
    const parsed = parseFrameworkJson(JSON.stringify(previous));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.framework).toEqual(previous);
    expect(parsed.framework.dimensions).toBeUndefined();
    const fixture = JSON.parse(readFileSync('tests/fixtures/field-scenario.json', 'utf8')) as {
      assessments: { key: string; organisation: string; round: string; scores: Record<string, number | null> }[];
      expected: { byOrganisation: Record<string, Record<string, { mean: number; sd: number | null }>> };
    };
    const scored = fixture.assessments.map((a) => answers(a.scores, a.organisation, a.round, a.key));
    const p = analyseProfile(
      parsed.framework,
      scored.filter((a) => a.organisationId === 'ORG-A'),
    );
    for (const [itemId, want] of Object.entries(fixture.expected.byOrganisation['ORG-A']!)) {
      const got = p.items.find((i) => i.itemId === itemId)!.stats;
      expect({ mean: round(got.mean), sd: round(got.sd) }).toEqual({ mean: want.mean, sd: want.sd });
    }
    expect(p.dimensions).toEqual([]);
    expect(p.groups).toHaveLength(4);
  });
});
