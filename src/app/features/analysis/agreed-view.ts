import { agreedBeside, agreedFor, type AgreedEntry, type AgreedRow } from '../../../shared/framework/agreed.ts';
import type { ProfileAnalysis } from '../../../shared/framework/analysis.ts';
import { WHOLE_WORKSHOP, type ProfileChoice } from './analysis-view.ts';

/** The agreed scores beside a profile's items, when the profile is one organisation's: a group agrees for its own organisation only. */
export function agreedRowsFor(records: readonly AgreedEntry[], choice: ProfileChoice, analysis: ProfileAnalysis): AgreedRow[] | undefined {
  if (choice.organisationId === WHOLE_WORKSHOP) return undefined;
  return agreedBeside(analysis.items, agreedFor(records, choice.organisationId, choice.round));
}
