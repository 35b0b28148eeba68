import { describe, expect, it } from 'vitest';
import { countedScores } from '../../../../src/shared/framework/counted-scores.ts';
import { encodeHlc } from '../../../../src/shared/hlc.ts';

const at = (node: string, wall = Date.UTC(2026, 2, 10)) => encodeHlc({ wall, count: 0, node });

describe('counted scores', () => {
  it("a record's creator is the device of its creation stamp", () => {
    const assessment = { id: 'a1', createdAt: at('phone1') };
    const later = { id: 's1', assessmentId: 'a1', createdAt: at('phone1', Date.UTC(2027, 0, 1)) };
    const unstamped = { id: 's2', assessmentId: 'a1', createdAt: 'not a stamp' };
    expect(countedScores([assessment], [later, unstamped]).map((s) => s.id)).toEqual(['s1']);
    // Two records with no creation stamp have no creator in common.
    expect(countedScores([{ id: 'a2', createdAt: 'broken' }], [{ id: 's3', assessmentId: 'a2', createdAt: 'broken' }])).toEqual([]);
  });

  it("counts a score only when its assessment's creator created it too", () => {
    const mine = { id: 'a1', createdAt: at('phone1') };
    const theirs = { id: 'a2', createdAt: at('phone2') };
    const scores = [
      { id: 's1', assessmentId: 'a1', createdAt: at('phone1', Date.UTC(2026, 2, 11)) },
      // added to another person's assessment: never counted
      { id: 's2', assessmentId: 'a2', createdAt: at('phone1') },
      { id: 's3', assessmentId: 'a2', createdAt: at('phone2') },
      // an assessment that is not among those given (deleted, or another workshop's)
      { id: 's4', assessmentId: 'a3', createdAt: at('phone1') },
      { id: 's5', assessmentId: 'a1', createdAt: 'broken' },
    ];
    expect(countedScores([mine, theirs], scores).map((s) => s.id)).toEqual(['s1', 's3']);
  });
});
