import { describe, expect, expectTypeOf, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  lazyScreens,
  parseRoute,
  participantScreen,
  paths,
  PARTICIPANT_SECTIONS,
  ROUTES,
  screenCode,
  screenKey,
  WORKSHOP_SECTIONS,
  type Route,
  type ScreenName,
  type WorkshopSection,
} from '../../../src/app/routes.ts';
import { PARAMS } from '../../../src/shared/routes.ts';
import { KIND_RULES } from '../../../src/shared/schemas/kind-rules.ts';

describe('compendium and report addresses', () => {
  it('round-trip a theme that is a key or a facilitator’s own words', () => {
    for (const theme of ['social-protection', 'Protección social / économie informelle #2', 'الحماية الاجتماعية']) {
      expect(parseRoute(new URL(paths.compendium(theme), 'http://x').pathname)).toEqual({ name: 'compendium', theme });
      expect(parseRoute(new URL(paths.compendiumReport(theme), 'http://x').pathname)).toEqual({ name: 'compendiumReport', theme });
    }
  });

  it('opens the compendium without a theme, and refuses a report without one or a broken address', () => {
    expect(parseRoute('/compendium')).toEqual({ name: 'compendium', theme: '' });
    expect(parseRoute('/compendium//report')).toEqual({ name: 'notFound' });
    expect(parseRoute('/compendium/%E0%A4%A/report')).toEqual({ name: 'notFound' });
  });

  it('has a report section in every workshop', () => {
    const id = '0192f1a2-3b4c-7d5e-8f60-718293a4b5c6';
    expect(parseRoute(paths.workshop(id, 'report'))).toEqual({ name: 'workshop', id, section: 'report' });
  });
});

describe('the route table', () => {
  const id = '0192f1a2-3b4c-7d5e-8f60-718293a4b5c6';
  const other = '0192f1a2-3b4c-7d5e-9f60-718293a4b5c7';

  it('opens the same screen for every path it builds', () => {
    const built: [string, Route][] = [
      [paths.home(), { name: 'home' }],
      [paths.newWorkshop(), { name: 'newWorkshop' }],
      [paths.frameworks(), { name: 'frameworks' }],
      [paths.settings(), { name: 'settings' }],
      [paths.join(), { name: 'join' }],
      [paths.projects(), { name: 'projects' }],
      [paths.project(id), { name: 'project', id }],
      [paths.compendium(), { name: 'compendium', theme: '' }],
      [paths.score(id, other), { name: 'score', id, assessmentId: other }],
      ...WORKSHOP_SECTIONS.map((section): [string, Route] => [paths.workshop(id, section), { name: 'workshop', id, section }]),
    ];
    for (const [path, route] of built) expect(parseRoute(path), path).toEqual(route);
    expect(paths.workshop(id)).toBe(`/workshops/${id}`);
    expect(paths.workshop(id, 'overview')).toBe(`/workshops/${id}`);
    expect(paths.score(id, other)).toBe(`/workshops/${id}/score/${other}`);
    expect(paths.compendiumReport('a b')).toBe('/compendium/a%20b/report');
  });

  it('allows a trailing slash where the path says so, and only there', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('//')).toEqual({ name: 'notFound' });
    for (const exact of ['/workshops/new/', '/frameworks/', '/settings/', '/join/']) expect(parseRoute(exact), exact).toEqual({ name: 'notFound' });
    expect(parseRoute('/projects/')).toEqual({ name: 'projects' });
    expect(parseRoute(`/projects/${id}/`)).toEqual({ name: 'project', id });
    expect(parseRoute('/compendium/')).toEqual({ name: 'compendium', theme: '' });
    expect(parseRoute('/compendium/x/report/')).toEqual({ name: 'compendiumReport', theme: 'x' });
    expect(parseRoute(`/workshops/${id}/`)).toEqual({ name: 'workshop', id, section: 'overview' });
    expect(parseRoute(`/workshops/${id}/notes/`)).toEqual({ name: 'workshop', id, section: 'notes' });
    expect(parseRoute(`/workshops/${id}/score/${other}/`)).toEqual({ name: 'score', id, assessmentId: other });
    expect(parseRoute(`/workshops/${id}//`)).toEqual({ name: 'notFound' });
  });

  it('refuses parameters of the wrong kind', () => {
    expect(parseRoute('/projects/not-an-id')).toEqual({ name: 'notFound' });
    expect(parseRoute('/workshops/new/notes')).toEqual({ name: 'notFound' });
    expect(parseRoute(`/workshops/${id}/Notes`)).toEqual({ name: 'notFound' });
    expect(parseRoute(`/workshops/${id}/score`)).toEqual({ name: 'notFound' });
    expect(parseRoute(`/workshops/${id}/score/not-an-id`)).toEqual({ name: 'notFound' });
    expect(parseRoute(`/workshops/${id.toUpperCase()}`)).toEqual({ name: 'notFound' });
    // A theme may be called "report".
    expect(parseRoute('/compendium/report')).toEqual({ name: 'compendium', theme: 'report' });
    expect(parseRoute('/compendium/report/report')).toEqual({ name: 'compendiumReport', theme: 'report' });
  });

  it('names only parameters it knows, and every screen takes its route’s parameters as props', () => {
    for (const [name, route] of Object.entries(ROUTES)) {
      const params = 'path' in route ? [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!) : [];
      for (const p of params) expect(Object.keys(PARAMS), `${name}: ${p}`).toContain(p);
      const component = /(\w+)\.tsx$/.exec(route.screen)![1]!;
      const source = readFileSync(join(import.meta.dirname, '../../../src/app', route.screen), 'utf8');
      const props = new RegExp(`export function ${component}\\((?:props: \\{([^}]*)\\})?\\)`).exec(source);
      expect(props, `${route.screen} exports ${component}`).not.toBeNull();
      if (!('path' in route)) continue;
      const build = paths[name as keyof typeof paths] as (...args: string[]) => string;
      const sample = parseRoute(build(...params.map((p) => (p === 'section' ? 'notes' : p === 'theme' ? 'x' : id))));
      expect(sample.name).toBe(name);
      const given = Object.keys(sample)
        .filter((k) => k !== 'name')
        .sort();
      expect([...(props![1] ?? '').matchAll(/(\w+)\??:/g)].map((m) => m[1]).sort(), name).toEqual(given);
    }
  });

  it('loads every screen past the first one lazily, and keeps a workshop’s screen across its sections', () => {
    const lazy = Object.entries(ROUTES)
      .filter(([, r]) => !('firstScreen' in r))
      .map(([name]) => name);
    expect(Object.keys(screenCode).sort()).toEqual(lazy.sort());
    expect(Object.keys(lazyScreens).sort()).toEqual(lazy.sort());
    expect(lazy).toContain('handRound');
    // The app's glob leaves out exactly the first screen's modules among the features' screens.
    const app = readFileSync(join(import.meta.dirname, '../../../src/app/routes.ts'), 'utf8');
    const globbed = /import\.meta\.glob<.*?>\(\[([^\]]*)\]\)/.exec(app)![1]!;
    expect([...globbed.matchAll(/'!\.\/([^']+)'/g)].map((m) => m[1])).toEqual(Object.values(ROUTES).flatMap((r) => ('firstScreen' in r && r.screen.startsWith('features/') ? [r.screen] : [])));
    expect(globbed).toContain("'./features/*/*Screen.tsx'");
    expect(screenKey(parseRoute(paths.workshop(id, 'notes')))).toBe(screenKey(parseRoute(paths.workshop(id))));
    expect(screenKey(parseRoute(paths.workshop(id)))).not.toBe(screenKey(parseRoute(paths.workshop(other))));
    expect(screenKey(parseRoute(paths.compendium('a')))).not.toBe(screenKey(parseRoute(paths.compendium('b'))));
    expect(screenKey(parseRoute(paths.compendium('a')))).not.toBe(screenKey(parseRoute(paths.compendiumReport('a'))));
  });
});

describe('a participant’s phone', () => {
  const id = '0192f1a2-3b4c-7d5e-8f60-718293a4b5c6';
  const shown = (path: string) => participantScreen(parseRoute(path));

  it('shows its own home, and a participant’s screens as they are', () => {
    expect(shown(paths.home())).toBe('participant');
    expect(shown(paths.settings())).toBe('settings');
    expect(shown(paths.join())).toBe('join');
    expect(shown(paths.score(id, id))).toBe('score');
    expect(shown('/nowhere')).toBe('notFound');
  });

  it('has the overview, their notes, scoring, their cards and plan drafts, and votes as a workshop’s tabs, in the workshop’s order', () => {
    expect([...PARTICIPANT_SECTIONS]).toEqual(WORKSHOP_SECTIONS.filter((s) => (PARTICIPANT_SECTIONS as readonly string[]).includes(s)));
    expect([...PARTICIPANT_SECTIONS]).toEqual(['overview', 'notes', 'scoring', 'priorities', 'votes']);
    for (const section of PARTICIPANT_SECTIONS) expect(shown(paths.workshop(id, section)), section).toBe('workshop');
  });

  it('shows a plain word, never a form, at a facilitator’s screen or section', () => {
    for (const path of [paths.newWorkshop(), paths.frameworks(), paths.compendium(), paths.compendiumReport('youth'), paths.projects(), paths.project(id)])
      expect(shown(path), path).toBe('participant');
    for (const section of ['details', 'agenda', 'people', 'analysis', 'practices', 'report'] as const) expect(shown(paths.workshop(id, section)), section).toBe('participant');
  });

  it('offers forms only for the kinds the server takes from a participant', () => {
    // The notes tab adds notes; scoring adds assessments and scores; SWOT and actions, the phone's
    // delegation, its cards and plan drafts; votes, its ballots.
    const writable = Object.entries(KIND_RULES)
      .filter(([, r]) => r.access.writers === 'participant')
      .map(([k]) => k)
      .sort();
    expect(writable).toEqual(['action', 'assessment', 'ballot', 'delegate', 'note', 'score', 'swot']);
  });
});

describe('the Route type', () => {
  it('follows from the table', () => {
    expectTypeOf<Extract<Route, { name: 'workshop' }>>().toEqualTypeOf<{ name: 'workshop'; id: string; section: WorkshopSection }>();
    expectTypeOf<Extract<Route, { name: 'score' }>>().toEqualTypeOf<{ name: 'score'; id: string; assessmentId: string }>();
    expectTypeOf<Extract<Route, { name: 'compendium' }>>().toEqualTypeOf<{ name: 'compendium'; theme: string }>();
    expectTypeOf<Extract<Route, { name: 'home' }>>().toEqualTypeOf<{ name: 'home' }>();
    // Screens no address opens: a device handed round, and what a participant's phone shows in place of others.
    expectTypeOf<Route['name']>().toEqualTypeOf<Exclude<ScreenName, 'handRound' | 'participant'>>();
    expectTypeOf(paths.workshop).parameters.toEqualTypeOf<[string, WorkshopSection?]>();
    expectTypeOf(paths.compendium).parameters.toEqualTypeOf<[string?]>();
    expectTypeOf(paths.score).parameters.toEqualTypeOf<[string, string]>();
  });
});
