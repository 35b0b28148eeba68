import { parseRoute, ROUTES, type ScreenName } from '../../shared/routes.ts';

/**
 * What the build writes to `.vite/preload-map.json` (scripts/preload-map.ts): for each lazily
 * loaded screen and each dictionary, by source path, the files it needs beyond the first screen's.
 */
export type PreloadMap = Record<string, string[]>;

/**
 * The module of a route's screen, from the route table: `newWorkshop` → `src/app/features/workshop/NewWorkshopScreen.tsx`.
 * A route whose screen is part of the first screen needs nothing more and gets no hint.
 */
const screenModule = (name: ScreenName): string => `src/app/${ROUTES[name].screen}`;
const DICTIONARY = /^src\/app\/i18n\/([a-z]{2,3})\/index\.ts$/;

/**
 * The first language of an Accept-Language header that the app speaks, else English: what the
 * app itself picks on a first visit (from `navigator.languages`, which the header mirrors).
 */
function preferredLanguage(header: string | undefined, languages: readonly string[]): string {
  const tags = (header ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { base: tag.trim().toLowerCase().split('-')[0]!, q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((t) => t.base && t.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return tags.find((t) => languages.includes(t.base))?.base ?? 'en';
}

/**
 * `Link` header values that let a cold deep link (a join link opened on a phone, say) fetch its
 * screen's code and its language's words together with the first screen's, instead of one round
 * trip later, after the first screen's code has run. Once the service worker controls the page it
 * answers navigations itself, from its cache, and no hint is needed.
 */
export function preloadHints(map: PreloadMap): (path: string, acceptLanguage: string | undefined) => string | undefined {
  const languages = Object.keys(map).flatMap((module) => DICTIONARY.exec(module)?.[1] ?? []);
  return (path, acceptLanguage) => {
    const screen = map[screenModule(parseRoute(path).name)];
    if (!screen?.length) return undefined;
    // Every screen past the first waits for its language's whole dictionary as well as its code.
    const words = map[`src/app/i18n/${preferredLanguage(acceptLanguage, languages)}/index.ts`] ?? [];
    const files = [...new Set([...screen, ...words])];
    // crossorigin as in the HTML's own preloads and Vite's stylesheet links, so the browser reuses
    // what it preloaded when the app imports the screen.
    return files.map((f) => `</${f}>; ${f.endsWith('.css') ? 'rel=preload; as=style' : 'rel=modulepreload'}; crossorigin`).join(', ');
  };
}
