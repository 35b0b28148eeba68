import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIRST_SCREEN_BUDGET = 80 * 1024;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

function sizeOf(dist: string, file: string): FileSize {
  const buf = readFileSync(join(dist, file));
  return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/**
 * What the first screen loads: the shell, the scripts and styles index.html names, and every
 * chunk those scripts import at start (static or dynamic, e.g. the service-worker helper).
 */
export function firstScreenFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = new Set([...html.matchAll(/<(?:script[^>]+src|link[^>]+href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!));
  for (const file of files) {
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/[`'"]\.\/([\w.-]+\.(?:js|css))[`'"]/g)) files.add(`assets/${m[1]}`);
  }
  return ['index.html', ...files];
}

/** The URLs the service worker precaches, read from the generated sw.js. */
export function precacheFiles(dist: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, '')))];
}

export function measureBundle(dist: string) {
  const firstScreen = firstScreenFiles(dist).map((f) => sizeOf(dist, f));
  const precache = precacheFiles(dist).map((f) => sizeOf(dist, f));
  const sum = (xs: FileSize[], k: 'raw' | 'gzip') => xs.reduce((a, x) => a + x[k], 0);
  return {
    firstScreen,
    precache,
    firstScreenRaw: sum(firstScreen, 'raw'),
    firstScreenGzip: sum(firstScreen, 'gzip'),
    precacheRaw: sum(precache, 'raw'),
    precacheGzip: sum(precache, 'gzip'),
  };
}
