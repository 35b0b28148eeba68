// The server as `npm start` runs it (src/server/main.ts in its own process): a wrong setting stops
// it before it listens, with a sentence naming the variable; a good start, its requests and a
// SIGTERM are JSON log lines on its output.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

interface Started {
  lines: () => Record<string, unknown>[];
  err: () => string;
  exited: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => void;
}

function start(env: Record<string, string>): Started {
  const dir = mkdtempSync(join(tmpdir(), 'wc-process-'));
  const child = spawn(process.execPath, ['src/server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATA_DIR: dir, STATIC_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'info', ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  return {
    lines: () =>
      out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    err: () => err,
    exited: new Promise((done) => child.on('exit', (code) => done(code))),
    kill: (signal) => child.kill(signal),
  };
}

const pgUrl = process.env.TEST_DATABASE_URL;

/** The server's address once it logged that it listens. */
async function listening(server: Started): Promise<string> {
  let base = '';
  await expect
    .poll(
      () => {
        const line = server.lines().find((l) => String(l.msg).startsWith('Listening on http://localhost:'));
        base = line ? `http://127.0.0.1:${String(line.port)}` : '';
        return base;
      },
      { timeout: 20_000, interval: 100 },
    )
    .not.toBe('');
  return base;
}

describe('the server process', () => {
  it.each([
    ['BODY_LIMIT_BYTES', '2MB', 'BODY_LIMIT_BYTES must be a whole number of at least 1024, got "2MB"'],
    ['PORT', 'abc', 'PORT must be a whole number of at least 0 and at most 65535, got "abc"'],
    ['SYNC_RATE_BURST', 'sixty', 'SYNC_RATE_BURST is no longer read; use SYNC_KEY_REQUESTS'],
    ['DATABASE_URL', 'mysql://root:hunter2@db/wc', 'DATABASE_URL must be a postgres:// or postgresql:// URL'],
  ])(
    'does not start with %s=%s, and says why on standard error',
    async (name, value, sentence) => {
      const server = start({ [name]: value });
      expect(await server.exited).toBe(2);
      expect(server.err()).toContain(`The server did not start: ${sentence}`);
      expect(server.err()).not.toContain('hunter2');
      expect(server.lines()).toEqual([]);
    },
    30_000,
  );

  it('logs its start, its requests and its stop on SIGTERM as JSON lines', async () => {
    const server = start({ PHOTO_QUOTA_BYTE: '5' });
    const base = await listening(server);
    const res = await fetch(`${base}/api/ready`, { headers: { 'x-request-id': 'probe-1' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ready: true, database: 'ok', draining: false });
    await fetch(`${base}/api/nope?t=secret-join-token`);
    server.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    const lines = server.lines();
    const msgs = lines.map((l) => l.msg);
    expect(msgs).toContain('PHOTO_QUOTA_BYTE is not a setting this server reads (a typo?): it is ignored');
    expect(msgs.some((m) => String(m).startsWith('No built app in'))).toBe(true);
    expect(msgs.some((m) => /^Workshop companion .* on SQLite in /.test(String(m)))).toBe(true);
    // A successful readiness probe is logged at debug only: below the default level.
    expect(lines.find((l) => l.reqId === 'probe-1')).toBeUndefined();
    expect(lines.find((l) => l.status === 404)).toMatchObject({ level: 'info', method: 'GET', route: '/api/nope?t=[redacted]' });
    expect(msgs).toContain('SIGTERM: finishing open requests, then stopping');
    expect(lines.at(-1)).toMatchObject({ level: 'info', msg: 'Stopped', signal: 'SIGTERM' });
    for (const l of lines) expect(l).toMatchObject({ pid: expect.any(Number) as number, time: expect.any(String) as string });
    expect(server.err()).toBe('');
  }, 40_000);

  it('with SHUTDOWN_DELAY_SECONDS, answers /api/ready with 503 draining after SIGTERM, then stops', async () => {
    const server = start({ SHUTDOWN_DELAY_SECONDS: '2' });
    const base = await listening(server);
    server.kill('SIGTERM');
    await expect.poll(() => server.lines().some((l) => l.signal === 'SIGTERM'), { timeout: 5_000, interval: 50 }).toBe(true);
    const res = await fetch(`${base}/api/ready`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ready: false, draining: true });
    expect(await server.exited).toBe(0);
    expect(server.lines().at(-1)).toMatchObject({ msg: 'Stopped', signal: 'SIGTERM' });
  }, 40_000);

  it('says why it stops on standard error even with LOG_LEVEL=silent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wc-process-'));
    // A database URL no server answers: the start fails while opening the store.
    const server = start({ LOG_LEVEL: 'silent', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', DATA_DIR: dir });
    expect(await server.exited).toBe(1);
    expect(server.lines()).toEqual([]);
    expect(server.err()).toContain('cannot open the database: the server stops');
  }, 40_000);

  it.skipIf(!pgUrl)(
    'on PostgreSQL, logs lost database connections as JSON warnings, with no other line',
    async () => {
      const name = `wc-log-${process.pid}-${Date.now()}`;
      const url = new URL(pgUrl!);
      url.searchParams.set('application_name', name);
      const server = start({ DATABASE_URL: url.toString() });
      const base = await listening(server);
      expect((await fetch(`${base}/api/ready`)).status).toBe(200);
      // The database ends the server's connections (its idle pool and its listening one), as a restart would.
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      try {
        const ended = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [name]);
        expect(ended.rows.length).toBeGreaterThanOrEqual(2);
      } finally {
        await admin.end();
      }
      const warned = (pattern: RegExp) => server.lines().some((l) => l.level === 'warn' && pattern.test(String(l.msg)));
      await expect.poll(() => warned(/idle connection was lost/) && warned(/listening connection lost/), { timeout: 10_000, interval: 100 }).toBe(true);
      expect((await fetch(`${base}/api/ready`)).status).toBe(200);
      server.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(server.err()).toBe('');
      expect(JSON.stringify(server.lines())).not.toContain(url.password || 'no password');
    },
    40_000,
  );
});
