import type { EditableOf } from '../../../shared/schemas/kinds.ts';
import type { FrameworkDocument } from '../../../shared/framework/schema.ts';

export interface AssessmentDraft {
  organisationId: string;
  /** "baseline", "follow-up", or OTHER_ROUND with `roundOther`. */
  roundChoice: string;
  roundOther: string;
  respondentId: string;
}

export const OTHER_ROUND = 'other';

export const emptyAssessmentDraft = (): AssessmentDraft => ({ organisationId: '', roundChoice: 'baseline', roundOther: '', respondentId: '' });

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
