import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Architecture boundaries, checked on the source text:
 * one way in per dependency (dexie only in app/storage, fetch only in app/sync), shared code
 * that imports nothing from app or server, and no HTML injection APIs anywhere in the app.
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
const offenders = (pred: (f: { path: string; text: string }) => boolean) => sources.filter(pred).map((f) => f.path);

describe('architecture boundaries', () => {
  it('finds the sources it checks', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  it('only src/app/storage imports dexie', () => {
    expect(offenders((f) => !f.path.startsWith('src/app/storage/') && imports(f.text).some((s) => s === 'dexie' || s.startsWith('dexie/')))).toEqual([]);
  });

  it('src/shared imports only zod and itself', () => {
    expect(
      offenders((f) => f.path.startsWith('src/shared/') && imports(f.text).some((s) => !(s === 'zod' || s.startsWith('zod/') || s.startsWith('./') || s.startsWith('../')) || /\.\.\/(app|server)\//.test(s) || s.startsWith('../../'))),
    ).toEqual([]);
  });

  it('the app never imports server code and the server never imports app code', () => {
    expect(offenders((f) => f.path.startsWith('src/app/') && imports(f.text).some((s) => s.includes('/server/')))).toEqual([]);
    expect(offenders((f) => f.path.startsWith('src/server/') && imports(f.text).some((s) => s.includes('/app/')))).toEqual([]);
  });

  it('only src/app/sync talks to the network (no fetch in screens, components or elsewhere)', () => {
    expect(offenders((f) => f.path.startsWith('src/app/') && !f.path.startsWith('src/app/sync/') && /\bfetch\s*\(|XMLHttpRequest|new WebSocket/.test(f.text))).toEqual([]);
  });

  it('no code writes HTML from strings', () => {
    expect(offenders((f) => /innerHTML|outerHTML\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/.test(f.text))).toEqual([]);
  });

  it('components are presentational: they use no storage, router state or sync', () => {
    expect(
      offenders((f) => f.path.startsWith('src/app/components/') && runtimeImports(f.text).some((s) => /\/(storage|sync|state)\//.test(s) || s.endsWith('/router.ts'))),
    ).toEqual([]);
  });

  it('no file passes 300 lines without a reason', () => {
    expect(offenders((f) => f.text.split('\n').length > 300)).toEqual([]);
  });
});
