// The production install (`npm ci --omit=dev`) carries `dependencies` only: every package the
// server's code imports, from its two entry points down through src/shared, must be one of them,
// and every one of them must be imported, so the install neither breaks nor carries dead weight.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The packages a file and everything it imports at run time import, by package name. */
function packagesOf(entries: string[]): Map<string, string> {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        if (!existsSync(target)) throw new Error(`${file} imports ${spec}, which is not there`);
        if (target.endsWith('.ts')) visit(target);
      } else if (!spec.startsWith('node:') && !builtinModules.includes(spec)) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!packages.has(name)) packages.set(name, file);
      }
    }
  };
  for (const entry of entries) visit(resolve(entry));
  return packages;
}

describe('the production install', () => {
  const used = packagesOf(['src/server/main.ts', 'src/server/admin.ts']);

  it('finds the server imports packages at all (the scan works)', () => {
    expect([...used.keys()]).toEqual(expect.arrayContaining(['hono', 'zod']));
  });

  it('has every package the server imports among the runtime dependencies', () => {
    const missing = [...used].filter(([name]) => !(name in pkg.dependencies)).map(([name, file]) => `${name} (imported by ${file})`);
    expect(missing).toEqual([]);
  });

  it('carries no runtime dependency the server does not import', () => {
    expect(Object.keys(pkg.dependencies).filter((name) => !used.has(name))).toEqual([]);
  });

  it('starts the server with Node itself, which then receives the service manager’s signals', () => {
    // `exec` hands the shell's process over to Node: npm forwards SIGTERM to its child, and a shell
    // in between would swallow it (signals.test.ts sends one).
    expect(pkg.devDependencies).toHaveProperty('vite');
    expect((pkg as unknown as { scripts: Record<string, string> }).scripts).toMatchObject({
      serve: 'exec node src/server/main.ts',
      start: 'npm run build && exec npm run serve',
      admin: 'node src/server/admin.ts',
    });
  });
});
