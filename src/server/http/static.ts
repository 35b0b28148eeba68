import type { Context } from 'hono';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { preloadHints, type PreloadMap } from './preload-hints.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Hashed build assets never change, so they are cached for a year. The HTML shell, the service
 * worker and the manifest must always be revalidated, or a device could be stuck on an old version.
 */
function cacheControlFor(path: string): string {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (path === '/index.html' || path === '/sw.js' || path.startsWith('/workbox-') || path.endsWith('.webmanifest')) {
    return 'no-cache';
  }
  return 'public, max-age=3600';
}

type Hints = ReturnType<typeof preloadHints>;

/**
 * The preload hints of the build in `root`, read from its preload map (written by the build, see
 * scripts/preload-map.ts) again when a new build replaces it. No map, no hints.
 */
function buildHints(root: string): () => Promise<Hints | undefined> {
  const file = join(root, '.vite', 'preload-map.json');
  let read: { mtimeMs: number; hints: Hints | undefined } | undefined;
  return async () => {
    const info = await stat(file).catch(() => undefined);
    if (!info) return undefined;
    if (read?.mtimeMs !== info.mtimeMs) {
      const map = await readFile(file, 'utf8').then(
        (text) => JSON.parse(text) as PreloadMap,
        () => undefined,
      );
      read = { mtimeMs: info.mtimeMs, hints: map && preloadHints(map) };
    }
    return read.hints;
  };
}

/** Serves the built app from `root`; unknown paths without an extension get the app shell. */
export function serveApp(root: string) {
  const base = normalize(root + sep);
  const hints = buildHints(root);
  return async (c: Context): Promise<Response> => {
    let reqPath: string;
    try {
      reqPath = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.text('Not found', 404); // malformed percent-encoding names no file
    }
    let rel = reqPath === '/' ? '/index.html' : reqPath;
    let file = normalize(join(root, rel));
    // Never outside the folder, and never dot-files (such as the build manifest).
    if (!file.startsWith(base) || /(^|\/)\./.test(rel)) return c.text('Not found', 404);
    let info = await stat(file).catch(() => undefined);
    if (!info?.isFile() && extname(reqPath) === '') {
      rel = '/index.html';
      file = join(root, rel);
      info = await stat(file).catch(() => undefined);
      // A deep link: its screen's code and words can start loading with the first screen's.
      const link = (await hints())?.(reqPath, c.req.header('Accept-Language'));
      if (link) {
        c.header('Link', link);
        // The hint names the dictionary of the reader's language: a shared cache keeps one per language.
        c.header('Vary', 'Accept-Language');
      }
    }
    if (!info?.isFile()) return c.text('Not found', 404);

    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    c.header('Cache-Control', cacheControlFor(rel));
    c.header('ETag', etag);
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304);
    c.header('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    return c.body(new Uint8Array(await readFile(file)));
  };
}
