import type { Organisation, Practice, Project, Workshop } from '../../../shared/schemas/records.ts';
import { searchable as foldText } from '../notes/index.ts';

/** Everything on this device the compendium draws from (a coordinator's device holds every workshop). */
export interface CompendiumSource {
  workshops: readonly Workshop[];
  practices: readonly Practice[];
  organisations: readonly Organisation[];
  projects: readonly Project[];
}

/** A practice card read as a case, with what it refers to resolved. */
export interface CompendiumEntry {
  practice: Practice;
  workshop: Workshop;
  organisations: Organisation[];
  countries: string[];
  projects: Project[];
  /** Cards merged into this one, with their workshops: the case was reported there too. */
  mergedFrom: { practice: Practice; workshop: Workshop | undefined }[];
  year: string;
}

export interface CompendiumFilter {
  theme: string;
  includeReviewed: boolean;
  country: string;
  /** An organisation key (see organisationKey): one union is a separate record in each workshop. */
  organisation: string;
  capacity: string;
  workshopId: string;
  year: string;
  query: string;
}

export const emptyFilter = (theme: string): CompendiumFilter => ({ theme, includeReviewed: false, country: '', organisation: '', capacity: '', workshopId: '', year: '', query: '' });

/** The same union across workshops: its acronym (or name) and country, ignoring case and accents. */
export const organisationKey = (o: Pick<Organisation, 'name' | 'acronym' | 'country'>) => `${foldText(o.acronym || o.name)}|${o.country}`;

/** Every theme of the workshops on this device, each once. */
export function compendiumThemes(workshops: readonly Workshop[]): string[] {
  return [...new Set(workshops.map((w) => w.theme))].sort((a, b) => a.localeCompare(b));
}

/** Resolve practice cards against everything they refer to (workshop, organisations, projects, merged cards). */
export function entryResolver(src: CompendiumSource): (p: Practice) => CompendiumEntry | undefined {
  const workshops = new Map(src.workshops.map((w) => [w.id, w]));
  const orgs = new Map(src.organisations.map((o) => [o.id, o]));
  const projects = new Map(src.projects.map((p) => [p.id, p]));
  const merged = new Map<string, Practice[]>();
  for (const p of src.practices) if (p.mergedInto) merged.set(p.mergedInto, [...(merged.get(p.mergedInto) ?? []), p]);
  return (practice) => {
    const workshop = workshops.get(practice.workshopId);
    if (!workshop) return undefined;
    // One union is a record in each workshop: a card merged from two names it once (the first).
    const named = new Set<string>();
    const organisations = practice.organisationIds.flatMap((id) => {
      const o = orgs.get(id);
      if (!o || named.has(organisationKey(o))) return [];
      named.add(organisationKey(o));
      return [o];
    });
    const countries = [...new Set(organisations.map((o) => o.country).filter(Boolean))];
    return {
      practice,
      workshop,
      organisations,
      countries: countries.length ? countries : workshop.country ? [workshop.country] : [],
      projects: practice.projectIds.flatMap((id) => projects.get(id) ?? []),
      mergedFrom: (merged.get(practice.id) ?? []).map((p) => ({ practice: p, workshop: workshops.get(p.workshopId) })),
      year: workshop.startDate.slice(0, 4),
    };
  };
}

/**
 * The cards of a theme's compendium, resolved, in curated order: cards with a place first (lowest
 * first), then the others, newest first. Merged duplicates show only inside the card they joined.
 */
export function themeEntries(src: CompendiumSource, theme: string, includeReviewed: boolean): CompendiumEntry[] {
  const resolve = entryResolver(src);
  const inTheme = new Set(src.workshops.filter((w) => w.theme === theme).map((w) => w.id));
  const wanted = (p: Practice) => p.status === 'compendium' || (includeReviewed && p.status === 'reviewed');
  const shown = new Set(src.practices.filter((p) => inTheme.has(p.workshopId) && wanted(p) && !p.mergedInto).map((p) => p.id));
  // A card merged into one that is gone (deleted, or back to draft) shows again on its own.
  const hidden = (p: Practice) => p.mergedInto !== undefined && shown.has(p.mergedInto);
  return src.practices
    .filter((p) => inTheme.has(p.workshopId) && !hidden(p) && wanted(p))
    .flatMap((p) => resolve(p) ?? [])
    .sort(byCuratedOrder);
}

function byCuratedOrder(a: CompendiumEntry, b: CompendiumEntry): number {
  const oa = a.practice.compendiumOrder;
  const ob = b.practice.compendiumOrder;
  if (oa !== undefined && ob !== undefined && oa !== ob) return oa - ob;
  if (oa !== undefined && ob === undefined) return -1;
  if (oa === undefined && ob !== undefined) return 1;
  return b.practice.createdAt.localeCompare(a.practice.createdAt);
}

const entryText = (e: CompendiumEntry) =>
  foldText(
    [
      e.practice.title,
      e.practice.context,
      e.practice.approach,
      e.practice.results,
      e.practice.sustainability,
      e.workshop.title,
      ...e.organisations.flatMap((o) => [o.name, o.acronym]),
      ...e.projects.map((p) => p.reference),
    ].join(' \n '),
  );

/** Narrow a theme's entries by the other filters; the search ignores case and accents. */
export function filterEntries(entries: readonly CompendiumEntry[], f: CompendiumFilter): CompendiumEntry[] {
  const words = foldText(f.query).split(/\s+/).filter(Boolean);
  return entries.filter(
    (e) =>
      (!f.country || e.countries.includes(f.country)) &&
      (!f.organisation || e.organisations.some((o) => organisationKey(o) === f.organisation)) &&
      (!f.capacity || e.practice.capacities.includes(f.capacity)) &&
      (!f.workshopId || e.workshop.id === f.workshopId) &&
      (!f.year || e.year === f.year) &&
      (words.length === 0 || words.every((w) => entryText(e).includes(w))),
  );
}

/** What the filters can offer, from a theme's entries. */
export function filterChoices(entries: readonly CompendiumEntry[]) {
  const orgs = new Map<string, Organisation>();
  for (const e of entries) for (const o of e.organisations) if (!orgs.has(organisationKey(o))) orgs.set(organisationKey(o), o);
  const workshops = new Map(entries.map((e) => [e.workshop.id, e.workshop]));
  return {
    countries: [...new Set(entries.flatMap((e) => e.countries))].sort(),
    organisations: [...orgs].map(([key, o]) => ({ key, organisation: o })),
    capacities: [...new Set(entries.flatMap((e) => e.practice.capacities))],
    workshops: [...workshops.values()].sort((a, b) => b.startDate.localeCompare(a.startDate)),
    years: [...new Set(entries.map((e) => e.year))].sort().reverse(),
  };
}

/** The figures at the top of a compendium: how many cases, from how many unions and countries, and what they strengthen. */
export function compendiumSummary(entries: readonly CompendiumEntry[]) {
  const capacities = new Map<string, number>();
  for (const e of entries) for (const c of e.practice.capacities) capacities.set(c, (capacities.get(c) ?? 0) + 1);
  return {
    practices: entries.length,
    organisations: new Set(entries.flatMap((e) => e.organisations.map(organisationKey))).size,
    countries: new Set(entries.flatMap((e) => e.countries)).size,
    capacities: [...capacities].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
  };
}

/**
 * Move one entry up or down: every entry gets its place in the new order, so the order holds on
 * every device after sync. Only entries whose place changes are returned (one write each).
 */
export function reorder(entries: readonly CompendiumEntry[], index: number, delta: -1 | 1): { id: string; compendiumOrder: number }[] {
  const target = index + delta;
  if (target < 0 || target >= entries.length) return [];
  const ids = entries.map((e) => e.practice.id);
  [ids[index], ids[target]] = [ids[target]!, ids[index]!];
  const current = new Map(entries.map((e) => [e.practice.id, e.practice.compendiumOrder]));
  return ids.flatMap((id, i) => (current.get(id) === i + 1 ? [] : [{ id, compendiumOrder: i + 1 }]));
}

type MergeFields = Pick<Practice, 'context' | 'approach' | 'results' | 'sustainability' | 'capacities' | 'organisationIds' | 'projectIds'>;

const joinText = (a: string, b: string) => (!b.trim() || a.includes(b) ? a : !a.trim() ? b : `${a}\n\n${b}`);
const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/**
 * Merging a duplicate into the card that stays: the kept card gains the duplicate's organisations,
 * projects and capacities, and any text it lacks; the duplicate is marked merged, not deleted, so
 * the merge can be undone and its source workshop still shows.
 */
export function mergeFields(keep: Practice, duplicate: Practice): MergeFields {
  return {
    context: joinText(keep.context, duplicate.context),
    approach: joinText(keep.approach, duplicate.approach),
    results: joinText(keep.results, duplicate.results),
    sustainability: joinText(keep.sustainability, duplicate.sustainability),
    capacities: union(keep.capacities, duplicate.capacities),
    organisationIds: union(keep.organisationIds, duplicate.organisationIds),
    projectIds: union(keep.projectIds, duplicate.projectIds),
  };
}
