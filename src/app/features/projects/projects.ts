import type { Project } from '../../../shared/schemas/records.ts';
import { searchable } from '../notes/index.ts';

export interface ProjectFilter {
  query: string;
  country: string;
  theme: string;
  /** A donor as folded by `searchable`: "Norway" and "NORWAY" are one donor. */
  donor: string;
  status: string;
}

export const emptyProjectFilter = (): ProjectFilter => ({ query: '', country: '', theme: '', donor: '', status: '' });

/** Projects by reference, the way a directory of codes reads. */
export const byReference = (a: Project, b: Project): number => a.reference.localeCompare(b.reference) || a.title.localeCompare(b.title);

/** The words a project is found by: its code, title, organisations, contact, and the country and theme names given. */
function projectText(p: Project, names: { country: (code: string) => string; theme: (key: string) => string }): string {
  return searchable([p.reference, p.title, p.donor, p.implementer ?? '', p.contact ?? '', ...p.partners, ...p.countries.map(names.country), ...p.themes.map(names.theme)].join(' \n '));
}

/**
 * Projects matching every set criterion; the search ignores case and accents and matches all its
 * words in any order. Country and theme names come in the reader's language.
 */
export function filterProjects(projects: readonly Project[], f: ProjectFilter, names: { country: (code: string) => string; theme: (key: string) => string }): Project[] {
  const words = searchable(f.query).split(/\s+/).filter(Boolean);
  return projects.filter(
    (p) =>
      (!f.country || p.countries.includes(f.country)) &&
      (!f.theme || p.themes.includes(f.theme)) &&
      (!f.donor || searchable(p.donor.trim()) === f.donor) &&
      (!f.status || p.status === f.status) &&
      (words.length === 0 || words.every((w) => projectText(p, names).includes(w))),
  );
}

/** What the filters can offer: only values some project has. Donors are keyed by their folded name, shown as first written. */
export function projectFilterChoices(projects: readonly Project[]) {
  const donors = new Map<string, string>();
  for (const p of projects) {
    const name = p.donor.trim();
    if (name && !donors.has(searchable(name))) donors.set(searchable(name), name);
  }
  return {
    countries: [...new Set(projects.flatMap((p) => p.countries))].sort(),
    themes: [...new Set(projects.flatMap((p) => p.themes))].sort(),
    donors: [...donors].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name)),
    statuses: [...new Set(projects.map((p) => p.status))],
  };
}
