import { frameworkItems, type FrameworkDocument } from './schema.ts';
import { itemStats, meanOfMeans, type ItemStats } from '../stats.ts';

export interface ScoredAssessment {
  id: string;
  organisationId: string;
  round: string;
  /** item id → value, or null for "don't know"; items not answered are absent. */
  answers: ReadonlyMap<string, number | null>;
}

export interface ProfileAnalysis {
  respondents: number;
  items: { itemId: string; groupId: string; stats: ItemStats }[];
  groups: { groupId: string; mean: number | null }[];
  overall: number | null;
}

/** Per item and per group statistics over a set of assessments answering one framework. */
export function analyseProfile(framework: FrameworkDocument, assessments: readonly ScoredAssessment[]): ProfileAnalysis {
  const items = frameworkItems(framework).map((item) => ({
    itemId: item.id,
    groupId: item.groupId,
    stats: itemStats(assessments.filter((a) => a.answers.has(item.id)).map((a) => a.answers.get(item.id)!)),
  }));
  const groups = framework.groups.map((g) => ({ groupId: g.id, mean: meanOfMeans(items.filter((i) => i.groupId === g.id).map((i) => i.stats)) }));
  return { respondents: assessments.length, items, groups, overall: meanOfMeans(items.map((i) => i.stats)) };
}

/** Candidate priorities: the lowest means first (ties: larger spread first, since it needs talking). */
export function lowestItems(p: ProfileAnalysis, count = 3) {
  return p.items
    .filter((i) => i.stats.mean !== null)
    .sort((a, b) => a.stats.mean! - b.stats.mean! || (b.stats.sd ?? 0) - (a.stats.sd ?? 0))
    .slice(0, count);
}

export function highestItems(p: ProfileAnalysis, count = 3) {
  return p.items
    .filter((i) => i.stats.mean !== null)
    .sort((a, b) => b.stats.mean! - a.stats.mean! || (a.stats.sd ?? 0) - (b.stats.sd ?? 0))
    .slice(0, count);
}

/** Where respondents disagree most: the largest standard deviations (two answers or more). */
export function mostDisputed(p: ProfileAnalysis, count = 3) {
  return p.items
    .filter((i) => i.stats.sd !== null && i.stats.sd > 0)
    .sort((a, b) => b.stats.sd! - a.stats.sd!)
    .slice(0, count);
}
