import { creatorOf } from '../hlc.ts';

interface Stamped {
  createdAt: string;
}

/**
 * Whether a score counts for its assessment: only when the device that created the assessment also
 * created the score. A participant's phone answers the assessments it made, and a facilitator's
 * tablet those it made (passed round, or paper forms typed in), so an answer another device added
 * to someone else's assessment never counts in the analysis, the exports or the report. A record's
 * creator is the device of its creation stamp, the earliest of its stamps: a device's clock moves
 * past every stamp it receives, so an edit made after seeing the record never takes that place.
 */
function countsFor(score: Stamped, assessment: Stamped): boolean {
  const by = creatorOf(score);
  return by !== undefined && by === creatorOf(assessment);
}

/** The scores that count: those whose assessment is among `assessments` and who share its creator. */
export function countedScores<S extends Stamped & { assessmentId: string }>(assessments: readonly (Stamped & { id: string })[], scores: readonly S[]): S[] {
  const byId = new Map(assessments.map((a) => [a.id, a]));
  return scores.filter((s) => {
    const a = byId.get(s.assessmentId);
    return a !== undefined && countsFor(s, a);
  });
}
