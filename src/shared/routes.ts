/** The app's URLs and their parser: pure, so the server can tell which screen a deep link opens. */
import { UUID_V7 } from './ids.ts';

export const WORKSHOP_SECTIONS = ['overview', 'details', 'agenda', 'people', 'notes', 'scoring', 'analysis', 'priorities', 'practices', 'report'] as const;
export type WorkshopSection = (typeof WORKSHOP_SECTIONS)[number];

export type Route =
  | { name: 'home' }
  | { name: 'newWorkshop' }
  | { name: 'frameworks' }
  | { name: 'compendium'; theme: string }
  | { name: 'compendiumReport'; theme: string }
  | { name: 'projects' }
  | { name: 'project'; id: string }
  | { name: 'settings' }
  | { name: 'join' }
  | { name: 'workshop'; id: string; section: WorkshopSection }
  | { name: 'score'; id: string; assessmentId: string }
  | { name: 'notFound' };

export const paths = {
  home: () => '/',
  newWorkshop: () => '/workshops/new',
  frameworks: () => '/frameworks',
  /** A theme is a key or a facilitator's own words, so it travels encoded. */
  compendium: (theme = '') => (theme ? `/compendium/${encodeURIComponent(theme)}` : '/compendium'),
  compendiumReport: (theme: string) => `/compendium/${encodeURIComponent(theme)}/report`,
  projects: () => '/projects',
  project: (id: string) => `/projects/${id}`,
  settings: () => '/settings',
  join: () => '/join',
  score: (id: string, assessmentId: string) => `/workshops/${id}/score/${assessmentId}`,
  workshop: (id: string, section: WorkshopSection = 'overview') =>
    section === 'overview' ? `/workshops/${id}` : `/workshops/${id}/${section}`,
};

export function parseRoute(path: string): Route {
  if (path === '/' || path === '') return { name: 'home' };
  if (path === paths.newWorkshop()) return { name: 'newWorkshop' };
  if (path === paths.frameworks()) return { name: 'frameworks' };
  if (path === paths.settings()) return { name: 'settings' };
  if (path === paths.join()) return { name: 'join' };
  const project = /^\/projects(?:\/([^/]+))?\/?$/.exec(path);
  if (project) {
    if (project[1] === undefined) return { name: 'projects' };
    if (UUID_V7.test(project[1])) return { name: 'project', id: project[1] };
  }
  const compendium = /^\/compendium(?:\/([^/]+))?(\/report)?\/?$/.exec(path);
  if (compendium) {
    const theme = decodeSegment(compendium[1] ?? '');
    if (theme === undefined || (compendium[2] && !theme)) return { name: 'notFound' };
    return compendium[2] ? { name: 'compendiumReport', theme } : { name: 'compendium', theme };
  }
  const score = /^\/workshops\/([^/]+)\/score\/([^/]+)\/?$/.exec(path);
  if (score && UUID_V7.test(score[1]!) && UUID_V7.test(score[2]!)) return { name: 'score', id: score[1]!, assessmentId: score[2]! };
  const m = /^\/workshops\/([^/]+)(?:\/([a-z]+))?\/?$/.exec(path);
  if (m && UUID_V7.test(m[1]!)) {
    const section = (m[2] ?? 'overview') as WorkshopSection;
    if ((WORKSHOP_SECTIONS as readonly string[]).includes(section)) return { name: 'workshop', id: m[1]!, section };
  }
  return { name: 'notFound' };
}

function decodeSegment(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}
