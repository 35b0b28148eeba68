import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

/**
 * Every run-time export of the app and the shared code is used by another module of the product:
 * src, a benchmark (bench/) or a tool (scripts/). Tests do not count: a function only a test
 * imports is tested through the public function that uses it, so a module shows other modules
 * only what they need. Type exports are left out: they cost nothing at run time, and a
 * component's props type describes the contract of what it exports.
 */
const ROOT = join(import.meta.dirname, '../..');

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|mts|mjs)$/.test(name) ? [p] : [];
  });
}

/**
 * Deliberate exceptions, each with why it stays exported although no other module imports it.
 * Keys are "path#name".
 */
const ALLOWED = new Map<string, string>([
  // The codes a refused change may carry: docs/decisions.md lists them, and the dictionaries are checked to word each one.
  ['src/shared/sync/rejections.ts#REJECTION_CODES', 'the documented list of rejection codes'],
  // Not yet reached through the module's public functions by their tests; each is used inside its module.
  ['src/app/core/credentials/device-key.ts#readDeviceKey', 'its tests read the stored key directly'],
  ['src/shared/photos/inspect-image.ts#inspectImage', 'used by both checks; its tests read the facts of crafted files directly'],
  ['src/app/features/workshop/workshop-draft.ts#themeOf', 'used by workshopToDraft'],
  ['src/app/features/handover/AnimatedCode.tsx#FRAME_MS', 'the pace of the animated code'],
  ['src/app/features/handover/code/fountain.ts#chooseFragments', 'used by the fountain encoder'],
  ['src/app/features/handover/code/frames.ts#DEFAULT_FRAGMENT_BYTES', 'the frame format, checked by its tests'],
  ['src/app/features/handover/code/frames.ts#MAX_SEQ_LEN', 'the frame format'],
  ['src/app/features/handover/code/frames.ts#MAX_MESSAGE_BYTES', 'the frame format'],
  ['src/app/features/handover/code/frames.ts#MAX_FRAGMENT_BYTES', 'the frame format, checked by its tests'],
  ['src/app/features/handover/code/pack.ts#MAX_UNPACKED_BYTES', 'the packing bound, checked by its tests'],
  ['src/shared/framework/agreed.ts#agreedDiffers', 'the flag on an agreed score, its boundary checked by its tests'],
  ['src/app/features/priorities/board-cards.ts#shownUnder', 'where a merged card shows, its loops checked by its tests'],
  ['src/app/features/analysis/agreed-draft.ts#draftValue', 'the agreed-score choice read back, checked by its tests'],
]);

/**
 * The screens of the route table (src/shared/routes.ts): src/app/routes.ts loads each by its file
 * name, and a screen module exports a component named as its file, so no module names it.
 */
const SCREENS = new Set([...readFileSync(join(ROOT, 'src/shared/routes.ts'), 'utf8').matchAll(/screen:\s*'([^']+\/(\w+)\.tsx)'/g)].map((x) => `src/app/${x[1]!}#${x[2]!}`));

const modules = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'bench')), ...files(join(ROOT, 'scripts'))].map((path) => ({
  path: relative(ROOT, path).split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}));

/** The modules a module imports (statically, dynamically or as a worker), as paths from the repository root. */
function importedPaths(m: { path: string; text: string }): string[] {
  const specs = [...m.text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"]([^'"]+)['"]/g)].map((x) => x[1] ?? x[2] ?? x[3]!);
  return specs.filter((s) => s.startsWith('.')).map((s) => posix.normalize(posix.join(posix.dirname(m.path), s.replace(/\?.*$/, ''))));
}

const importers = new Map<string, { path: string; text: string }[]>();
for (const m of modules) for (const p of importedPaths(m)) importers.set(p, [...(importers.get(p) ?? []), m]);

/** Names a module exports as run-time values (functions, constants, classes), declared in place or listed. */
function valueExports(text: string): string[] {
  const declared = [...text.matchAll(/^export\s+(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|class|enum)\s+([A-Za-z_$][\w$]*)/gm)].map((x) => x[1]!);
  const listed = [...text.matchAll(/^export\s*\{([^}]*)\}\s*;?\s*$/gm)].flatMap((x) =>
    x[1]!
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part && !part.startsWith('type '))
      .map((part) => part.split(/\s+as\s+/).pop()!),
  );
  return [...declared, ...listed];
}

const word = (name: string) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`);

describe('exports', () => {
  it('finds the modules and their importers', () => {
    expect(modules.filter((m) => /^src\/(app|shared)\//.test(m.path)).length).toBeGreaterThan(100);
    expect(importers.get('src/shared/protocol.ts')?.length).toBeGreaterThan(0);
    expect(SCREENS.has('src/app/features/workshop/WorkshopScreen.tsx#WorkshopScreen')).toBe(true);
  });

  it('every run-time export of src/app and src/shared is used by another module of src, bench or scripts', () => {
    const unused = modules
      .filter((m) => /^src\/(app|shared)\//.test(m.path))
      .flatMap((m) => valueExports(m.text).map((name) => `${m.path}#${name}`))
      .filter((key) => {
        const [path, name] = key.split('#') as [string, string];
        return !ALLOWED.has(key) && !SCREENS.has(key) && !(importers.get(path) ?? []).some((other) => other.path !== path && word(name).test(other.text));
      });
    expect(unused).toEqual([]);
  });

  it('allows only exceptions that are still exported', () => {
    const stale = [...ALLOWED.keys()].filter((key) => {
      const [path, name] = key.split('#') as [string, string];
      const m = modules.find((x) => x.path === path);
      return !m || !valueExports(m.text).includes(name);
    });
    expect(stale).toEqual([]);
  });
});
