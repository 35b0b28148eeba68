import { analyseProfile, type ProfileAnalysis, type ScoredAssessment } from '../../../shared/framework/analysis.ts';
import type { FrameworkDocument } from '../../../shared/framework/schema.ts';

export const WHOLE_WORKSHOP = '';

export interface ProfileChoice {
  organisationId: string;
  round: string;
}

/** "org:<id>" or "round:<name>": what to lay over the main profile. */
export type Comparison = string;

export function selectAssessments(all: readonly ScoredAssessment[], c: ProfileChoice): ScoredAssessment[] {
  return all.filter((a) => (c.organisationId === WHOLE_WORKSHOP || a.organisationId === c.organisationId) && a.round === c.round);
}

/** The main profile and, when asked, a second one (another round, or another organisation in the same round). */
export function profiles(framework: FrameworkDocument, all: readonly ScoredAssessment[], main: ProfileChoice, compare: Comparison) {
  const first = analyseProfile(framework, selectAssessments(all, main));
  let second: { choice: ProfileChoice; analysis: ProfileAnalysis } | undefined;
  const [kind, value] = compare.split(/:(.*)/s);
  if (kind === 'round' && value !== undefined) second = { choice: { ...main, round: value }, analysis: analyseProfile(framework, selectAssessments(all, { ...main, round: value })) };
  if (kind === 'org' && value !== undefined) second = { choice: { ...main, organisationId: value }, analysis: analyseProfile(framework, selectAssessments(all, { ...main, organisationId: value })) };
  return { first, second };
}
