import { describe, expect, it } from 'vitest';
import { agreedBeside, agreedDiffers, agreedFor, agreedSummary, type AgreedEntry } from '../../../src/shared/framework/agreed.ts';
import { analyseProfile, type ScoredAssessment } from '../../../src/shared/framework/analysis.ts';
import { DEFAULT_TUOC } from '../../../src/shared/framework/default-tuoc.ts';
import { itemStats } from '../../../src/shared/stats.ts';

const entry = (itemId: string, value: number | null, justification = '', organisationId = 'A', round = 'baseline'): AgreedEntry => ({ organisationId, itemId, round, value, justification });
const item = (itemId: string, answers: (number | null)[]) => ({ itemId, stats: itemStats(answers) });

describe('an agreed score beside the individual mean', () => {
  it.each([
    { name: 'exactly one point above is not flagged', agreed: 4, mean: 3, differs: false },
    { name: 'exactly one point below is not flagged', agreed: 2, mean: 3, differs: false },
    { name: '1.01 above is flagged', agreed: 4, mean: 2.99, differs: true },
    { name: '1.01 below is flagged', agreed: 2, mean: 3.01, differs: true },
    { name: 'half a point is not flagged', agreed: 4, mean: 3.5, differs: false },
    { name: '"could not agree" is never flagged', agreed: null, mean: 1, differs: false },
    { name: 'no individual scores is never flagged', agreed: 5, mean: null, differs: false },
  ])('$name', ({ agreed, mean, differs }) => {
    expect(agreedDiffers(agreed, mean)).toBe(differs);
  });

  it('a gap of one that floating point makes a hair larger is still one', () => {
    // 2.2 as the mean of 2, 2, 2, 2, 3 is 2.2 exactly in decimals, not in binary
    const mean = itemStats([2, 2, 2, 2, 3]).mean!;
    expect(agreedDiffers(3.2, mean)).toBe(false);
    expect(agreedDiffers(1, 2.0000000000000004)).toBe(false);
  });

  it('lists every item in the profile’s order, with mean, spread, agreed score and justification', () => {
    const rows = agreedBeside(
      [item('autonomy', [2, 3, 2]), item('coherence', [4, 4]), item('sustainability', []), item('transparency-accountability', [3, null])],
      agreedFor([entry('autonomy', 4, 'Congress decides alone'), entry('coherence', null, 'Two views in the room'), entry('sustainability', 3), entry('autonomy', 1, '', 'B')], 'A', 'baseline'),
    );
    expect(rows.map((r) => r.itemId)).toEqual(['autonomy', 'coherence', 'sustainability', 'transparency-accountability']);
    expect(rows[0]).toMatchObject({ mean: 7 / 3, n: 3, recorded: true, agreed: 4, justification: 'Congress decides alone', differs: true });
    expect(rows[0]!.sd).toBeCloseTo(0.5774, 4);
    // Could not agree: recorded, no score, never flagged
    expect(rows[1]).toMatchObject({ mean: 4, recorded: true, agreed: null, justification: 'Two views in the room', differs: false });
    // Agreed although nobody scored it on their own
    expect(rows[2]).toMatchObject({ mean: null, sd: null, n: 0, recorded: true, agreed: 3, differs: false });
    // Not recorded yet ("don't know" answers do not count toward the mean)
    expect(rows[3]).toMatchObject({ mean: 3, n: 1, recorded: false, agreed: null, justification: '', differs: false });
    expect(agreedSummary(rows)).toEqual({ total: 4, agreed: 2, couldNotAgree: 1, differing: 1 });
  });

  it('takes only the chosen organisation and round', () => {
    const all = [entry('autonomy', 4), entry('autonomy', 2, '', 'B'), entry('autonomy', 5, '', 'A', 'follow-up')];
    expect(agreedFor(all, 'A', 'baseline').get('autonomy')?.value).toBe(4);
    expect(agreedFor(all, 'A', 'follow-up').get('autonomy')?.value).toBe(5);
    expect(agreedFor(all, 'C', 'baseline').size).toBe(0);
  });

  it('works on a whole framework profile', () => {
    const scored: ScoredAssessment[] = [
      { id: '1', organisationId: 'A', round: 'baseline', answers: new Map([['autonomy', 2]]) },
      { id: '2', organisationId: 'A', round: 'baseline', answers: new Map([['autonomy', 3]]) },
    ];
    const rows = agreedBeside(analyseProfile(DEFAULT_TUOC, scored).items, agreedFor([entry('autonomy', 4)], 'A', 'baseline'));
    expect(rows).toHaveLength(15);
    expect(rows.find((r) => r.itemId === 'autonomy')).toMatchObject({ mean: 2.5, agreed: 4, differs: true });
    expect(agreedSummary(rows)).toMatchObject({ total: 15, agreed: 1, differing: 1 });
  });
});
