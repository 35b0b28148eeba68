import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

/**
 * Architecture boundaries, checked on the source text:
 * one way in per dependency (dexie only in app/core/db, fetch only in app/core/sync), shared code
 * that imports nothing from app or server, the direction of the app's layers (features use ui and
 * core, never the other way; a feature uses another only through its index.ts), and no HTML
 * injection APIs anywhere in the app.
 */
const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const sources = files(SRC).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
const imports = (text: string) => [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
/** Runtime imports only: `import type` couples no code. */
const runtimeImports = (text: string) => imports(text.replace(/^import type [^;]+;$/gm, ''));
/** The app files a source imports (at run time or for types), as paths from the repository root. */
const importedAppPaths = (f: { path: string; text: string }) =>
  imports(f.text)
    .filter((s) => s.startsWith('.'))
    .map((s) => posix.normalize(posix.join(posix.dirname(f.path), s)));
const offenders = (pred: (f: { path: string; text: string }) => boolean) => sources.filter(pred).map((f) => f.path);

describe('architecture boundaries', () => {
  it('finds the sources it checks', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  it('only src/app/core/db imports dexie', () => {
    expect(offenders((f) => !f.path.startsWith('src/app/core/db/') && imports(f.text).some((s) => s === 'dexie' || s.startsWith('dexie/')))).toEqual([]);
  });

  it('src/shared imports only zod and itself', () => {
    expect(
      offenders(
        (f) =>
          f.path.startsWith('src/shared/') &&
          imports(f.text).some((s) => !(s === 'zod' || s.startsWith('zod/') || s.startsWith('./') || s.startsWith('../')) || /\.\.\/(app|server)\//.test(s) || s.startsWith('../../')),
      ),
    ).toEqual([]);
  });

  it('the app never imports server code and the server never imports app code', () => {
    expect(offenders((f) => f.path.startsWith('src/app/') && imports(f.text).some((s) => s.includes('/server/')))).toEqual([]);
    expect(offenders((f) => f.path.startsWith('src/server/') && imports(f.text).some((s) => s.includes('/app/')))).toEqual([]);
  });

  it('only src/app/core/sync talks to the network (no fetch in features, ui or elsewhere)', () => {
    expect(offenders((f) => f.path.startsWith('src/app/') && !f.path.startsWith('src/app/core/sync/') && /\bfetch\s*\(|XMLHttpRequest|new WebSocket/.test(f.text))).toEqual([]);
  });

  it('no code writes HTML from strings', () => {
    expect(offenders((f) => /innerHTML|outerHTML\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/.test(f.text))).toEqual([]);
  });

  it('the app has the layer folders it is checked by', () => {
    for (const dir of ['core/db', 'core/sync', 'ui', 'shell', 'i18n', 'features/workshop', 'features/scoring']) {
      expect(sources.some((f) => f.path.startsWith(`src/app/${dir}/`))).toBe(true);
    }
  });

  it('core, ui and i18n use no feature and not the shell; core uses no ui; i18n uses nothing of the app but itself', () => {
    expect(offenders((f) => /^src\/app\/(core|ui|i18n)\//.test(f.path) && importedAppPaths(f).some((p) => /^src\/app\/(features|shell)\//.test(p) || p === 'src/app/App.tsx'))).toEqual([]);
    expect(offenders((f) => f.path.startsWith('src/app/core/') && importedAppPaths(f).some((p) => p.startsWith('src/app/ui/')))).toEqual([]);
    expect(offenders((f) => f.path.startsWith('src/app/i18n/') && importedAppPaths(f).some((p) => p.startsWith('src/app/') && !p.startsWith('src/app/i18n/')))).toEqual([]);
  });

  it('a feature uses another feature only through its index.ts, and only the route table and the sections list reach into features', () => {
    const featureOf = (p: string) => /^src\/app\/features\/([^/]+)\//.exec(p)?.[1];
    expect(
      offenders((f) => {
        const own = featureOf(f.path);
        return importedAppPaths(f).some((p) => {
          const other = featureOf(p);
          if (!other || other === own) return false;
          if (['src/app/App.tsx', 'src/app/routes.ts', 'src/app/sections.ts'].includes(f.path)) return false;
          return p !== `src/app/features/${other}/index.ts`;
        });
      }),
    ).toEqual([]);
    // The shell frames every screen; no feature depends on it.
    expect(offenders((f) => f.path.startsWith('src/app/features/') && importedAppPaths(f).some((p) => p.startsWith('src/app/shell/')))).toEqual([]);
  });

  it('components are presentational: only screens, sections and editors use storage, sync or the router', () => {
    expect(
      offenders(
        (f) =>
          /^src\/app\/(features|ui|shell)\/.*\.tsx$/.test(f.path) &&
          !/(Screen|Section|Editor|Panel)\.tsx$/.test(f.path) &&
          runtimeImports(f.text).some((s) => /\/core\/(db|sync|credentials)\//.test(s) || s.endsWith('/router.ts')),
      ),
    ).toEqual([]);
  });

  it('no file passes 300 lines without a reason', () => {
    expect(offenders((f) => f.text.split('\n').length > 300)).toEqual([]);
  });
});
