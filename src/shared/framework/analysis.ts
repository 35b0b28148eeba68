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
  /** Per dimension (principle), in the framework's order; empty when the framework has none. */
  dimensions: { dimensionId: string; stats: ItemStats }[];
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
  return { respondents: assessments.length, items, groups, dimensions: analyseDimensions(framework, assessments), overall: meanOfMeans(items.map((i) => i.stats)) };
}

/**
 * The items that count toward each dimension: those mapped to it, and those mapped to one of its
 * facets (an item about financial sustainability counts for sustainability as a whole).
 */
function dimensionItems(framework: FrameworkDocument): Map<string, string[]> {
  const parentOf = new Map((framework.dimensions ?? []).map((d) => [d.id, d.parent]));
  const out = new Map<string, string[]>((framework.dimensions ?? []).map((d) => [d.id, []]));
  for (const item of frameworkItems(framework)) {
    const targets = new Set((item.dimensions ?? []).flatMap((d) => [d, ...(parentOf.get(d) ? [parentOf.get(d)!] : [])]));
    for (const d of targets) out.get(d)?.push(item.id);
  }
  return out;
}

/**
 * Per-dimension statistics pool every answer given to the items that count toward it: the mean
 * and standard deviation are those of all those answers together (each answer weighs the same),
 * so a principle many statements speak to is measured on more evidence.
 */
function analyseDimensions(framework: FrameworkDocument, assessments: readonly ScoredAssessment[]) {
  return [...dimensionItems(framework)].map(([dimensionId, itemIds]) => ({
    dimensionId,
    stats: itemStats(assessments.flatMap((a) => itemIds.filter((id) => a.answers.has(id)).map((id) => a.answers.get(id)!))),
  }));
}

/** Statements where two profiles differ most (by the difference of their means), largest first. */
export function largestDifferences(a: ProfileAnalysis, b: ProfileAnalysis, count = 5) {
  const other = new Map(b.items.map((i) => [i.itemId, i.stats.mean]));
  return a.items
    .flatMap((i) => {
      const m = other.get(i.itemId);
      return i.stats.mean !== null && m !== null && m !== undefined ? [{ itemId: i.itemId, first: i.stats.mean, second: m, gap: Math.abs(i.stats.mean - m) }] : [];
    })
    .filter((d) => d.gap > 0)
    .sort((x, y) => y.gap - x.gap || x.itemId.localeCompare(y.itemId))
    .slice(0, count);
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
