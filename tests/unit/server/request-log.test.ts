// Each request's log line, captured from the logger the server is given: what it says, what it
// never says (a join token, a key), the request id it answers with, and an error told once, with
// its stack.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { createApp } from '../../../src/server/http/app.ts';
import { createLogger } from '../../../src/server/log/logger.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { deviceIdOf } from './sync-fixtures.ts';

interface Line {
  level: string;
  msg: string;
  time: string;
  reqId: string;
  method: string;
  route: string;
  status: number;
  ms: number;
  bytes?: number;
  aborted?: boolean;
  err?: { message: string; stack: string };
}

let store: ServerStore;
let dir: string;
const key = newKey('facilitator');
let lines: Line[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const text of chunk.toString('utf8').split('\n')) if (text) lines.push(JSON.parse(text) as Line);
    done();
  },
});
const logger = createLogger('debug', sink);
/** The app on a real socket, as main.ts serves it: lines are written once each answer is sent. */
async function onServer(app: ReturnType<typeof createApp>, use: (base: string) => Promise<void>) {
  const server = await new Promise<ServerType>((done) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => done(s));
  });
  try {
    await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.close();
    if ('closeAllConnections' in server) server.closeAllConnections();
  }
}
const appWith = (s: ServerStore = store) => createApp({ store: s, staticDir: dir, version: 't', bodyLimit: 64 * 1024, logger });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wc-log-'));
  store = openSqliteStore(dir);
  await store.migrate();
  await store.addKey({ hash: hashKey(key), role: 'facilitator', name: 'Awa' });
});
afterAll(() => store.close());
afterEach(() => {
  lines = [];
  vi.restoreAllMocks();
});

describe('request log', () => {
  it('writes one JSON line per request, once its answer is sent: method, route, status, duration, bytes, request id', async () => {
    await onServer(appWith(), async (base) => {
      const res = await fetch(`${base}/api/health`);
      await res.text();
      await fetch(`${base}/api/nope?photo=abc`, { method: 'POST' }).then((r) => r.text());
      await vi.waitFor(() => expect(lines).toHaveLength(2));
      const [health, nope] = lines;
      // A successful probe is logged at debug only (a supervisor asks every few seconds); the 404 is an ordinary request.
      expect(health).toMatchObject({ level: 'debug', method: 'GET', route: '/api/health', status: 200 });
      expect(health!.bytes).toBeGreaterThan(200);
      expect(nope).toMatchObject({ level: 'info', method: 'POST', route: '/api/nope?photo=abc', status: 404, msg: 'POST /api/nope?photo=abc 404' });
      expect(nope!.ms).toBeGreaterThanOrEqual(0);
      expect(nope!.bytes).toBeGreaterThan(0);
      expect(new Date(nope!.time).toISOString()).toBe(nope!.time);
      expect(health!.reqId).toBe(res.headers.get('x-request-id'));
      expect(health!.reqId).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  it('never writes a key, a join token, a fragment, an Authorization header or a cookie', async () => {
    const secret = 'wc_join_0123456789abcdef';
    await appWith().request(`/api/nope?t=${secret}&photo=p1&key=${key}&Join_Token=${secret}&access%5Ftoken=${secret}#frag`, {
      headers: { authorization: `Bearer ${key}`, cookie: `session=${secret}` },
    });
    const text = JSON.stringify(lines);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(key);
    expect(text).not.toContain('frag');
    expect(lines[0]!.route).toBe('/api/nope?t=[redacted]&photo=p1&key=[redacted]&Join_Token=[redacted]&access%5Ftoken=[redacted]');
  });

  it('echoes a safe incoming X-Request-Id and replaces any other', async () => {
    const given = await appWith().request('/api/nope', { headers: { 'x-request-id': 'caddy-4f2a.91:7' } });
    expect(given.headers.get('x-request-id')).toBe('caddy-4f2a.91:7');
    expect(lines[0]!.reqId).toBe('caddy-4f2a.91:7');
    for (const bad of ['a'.repeat(65), 'two words', '"quoted"', '{"level":"fatal"}']) {
      const res = await appWith().request('/api/nope', { headers: { 'x-request-id': bad } });
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines.at(-1)!.reqId).toBe(res.headers.get('x-request-id'));
    }
  });

  it('logs an error once, at level error, with its stack; the answer keeps it to itself', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const broken: ServerStore = { ...store, ping: () => Promise.reject(new Error('disk on fire')) };
    const res = await appWith(broken).request('/api/health');
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('disk on fire');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'error', status: 500, route: '/api/health' });
    expect(lines[0]!.err!.message).toBe('disk on fire');
    expect(lines[0]!.err!.stack).toContain('request-log.test.ts');
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('logs a stream of change events when it ends, also when the device goes away', async () => {
    const app = appWith();
    await onServer(app, async (base) => {
      const open = () => fetch(`${base}/api/events?device=${deviceIdOf('tablet')}`, { headers: { authorization: `Bearer ${key}` } });
      const gone = await open();
      expect(gone.headers.get('content-type')).toContain('text/event-stream');
      const reader = gone.body!.getReader();
      expect((await reader.read()).done).toBe(false);
      await new Promise((r) => setTimeout(r, 50));
      expect(lines).toHaveLength(0);
      await reader.cancel();
      await vi.waitFor(() => expect(lines).toHaveLength(1));
      expect(lines[0]).toMatchObject({ level: 'info', status: 200, route: `/api/events?device=${deviceIdOf('tablet')}`, aborted: true });
      expect(lines[0]!.ms).toBeGreaterThanOrEqual(50);

      const ended = (await open()).body!.getReader();
      expect((await ended.read()).done).toBe(false);
      // The server stopping ends its streams: each is then logged, complete.
      app.stopWatching();
      while (!(await ended.read()).done) {
        // The rest of the stream, up to its end.
      }
      await vi.waitFor(() => expect(lines).toHaveLength(2));
      expect(lines[1]).toMatchObject({ level: 'info', status: 200 });
      expect(lines[1]!.aborted).toBeUndefined();
    });
  });

  it('is silent when the app is given no logger', async () => {
    const write = vi.spyOn(process.stdout, 'write');
    await createApp({ store, staticDir: dir, version: 't', bodyLimit: 1024 }).request('/api/nope');
    expect(write).not.toHaveBeenCalled();
  });
});
