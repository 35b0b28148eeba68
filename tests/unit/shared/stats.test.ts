import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { itemStats, meanOfMeans, round } from '../../../src/shared/stats.ts';
import { analyseProfile, highestItems, lowestItems, mostDisputed, type ScoredAssessment } from '../../../src/shared/framework/analysis.ts';
import { DEFAULT_TUOC } from '../../../src/shared/framework/default-tuoc.ts';

describe('item statistics', () => {
  it.each([
    { name: 'empty', input: [], want: { n: 0, dontKnow: 0, mean: null, median: null, sd: null, min: null, max: null } },
    { name: 'all don’t know', input: [null, null], want: { n: 0, dontKnow: 2, mean: null, median: null, sd: null, min: null, max: null } },
    { name: 'one answer', input: [4], want: { n: 1, dontKnow: 0, mean: 4, median: 4, sd: null, min: 4, max: 4 } },
    { name: 'two answers', input: [3, 4], want: { n: 2, dontKnow: 0, mean: 3.5, median: 3.5, sd: 0.7071, min: 3, max: 4 } },
    { name: 'odd count, unsorted, with don’t know', input: [4, null, 1, 4], want: { n: 3, dontKnow: 1, mean: 3, median: 4, sd: 1.7321, min: 1, max: 4 } },
    { name: 'no spread', input: [3, 3, 3], want: { n: 3, dontKnow: 0, mean: 3, median: 3, sd: 0, min: 3, max: 3 } },
  ])('$name', ({ input, want }) => {
    const s = itemStats(input);
    expect({ ...s, mean: round(s.mean), median: round(s.median), sd: round(s.sd) }).toEqual(want);
  });

  it('averages item means, skipping items without answers', () => {
    expect(meanOfMeans([itemStats([2, 4]), itemStats([null]), itemStats([5])])).toBe(4);
    expect(meanOfMeans([itemStats([])])).toBeNull();
  });
});

interface Fixture {
  assessments: { key: string; organisation: string; round: string; scores: Record<string, number | null> }[];
  expected: { byOrganisation: Record<string, Record<string, { n: number; dontKnow: number; mean: number; median: number; sd: number | null; min: number; max: number }>> };
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/field-scenario.json', import.meta.url), 'utf8')) as Fixture;

const scored: ScoredAssessment[] = fixture.assessments.map((a) => ({
  id: a.key,
  organisationId: a.organisation,
  round: a.round,
  answers: new Map(Object.entries(a.scores)),
}));

describe('analysis against the field scenario', () => {
  for (const [org, items] of Object.entries(fixture.expected.byOrganisation)) {
    it(`reproduces every statistic of ${org}`, () => {
      const p = analyseProfile(
        DEFAULT_TUOC,
        scored.filter((a) => a.organisationId === org && a.round === 'baseline'),
      );
      expect(p.respondents).toBe(3);
      for (const [itemId, want] of Object.entries(items)) {
        const got = p.items.find((i) => i.itemId === itemId)!.stats;
        expect({ ...got, mean: round(got.mean), median: round(got.median), sd: round(got.sd) }, `${org} ${itemId}`).toEqual({ ...want, sd: want.sd === null ? null : round(want.sd) });
      }
    });
  }

  it('groups follow the framework and highlight priorities and disputes', () => {
    const p = analyseProfile(
      DEFAULT_TUOC,
      scored.filter((a) => a.organisationId === 'ORG-B'),
    );
    expect(p.groups.map((g) => g.groupId)).toEqual(['influence', 'internal', 'relate', 'principles']);
    expect(lowestItems(p, 1)[0]!.itemId).toBe('structures-procedures');
    expect(mostDisputed(p, 1)[0]!.itemId).toBe('resource-mobilisation');
    expect(highestItems(p, 3)).toHaveLength(3);
    const all = analyseProfile(DEFAULT_TUOC, scored);
    expect(all.respondents).toBe(12);
    expect(all.items).toHaveLength(15);
  });
});
