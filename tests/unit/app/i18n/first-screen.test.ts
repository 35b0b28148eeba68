import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { common } from '../../../../src/app/i18n/en/common.ts';
import { sync } from '../../../../src/app/i18n/en/sync.ts';

/** Every app file the first screen loads: static imports from main.tsx (lazy screens load later). */
function firstScreenFiles(entry = resolve('src/app/main.tsx')): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8').replace(/import\(\s*'[^']+'\s*\)/g, '');
    for (const m of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)) {
      const target = resolve(dirname(file), m[1]!);
      if (existsSync(target) && /\.(ts|tsx)$/.test(target)) visit(target);
    }
  };
  visit(entry);
  return seen;
}

// Reachable from the first screen but only called by later screens (capacity and language names).
const LATER = ['tuoc.', 'languages.'];

describe('the first screen’s words', () => {
  it('are all in the part of the English dictionary that ships with it', () => {
    const first = { ...common, ...sync } as Record<string, unknown>;
    const has = (path: string) =>
      path
        .split('.')
        .filter(Boolean)
        .reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined), first) !== undefined;
    const missing: string[] = [];
    const files = [...firstScreenFiles()].filter((f) => !f.includes('/i18n/en/'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\btp?\(\s*['`]([a-zA-Z][\w.-]*)(\$\{)?/g)) {
        const key = m[2] ? m[1]!.replace(/\.$/, '') : m[1]!;
        if (LATER.some((p) => key.startsWith(p) || `${key}.` === p)) continue;
        if (!has(key)) missing.push(`${file.replace(resolve('.') + '/', '')}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
