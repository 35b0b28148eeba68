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

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** Chunks loaded at start even though they are imported dynamically (the service-worker helper). */
const EAGER_DYNAMIC = /node_modules\/workbox-window\//;

/**
 * What the first screen loads, from Vite's build manifest: the shell, the entry with everything it
 * imports statically, their styles, and the service-worker helper. Screens split into their own
 * chunks load later and are not counted.
 */
export function firstScreenFiles(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const dep of chunk.imports ?? []) visit(dep);
    for (const dep of chunk.dynamicImports ?? []) if (EAGER_DYNAMIC.test(dep)) visit(dep);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
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
