import type { EditableOf } from '../../../shared/schemas/kinds.ts';
import type { FrameworkDocument } from '../../../shared/framework/schema.ts';
import { ROUND_PRESETS } from '../../../shared/schemas/records.ts';

export interface AssessmentDraft {
  organisationId: string;
  /** "baseline", "follow-up", or OTHER_ROUND with `roundOther`. */
  roundChoice: string;
  roundOther: string;
  respondentId: string;
}

export const OTHER_ROUND = 'other';

/** A round as the form's choice: a preset, or "other" with its name. */
export const roundDraft = (round: string): Pick<AssessmentDraft, 'roundChoice' | 'roundOther'> =>
  (ROUND_PRESETS as readonly string[]).includes(round) ? { roundChoice: round, roundOther: '' } : { roundChoice: OTHER_ROUND, roundOther: round };

/** A new assessment counts for the workshop's current round ('baseline' until a follow-up round starts). */
export const emptyAssessmentDraft = (round = 'baseline'): AssessmentDraft => ({ organisationId: '', ...roundDraft(round), respondentId: '' });

export function draftToAssessment(d: AssessmentDraft, framework: FrameworkDocument, anonymous: boolean): EditableOf<'assessment'> {
  return {
    // An empty organisation id fails the schema, which says so next to the field.
    organisationId: d.organisationId,
    round: (d.roundChoice === OTHER_ROUND ? d.roundOther : d.roundChoice).trim(),
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    submitted: false,
    respondentId: (!anonymous && d.respondentId) || undefined,
  };
}
