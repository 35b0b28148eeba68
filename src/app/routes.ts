import { lazy, type Component } from 'solid-js';
import { ensureMessages, locale, preloadMessages, type Locale } from './i18n/index.ts';
import { whenIdle } from './core/platform/idle.ts';
import { PARAMS, parseRoute, ROUTES, type Route, type ScreenName } from '../shared/routes.ts';

// The route table lives in shared code: the server reads it too, to hint a deep link's screen.
export { parseRoute, participantScreen, paths, PARTICIPANT_SECTIONS, ROUTES, WORKSHOP_SECTIONS, type Route, type ScreenName, type WorkshopSection } from '../shared/routes.ts';

/** A screen's props: its route's parameters (see `ROUTES`). */
export type Screen = Component<Record<string, string>>;
/** The screens loaded when first needed: every screen of the route table not part of the first screen. */
export type LazyScreen = { [N in ScreenName]: (typeof ROUTES)[N] extends { firstScreen: true } ? never : N }[ScreenName];

// Each screen module the bundler splits into a chunk of its own; the route table says which route
// shows which (and the first screen's, imported by App.tsx, stay in the first screen's chunk).
const modules = import.meta.glob<Record<string, Screen>>(['./features/*/*Screen.tsx', '!./features/workshop/HomeScreen.tsx']);

/** Each lazily loaded screen's code, by route name: fetching it warms the screen (all are precached, so this works offline too). */
export const screenCode = {} as Record<LazyScreen, () => Promise<Screen>>;
/** The lazily loaded screens: each shows once its code and its language's words are both here. */
export const lazyScreens = {} as Record<LazyScreen, Screen>;
for (const [name, r] of Object.entries(ROUTES)) {
  if ('firstScreen' in r) continue;
  const load = modules[`./${r.screen}`]!;
  // A screen module exports a component named as its file.
  const component = /(\w+)\.tsx$/.exec(r.screen)![1]!;
  const code = (screenCode[name as LazyScreen] = () => load().then((m) => m[component]!));
  lazyScreens[name as LazyScreen] = lazy(() => Promise.all([code(), ensureMessages()]).then(([c]) => ({ default: c })));
}

/**
 * Fetch and run the code of the screen an address shows, and fetch its language's whole
 * dictionary, so the screen shows at once when opened. Nothing for the first screen (the list, and
 * not-found), which needs only the first screen's words. A deep link warms its screen at start,
 * while the database opens.
 */
export function warmScreen(path: string, language: Locale = locale()): void {
  const name = parseRoute(path).name;
  if (!(name in screenCode)) return;
  void screenCode[name as LazyScreen]().catch(() => undefined);
  void preloadMessages(language).catch(() => undefined);
}

/** The longest a list waits for an idle moment before warming the screen its links open. */
const WARM_LINKS_WITHIN_MS = 300;

/**
 * Warm the screen a list's links open, the tap most likely to follow: its code is fetched from
 * the first idle moment after the list shows (within 300 ms; after the page's load event on a
 * first load), and runs as its files arrive, while the list's reader looks at it.
 */
export function warmLinkedScreen(path: string): void {
  whenIdle(() => warmScreen(path), WARM_LINKS_WITHIN_MS);
}

/**
 * Which screen an address shows, as a key: the screen is made anew when it changes. A parameter
 * that keeps the screen (a workshop's section) is left out, so moving between a workshop's sections
 * keeps its screen and its data.
 */
export const screenKey = (route: Route): string =>
  Object.entries(route)
    .filter(([k]) => !(PARAMS as Partial<Record<string, { keepsScreen?: true }>>)[k]?.keepsScreen)
    .join('\n');
