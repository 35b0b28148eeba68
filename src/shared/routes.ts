/**
 * The app's route table: each screen, its address and its module. The app's router, its lazily
 * loaded screens and the server's preload hints for deep links all read it, so adding a screen is
 * one entry here (and the screen's module). Pure, so the server can tell which screen a deep link opens.
 */
import { UUID_V7 } from './ids.ts';

export const WORKSHOP_SECTIONS = ['overview', 'details', 'agenda', 'people', 'notes', 'scoring', 'analysis', 'priorities', 'votes', 'practices', 'report'] as const;
export type WorkshopSection = (typeof WORKSHOP_SECTIONS)[number];

/** A kind of URL parameter: what a path segment must be to stand for a value, and how a value is written. */
interface Param<T extends string> {
  /** The value a path segment stands for, or undefined when it stands for none. */
  read(segment: string): T | undefined;
  write(value: T): string;
  /** An optional parameter's value when the path leaves it out (a path leaves it out when it has this value). */
  absent?: T;
  /** Moving to another value keeps the screen and its data: a workshop's sections are tabs of one screen. */
  keepsScreen?: true;
}

const uuid: Param<string> = { read: (s) => (UUID_V7.test(s) ? s : undefined), write: (v) => v };
/** A theme is a key or a facilitator's own words, so it travels encoded. */
const text: Param<string> = { read: decodeSegment, write: encodeURIComponent, absent: '' };
const section: Param<WorkshopSection> = { read: (s) => WORKSHOP_SECTIONS.find((x) => x === s), write: (v) => v, absent: 'overview', keepsScreen: true };

/** URL parameters by name: a route's path names them, so a route's type follows from its path. */
export const PARAMS = { id: uuid, assessmentId: uuid, theme: text, section };
type ParamName = keyof typeof PARAMS;
type ValueOf<K> = K extends ParamName ? ((typeof PARAMS)[K] extends Param<infer T> ? T : never) : never;

interface Screen {
  /**
   * The screen's address in URLPattern syntax: `:name` a parameter (its kind is `PARAMS[name]`),
   * `:name?` one a path may leave out (last only), `{/}?` at the end a trailing slash allowed.
   * No path: the screen is not reached by an address.
   */
  path?: string;
  /** Its module under src/app, exporting a component named as the file that takes the route's parameters as props. */
  screen: string;
  /** Loaded with the app; every other screen is a chunk of its own, loaded when first needed. */
  firstScreen?: true;
  /** A participant's phone shows it too; for any other, it shows what `participantScreen` says. */
  participant?: true;
}

/**
 * Every screen of the app. No two paths match the same address, so their order is only the order
 * in which the app fetches the screens after the first one (see `preloadScreens`).
 */
export const ROUTES = {
  home: { path: '/', screen: 'features/workshop/HomeScreen.tsx', firstScreen: true },
  newWorkshop: { path: '/workshops/new', screen: 'features/workshop/NewWorkshopScreen.tsx' },
  workshop: { path: '/workshops/:id/:section?{/}?', screen: 'features/workshop/WorkshopScreen.tsx', participant: true },
  score: { path: '/workshops/:id/score/:assessmentId{/}?', screen: 'features/scoring/ScoreScreen.tsx', participant: true },
  join: { path: '/join', screen: 'features/join/JoinScreen.tsx', participant: true },
  settings: { path: '/settings', screen: 'features/settings/SettingsScreen.tsx', participant: true },
  frameworks: { path: '/frameworks', screen: 'features/frameworks/FrameworksScreen.tsx' },
  compendium: { path: '/compendium/:theme?{/}?', screen: 'features/compendium/CompendiumScreen.tsx' },
  compendiumReport: { path: '/compendium/:theme/report{/}?', screen: 'features/compendium/CompendiumReportScreen.tsx' },
  projects: { path: '/projects{/}?', screen: 'features/projects/ProjectsScreen.tsx' },
  project: { path: '/projects/:id{/}?', screen: 'features/projects/ProjectScreen.tsx' },
  /** An organisation across every workshop and round on the device, by its record in one of them. */
  organisationHistory: { path: '/organisations/:id/history{/}?', screen: 'features/history/HistoryScreen.tsx' },
  /** A device handed round shows the current person's form, whatever the address (see App.tsx). */
  handRound: { screen: 'features/scoring/HandRoundScreen.tsx', participant: true },
  /** A participant's phone at the home address (the workshops it joined) or at a facilitator's (a plain word). */
  participant: { screen: 'features/workshop/ParticipantScreen.tsx', participant: true },
  /** Any address no path matches. */
  notFound: { screen: 'ui/NotFoundScreen.tsx', firstScreen: true, participant: true },
} as const satisfies Record<string, Screen>;

export type ScreenName = keyof typeof ROUTES;

/**
 * The sections of a workshop a participant's phone shows, in tab order: the server takes their own
 * notes, assessments and scores and nothing else, so every other section is the facilitator's.
 */
export const PARTICIPANT_SECTIONS = ['overview', 'notes', 'scoring', 'priorities', 'votes'] as const satisfies readonly WorkshopSection[];
export type ParticipantSection = (typeof PARTICIPANT_SECTIONS)[number];

/**
 * The screen a participant's phone shows for a route: a participant's screen as it is; for the home
 * screen, and for a facilitator's screen or section (whose forms the server would refuse), the
 * `participant` screen (the workshops it joined, or a plain word).
 */
export const participantScreen = (route: Route): ScreenName =>
  route.name !== 'home' && 'participant' in ROUTES[route.name] && (route.name !== 'workshop' || (PARTICIPANT_SECTIONS as readonly string[]).includes(route.section)) ? route.name : 'participant';
type PathOf<N extends ScreenName> = (typeof ROUTES)[N] extends { path: infer P extends string } ? P : never;
/** The screens an address opens. */
type Addressed = { [N in ScreenName]: [PathOf<N>] extends [never] ? never : N }[ScreenName];
/** The parameter names of a path, and the arguments that build it, in order. */
type Names<P> = P extends `${infer B}{/}?` ? Names<B> : P extends `${string}:${infer K}/${infer R}` ? K | Names<`/${R}`> : P extends `${string}:${infer K}` ? (K extends `${infer O}?` ? O : K) : never;
type Args<P> = P extends `${infer B}{/}?`
  ? Args<B>
  : P extends `${string}:${infer K}/${infer R}`
    ? [ValueOf<K>, ...Args<`/${R}`>]
    : P extends `${string}:${infer K}?`
      ? [ValueOf<K>?]
      : P extends `${string}:${infer K}`
        ? [ValueOf<K>]
        : [];
/** What an address opens: a screen's name and its parameters; `notFound` for any other address. */
export type Route = { [N in Addressed]: { [K in 'name' | Names<PathOf<N>>]: K extends 'name' ? N : ValueOf<K> } }[Addressed] | { name: 'notFound' };

/** A parameter in a path: its name, and a `?` when the path may leave it out. */
const PARAM = /\/:(\w+)(\?)?/g;

/** Each path as a regular expression with a named group for each parameter. */
const PATTERNS = Object.entries(ROUTES).flatMap(([name, { path }]: [string, Screen]) => {
  if (!path) return [];
  const source = path.replace('{/}?', '/?').replace(PARAM, (_, key: string, optional?: string) => (optional ? `(?:/(?<${key}>[^/]+))?` : `/(?<${key}>[^/]+)`));
  return [{ name, path: path.replace('{/}?', ''), re: new RegExp(`^${source}$`) }];
});

/** The path of each screen an address opens, from its parameters in the order its path names them. */
export const paths = Object.fromEntries(
  PATTERNS.map(({ name, path }) => [
    name,
    (...args: string[]) => {
      let next = 0;
      return path.replace(PARAM, (_, key: ParamName, optional?: string) => {
        const param = PARAMS[key] as Param<string>;
        const value = args[next++];
        return optional && (value === undefined || value === param.absent) ? '' : `/${param.write(value!)}`;
      });
    },
  ]),
) as { [N in Addressed]: (...args: Args<PathOf<N>>) => string };

export function parseRoute(path: string): Route {
  for (const { name, re } of PATTERNS) {
    const m = re.exec(path || '/');
    const route: Record<string, string> = { name };
    const matches =
      m &&
      Object.entries(m.groups ?? {}).every(([key, segment]) => {
        const param = PARAMS[key as ParamName] as Param<string>;
        const value = segment === undefined ? param.absent : param.read(segment);
        if (value !== undefined) route[key] = value;
        return value !== undefined;
      });
    if (matches) return route as Route;
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
