import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { preloadHints, type PreloadMap } from '../../../src/server/http/preload-hints.ts';
import { serveApp } from '../../../src/server/http/static.ts';
import { PRELOAD_MAP, PRELOADED } from '../../../scripts/preload-map.ts';
import { ROUTES } from '../../../src/shared/routes.ts';

/** As the build writes it: each screen's and dictionary's files beyond the first screen's. */
const MAP: PreloadMap = {
  'src/app/features/workshop/NewWorkshopScreen.tsx': ['assets/NewWorkshopScreen-e.js', 'assets/form-d.js'],
  'src/app/features/projects/ProjectsScreen.tsx': ['assets/ProjectsScreen-f.js', 'assets/form-d.js', 'assets/en-h.js', 'assets/projects-g.css'],
  'src/app/features/workshop/HomeScreen.tsx': [],
  'src/app/i18n/en/index.ts': ['assets/en-h.js'],
  'src/app/i18n/fr/index.ts': ['assets/fr-i.js'],
  'src/app/i18n/ar/index.ts': ['assets/ar-j.js'],
};

describe('preload hints for deep links', () => {
  const hints = preloadHints(MAP);

  it("names a deep link's screen code and its language's words", () => {
    expect(hints('/workshops/new', 'fr-CH, fr;q=0.9, en;q=0.8')).toBe(
      '</assets/NewWorkshopScreen-e.js>; rel=modulepreload; crossorigin, </assets/form-d.js>; rel=modulepreload; crossorigin, </assets/fr-i.js>; rel=modulepreload; crossorigin',
    );
  });

  it('preloads a screen stylesheet as a style', () => {
    expect(hints('/projects', undefined)).toContain('</assets/projects-g.css>; rel=preload; as=style; crossorigin');
    // A file both need is named once.
    expect(hints('/projects', undefined)?.match(/en-h\.js/g)).toHaveLength(1);
  });

  it('gives no hint for the first screen, for unknown paths and for screens the build does not split', () => {
    expect(hints('/', 'en')).toBeUndefined();
    expect(hints('/nowhere', 'en')).toBeUndefined();
    expect(hints('/settings', 'en')).toBeUndefined();
  });

  it('picks the language as the app does on a first visit: the first it speaks, by preference, else English', () => {
    // The map's dictionaries are English, French and Arabic: the words hinted say which was picked.
    const preferredLanguage = (header: string | undefined) => /assets\/(en|fr|ar)-[hij]\.js/.exec(hints('/workshops/new', header) ?? '')?.[1];
    expect(preferredLanguage('de-DE, ar;q=0.5, fr;q=0.7')).toBe('fr');
    expect(preferredLanguage('ar-EG')).toBe('ar');
    expect(preferredLanguage('de, sw')).toBe('en');
    expect(preferredLanguage('fr;q=0, ar')).toBe('ar');
    expect(preferredLanguage(undefined)).toBe('en');
    expect(preferredLanguage('*')).toBe('en');
  });

  it("names each screen's module from the route table, as the build's map keys it", () => {
    for (const route of Object.values(ROUTES)) {
      const module = `src/app/${route.screen}`;
      expect(existsSync(join(import.meta.dirname, '../../..', module)), module).toBe(true);
      // Every lazily loaded screen is in the map the build writes (the first screen's need no hint).
      if (!('firstScreen' in route)) expect(PRELOADED.test(module), module).toBe(true);
    }
    expect(preloadHints({ 'src/app/features/workshop/NewWorkshopScreen.tsx': ['assets/new.js'] })('/workshops/new', 'en')).toBe('</assets/new.js>; rel=modulepreload; crossorigin');
  });

  it('hints at the screen of every kind of deep link', () => {
    const id = '0192f1a2-3b4c-7d5e-8f60-718293a4b5c6';
    const map: PreloadMap = Object.fromEntries(Object.values(ROUTES).map((r) => [`src/app/${r.screen}`, 'firstScreen' in r ? [] : [`assets/${r.screen}.js`]]));
    const at = preloadHints(map);
    expect(at(`/workshops/${id}/notes/`, 'en')).toBe('</assets/features/workshop/WorkshopScreen.tsx.js>; rel=modulepreload; crossorigin');
    expect(at(`/workshops/${id}/score/${id}`, 'en')).toContain('features/scoring/ScoreScreen.tsx');
    expect(at('/compendium/social-protection/report', 'en')).toContain('features/compendium/CompendiumReportScreen.tsx');
    expect(at(`/projects/${id}`, 'en')).toContain('features/projects/ProjectScreen.tsx');
    expect(at('/join', 'en')).toContain('features/join/JoinScreen.tsx');
    expect(at('/', 'en')).toBeUndefined();
    expect(at('/workshops/not-an-id', 'en')).toBeUndefined();
  });

  it('is sent with the app shell for a deep link, from the map of the build served', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'wc-hints-'));
    mkdirSync(join(dist, '.vite'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dist, PRELOAD_MAP), JSON.stringify(MAP));
    const app = new Hono().get('*', serveApp(dist));
    const deep = await app.request('/workshops/new', { headers: { 'accept-language': 'ar' } });
    expect(deep.status).toBe(200);
    expect(deep.headers.get('link')).toContain('</assets/ar-j.js>; rel=modulepreload');
    expect(deep.headers.get('vary')).toBe('Accept-Language');
    expect((await app.request('/')).headers.get('link')).toBeNull();
    expect((await app.request('/index.html')).headers.get('link')).toBeNull();
  });
});
