import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/server/http/app.ts';
import { hashKey, newKey } from '../../src/server/auth/keys.ts';
import { openSqliteStore } from '../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../src/server/store/types.ts';

/** The path a `fetch` call asks for, whichever form its first argument takes. */
export const pathOf = (url: RequestInfo | URL): string => (typeof url === 'string' ? url : url instanceof URL ? url.href : url.url);

/**
 * A server on SQLite in a folder of its own, with one facilitator key, for the tests of one file:
 * made before them and closed after. `request` reaches it in memory, as a device's `fetch` would.
 */
export function serverForFile(name: string): { key: string; request: typeof fetch } {
  const key = newKey('facilitator');
  let server: ServerStore | undefined;
  let app: ReturnType<typeof createApp> | undefined;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wc-file-server-'));
    server = openSqliteStore(dir);
    await server.migrate();
    await server.addKey({ hash: hashKey(key), role: 'facilitator', name });
    app = createApp({ store: server, staticDir: dir, version: 't', bodyLimit: 1024 * 1024 });
  });
  afterAll(async () => {
    app?.stopWatching();
    await server?.close();
  });
  return { key, request: async (url, init) => app!.request(pathOf(url), init) };
}
