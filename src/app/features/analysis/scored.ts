import type { ScoredAssessment } from '../../../shared/framework/analysis.ts';
import { countedScores } from '../../../shared/framework/counted-scores.ts';
import type { Assessment, Score } from '../../../shared/schemas/records.ts';

/** Join assessments with their scores, for the analysis: only the scores their assessment's author wrote count. */
export function toScored(assessments: readonly Assessment[], scores: readonly Score[]): ScoredAssessment[] {
  const byAssessment = new Map<string, Map<string, number | null>>();
  for (const s of countedScores(assessments, scores)) {
    let answers = byAssessment.get(s.assessmentId);
    if (!answers) byAssessment.set(s.assessmentId, (answers = new Map<string, number | null>()));
    answers.set(s.itemId, s.value);
  }
  return assessments.map((a) => ({ id: a.id, organisationId: a.organisationId, round: a.round, answers: byAssessment.get(a.id) ?? new Map() }));
}

/** Rounds in the order they first appear (baseline before follow-up in practice). */
export function roundsOf(assessments: readonly Pick<Assessment, 'round'>[]): string[] {
  return [...new Set(assessments.map((a) => a.round))];
}
