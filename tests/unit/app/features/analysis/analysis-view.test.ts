import { describe, expect, it } from 'vitest';
import { profiles, WHOLE_WORKSHOP } from '../../../../../src/app/features/analysis/analysis-view.ts';
import { roundsOf, toScored } from '../../../../../src/app/features/analysis/scored.ts';
import { DEFAULT_TUOC } from '../../../../../src/shared/framework/default-tuoc.ts';
import { encodeHlc } from '../../../../../src/shared/hlc.ts';
import type { Assessment, Score } from '../../../../../src/shared/schemas/records.ts';

/** Each assessment and its answers come from one phone, as a participant's do. */
const made = (node: string) => encodeHlc({ wall: Date.UTC(2026, 2, 10), count: 0, node });
const a = (id: string, organisationId: string, round: string) => ({ id, organisationId, round, createdAt: made(`phone${id}`) }) as Assessment;
const s = (assessmentId: string, itemId: string, value: number | null, by = `phone${assessmentId}`) => ({ assessmentId, itemId, value, createdAt: made(by) }) as Score;

const assessments = [a('1', 'A', 'baseline'), a('2', 'A', 'baseline'), a('3', 'B', 'baseline'), a('4', 'A', 'follow-up')];
const scores = [s('1', 'autonomy', 2), s('2', 'autonomy', 4), s('3', 'autonomy', 5), s('4', 'autonomy', 5), s('2', 'coherence', null)];
const scored = toScored(assessments, scores);
const autonomy = (p: ReturnType<typeof profiles>['first']) => p.items.find((i) => i.itemId === 'autonomy')!.stats;

describe('analysis choices', () => {
  it('joins scores to assessments, "don’t know" included', () => {
    expect(scored[1]!.answers.get('coherence')).toBeNull();
    expect(roundsOf(assessments)).toEqual(['baseline', 'follow-up']);
  });

  it("counts only the answers the assessment's author wrote", () => {
    // another phone's answers added to assessment 1: an item it left open, and one it answered
    const added = [s('1', 'coherence', 5, 'phone2'), s('1', 'autonomy', 5, 'phone2')];
    expect(toScored(assessments, [...scores, ...added])).toEqual(scored);
    expect(scored[0]!.answers.get('autonomy')).toBe(2);
  });

  it('profiles one organisation, the whole workshop, and a comparison by round or organisation', () => {
    const org = profiles(DEFAULT_TUOC, scored, { organisationId: 'A', round: 'baseline' }, '');
    expect(org.first.respondents).toBe(2);
    expect(autonomy(org.first).mean).toBe(3);
    expect(org.second).toBeUndefined();
    expect(autonomy(profiles(DEFAULT_TUOC, scored, { organisationId: WHOLE_WORKSHOP, round: 'baseline' }, '').first).mean).toBeCloseTo(11 / 3);
    const rounds = profiles(DEFAULT_TUOC, scored, { organisationId: 'A', round: 'baseline' }, 'round:follow-up');
    expect(autonomy(rounds.second!.analysis).mean).toBe(5);
    const orgs = profiles(DEFAULT_TUOC, scored, { organisationId: 'A', round: 'baseline' }, 'org:B');
    expect(orgs.second!.choice).toEqual({ organisationId: 'B', round: 'baseline' });
    expect(autonomy(orgs.second!.analysis).n).toBe(1);
  });
});
