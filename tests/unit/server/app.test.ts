import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../src/server/http/app.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { apiErrorSchema, PROTOCOL_VERSION } from '../../../src/shared/protocol.ts';

let store: ServerStore;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wc-app-'));
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {})');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'manifest.webmanifest'), '{}');
  mkdirSync(join(dist, '.vite'));
  writeFileSync(join(dist, '.vite', 'manifest.json'), '{}');
  store = openSqliteStore(join(dir, 'data'));
  await store.migrate();
  app = createApp({ store, staticDir: dist, version: '9.9.9', bodyLimit: 1024 });
});
afterAll(() => store.close());

describe('http app', () => {
  it('answers health with version, protocol and storage', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', version: '9.9.9', protocolVersion: PROTOCOL_VERSION, storage: 'sqlite' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers unknown API routes with a JSON 404 and a stable code', async () => {
    const res = await app.request('/api/nope', { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
    expect(apiErrorSchema().parse(await res.json()).error.code).toBe('not_found');
  });

  it('refuses bodies over the limit with 413 and a stable code', async () => {
    const res = await app.request('/api/health', { method: 'POST', body: 'x'.repeat(4096), headers: { 'content-length': '4096' } });
    expect(res.status).toBe(413);
    expect(apiErrorSchema().parse(await res.json()).error.code).toBe('payload_too_large');
  });

  it('sets security headers with a CSP that forbids inline script', async () => {
    const res = await app.request('/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    // An API's JSON loads and runs nothing, framed by no page.
    for (const answer of [await app.request('/api/health'), await app.request('/api/nothing-here')]) {
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(answer.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('caches hashed assets for a year and revalidates the shell, worker and manifest', async () => {
    expect((await app.request('/assets/index-abc123.js')).headers.get('cache-control')).toContain('immutable');
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      expect((await app.request(path)).headers.get('cache-control'), path).toBe('no-cache');
    }
    expect((await app.request('/assets/index-abc123.js')).headers.get('content-type')).toContain('javascript');
  });

  it('serves the app shell for client routes, 404 for missing files, and never leaves the folder', async () => {
    const shell = await app.request('/workshops/new');
    expect(shell.status).toBe(200);
    expect(await shell.text()).toContain('<title>app</title>');
    expect((await app.request('/missing.js')).status).toBe(404);
    expect((await app.request('/..%2f..%2fpackage.json')).status).toBe(404);
    expect((await app.request('/.vite/manifest.json')).status).toBe(404);
  });

  it('answers a matching ETag with 304', async () => {
    const first = await app.request('/sw.js');
    const etag = first.headers.get('etag')!;
    const again = await app.request('/sw.js', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });
});
